# TellSafe copy, French.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Des photos ou vidéos sexuelles d'un enfant
        [adult] Des images ou vidéos sexuelles d'un enfant
       *[other] Des photos ou vidéos sexuelles de toi ou d'un autre jeune
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Des fausses photos sexuelles d'un enfant
        [adult] Des fausses images sexuelles d'un enfant, faites avec l'IA ou retouchées
       *[other] Des fausses photos sexuelles de toi ou d'un autre jeune
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Quelqu'un a demandé à un enfant des images ou des actes sexuels
       *[other] Quelqu'un a demandé des photos sexuelles ou de faire des choses sexuelles
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Quelqu'un dit qu'il va montrer tes photos si tu ne fais pas ce qu'il veut
        [adult] Quelqu'un menace de partager des photos intimes pour obtenir quelque chose
       *[other] Quelqu'un menace de partager tes photos si tu ne fais pas quelque chose
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Quelqu'un a envoyé des images sexuelles non désirées
       *[other] Quelqu'un a envoyé des photos sexuelles que tu ne voulais pas
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Quelqu'un d'internet veut te voir en vrai
        [adult] Quelqu'un rencontré en ligne veut voir un enfant en personne
       *[other] Quelqu'un rencontré en ligne veut te voir en vrai
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Quelqu'un t'a fait faire des choses dans une vidéo en direct
        [adult] Quelqu'un a poussé un jeune à faire des choses en direct (live)
       *[other] Quelqu'un t'a poussé à faire des choses en direct (live)
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Quelqu'un a offert de l'argent ou des cadeaux contre des actes sexuels
       *[other] Quelqu'un a offert de l'argent ou des cadeaux pour des choses sexuelles
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Quelqu'un subit des violences dans la vraie vie
       *[other] Quelqu'un te fait du mal dans la vraie vie
    }
category-bullying =
    { $band ->
        [age-6-9] Du harcèlement ou de la méchanceté
        [adult] Harcèlement
       *[other] Du harcèlement
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Quelqu'un a partagé des choses privées sur toi
        [adult] Informations privées partagées sans accord
       *[other] Quelqu'un a partagé des informations privées sur toi
    }
category-hate =
    { $band ->
        [age-6-9] Des mots blessants contre un groupe de personnes
        [adult] Discours de haine contre un groupe
       *[other] De la haine contre un groupe de personnes
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Quelqu'un parle de se faire du mal
        [adult] Automutilation ou suicide
       *[other] Quelqu'un parle de se faire du mal ou de suicide
    }
category-dangerous-challenge = Un défi dangereux
category-violence-or-threats =
    { $band ->
        [age-6-9] Quelqu'un dit qu'il va blesser des gens
        [adult] Violence ou menaces de violence
       *[other] De la violence, ou des menaces de blesser quelqu'un
    }
category-scam =
    { $band ->
        [age-6-9] Quelqu'un a essayé de te piéger
        [adult] Arnaque ou fraude
       *[other] Une arnaque, ou un piège pour avoir de l'argent ou des choses
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Quelqu'un fait semblant d'être une autre personne
        [adult] Usurpation d'identité ou faux compte
       *[other] Un faux compte, ou quelqu'un qui se fait passer pour un autre
    }
category-spam =
    { $band ->
        [age-6-9] Plein de messages inutiles
        [adult] Spam
       *[other] Du spam ou des messages inutiles
    }
category-other = Autre chose
