# TellSafe copy, Portuguese (Brazilian usage).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Pedir ajuda
       *[other] Pedir ajuda agora
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] Sair rápido
       *[other] Saída rápida
    }
wizard-back = Voltar
wizard-next = Seguinte
wizard-send = Enviar
wizard-progress = Passo { $step } de { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Nenhum adulto conferiu estas palavras ainda.
        [adult] Esta tradução ainda não foi revisada por uma pessoa. Algumas frases podem estar erradas.
       *[other] Ninguém conferiu esta tradução ainda. Algumas palavras podem estar erradas.
    }
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Sua denúncia ainda não foi. Não é culpa sua. Tente de novo, por favor.
       *[other] Sua denúncia ainda não pôde ser enviada. Não é culpa sua. Tente de novo, por favor.
    }
wizard-try-again = Tentar de novo
help-trusted-adult =
    { $band ->
        [age-6-9] Conte para um adulto em quem você confia. Se um adulto está machucando você, conte para outro adulto, ou ligue para { $helpline }.
        [adult] Você pode receber apoio de { $helpline }. Se uma criança está em perigo, não espere.
       *[other] Conte para um adulto em quem você confia. Se um adulto está machucando você, conte para outro adulto, ou fale com { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [adult] Fale com alguém de confiança. Se uma criança está em perigo, não espere.
       *[other] Conte para um adulto em quem você confia. Se um adulto está machucando você, conte para outro adulto.
    }
help-emergency =
    { $band ->
        [age-6-9] Se você está em perigo, ligue para o número de emergência.
       *[other] Se você está em perigo agora, ligue para o número de emergência do seu país.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Se você está em perigo, ligue para { $number }.
        [adult] Se alguém está em perigo agora, ligue para { $number }.
       *[other] Se você está em perigo agora, ligue para { $number }.
    }
reassure-not-your-fault = A culpa não é sua.
reassure-not-in-trouble = Você não vai ter problemas.
reassure-thank-you =
    { $band ->
        [adult] Obrigado por denunciar isto.
       *[other] Obrigado por nos contar.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] A equipe de segurança do { $app } vai ver que foi você que enviou. Não contamos para a outra pessoa que foi você. Se vocês conversam só os dois, ela pode adivinhar.
        [adult] A equipe de segurança do { $app } pode ver quem enviou esta denúncia. A pessoa denunciada não fica sabendo quem a denunciou. Numa conversa privada, ela pode adivinhar.
       *[other] A equipe de segurança do { $app } pode ver que foi você que enviou. Não contamos para a outra pessoa quem enviou. Numa conversa privada, ela pode adivinhar.
    }
    .title =
        { $band ->
            [age-6-9] Quem vai saber
           *[other] Quem pode ver
        }

review-good-faith = Ao enviar esta denúncia, você confirma que acredita que ela é correta e completa.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
duty-who-will-be-told =
    { $band ->
        [adult] Por lei, o { $app } precisa avisar uma equipe de proteção à criança. Quem denuncia não vai ter problemas.
       *[other] A lei diz que o { $app } precisa avisar uma equipe que protege crianças. Você não vai ter problemas.
    }
    .title =
        { $band ->
            [age-6-9] Quem vamos avisar
           *[other] Quem será avisado
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Isto é sobre fotos sexuais de uma criança. Por isso o { $app } precisa avisar uma equipe que protege crianças. Você não vai ter problemas.
        [adult] Como isto envolve imagens sexuais de uma criança, o { $app } precisa avisar uma equipe de proteção à criança. Quem denuncia não vai ter problemas.
       *[other] Como isto é sobre fotos sexuais de uma pessoa jovem, o { $app } precisa avisar uma equipe que protege crianças. Você não vai ter problemas.
    }
    .title =
        { $band ->
            [age-6-9] Quem vamos avisar
           *[other] Quem será avisado
        }
next-what-happens =
    { $band ->
        [age-6-9] Pessoas do { $app } vão olhar o que você enviou. { status-hear-back }
        [adult] Pessoas do { $app } vão analisar sua denúncia. { status-hear-back }
       *[other] Pessoas do { $app } vão olhar o que você nos enviou. { status-hear-back }
    }
    .title = O que acontece agora

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Pular
flow-yes = Sim
flow-no-or-unsure = Não, ou não tenho certeza
flow-age = Quantos anos você tem?
flow-age-6-9 = Menos de 10
flow-age-10-12 = De 10 a 12
flow-age-13-15 = De 13 a 15
flow-age-16-17 = 16 ou 17
flow-age-adult = 18 ou mais
flow-what = O que aconteceu?
flow-what-caregiver = O que aconteceu com a criança? Escolha a opção que melhor se encaixa.
flow-safety = Primeiro, algumas coisas que podem ajudar você.
flow-danger = Você está em perigo agora?
flow-danger-yes = Sim, não estou seguro agora
flow-danger-no = Não, estou seguro agora
flow-danger-help = Peça ajuda agora. Você pode continuar depois.
safety-danger-call = Ligue para o número abaixo ou conte para um adulto perto de você.
safety-danger-adult = Quando estiver seguro, você pode nos contar o que aconteceu.
flow-young-stop = O que você quer fazer agora?
flow-intents = O que você quer fazer agora?
flow-intents-body = Isso muda só o que você vê. A outra pessoa não é avisada.
flow-intent-restrict = Limitar sem que a pessoa saiba
flow-intent-mute = Parar de ver as publicações e mensagens dela
flow-intent-hide-item = Esconder isto de mim
flow-intent-hide-connections = Esconder meus amigos e seguidores dessa pessoa
flow-intent-block = Bloquear (depois que recebermos sua denúncia)
flow-intent-none = Nada por enquanto
flow-text = Quer nos contar mais alguma coisa?
flow-text-body = Você pode pular isto. Não coloque fotos. Já vemos o que você denunciou.
flow-who = Quem fez isso?
flow-who-caregiver = Quem fez isso com a criança?
flow-who-known = Alguém que conheço na vida real
flow-who-online = Alguém que só conheço na internet
flow-who-unknown = Não sei quem é
flow-depicted = As fotos são de você?
flow-depicted-body = Não é culpa sua. Você não está encrencado.
flow-outcome = O que você quer que aconteça?
flow-outcome-body = Contamos à equipe de segurança o que você quer. Ela decide o que fazer.
flow-outcome-take-down = Tirar do ar
flow-outcome-stop-contact = Que a pessoa pare de falar comigo
flow-outcome-someone-know = Só quero que alguém saiba
flow-outcome-keep-private = Só quero que alguém saiba. Por favor, não contem para mais ninguém.
flow-outcome-help-for-me = Preciso de ajuda para mim
flow-outcome-not-sure = Não tenho certeza
flow-notify = Quer que a gente avise aqui quando algo mudar?
flow-notify-body = Se outra pessoa pode ver seu celular, você pode conferir aqui sozinho.
flow-notify-tell-me = Me avise aqui quando algo mudar
flow-notify-dont = Não me avise, eu confiro
flow-review = Confira antes de enviar
safety-sextortion-dont-pay = Não pague. Não envie mais fotos.
safety-sextortion-stop-replying = Pare de responder. Você não precisa responder.
safety-sextortion-we-keep = Não apague as mensagens. Guardamos uma cópia com sua denúncia.
safety-sextortion-restrict-block = Você pode limitar a pessoa agora e bloquear depois que recebermos sua denúncia.
safety-asked-stop-replying = Você não precisa responder. Pode parar quando quiser.
safety-pictures-dont-share = Não envie as fotos para ninguém, nem para nós. Nós conseguimos encontrá-las.
safety-pictures-handoff = Estes serviços gratuitos podem ajudar a tirar fotos do ar.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline e IWF)
safety-self-harm-helpline = Por favor, fale com alguém agora. A linha de ajuda abaixo é gratuita.
safety-self-harm-not-alone = Você não está sozinho. Você fez a coisa certa ao nos contar.
safety-hurting-helpline = A linha de ajuda abaixo pode ajudar você. Eles conversam com jovens todos os dias.
safety-hurting-different-adult = Se um adulto está machucando você, conte para outro adulto de confiança.
