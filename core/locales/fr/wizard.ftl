# TellSafe copy, French.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Trouver de l'aide
       *[other] Trouver de l'aide maintenant
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] Partir vite
       *[other] Sortie rapide
    }
wizard-back = Retour
wizard-next = Suivant
wizard-send = Envoyer
wizard-progress = Étape { $step } sur { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Aucun adulte n'a encore vérifié ces mots.
        [adult] Cette traduction n'a pas encore été vérifiée par une personne. Certaines formulations peuvent être fausses.
       *[other] Personne n'a encore vérifié cette traduction. Certains mots peuvent être faux.
    }
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Ton signalement n'est pas encore parti. Ce n'est pas ta faute. Réessaie, s'il te plaît.
       *[other] Ton signalement n'a pas encore pu être envoyé. Ce n'est pas ta faute. Réessaie, s'il te plaît.
    }
wizard-try-again = Réessayer
help-trusted-adult =
    { $band ->
        [age-6-9] Parle à un adulte en qui tu as confiance. Si un adulte te fait du mal, parle à un autre adulte, ou appelle { $helpline }.
        [adult] Vous pouvez obtenir du soutien auprès de { $helpline }. Si un enfant est en danger, n'attendez pas.
       *[other] Parle à un adulte en qui tu as confiance. Si un adulte te fait du mal, parle à un autre adulte, ou contacte { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [adult] Parlez à une personne de confiance. Si un enfant est en danger, n'attendez pas.
       *[other] Parle à un adulte en qui tu as confiance. Si un adulte te fait du mal, parle à un autre adulte.
    }
help-emergency =
    { $band ->
        [age-6-9] Si tu es en danger, appelle le numéro d'urgence.
       *[other] Si tu es en danger maintenant, appelle le numéro d'urgence de ton pays.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Si tu es en danger, appelle le { $number }.
        [adult] Si quelqu'un est en danger maintenant, appelez le { $number }.
       *[other] Si tu es en danger maintenant, appelle le { $number }.
    }
reassure-not-your-fault =
    { $band ->
        [adult] Ce n'est pas votre faute.
       *[other] Ce n'est pas ta faute.
    }
reassure-not-in-trouble =
    { $band ->
        [adult] Vous n'aurez pas de problème.
       *[other] Tu n'auras pas de problème.
    }
reassure-thank-you =
    { $band ->
        [adult] Merci pour ce signalement.
       *[other] Merci de nous l'avoir dit.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] L'équipe de sécurité de { $app } verra que c'est toi qui l'as envoyé. Nous ne disons pas à l'autre personne que c'est toi. Si vous parlez seulement tous les deux, elle pourrait deviner.
        [adult] L'équipe de sécurité de { $app } peut voir qui a envoyé ce signalement. La personne signalée ne sait pas qui l'a signalée. Dans une discussion privée, elle pourrait deviner.
       *[other] L'équipe de sécurité de { $app } peut voir que c'est toi qui l'as envoyé. Nous ne disons pas à l'autre personne qui l'a envoyé. Dans une discussion privée, elle pourrait deviner.
    }
    .title =
        { $band ->
            [age-6-9] Qui le saura
           *[other] Qui peut le voir
        }

review-good-faith = En envoyant ce signalement, vous confirmez croire qu'il est exact et complet.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
duty-who-will-be-told =
    { $band ->
        [adult] La loi oblige { $app } à prévenir une équipe de protection de l'enfance. La personne qui signale n'aura pas de problème.
       *[other] La loi dit que { $app } doit prévenir une équipe qui protège les enfants. Tu n'auras pas de problème.
    }
    .title =
        { $band ->
            [age-6-9] Qui nous allons prévenir
           *[other] Qui sera prévenu
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Cela concerne des photos sexuelles d'un enfant. Alors { $app } doit prévenir une équipe qui protège les enfants. Tu n'auras pas de problème.
        [adult] Comme cela concerne des images sexuelles d'un enfant, { $app } doit prévenir une équipe de protection de l'enfance. La personne qui signale n'aura pas de problème.
       *[other] Comme cela concerne des photos sexuelles d'un jeune, { $app } doit prévenir une équipe qui protège les enfants. Tu n'auras pas de problème.
    }
    .title =
        { $band ->
            [age-6-9] Qui nous allons prévenir
           *[other] Qui sera prévenu
        }
next-what-happens =
    { $band ->
        [age-6-9] Des personnes de { $app } vont regarder ce que tu as envoyé. { status-hear-back }
        [adult] Des personnes de { $app } vont examiner votre signalement. { status-hear-back }
       *[other] Des personnes de { $app } vont regarder ce que tu nous as envoyé. { status-hear-back }
    }
    .title = Et maintenant ?

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Passer
flow-yes = Oui
flow-no-or-unsure = Non, ou je ne suis pas sûr
flow-age = Quel âge as-tu ?
flow-age-6-9 = Moins de 10 ans
flow-age-10-12 = 10 à 12 ans
flow-age-13-15 = 13 à 15 ans
flow-age-16-17 = 16 ou 17 ans
flow-age-adult = 18 ans ou plus
flow-what = Que s'est-il passé ?
flow-what-caregiver = Qu'est-il arrivé à l'enfant ? Choisissez ce qui correspond le mieux.
flow-safety = D'abord, des choses qui peuvent t'aider.
flow-danger = Es-tu en danger en ce moment ?
flow-danger-yes = Oui, je ne suis pas en sécurité
flow-danger-no = Non, je suis en sécurité
flow-danger-help = Demande de l'aide maintenant. Tu pourras continuer après.
safety-danger-call = Appelle le numéro ci-dessous, ou parle à un adulte près de toi.
safety-danger-adult = Quand tu seras en sécurité, tu pourras nous dire ce qui s'est passé.
flow-young-stop = Que veux-tu faire maintenant ?
flow-intents = Que veux-tu faire maintenant ?
flow-intents-body = Cela change seulement ce que tu vois. L'autre personne n'est pas prévenue.
flow-intent-restrict = Le limiter sans qu'il le sache
flow-intent-mute = Ne plus voir ses publications et messages
flow-intent-hide-item = Me cacher ceci
flow-intent-hide-connections = Lui cacher mes amis et abonnés
flow-intent-block = Le bloquer (après la réception de ton signalement)
flow-intent-none = Rien pour l'instant
flow-text = Veux-tu nous en dire plus ?
flow-text-body = Tu peux passer cette étape. N'ajoute pas de photos. Nous voyons déjà ce que tu as signalé.
flow-who = Qui a fait ça ?
flow-who-caregiver = Qui a fait ça à l'enfant ?
flow-who-known = Quelqu'un que je connais dans la vraie vie
flow-who-online = Quelqu'un que je connais seulement en ligne
flow-who-unknown = Je ne sais pas qui c'est
flow-depicted = Est-ce que les photos sont de toi ?
flow-depicted-body = Ce n'est pas ta faute. Tu n'as rien fait de mal.
flow-outcome = Qu'aimerais-tu qu'il se passe ?
flow-outcome-body = Nous disons à l'équipe de sécurité ce que tu souhaites. C'est elle qui décide.
flow-outcome-take-down = Le faire retirer
flow-outcome-stop-contact = Qu'il arrête de me contacter
flow-outcome-someone-know = Je veux juste que quelqu'un le sache
flow-outcome-keep-private = Je veux juste que quelqu'un le sache. Merci de ne le dire à personne d'autre.
flow-outcome-help-for-me = J'ai besoin d'aide pour moi
flow-outcome-not-sure = Je ne sais pas
flow-notify = Veux-tu qu'on te prévienne ici quand quelque chose change ?
flow-notify-body = Si quelqu'un d'autre peut voir ton téléphone, tu peux vérifier ici toi-même.
flow-notify-tell-me = Préviens-moi ici quand quelque chose change
flow-notify-dont = Ne me préviens pas, je vérifierai
flow-review = Vérifie avant d'envoyer
safety-sextortion-dont-pay = Ne paie pas. N'envoie pas d'autres photos.
safety-sextortion-stop-replying = Arrête de lui répondre. Tu n'es pas obligé de répondre.
safety-sextortion-we-keep = N'efface pas les messages. Nous en gardons une copie avec ton signalement.
safety-sextortion-restrict-block = Tu peux le limiter maintenant, puis le bloquer après la réception de ton signalement.
safety-asked-stop-replying = Tu n'es pas obligé de répondre. Tu peux arrêter quand tu veux.
safety-pictures-dont-share = N'envoie les photos à personne, même pas à nous. Nous pouvons les trouver.
safety-pictures-handoff = Ces services gratuits peuvent aider à faire retirer des photos.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline et IWF)
safety-self-harm-helpline = Parle à quelqu'un maintenant. La ligne d'écoute ci-dessous est gratuite.
safety-self-harm-not-alone = Tu n'es pas seul. Tu as bien fait de nous le dire.
safety-hurting-helpline = La ligne d'écoute ci-dessous peut t'aider. Ils parlent avec des jeunes tous les jours.
safety-hurting-different-adult = Si un adulte te fait du mal, parles-en à un autre adulte de confiance.
