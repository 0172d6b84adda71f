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
