# Textes des packs de juridiction (lignes d'aide, « qui sera prévenu », recours).
# Brouillon de traduction de en/help.ftl, non relu par un humain. Voir locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [age-6-9] Tu peux parler à quelqu'un chez { $name }. Ils aident les enfants. Appelle le { $number }.
        [adult] { $name } offre du soutien et une écoute. Appelez le { $number }.
       *[other] Tu peux parler de tout à quelqu'un chez { $name }. Appelle le { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Tu peux parler à quelqu'un chez { $name }. Ils aident les enfants. Va sur { $url }.
            [adult] { $name } offre du soutien et une écoute. Allez sur { $url }.
           *[other] Tu peux parler de tout à quelqu'un chez { $name }. Va sur { $url }.
        }
help-helpline-crisis =
    { $band ->
        [age-6-9] Si tu es très triste ou si tu veux te faire du mal, { $name } peut t'aider. Appelle le { $number }.
        [adult] Si vous ou un proche êtes en crise, { $name } peut aider. Appelez le { $number }.
       *[other] Si tu te sens très mal ou si tu penses à te faire du mal, { $name } t'écoute. Appelle le { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Si tu es très triste ou si tu veux te faire du mal, { $name } peut t'aider. Va sur { $url }.
            [adult] Si vous ou un proche êtes en crise, { $name } peut aider. Allez sur { $url }.
           *[other] Si tu te sens très mal ou si tu penses à te faire du mal, { $name } t'écoute. Va sur { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [age-6-9] { $name } aide à protéger les enfants. Appelle le { $number }.
        [adult] { $name } peut agir quand un enfant risque d'être en danger. Appelez le { $number }.
       *[other] Si quelqu'un te fait du mal, { $name } peut t'aider à être en sécurité. Appelle le { $number }.
    }
    .web =
        { $band ->
            [age-6-9] { $name } aide à protéger les enfants. Va sur { $url }.
            [adult] { $name } peut agir quand un enfant risque d'être en danger. Allez sur { $url }.
           *[other] Si quelqu'un te fait du mal, { $name } peut t'aider à être en sécurité. Va sur { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [age-6-9] Si quelque chose en ligne t'a fait de la peine, { $name } peut t'aider. Appelle le { $number }.
        [adult] { $name } aide face aux violences en ligne, y compris pour faire retirer des contenus. Appelez le { $number }.
       *[other] { $name } aide pour les problèmes en ligne, comme le harcèlement ou des photos partagées sans ton accord. Appelle le { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Si quelque chose en ligne t'a fait de la peine, { $name } peut t'aider. Va sur { $url }.
            [adult] { $name } aide face aux violences en ligne, y compris pour faire retirer des contenus. Allez sur { $url }.
           *[other] { $name } aide pour les problèmes en ligne, comme le harcèlement ou des photos partagées sans ton accord. Va sur { $url }.
        }
help-helpline-reporting =
    { $band ->
        [age-6-9] Un adulte peut aussi le dire à { $name }. Appelle le { $number }.
        [adult] Vous pouvez aussi signaler cela directement à { $name }. Appelez le { $number }.
       *[other] Tu peux aussi signaler cela à { $name }. Appelle le { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Un adulte peut aussi le dire à { $name }. Va sur { $url }.
            [adult] Vous pouvez aussi signaler cela directement à { $name }. Allez sur { $url }.
           *[other] Tu peux aussi signaler cela à { $name }. Va sur { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } confirme ce qui a été signalé, la loi oblige { $app } à le signaler à la CyberTipline du NCMEC, le centre américain pour les enfants disparus et exploités. La personne qui signale n'aura pas de problème.
       *[other] Des personnes de { $app } vont vérifier ce que tu as envoyé. Si c'est bien ce que tu as dit, la loi dit que { $app } doit prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } soupçonne un crime qui menace la vie ou la sécurité d'une personne, la loi oblige { $app } à prévenir la CyberTipline du NCMEC, le centre américain pour les enfants disparus et exploités. La personne qui signale n'aura pas de problème.
       *[other] Si des personnes de { $app } pensent que quelqu'un est vraiment en danger, la loi dit que { $app } doit prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } confirme ce qui a été signalé, la loi permet à { $app } de le signaler à la CyberTipline du NCMEC, le centre américain pour les enfants disparus et exploités. La personne qui signale n'aura pas de problème.
       *[other] Des personnes de { $app } vont vérifier ce que tu as envoyé. Si c'est bien ce que tu as dit, { $app } peut prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } soupçonne un crime qui menace la vie ou la sécurité d'une personne, la loi permet à { $app } de prévenir la CyberTipline du NCMEC, le centre américain pour les enfants disparus et exploités. La personne qui signale n'aura pas de problème.
       *[other] Si des personnes de { $app } pensent que quelqu'un est vraiment en danger, { $app } peut prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } confirme ce qui a été signalé, la loi oblige { $app } à le signaler à la police ou d'autres autorités. La personne qui signale n'aura pas de problème.
       *[other] Des personnes de { $app } vont vérifier ce que tu as envoyé. Si c'est bien ce que tu as dit, la loi dit que { $app } doit prévenir des personnes dont le travail est de protéger tout le monde. Tu n'auras pas de problème.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } soupçonne un crime qui menace la vie ou la sécurité d'une personne, la loi oblige { $app } à prévenir la police ou d'autres autorités. La personne qui signale n'aura pas de problème.
       *[other] Si des personnes de { $app } pensent que quelqu'un est vraiment en danger, la loi dit que { $app } doit prévenir des personnes dont le travail est de protéger tout le monde. Tu n'auras pas de problème.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } confirme ce qui a été signalé, la loi permet à { $app } de le signaler à la police ou d'autres autorités. La personne qui signale n'aura pas de problème.
       *[other] Des personnes de { $app } vont vérifier ce que tu as envoyé. Si c'est bien ce que tu as dit, { $app } peut prévenir des personnes dont le travail est de protéger tout le monde. Tu n'auras pas de problème.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } soupçonne un crime qui menace la vie ou la sécurité d'une personne, la loi permet à { $app } de prévenir la police ou d'autres autorités. La personne qui signale n'aura pas de problème.
       *[other] Si des personnes de { $app } pensent que quelqu'un est vraiment en danger, { $app } peut prévenir des personnes dont le travail est de protéger tout le monde. Tu n'auras pas de problème.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } confirme ce qui a été signalé, la loi oblige { $app } à le signaler à la National Crime Agency (NCA) du Royaume-Uni. La personne qui signale n'aura pas de problème.
       *[other] Des personnes de { $app } vont vérifier ce que tu as envoyé. Si c'est bien ce que tu as dit, la loi dit que { $app } doit prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } soupçonne un crime qui menace la vie ou la sécurité d'une personne, la loi oblige { $app } à prévenir la National Crime Agency (NCA) du Royaume-Uni. La personne qui signale n'aura pas de problème.
       *[other] Si des personnes de { $app } pensent que quelqu'un est vraiment en danger, la loi dit que { $app } doit prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } confirme ce qui a été signalé, la loi permet à { $app } de le signaler à la National Crime Agency (NCA) du Royaume-Uni. La personne qui signale n'aura pas de problème.
       *[other] Des personnes de { $app } vont vérifier ce que tu as envoyé. Si c'est bien ce que tu as dit, { $app } peut prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Si l'équipe de sécurité de { $app } soupçonne un crime qui menace la vie ou la sécurité d'une personne, la loi permet à { $app } de prévenir la National Crime Agency (NCA) du Royaume-Uni. La personne qui signale n'aura pas de problème.
       *[other] Si des personnes de { $app } pensent que quelqu'un est vraiment en danger, { $app } peut prévenir une équipe dont le travail est de protéger les enfants. Tu n'auras pas de problème.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Si vous n'êtes pas d'accord avec une décision, vous pouvez déposer une réclamation auprès de { $app } et demander un nouvel examen.
       *[other] Si tu penses que { $app } s'est trompé, tu peux demander à des personnes de { $app } de regarder encore une fois.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Si vous n'êtes pas d'accord avec une décision, vous pouvez déposer une réclamation auprès de un organisme certifié de règlement extrajudiciaire des litiges et demander un nouvel examen.
       *[other] Si tu penses que { $app } s'est trompé, tu peux demander à une équipe en dehors de { $app } qui aide quand on n'est pas d'accord de regarder encore une fois.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Si vous n'êtes pas d'accord avec une décision, vous pouvez déposer une réclamation auprès de l'eSafety Commissioner australien et demander un nouvel examen.
       *[other] Si tu penses que { $app } s'est trompé, tu peux demander à eSafety, une équipe en Australie qui aide les jeunes en ligne de regarder encore une fois.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Si vous n'êtes pas d'accord avec une décision, vous pouvez déposer une réclamation auprès de l'Ofcom, le régulateur britannique de la sécurité en ligne et demander un nouvel examen.
       *[other] Si tu penses que { $app } s'est trompé, tu peux demander à l'Ofcom, une équipe qui contrôle les applis au Royaume-Uni de regarder encore une fois.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Si vous êtes toujours en désaccord, vous pouvez soumettre la décision à { $app }.
       *[other] Si tu penses toujours que c'est faux, tu peux aussi demander à des personnes de { $app } de regarder.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Si vous êtes toujours en désaccord, vous pouvez soumettre la décision à un organisme certifié de règlement extrajudiciaire des litiges.
       *[other] Si tu penses toujours que c'est faux, tu peux aussi demander à une équipe en dehors de { $app } qui aide quand on n'est pas d'accord de regarder.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Si vous êtes toujours en désaccord, vous pouvez soumettre la décision à l'eSafety Commissioner australien.
       *[other] Si tu penses toujours que c'est faux, tu peux aussi demander à eSafety, une équipe en Australie qui aide les jeunes en ligne de regarder.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Si vous êtes toujours en désaccord, vous pouvez soumettre la décision à l'Ofcom, le régulateur britannique de la sécurité en ligne.
       *[other] Si tu penses toujours que c'est faux, tu peux aussi demander à l'Ofcom, une équipe qui contrôle les applis au Royaume-Uni de regarder.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Si { $app } ne règle pas le problème, vous pouvez vous plaindre auprès de { $app }, qui peut agir sur des cas individuels.
       *[other] Si { $app } ne règle pas le problème, tu peux le dire à des personnes de { $app }. Un adulte peut t'aider.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Si { $app } ne règle pas le problème, vous pouvez vous plaindre auprès de un organisme certifié de règlement extrajudiciaire des litiges, qui peut agir sur des cas individuels.
       *[other] Si { $app } ne règle pas le problème, tu peux le dire à une équipe en dehors de { $app } qui aide quand on n'est pas d'accord. Un adulte peut t'aider.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Si { $app } ne règle pas le problème, vous pouvez vous plaindre auprès de l'eSafety Commissioner australien, qui peut agir sur des cas individuels.
       *[other] Si { $app } ne règle pas le problème, tu peux le dire à eSafety, une équipe en Australie qui aide les jeunes en ligne. Un adulte peut t'aider.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Si { $app } ne règle pas le problème, vous pouvez vous plaindre auprès de l'Ofcom, le régulateur britannique de la sécurité en ligne, qui peut agir sur des cas individuels.
       *[other] Si { $app } ne règle pas le problème, tu peux le dire à l'Ofcom, une équipe qui contrôle les applis au Royaume-Uni. Un adulte peut t'aider.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] Il y a aussi { $app }. Cet organisme contrôle la façon dont { $app } traite les réclamations. Il ne tranche pas les cas individuels, mais vous pouvez lui signaler un problème.
       *[other] Il y a aussi des personnes de { $app }. Cette équipe vérifie que { $app } traite les problèmes de façon juste. Elle ne regarde pas un signalement seul, mais tu peux lui dire si quelque chose ne va pas.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] Il y a aussi un organisme certifié de règlement extrajudiciaire des litiges. Cet organisme contrôle la façon dont { $app } traite les réclamations. Il ne tranche pas les cas individuels, mais vous pouvez lui signaler un problème.
       *[other] Il y a aussi une équipe en dehors de { $app } qui aide quand on n'est pas d'accord. Cette équipe vérifie que { $app } traite les problèmes de façon juste. Elle ne regarde pas un signalement seul, mais tu peux lui dire si quelque chose ne va pas.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] Il y a aussi l'eSafety Commissioner australien. Cet organisme contrôle la façon dont { $app } traite les réclamations. Il ne tranche pas les cas individuels, mais vous pouvez lui signaler un problème.
       *[other] Il y a aussi eSafety, une équipe en Australie qui aide les jeunes en ligne. Cette équipe vérifie que { $app } traite les problèmes de façon juste. Elle ne regarde pas un signalement seul, mais tu peux lui dire si quelque chose ne va pas.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] Il y a aussi l'Ofcom, le régulateur britannique de la sécurité en ligne. Cet organisme contrôle la façon dont { $app } traite les réclamations. Il ne tranche pas les cas individuels, mais vous pouvez lui signaler un problème.
       *[other] Il y a aussi l'Ofcom, une équipe qui contrôle les applis au Royaume-Uni. Cette équipe vérifie que { $app } traite les problèmes de façon juste. Elle ne regarde pas un signalement seul, mais tu peux lui dire si quelque chose ne va pas.
    }
