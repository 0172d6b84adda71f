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
