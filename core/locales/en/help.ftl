# TellSafe jurisdiction-pack copy: helplines, "who will be told" and where to complain.
# Authored reference copy. Follow shared/reference/child-copy.md.
# Ids come from core/src/duties/messages.rs; every id the code can return is here, also
# those no shipped pack uses yet.
#
# Variables:
#   $band    age band selector key (see wizard.ftl); *[other] is the 10-12 wording.
#   $app     the platform's name.
#   $name    a helpline's own name, from the jurisdiction data (helplines only).
#   $number  a helpline's phone number (helpline values only).
#   $url     a helpline's web address (helpline .web attributes only).
# Duty and redress copy uses only $band and $app: it never names the category or the child.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [age-6-9] You can talk to someone at { $name }. They help kids. Call { $number }.
        [adult] { $name } gives support and someone to talk to. Call { $number }.
       *[other] You can talk to someone at { $name } about anything. Call { $number }.
    }
    .web =
        { $band ->
            [age-6-9] You can talk to someone at { $name }. They help kids. Go to { $url }.
            [adult] { $name } gives support and someone to talk to. Go to { $url }.
           *[other] You can talk to someone at { $name } about anything. Go to { $url }.
        }
help-helpline-crisis =
    { $band ->
        [age-6-9] If you feel very sad or want to hurt yourself, { $name } can help. Call { $number }.
        [adult] If you or someone you know is in crisis, { $name } can help. Call { $number }.
       *[other] If you feel very low or think about hurting yourself, { $name } will listen. Call { $number }.
    }
    .web =
        { $band ->
            [age-6-9] If you feel very sad or want to hurt yourself, { $name } can help. Go to { $url }.
            [adult] If you or someone you know is in crisis, { $name } can help. Go to { $url }.
           *[other] If you feel very low or think about hurting yourself, { $name } will listen. Go to { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [age-6-9] { $name } helps keep kids safe. Call { $number }.
        [adult] { $name } can act when a child may be at risk of harm. Call { $number }.
       *[other] If someone is hurting you, { $name } can help keep you safe. Call { $number }.
    }
    .web =
        { $band ->
            [age-6-9] { $name } helps keep kids safe. Go to { $url }.
            [adult] { $name } can act when a child may be at risk of harm. Go to { $url }.
           *[other] If someone is hurting you, { $name } can help keep you safe. Go to { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [age-6-9] If something online made you upset, { $name } can help. Call { $number }.
        [adult] { $name } helps with online harm, including getting harmful content taken down. Call { $number }.
       *[other] { $name } helps with problems online, like bullying or pictures shared without asking. Call { $number }.
    }
    .web =
        { $band ->
            [age-6-9] If something online made you upset, { $name } can help. Go to { $url }.
            [adult] { $name } helps with online harm, including getting harmful content taken down. Go to { $url }.
           *[other] { $name } helps with problems online, like bullying or pictures shared without asking. Go to { $url }.
        }
help-helpline-reporting =
    { $band ->
        [age-6-9] A grown-up can also tell { $name } about this. Call { $number }.
        [adult] You can also report this directly to { $name }. Call { $number }.
       *[other] You can also report this to { $name }. Call { $number }.
    }
    .web =
        { $band ->
            [age-6-9] A grown-up can also tell { $name } about this. Go to { $url }.
            [adult] You can also report this directly to { $name }. Go to { $url }.
           *[other] You can also report this to { $name }. Go to { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [age-6-9] People at { $app } will look at this. If it is what you said, the law says they must tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } confirms what you reported, the law says { $app } has to tell NCMEC, a US team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } confirms what was reported, the law requires { $app } to report it to NCMEC's CyberTipline, the US National Center for Missing & Exploited Children. The person who reports is not in trouble.
       *[other] People at { $app } will check what you sent. If it is what you told us, the law says { $app } has to tell a team whose job is keeping children safe. You are not in trouble.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [age-6-9] If people at { $app } think someone could get badly hurt, the law says they must tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } thinks someone's life or safety is in danger, the law says { $app } has to tell NCMEC, a US team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } suspects a crime that threatens someone's life or safety, the law requires { $app } to tell NCMEC's CyberTipline, the US National Center for Missing & Exploited Children. The person who reports is not in trouble.
       *[other] If people at { $app } think someone could be in real danger, the law says { $app } has to tell a team whose job is keeping children safe. You are not in trouble.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [age-6-9] People at { $app } will look at this. If it is what you said, they may tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } confirms what you reported, the law allows { $app } to tell NCMEC, a US team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } confirms what was reported, the law allows { $app } to report it to NCMEC's CyberTipline, the US National Center for Missing & Exploited Children. The person who reports is not in trouble.
       *[other] People at { $app } will check what you sent. If it is what you told us, { $app } may tell a team whose job is keeping children safe. You are not in trouble.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [age-6-9] If people at { $app } think someone could get badly hurt, they may tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } thinks someone's life or safety is in danger, the law allows { $app } to tell NCMEC, a US team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } suspects a crime that threatens someone's life or safety, the law allows { $app } to tell NCMEC's CyberTipline, the US National Center for Missing & Exploited Children. The person who reports is not in trouble.
       *[other] If people at { $app } think someone could be in real danger, { $app } may tell a team whose job is keeping children safe. You are not in trouble.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [age-6-9] People at { $app } will look at this. If it is what you said, the law says they must tell people whose job is keeping everyone safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } confirms what you reported, the law says { $app } has to tell the authorities whose job is keeping everyone safe. You are not in trouble.
        [adult] If the safety team at { $app } confirms what was reported, the law requires { $app } to report it to the police or other authorities. The person who reports is not in trouble.
       *[other] People at { $app } will check what you sent. If it is what you told us, the law says { $app } has to tell people whose job is keeping everyone safe. You are not in trouble.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [age-6-9] If people at { $app } think someone could get badly hurt, the law says they must tell people whose job is keeping everyone safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } thinks someone's life or safety is in danger, the law says { $app } has to tell the authorities whose job is keeping everyone safe. You are not in trouble.
        [adult] If the safety team at { $app } suspects a crime that threatens someone's life or safety, the law requires { $app } to tell the police or other authorities. The person who reports is not in trouble.
       *[other] If people at { $app } think someone could be in real danger, the law says { $app } has to tell people whose job is keeping everyone safe. You are not in trouble.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [age-6-9] People at { $app } will look at this. If it is what you said, they may tell people whose job is keeping everyone safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } confirms what you reported, the law allows { $app } to tell the authorities whose job is keeping everyone safe. You are not in trouble.
        [adult] If the safety team at { $app } confirms what was reported, the law allows { $app } to report it to the police or other authorities. The person who reports is not in trouble.
       *[other] People at { $app } will check what you sent. If it is what you told us, { $app } may tell people whose job is keeping everyone safe. You are not in trouble.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [age-6-9] If people at { $app } think someone could get badly hurt, they may tell people whose job is keeping everyone safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } thinks someone's life or safety is in danger, the law allows { $app } to tell the authorities whose job is keeping everyone safe. You are not in trouble.
        [adult] If the safety team at { $app } suspects a crime that threatens someone's life or safety, the law allows { $app } to tell the police or other authorities. The person who reports is not in trouble.
       *[other] If people at { $app } think someone could be in real danger, { $app } may tell people whose job is keeping everyone safe. You are not in trouble.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [age-6-9] People at { $app } will look at this. If it is what you said, the law says they must tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } confirms what you reported, the law says { $app } has to tell the National Crime Agency, a UK team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } confirms what was reported, the law requires { $app } to report it to the UK National Crime Agency (NCA). The person who reports is not in trouble.
       *[other] People at { $app } will check what you sent. If it is what you told us, the law says { $app } has to tell a team whose job is keeping children safe. You are not in trouble.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [age-6-9] If people at { $app } think someone could get badly hurt, the law says they must tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } thinks someone's life or safety is in danger, the law says { $app } has to tell the National Crime Agency, a UK team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } suspects a crime that threatens someone's life or safety, the law requires { $app } to tell the UK National Crime Agency (NCA). The person who reports is not in trouble.
       *[other] If people at { $app } think someone could be in real danger, the law says { $app } has to tell a team whose job is keeping children safe. You are not in trouble.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [age-6-9] People at { $app } will look at this. If it is what you said, they may tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } confirms what you reported, the law allows { $app } to tell the National Crime Agency, a UK team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } confirms what was reported, the law allows { $app } to report it to the UK National Crime Agency (NCA). The person who reports is not in trouble.
       *[other] People at { $app } will check what you sent. If it is what you told us, { $app } may tell a team whose job is keeping children safe. You are not in trouble.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [age-6-9] If people at { $app } think someone could get badly hurt, they may tell a team whose job is keeping children safe. You are not in trouble.
        [age-16-17] If the safety team at { $app } thinks someone's life or safety is in danger, the law allows { $app } to tell the National Crime Agency, a UK team that protects children. You are not in trouble.
        [adult] If the safety team at { $app } suspects a crime that threatens someone's life or safety, the law allows { $app } to tell the UK National Crime Agency (NCA). The person who reports is not in trouble.
       *[other] If people at { $app } think someone could be in real danger, { $app } may tell a team whose job is keeping children safe. You are not in trouble.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [age-6-9] If you think { $app } got it wrong, you can ask people at { $app } to look again. A grown-up can help you.
        [age-16-17] If you disagree with a decision, you can complain to { $app } and ask for it to be looked at again.
        [adult] If you disagree with a decision, you can complain to { $app } and ask for it to be reviewed again.
       *[other] If you think { $app } got this wrong, you can ask people at { $app } to look at it again.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [age-6-9] If you think { $app } got it wrong, you can ask a team outside { $app } that helps when people do not agree to look again. A grown-up can help you.
        [age-16-17] If you disagree with a decision, you can complain to a certified dispute body outside { $app } and ask for it to be looked at again.
        [adult] If you disagree with a decision, you can complain to a certified out-of-court dispute settlement body and ask for it to be reviewed again.
       *[other] If you think { $app } got this wrong, you can ask a team outside { $app } that helps when people do not agree to look at it again.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [age-6-9] If you think { $app } got it wrong, you can ask eSafety, a team in Australia that helps kids online to look again. A grown-up can help you.
        [age-16-17] If you disagree with a decision, you can complain to Australia's eSafety Commissioner and ask for it to be looked at again.
        [adult] If you disagree with a decision, you can complain to Australia's eSafety Commissioner and ask for it to be reviewed again.
       *[other] If you think { $app } got this wrong, you can ask eSafety, a team in Australia that helps young people online to look at it again.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [age-6-9] If you think { $app } got it wrong, you can ask Ofcom, a team that checks apps in the UK to look again. A grown-up can help you.
        [age-16-17] If you disagree with a decision, you can complain to Ofcom, the UK online safety regulator and ask for it to be looked at again.
        [adult] If you disagree with a decision, you can complain to Ofcom, the UK online safety regulator and ask for it to be reviewed again.
       *[other] If you think { $app } got this wrong, you can ask Ofcom, a team that checks apps in the UK to look at it again.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [age-6-9] If you still think it is wrong, you can ask people at { $app } to look at it. A grown-up can help you ask.
        [age-16-17] If you still disagree, you can ask { $app } to look at the decision.
        [adult] If you still disagree, you can take the decision to { $app }.
       *[other] If you still think it is wrong, you can ask people at { $app } to look at it too.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [age-6-9] If you still think it is wrong, you can ask a team outside { $app } that helps when people do not agree to look at it. A grown-up can help you ask.
        [age-16-17] If you still disagree, you can ask a certified dispute body outside { $app } to look at the decision.
        [adult] If you still disagree, you can take the decision to a certified out-of-court dispute settlement body.
       *[other] If you still think it is wrong, you can ask a team outside { $app } that helps when people do not agree to look at it too.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [age-6-9] If you still think it is wrong, you can ask eSafety, a team in Australia that helps kids online to look at it. A grown-up can help you ask.
        [age-16-17] If you still disagree, you can ask Australia's eSafety Commissioner to look at the decision.
        [adult] If you still disagree, you can take the decision to Australia's eSafety Commissioner.
       *[other] If you still think it is wrong, you can ask eSafety, a team in Australia that helps young people online to look at it too.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [age-6-9] If you still think it is wrong, you can ask Ofcom, a team that checks apps in the UK to look at it. A grown-up can help you ask.
        [age-16-17] If you still disagree, you can ask Ofcom, the UK online safety regulator to look at the decision.
        [adult] If you still disagree, you can take the decision to Ofcom, the UK online safety regulator.
       *[other] If you still think it is wrong, you can ask Ofcom, a team that checks apps in the UK to look at it too.
    }
redress-regulator-complaint-platform =
    { $band ->
        [age-6-9] If { $app } does not fix it, you can tell people at { $app }. A grown-up can help you.
        [age-16-17] If { $app } does not deal with it, you can complain to { $app }, who can look at your case.
        [adult] If { $app } does not resolve it, you can complain to { $app }, which can act on individual cases.
       *[other] If { $app } does not fix it, you can tell people at { $app }. They can help with what happened to you.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [age-6-9] If { $app } does not fix it, you can tell a team outside { $app } that helps when people do not agree. A grown-up can help you.
        [age-16-17] If { $app } does not deal with it, you can complain to a certified dispute body outside { $app }, who can look at your case.
        [adult] If { $app } does not resolve it, you can complain to a certified out-of-court dispute settlement body, which can act on individual cases.
       *[other] If { $app } does not fix it, you can tell a team outside { $app } that helps when people do not agree. They can help with what happened to you.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [age-6-9] If { $app } does not fix it, you can tell eSafety, a team in Australia that helps kids online. A grown-up can help you.
        [age-16-17] If { $app } does not deal with it, you can complain to Australia's eSafety Commissioner, who can look at your case.
        [adult] If { $app } does not resolve it, you can complain to Australia's eSafety Commissioner, which can act on individual cases.
       *[other] If { $app } does not fix it, you can tell eSafety, a team in Australia that helps young people online. They can help with what happened to you.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [age-6-9] If { $app } does not fix it, you can tell Ofcom, a team that checks apps in the UK. A grown-up can help you.
        [age-16-17] If { $app } does not deal with it, you can complain to Ofcom, the UK online safety regulator, who can look at your case.
        [adult] If { $app } does not resolve it, you can complain to Ofcom, the UK online safety regulator, which can act on individual cases.
       *[other] If { $app } does not fix it, you can tell Ofcom, a team that checks apps in the UK. They can help with what happened to you.
    }
redress-regulator-oversight-platform =
    { $band ->
        [age-6-9] There is also people at { $app }. They check that { $app } is fair. They do not look at one report.
        [age-16-17] There is also { $app }. It checks that { $app } handles complaints properly. It does not decide single cases, but you can tell it about a problem.
        [adult] There is also { $app }. It oversees how { $app } handles complaints. It does not decide individual cases, but you can tell it about a problem.
       *[other] There is also people at { $app }. They check that { $app } deals with problems fairly. They do not look at one report, but you can tell them if something seems wrong.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [age-6-9] There is also a team outside { $app } that helps when people do not agree. They check that { $app } is fair. They do not look at one report.
        [age-16-17] There is also a certified dispute body outside { $app }. It checks that { $app } handles complaints properly. It does not decide single cases, but you can tell it about a problem.
        [adult] There is also a certified out-of-court dispute settlement body. It oversees how { $app } handles complaints. It does not decide individual cases, but you can tell it about a problem.
       *[other] There is also a team outside { $app } that helps when people do not agree. They check that { $app } deals with problems fairly. They do not look at one report, but you can tell them if something seems wrong.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [age-6-9] There is also eSafety, a team in Australia that helps kids online. They check that { $app } is fair. They do not look at one report.
        [age-16-17] There is also Australia's eSafety Commissioner. It checks that { $app } handles complaints properly. It does not decide single cases, but you can tell it about a problem.
        [adult] There is also Australia's eSafety Commissioner. It oversees how { $app } handles complaints. It does not decide individual cases, but you can tell it about a problem.
       *[other] There is also eSafety, a team in Australia that helps young people online. They check that { $app } deals with problems fairly. They do not look at one report, but you can tell them if something seems wrong.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [age-6-9] There is also Ofcom, a team that checks apps in the UK. They check that { $app } is fair. They do not look at one report.
        [age-16-17] There is also Ofcom, the UK online safety regulator. It checks that { $app } handles complaints properly. It does not decide single cases, but you can tell it about a problem.
        [adult] There is also Ofcom, the UK online safety regulator. It oversees how { $app } handles complaints. It does not decide individual cases, but you can tell it about a problem.
       *[other] There is also Ofcom, a team that checks apps in the UK. They check that { $app } deals with problems fairly. They do not look at one report, but you can tell them if something seems wrong.
    }
