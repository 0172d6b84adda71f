# Child-facing status and outcome copy. A fixed contract with core/src/status.rs:
# ids status-sent, status-received, status-looking-at-it, status-need-to-ask-you,
# status-decided, status-handed-to-specialists, status-looked-again,
# outcome-removed, outcome-restricted, outcome-account-stopped, outcome-warned,
# outcome-not-removed. The value says what it means and what happens next;
# .title is the short label.
#
# Rules (child-copy.md): never a moderator's words, never the category name, no promise
# the platform may not keep. Variables allowed here: $band, $app, $days only
# ($days is "none" when the backend promised no time).

# Helper shared by several statuses: when the reporter will hear back.
status-hear-back =
    { $days ->
        [none] We will tell you here when we know more.
        [one] We will tell you more here within { $days } day.
       *[other] We will tell you more here within { $days } days.
    }

status-sent =
    { $band ->
        [age-6-9] Your report is on its way. It will get to { $app } when you are online.
        [adult] Your report is waiting to go to { $app }. It will be sent as soon as this device is online.
       *[other] Your report is on its way to { $app }. It will arrive as soon as you are online.
    }
    .title = Sent
status-received =
    { $band ->
        [age-6-9] { $app } got your report. A person will look at it. { status-hear-back }
        [adult] { $app } has received your report. It is waiting for a person to review it. { status-hear-back }
       *[other] People at { $app } got your report. Someone will look at it soon. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] We got it
           *[other] Received
        }
status-looking-at-it =
    { $band ->
        [age-6-9] A person at { $app } is looking at what you told us. { status-hear-back }
        [adult] A person at { $app } is reviewing your report. { status-hear-back }
       *[other] People at { $app } are looking at what you told us. { status-hear-back }
    }
    .title = Looking at it
status-need-to-ask-you =
    { $band ->
        [age-6-9] We have a question for you. Please answer it here so we can help.
        [adult] The people reviewing your report need to ask you something. Please answer here so they can go on.
       *[other] We need to ask you something before we decide. Please answer the question here when you can.
    }
    .title = We need to ask you something
status-decided =
    { $band ->
        [age-6-9] We looked at what you told us and made a choice. If you think we got it wrong, you can ask us to look again.
        [adult] { $app } has made a decision on your report. If you disagree, you can ask for it to be reviewed again.
       *[other] People at { $app } looked at your report and decided what to do. If you think we got it wrong, you can ask us to look again.
    }
    .title =
        { $band ->
            [age-6-9] We made a choice
           *[other] Decided
        }
status-handed-to-specialists =
    { $band ->
        [age-6-9] We passed this to people whose job is keeping children safe. You are not in trouble. You can get help at any time with the help button.
        [adult] We passed this to a team whose job is keeping children safe. We cannot share more details. You can still get support at any time.
       *[other] We passed this to people whose job is keeping children safe. You are not in trouble. You can get help at any time with the help button.
    }
    .title =
        { $band ->
            [age-6-9] Passed to a safety team
            [adult] Handed to specialists
           *[other] Passed to a safety team
        }
status-looked-again =
    { $band ->
        [age-6-9] We looked at your report again. The next part says what we decided this time.
        [adult] { $app } reviewed your report again. The new outcome is shown here.
       *[other] People at { $app } looked at your report again. You can see here what we decided this time.
    }
    .title = We looked again

## Outcomes: what changed. Always say what the reporter can still do.

outcome-removed =
    { $band ->
        [age-6-9] We took it down. If you see it again, tell us.
        [adult] We removed it. If it comes back, you can report it again.
       *[other] We removed it. If you see it again, you can report it again.
    }
outcome-restricted =
    { $band ->
        [age-6-9] We made it harder for people to see it. You can still block this person.
        [adult] We limited who can see it. You can still block or mute the account.
       *[other] We limited who can see it. You can still block or mute this person.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] We stopped this account. If they come back, tell us.
        [adult] We suspended the account. If the person comes back with a new account, you can report it.
       *[other] We stopped this account. If this person finds you from a new account, you can report it.
    }
outcome-warned =
    { $band ->
        [age-6-9] We told this person to stop. If it happens again, tell us.
        [adult] We warned the account about our rules. If it goes on, you can report it again.
       *[other] We warned this person about our rules. If it happens again, tell us and we will look again.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] We looked carefully and did not take it down. You can still block this person and tell a grown-up you trust.
        [adult] We looked carefully and did not remove it. You can still block or mute the account, or ask us to look again.
       *[other] We looked carefully and did not remove it. You can still block or mute this person, or ask us to look again.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming.
withdraw-kept =
    { $band ->
        [age-6-9] We cannot take this report back yet. The rules say we must keep it for now, to help keep children safe. It is not your fault.
        [adult] This report cannot be deleted yet. The law says { $app } must keep it for now. It will be deleted when that ends.
       *[other] We cannot delete this report yet. The law says { $app } must keep it for now, to help keep you and others safe. It is not your fault.
    }
