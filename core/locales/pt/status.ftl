# TellSafe copy, Portuguese (Brazilian usage).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Vamos responder aqui quando soubermos mais.
        [one] Vamos responder aqui em até { $days } dia.
       *[other] Vamos responder aqui em até { $days } dias.
    }
status-sent =
    { $band ->
        [age-6-9] Sua denúncia está a caminho. Ela chega ao { $app } quando você estiver online.
        [adult] Sua denúncia está aguardando envio ao { $app }. Ela será enviada assim que este aparelho estiver online.
       *[other] Sua denúncia está indo para o { $app }. Ela chega assim que você estiver online.
    }
    .title = Enviada
status-received =
    { $band ->
        [age-6-9] O { $app } recebeu sua denúncia. Uma pessoa vai olhar. { status-hear-back }
        [adult] O { $app } recebeu sua denúncia. Ela está aguardando análise de uma pessoa. { status-hear-back }
       *[other] Pessoas do { $app } receberam sua denúncia. Alguém vai olhar em breve. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] Recebemos
           *[other] Recebida
        }
status-looking-at-it =
    { $band ->
        [age-6-9] Uma pessoa do { $app } está olhando o que você contou. { status-hear-back }
        [adult] Uma pessoa do { $app } está analisando sua denúncia. { status-hear-back }
       *[other] Pessoas do { $app } estão olhando o que você nos contou. { status-hear-back }
    }
    .title = Estamos olhando
status-need-to-ask-you =
    { $band ->
        [age-6-9] Temos uma pergunta para você. Responda aqui para a gente poder ajudar.
        [adult] As pessoas que analisam sua denúncia precisam perguntar algo. Responda aqui para que possam continuar.
       *[other] Precisamos perguntar uma coisa antes de decidir. Responda aqui quando puder.
    }
    .title = Precisamos perguntar uma coisa
status-decided =
    { $band ->
        [age-6-9] Olhamos o que você contou e decidimos. Se você acha que erramos, pode pedir para olharmos de novo.
        [adult] O { $app } tomou uma decisão sobre sua denúncia. Se você não concorda, pode pedir uma nova análise.
       *[other] Pessoas do { $app } olharam sua denúncia e decidiram o que fazer. Se você acha que erramos, pode pedir para olharmos de novo.
    }
    .title =
        { $band ->
            [age-6-9] Decidimos
           *[other] Decidida
        }
status-handed-to-specialists =
    { $band ->
        [adult] Passamos isto para uma equipe cujo trabalho é proteger crianças. Não podemos dar mais detalhes. Você pode buscar apoio a qualquer hora.
       *[other] Passamos isto para pessoas cujo trabalho é proteger crianças. Você não vai ter problemas. Você pode pedir ajuda a qualquer hora com o botão de ajuda.
    }
    .title =
        { $band ->
            [adult] Passada a especialistas
           *[other] Passada a uma equipe de proteção
        }
status-looked-again =
    { $band ->
        [age-6-9] Olhamos sua denúncia de novo. A próxima parte diz o que decidimos desta vez.
        [adult] O { $app } analisou sua denúncia de novo. A nova decisão aparece aqui.
       *[other] Pessoas do { $app } olharam sua denúncia de novo. Aqui você vê o que decidimos desta vez.
    }
    .title = Olhamos de novo
outcome-removed =
    { $band ->
        [age-6-9] Tiramos do ar. Se você vir de novo, conte para a gente.
        [adult] Removemos. Se voltar a aparecer, você pode denunciar de novo.
       *[other] Removemos. Se você vir de novo, pode denunciar de novo.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Fizemos menos gente conseguir ver. Você ainda pode bloquear esta pessoa.
        [adult] Limitamos quem pode ver. Você ainda pode bloquear ou silenciar a conta.
       *[other] Limitamos quem pode ver. Você ainda pode bloquear ou silenciar esta pessoa.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Paramos esta conta. Se a pessoa voltar, conte para a gente.
        [adult] Suspendemos a conta. Se a pessoa voltar com uma conta nova, você pode denunciar.
       *[other] Paramos esta conta. Se esta pessoa procurar você com uma conta nova, você pode denunciar.
    }
outcome-warned =
    { $band ->
        [age-6-9] Dissemos para esta pessoa parar. Se acontecer de novo, conte para a gente.
        [adult] Advertimos a conta sobre as nossas regras. Se continuar, você pode denunciar de novo.
       *[other] Avisamos esta pessoa sobre as nossas regras. Se acontecer de novo, conte para a gente e vamos olhar de novo.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Olhamos com cuidado e não tiramos do ar. Você ainda pode bloquear esta pessoa e falar com um adulto de confiança.
        [adult] Analisamos com cuidado e não removemos. Você ainda pode bloquear ou silenciar a conta, ou pedir uma nova análise.
       *[other] Olhamos com cuidado e não removemos. Você ainda pode bloquear ou silenciar esta pessoa, ou pedir para olharmos de novo.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Ainda não podemos retirar esta denúncia. As regras dizem que temos de guardá-la por enquanto, para ajudar a proteger as crianças. Não é culpa sua.
       *[other] Ainda não podemos apagar esta denúncia. A lei diz que { $app } deve guardá-la por enquanto, para ajudar a proteger você e outras pessoas. Não é culpa sua.
    }
