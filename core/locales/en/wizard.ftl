# TellSafe wizard chrome: the words around every step.
# Authored reference copy. Follow shared/reference/child-copy.md.
#
# Variables:
#   $band      age band selector key: age-6-9, age-10-12, age-13-15, age-16-17, adult.
#              The default variant (*[other]) is the 10-12 wording, used for unknown age.
#   $app       the platform's name.
#   $helpline  a helpline name or number, from the jurisdiction data (never from copy).
#   $number    an emergency number, from the jurisdiction data.
#   $step, $total  progress numbers.
#   $days      when the reporter will hear back; "none" when no time is promised.

wizard-get-help-now =
    { $band ->
        [age-6-9] Get help
       *[other] Get help now
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] Leave fast
       *[other] Quick exit
    }
wizard-back = Back
wizard-next = Next
wizard-send = Send
wizard-progress = Step { $step } of { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] A grown-up has not checked these words yet.
        [adult] No person has checked this translation yet. Some wording may be wrong.
       *[other] No person has checked these words yet. Some may be wrong.
    }
# Shown on the last step when the report could not be kept on the device (storage full or
# refused). The answers are still there; the child can try again.
wizard-send-failed =
    { $band ->
        [age-6-9] Your report did not go yet. It is not your fault. Please try again.
        [adult] The report could not be saved yet. Your answers are still here. Please try again.
       *[other] Your report could not be sent yet. It is not your fault. Please try again.
    }
wizard-try-again = Try again

## Getting help. Shown on every step behind "get help now".

help-trusted-adult =
    { $band ->
        [age-6-9] Tell a grown-up you trust. If a grown-up is hurting you, tell a different grown-up, or call { $helpline }.
        [age-13-15] Talk to an adult you trust. If an adult is hurting you, tell a different adult, or contact { $helpline }.
        [age-16-17] Talk to an adult you trust. If an adult is hurting you, tell a different adult, or contact { $helpline }.
        [adult] You can get support from { $helpline }. If a child is in danger, do not wait.
       *[other] Tell an adult you trust. If an adult is hurting you, tell a different adult, or call { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [age-6-9] Tell a grown-up you trust. If a grown-up is hurting you, tell a different grown-up.
        [adult] Talk to someone you trust. If a child is in danger, do not wait.
       *[other] Tell an adult you trust. If an adult is hurting you, tell a different adult.
    }
help-emergency =
    { $band ->
        [age-6-9] If you are in danger now, call the emergency number.
       *[other] If you are in danger right now, call your local emergency number.
    }
help-emergency-number =
    { $band ->
        [age-6-9] If you are in danger now, call { $number }.
        [adult] If someone is in danger right now, call { $number }.
       *[other] If you are in danger right now, call { $number }.
    }

## Reassurance.

reassure-not-your-fault = It is not your fault.
reassure-not-in-trouble = You are not in trouble.
reassure-thank-you =
    { $band ->
        [adult] Thank you for reporting this.
       *[other] Thank you for telling us.
    }

## Honest confidentiality. Never say "anonymous".

privacy-who-can-see =
    { $band ->
        [age-6-9] The safety team at { $app } will see that you sent this. We do not tell the other person it was you. If you chat with them alone, they might guess.
        [age-13-15] The safety team at { $app } can see that you sent this. The other person is not told who reported them. In a private chat, they might guess.
        [age-16-17] The safety team at { $app } can see that you sent this. The other person is not told who reported them. In a private chat, they might guess.
        [adult] The safety team at { $app } can see who sent this report. The reported person is not told who reported them. In a private chat, they might guess.
       *[other] The safety team at { $app } can see that you sent this. We do not tell the other person who sent it. If you talked in a private chat, they might guess.
    }
    .title =
        { $band ->
            [age-6-9] Who will know
           *[other] Who can see this
        }

# DSA Art. 16(2)(d): a notice carries the sender's statement that they believe it is
# accurate and complete. The review step shows it to adults, caregivers and professionals
# only (core/flows/report.json): a child must never read it as blame for a mistake.
review-good-faith = By sending this report, you confirm that you believe it is accurate and complete.
# The review step's body for those audiences: who can see the report, then the statement.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }

## "Who will be told": shown before sending when the law says someone must be told.
## Never pair these with a "don't tell anyone" choice.

duty-who-will-be-told =
    { $band ->
        [age-6-9] The law says { $app } must tell a team that keeps children safe. You are not in trouble.
        [adult] By law, { $app } has to tell a team that protects children about this report. The person who reports is not in trouble.
       *[other] The law says { $app } has to tell a team that protects children about this. You are not in trouble.
    }
    .title =
        { $band ->
            [age-6-9] Who we will tell
           *[other] Who will be told
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] This is about sexual pictures of a child. So { $app } must tell a team that keeps children safe. You are not in trouble.
        [adult] Because this is about sexual images of a child, { $app } has to tell a team that protects children. The person who reports is not in trouble.
       *[other] Because this is about sexual pictures of a young person, { $app } has to tell a team that protects children. You are not in trouble.
    }
    .title =
        { $band ->
            [age-6-9] Who we will tell
           *[other] Who will be told
        }

## After sending.

next-what-happens =
    { $band ->
        [age-6-9] People at { $app } will look at what you sent. { status-hear-back }
        [adult] People at { $app } will review your report. { status-hear-back }
       *[other] People at { $app } will look at what you sent us. { status-hear-back }
    }
    .title = What happens next

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Owned by the wizard work. Variables: $band, $app only.

flow-skip = Skip
flow-yes = Yes
flow-no-or-unsure = No, or I am not sure

flow-age = How old are you?
flow-age-6-9 = Under 10
flow-age-10-12 = 10 to 12
flow-age-13-15 = 13 to 15
flow-age-16-17 = 16 or 17
flow-age-adult = 18 or older

flow-what =
    { $band ->
        [age-6-9] What happened?
        [adult] What happened?
       *[other] What happened? Pick the one that fits best.
    }
flow-what-caregiver = What happened to the child? Pick the one that fits best.

flow-safety =
    { $band ->
        [age-6-9] You did the right thing.
       *[other] First, some things that can help.
    }

flow-danger =
    { $band ->
        [age-6-9] Are you in danger now?
        [adult] Is anyone in danger right now?
       *[other] Are you in danger right now?
    }
flow-danger-yes =
    { $band ->
        [adult] Yes
       *[other] Yes, I am not safe now
    }
flow-danger-no =
    { $band ->
        [adult] No
       *[other] No, I am safe now
    }
flow-danger-help =
    { $band ->
        [age-6-9] Get help now.
       *[other] Get help now. You can keep going after.
    }
safety-danger-call =
    { $band ->
        [age-6-9] Call the number below. Or tell a grown-up near you.
        [adult] Call the emergency number below, or ask someone near you for help.
       *[other] Call the number below, or tell an adult near you.
    }
safety-danger-adult =
    { $band ->
        [age-6-9] You can still tell us what happened.
       *[other] When you are safe, you can tell us what happened.
    }

flow-young-stop =
    { $band ->
        [age-6-9] Do you want to stop this?
       *[other] What would you like to do now?
    }
flow-intents = What would you like to do now?
flow-intents-body =
    { $band ->
        [adult] These change only what you see. The other person is not told.
       *[other] These change what you see. The other person is not told.
    }
flow-intent-restrict =
    { $band ->
        [age-6-9] Stop them from talking to me
       *[other] Limit them without telling them
    }
flow-intent-mute = Stop seeing their posts and messages
flow-intent-hide-item =
    { $band ->
        [age-6-9] Hide it from me
       *[other] Hide this from me
    }
flow-intent-hide-connections = Hide my friends and followers from them
flow-intent-block =
    { $band ->
        [adult] Block them (after the report is safely sent)
       *[other] Block them (after we get your report)
    }
flow-intent-none =
    { $band ->
        [age-6-9] No, not now
       *[other] Nothing for now
    }

flow-text =
    { $band ->
        [adult] Anything else the safety team should know?
       *[other] Do you want to tell us more?
    }
flow-text-body =
    { $band ->
        [adult] You can skip this. Do not paste or upload pictures. We already have what you reported.
       *[other] You can skip this. Do not add pictures. We can already see what you reported.
    }

flow-who =
    { $band ->
        [adult] Who did this?
       *[other] Who did this?
    }
flow-who-caregiver = Who did this to the child?
flow-who-known = Someone I know in real life
flow-who-online = Someone I only know online
flow-who-unknown = I don't know who it is

flow-depicted = Are the pictures of you?
flow-depicted-body = It is not your fault. You are not in trouble.

flow-outcome =
    { $band ->
        [adult] What would you like to happen?
       *[other] What do you want to happen?
    }
flow-outcome-body =
    { $band ->
        [adult] We pass this on to the safety team as your wish. They decide what to do.
       *[other] We tell the safety team what you want. They decide what to do.
    }
flow-outcome-take-down = Take it down
flow-outcome-stop-contact = Make them stop contacting me
flow-outcome-someone-know = I just want someone to know
flow-outcome-keep-private = I just want someone to know. Please don't tell anyone else.
flow-outcome-help-for-me = I need help for me
flow-outcome-not-sure = I'm not sure

flow-notify = Should we tell you here when something changes?
flow-notify-body =
    { $band ->
        [adult] If other people can see this device, you may prefer to check for yourself.
       *[other] If someone else can see your phone, you can check here yourself instead.
    }
flow-notify-tell-me = Tell me here when something changes
flow-notify-dont = Don't notify me, I'll check

flow-review =
    { $band ->
        [age-6-9] Is this right?
       *[other] Check before you send
    }

safety-sextortion-dont-pay = Do not pay. Do not send more pictures.
safety-sextortion-stop-replying = Stop replying to them. You do not have to answer.
safety-sextortion-we-keep =
    { $band ->
        [adult] Do not delete the messages. We keep a copy with your report.
       *[other] Do not delete the messages. We keep a copy with your report.
    }
safety-sextortion-restrict-block =
    { $band ->
        [adult] You can limit them first, then block them once the report is sent.
       *[other] You can limit them now. You can block them after we get your report.
    }
safety-asked-stop-replying = You do not have to answer them. You can stop at any time.
safety-pictures-dont-share =
    { $band ->
        [adult] Do not forward or save the pictures, even as proof. The report points to them.
       *[other] Do not send the pictures to anyone, not even to us. We can find them.
    }
safety-pictures-handoff =
    { $band ->
        [age-6-9] A grown-up can help you get pictures taken down.
       *[other] These free services can help get pictures taken down.
    }
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline and IWF)
safety-self-harm-helpline =
    { $band ->
        [age-6-9] Please tell a grown-up now. You can call the number below too.
        [adult] If someone may hurt themselves, contact the helpline below or emergency services now.
       *[other] Please talk to someone now. The helpline below is free.
    }
safety-self-harm-not-alone =
    { $band ->
        [adult] You did the right thing by reporting this.
       *[other] You are not alone. You did the right thing by telling us.
    }
safety-hurting-helpline =
    { $band ->
        [age-6-9] You can call the number below. They help children.
        [adult] The helpline below can help. If the child is in danger now, call emergency services.
       *[other] The helpline below can help you. They talk to young people every day.
    }
safety-hurting-different-adult =
    { $band ->
        [age-6-9] If a grown-up is hurting you, tell a different grown-up.
        [adult] If the person hurting the child is a carer, contact the helpline or the police.
       *[other] If an adult is hurting you, tell a different adult you trust.
    }
