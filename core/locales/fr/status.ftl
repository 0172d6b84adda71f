# TellSafe copy, French.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Nous répondrons ici quand nous en saurons plus.
        [one] Nous répondrons ici d'ici { $days } jour.
       *[other] Nous répondrons ici d'ici { $days } jours.
    }
status-sent =
    { $band ->
        [age-6-9] Ton signalement est en route. Il arrivera chez { $app } quand tu seras en ligne.
        [adult] Votre signalement attend d'être envoyé à { $app }. Il partira dès que cet appareil sera en ligne.
       *[other] Ton signalement part vers { $app }. Il arrivera dès que tu seras en ligne.
    }
    .title = Envoyé
status-received =
    { $band ->
        [age-6-9] { $app } a reçu ton signalement. Une personne va le regarder. { status-hear-back }
        [adult] { $app } a reçu votre signalement. Il attend qu'une personne l'examine. { status-hear-back }
       *[other] Des personnes de { $app } ont reçu ton signalement. Quelqu'un va bientôt le regarder. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] On l'a reçu
           *[other] Reçu
        }
status-looking-at-it =
    { $band ->
        [age-6-9] Une personne de { $app } regarde ce que tu nous as dit. { status-hear-back }
        [adult] Une personne de { $app } examine votre signalement. { status-hear-back }
       *[other] Des personnes de { $app } regardent ce que tu nous as dit. { status-hear-back }
    }
    .title = On regarde
status-need-to-ask-you =
    { $band ->
        [age-6-9] Nous avons une question pour toi. Réponds ici pour que nous puissions aider.
        [adult] Les personnes qui examinent votre signalement ont une question. Répondez ici pour qu'elles puissent continuer.
       *[other] Nous devons te poser une question avant de décider. Réponds ici quand tu peux.
    }
    .title = Nous avons une question
status-decided =
    { $band ->
        [age-6-9] Nous avons regardé ce que tu nous as dit et nous avons choisi. Si tu penses qu'on s'est trompé, tu peux nous demander de regarder encore.
        [adult] { $app } a pris une décision sur votre signalement. Si vous n'êtes pas d'accord, vous pouvez demander un nouvel examen.
       *[other] Des personnes de { $app } ont regardé ton signalement et ont décidé quoi faire. Si tu penses qu'on s'est trompé, tu peux nous demander de regarder encore.
    }
    .title =
        { $band ->
            [age-6-9] Nous avons choisi
           *[other] Décidé
        }
status-handed-to-specialists =
    { $band ->
        [adult] Nous l'avons transmis à une équipe dont le travail est de protéger les enfants. Nous ne pouvons pas en dire plus. Vous pouvez obtenir du soutien à tout moment.
       *[other] Nous l'avons transmis à des personnes dont le travail est de protéger les enfants. Tu n'auras pas de problème. Tu peux demander de l'aide à tout moment avec le bouton d'aide.
    }
    .title =
        { $band ->
            [adult] Transmis à des spécialistes
           *[other] Transmis à une équipe de protection
        }
status-looked-again =
    { $band ->
        [age-6-9] Nous avons regardé ton signalement encore une fois. La suite dit ce que nous avons décidé cette fois.
        [adult] { $app } a examiné votre signalement une nouvelle fois. La nouvelle décision est affichée ici.
       *[other] Des personnes de { $app } ont regardé ton signalement encore une fois. Tu peux voir ici ce que nous avons décidé cette fois.
    }
    .title = Nous avons regardé encore
outcome-removed =
    { $band ->
        [age-6-9] Nous l'avons enlevé. Si tu le revois, dis-le-nous.
        [adult] Nous l'avons supprimé. S'il revient, vous pouvez le signaler à nouveau.
       *[other] Nous l'avons supprimé. Si tu le revois, tu peux le signaler encore.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Nous avons fait en sorte que moins de gens le voient. Tu peux quand même bloquer cette personne.
        [adult] Nous avons limité qui peut le voir. Vous pouvez quand même bloquer ou masquer le compte.
       *[other] Nous avons limité qui peut le voir. Tu peux quand même bloquer ou masquer cette personne.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Nous avons arrêté ce compte. Si la personne revient, dis-le-nous.
        [adult] Nous avons suspendu le compte. Si la personne revient avec un nouveau compte, vous pouvez le signaler.
       *[other] Nous avons arrêté ce compte. Si cette personne te contacte avec un nouveau compte, tu peux le signaler.
    }
outcome-warned =
    { $band ->
        [age-6-9] Nous avons dit à cette personne d'arrêter. Si ça recommence, dis-le-nous.
        [adult] Nous avons averti le compte de nos règles. Si cela continue, vous pouvez le signaler à nouveau.
       *[other] Nous avons averti cette personne de nos règles. Si ça recommence, dis-le-nous et nous regarderons encore.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Nous avons bien regardé et nous ne l'avons pas enlevé. Tu peux quand même bloquer cette personne et parler à un adulte de confiance.
        [adult] Nous avons bien examiné et nous ne l'avons pas supprimé. Vous pouvez quand même bloquer ou masquer le compte, ou demander un nouvel examen.
       *[other] Nous avons bien regardé et nous ne l'avons pas supprimé. Tu peux quand même bloquer ou masquer cette personne, ou nous demander de regarder encore.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Nous ne pouvons pas encore reprendre ce signalement. Les règles disent que nous devons le garder pour l'instant, pour protéger les enfants. Ce n'est pas ta faute.
       *[other] Nous ne pouvons pas encore supprimer ce signalement. La loi dit que { $app } doit le garder pour l'instant, pour t'aider à rester en sécurité, toi et les autres. Ce n'est pas ta faute.
    }
