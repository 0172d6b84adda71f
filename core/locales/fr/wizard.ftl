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
