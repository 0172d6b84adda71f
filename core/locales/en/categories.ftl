# Category labels: what happened, in the reporter's words.
# One message per Category code in core/src/taxonomy.rs: category-<code with dashes>.
# Young bands use child words (child-copy.md): no "CSAM", "grooming", "sextortion".
# Labels are neutral ("someone", "you"), so they work for the child and for a bystander.
#
# Variables: $band (see wizard.ftl).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Sexual pictures or videos of a child
        [adult] Sexual images or videos of a child
       *[other] Sexual pictures or videos of you or another young person
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Fake sexual pictures of a child
        [age-13-15] Fake or AI-made sexual pictures of you or another young person
        [age-16-17] Fake or AI-made sexual pictures of you or another young person
        [adult] Fake or AI-made sexual images of a child
       *[other] Fake sexual pictures of you or another young person
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Someone asked a child for sexual images or sexual acts
       *[other] Someone asked for sexual pictures or to do sexual things
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Someone says they will share your pictures if you do not do what they say
        [adult] Someone threatens to share private pictures unless they get what they want
       *[other] Someone is threatening to share your pictures unless you do something
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Someone sent sexual images that were not wanted
       *[other] Someone sent sexual pictures you did not want
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Someone from online wants to meet you
        [adult] Someone met online wants to meet a child in person
       *[other] Someone you met online wants to meet in person
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Someone made you do things on a live video
        [adult] Someone pressured a young person to do things on a live stream
       *[other] Someone pushed you to do things on a live stream
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Someone offered money or gifts for sexual acts
       *[other] Someone offered money or gifts for sexual things
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Someone is being hurt in real life
       *[other] Someone is hurting you in real life
    }
category-bullying =
    { $band ->
        [age-6-9] Bullying or being mean
        [adult] Bullying or harassment
       *[other] Bullying
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Someone shared private things about you
        [adult] Private information shared without consent
       *[other] Someone shared private information about you
    }
category-hate =
    { $band ->
        [age-6-9] Hurtful words about a group of people
        [adult] Hate speech against a group
       *[other] Hate against a group of people
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Someone talks about hurting themselves
        [age-13-15] Someone is talking about hurting themselves or suicide
        [age-16-17] Someone is talking about hurting themselves or suicide
        [adult] Self-harm or suicide
       *[other] Someone is talking about hurting themselves
    }
category-dangerous-challenge = A dangerous challenge
category-violence-or-threats =
    { $band ->
        [age-6-9] Someone says they will hurt people
        [adult] Violence or threats of violence
       *[other] Violence, or threats to hurt someone
    }
category-scam =
    { $band ->
        [age-6-9] Someone tried to trick you
        [adult] A scam or fraud
       *[other] A scam, or a trick to get money or things
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Someone is pretending to be someone else
        [adult] Impersonation or a fake account
       *[other] A fake account, or someone pretending to be someone else
    }
category-spam =
    { $band ->
        [age-6-9] Lots of junk messages
        [adult] Spam
       *[other] Spam or junk messages
    }
category-other = Something else
