# Textos dos pacotes de jurisdição (linhas de ajuda, "quem será avisado", reclamações).
# Rascunho de tradução de en/help.ftl, sem revisão humana. Ver locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [age-6-9] Você pode conversar com alguém do { $name }. Eles ajudam crianças. Ligue para { $number }.
        [adult] O { $name } oferece apoio e alguém para conversar. Ligue para { $number }.
       *[other] Você pode conversar sobre qualquer coisa com alguém do { $name }. Ligue para { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Você pode conversar com alguém do { $name }. Eles ajudam crianças. Acesse { $url }.
            [adult] O { $name } oferece apoio e alguém para conversar. Acesse { $url }.
           *[other] Você pode conversar sobre qualquer coisa com alguém do { $name }. Acesse { $url }.
        }
help-helpline-crisis =
    { $band ->
        [age-6-9] Se você está muito triste ou quer se machucar, o { $name } pode ajudar. Ligue para { $number }.
        [adult] Se você ou alguém próximo está em crise, o { $name } pode ajudar. Ligue para { $number }.
       *[other] Se você está muito mal ou pensa em se machucar, o { $name } vai te ouvir. Ligue para { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Se você está muito triste ou quer se machucar, o { $name } pode ajudar. Acesse { $url }.
            [adult] Se você ou alguém próximo está em crise, o { $name } pode ajudar. Acesse { $url }.
           *[other] Se você está muito mal ou pensa em se machucar, o { $name } vai te ouvir. Acesse { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [age-6-9] O { $name } ajuda a proteger crianças. Ligue para { $number }.
        [adult] O { $name } pode agir quando uma criança pode estar em risco. Ligue para { $number }.
       *[other] Se alguém está machucando você, o { $name } pode ajudar a te proteger. Ligue para { $number }.
    }
    .web =
        { $band ->
            [age-6-9] O { $name } ajuda a proteger crianças. Acesse { $url }.
            [adult] O { $name } pode agir quando uma criança pode estar em risco. Acesse { $url }.
           *[other] Se alguém está machucando você, o { $name } pode ajudar a te proteger. Acesse { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [age-6-9] Se algo na internet te deixou chateado, o { $name } pode ajudar. Ligue para { $number }.
        [adult] O { $name } ajuda com danos on-line, inclusive para remover conteúdo prejudicial. Ligue para { $number }.
       *[other] O { $name } ajuda com problemas na internet, como bullying ou fotos compartilhadas sem permissão. Ligue para { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Se algo na internet te deixou chateado, o { $name } pode ajudar. Acesse { $url }.
            [adult] O { $name } ajuda com danos on-line, inclusive para remover conteúdo prejudicial. Acesse { $url }.
           *[other] O { $name } ajuda com problemas na internet, como bullying ou fotos compartilhadas sem permissão. Acesse { $url }.
        }
help-helpline-reporting =
    { $band ->
        [age-6-9] Um adulto também pode contar isso para o { $name }. Ligue para { $number }.
        [adult] Você também pode denunciar isso diretamente ao { $name }. Ligue para { $number }.
       *[other] Você também pode denunciar isso ao { $name }. Ligue para { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Um adulto também pode contar isso para o { $name }. Acesse { $url }.
            [adult] Você também pode denunciar isso diretamente ao { $name }. Acesse { $url }.
           *[other] Você também pode denunciar isso ao { $name }. Acesse { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Se a equipe de segurança do { $app } confirmar o que foi denunciado, a lei obriga o { $app } a informar a CyberTipline do NCMEC, o centro dos EUA para crianças desaparecidas e exploradas. Quem denuncia não vai ter problemas.
       *[other] Pessoas do { $app } vão verificar o que você enviou. Se for o que você contou, a lei diz que o { $app } precisa avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Se a equipe de segurança do { $app } suspeitar de um crime que ameaça a vida ou a segurança de alguém, a lei obriga o { $app } a avisar a CyberTipline do NCMEC, o centro dos EUA para crianças desaparecidas e exploradas. Quem denuncia não vai ter problemas.
       *[other] Se pessoas do { $app } acharem que alguém está mesmo em perigo, a lei diz que o { $app } precisa avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Se a equipe de segurança do { $app } confirmar o que foi denunciado, a lei permite que o { $app } informe a CyberTipline do NCMEC, o centro dos EUA para crianças desaparecidas e exploradas. Quem denuncia não vai ter problemas.
       *[other] Pessoas do { $app } vão verificar o que você enviou. Se for o que você contou, o { $app } pode avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Se a equipe de segurança do { $app } suspeitar de um crime que ameaça a vida ou a segurança de alguém, a lei permite que o { $app } avise a CyberTipline do NCMEC, o centro dos EUA para crianças desaparecidas e exploradas. Quem denuncia não vai ter problemas.
       *[other] Se pessoas do { $app } acharem que alguém está mesmo em perigo, o { $app } pode avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Se a equipe de segurança do { $app } confirmar o que foi denunciado, a lei obriga o { $app } a informar a polícia ou outras autoridades. Quem denuncia não vai ter problemas.
       *[other] Pessoas do { $app } vão verificar o que você enviou. Se for o que você contou, a lei diz que o { $app } precisa avisar pessoas cujo trabalho é proteger todo mundo. Você não vai ter problemas.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Se a equipe de segurança do { $app } suspeitar de um crime que ameaça a vida ou a segurança de alguém, a lei obriga o { $app } a avisar a polícia ou outras autoridades. Quem denuncia não vai ter problemas.
       *[other] Se pessoas do { $app } acharem que alguém está mesmo em perigo, a lei diz que o { $app } precisa avisar pessoas cujo trabalho é proteger todo mundo. Você não vai ter problemas.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Se a equipe de segurança do { $app } confirmar o que foi denunciado, a lei permite que o { $app } informe a polícia ou outras autoridades. Quem denuncia não vai ter problemas.
       *[other] Pessoas do { $app } vão verificar o que você enviou. Se for o que você contou, o { $app } pode avisar pessoas cujo trabalho é proteger todo mundo. Você não vai ter problemas.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Se a equipe de segurança do { $app } suspeitar de um crime que ameaça a vida ou a segurança de alguém, a lei permite que o { $app } avise a polícia ou outras autoridades. Quem denuncia não vai ter problemas.
       *[other] Se pessoas do { $app } acharem que alguém está mesmo em perigo, o { $app } pode avisar pessoas cujo trabalho é proteger todo mundo. Você não vai ter problemas.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Se a equipe de segurança do { $app } confirmar o que foi denunciado, a lei obriga o { $app } a informar a National Crime Agency (NCA) do Reino Unido. Quem denuncia não vai ter problemas.
       *[other] Pessoas do { $app } vão verificar o que você enviou. Se for o que você contou, a lei diz que o { $app } precisa avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Se a equipe de segurança do { $app } suspeitar de um crime que ameaça a vida ou a segurança de alguém, a lei obriga o { $app } a avisar a National Crime Agency (NCA) do Reino Unido. Quem denuncia não vai ter problemas.
       *[other] Se pessoas do { $app } acharem que alguém está mesmo em perigo, a lei diz que o { $app } precisa avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Se a equipe de segurança do { $app } confirmar o que foi denunciado, a lei permite que o { $app } informe a National Crime Agency (NCA) do Reino Unido. Quem denuncia não vai ter problemas.
       *[other] Pessoas do { $app } vão verificar o que você enviou. Se for o que você contou, o { $app } pode avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Se a equipe de segurança do { $app } suspeitar de um crime que ameaça a vida ou a segurança de alguém, a lei permite que o { $app } avise a National Crime Agency (NCA) do Reino Unido. Quem denuncia não vai ter problemas.
       *[other] Se pessoas do { $app } acharem que alguém está mesmo em perigo, o { $app } pode avisar uma equipe cujo trabalho é proteger crianças. Você não vai ter problemas.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Se você discorda de uma decisão, pode reclamar com o { $app } e pedir uma nova análise.
       *[other] Se você acha que o { $app } errou, pode pedir para pessoas do { $app } olhar de novo.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Se você discorda de uma decisão, pode reclamar com um órgão certificado de resolução extrajudicial de litígios e pedir uma nova análise.
       *[other] Se você acha que o { $app } errou, pode pedir para uma equipe fora do { $app } que ajuda quando as pessoas não concordam olhar de novo.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Se você discorda de uma decisão, pode reclamar com o eSafety Commissioner da Austrália e pedir uma nova análise.
       *[other] Se você acha que o { $app } errou, pode pedir para o eSafety, uma equipe da Austrália que ajuda jovens na internet olhar de novo.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Se você discorda de uma decisão, pode reclamar com o Ofcom, o regulador de segurança on-line do Reino Unido e pedir uma nova análise.
       *[other] Se você acha que o { $app } errou, pode pedir para o Ofcom, uma equipe que fiscaliza apps no Reino Unido olhar de novo.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Se você ainda discorda, pode levar a decisão a o { $app }.
       *[other] Se você ainda acha que está errado, também pode pedir para pessoas do { $app } olhar.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Se você ainda discorda, pode levar a decisão a um órgão certificado de resolução extrajudicial de litígios.
       *[other] Se você ainda acha que está errado, também pode pedir para uma equipe fora do { $app } que ajuda quando as pessoas não concordam olhar.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Se você ainda discorda, pode levar a decisão a o eSafety Commissioner da Austrália.
       *[other] Se você ainda acha que está errado, também pode pedir para o eSafety, uma equipe da Austrália que ajuda jovens na internet olhar.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Se você ainda discorda, pode levar a decisão a o Ofcom, o regulador de segurança on-line do Reino Unido.
       *[other] Se você ainda acha que está errado, também pode pedir para o Ofcom, uma equipe que fiscaliza apps no Reino Unido olhar.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Se o { $app } não resolver, você pode reclamar com o { $app }, que pode agir em casos individuais.
       *[other] Se o { $app } não resolver, você pode contar para pessoas do { $app }. Um adulto pode te ajudar.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Se o { $app } não resolver, você pode reclamar com um órgão certificado de resolução extrajudicial de litígios, que pode agir em casos individuais.
       *[other] Se o { $app } não resolver, você pode contar para uma equipe fora do { $app } que ajuda quando as pessoas não concordam. Um adulto pode te ajudar.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Se o { $app } não resolver, você pode reclamar com o eSafety Commissioner da Austrália, que pode agir em casos individuais.
       *[other] Se o { $app } não resolver, você pode contar para o eSafety, uma equipe da Austrália que ajuda jovens na internet. Um adulto pode te ajudar.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Se o { $app } não resolver, você pode reclamar com o Ofcom, o regulador de segurança on-line do Reino Unido, que pode agir em casos individuais.
       *[other] Se o { $app } não resolver, você pode contar para o Ofcom, uma equipe que fiscaliza apps no Reino Unido. Um adulto pode te ajudar.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] Existe também o { $app }. Esse órgão supervisiona como o { $app } trata as reclamações. Ele não decide casos individuais, mas você pode informá-lo sobre um problema.
       *[other] Existe também pessoas do { $app }. Essa equipe verifica se o { $app } trata os problemas de forma justa. Ela não olha uma denúncia sozinha, mas você pode avisar se algo parecer errado.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] Existe também um órgão certificado de resolução extrajudicial de litígios. Esse órgão supervisiona como o { $app } trata as reclamações. Ele não decide casos individuais, mas você pode informá-lo sobre um problema.
       *[other] Existe também uma equipe fora do { $app } que ajuda quando as pessoas não concordam. Essa equipe verifica se o { $app } trata os problemas de forma justa. Ela não olha uma denúncia sozinha, mas você pode avisar se algo parecer errado.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] Existe também o eSafety Commissioner da Austrália. Esse órgão supervisiona como o { $app } trata as reclamações. Ele não decide casos individuais, mas você pode informá-lo sobre um problema.
       *[other] Existe também o eSafety, uma equipe da Austrália que ajuda jovens na internet. Essa equipe verifica se o { $app } trata os problemas de forma justa. Ela não olha uma denúncia sozinha, mas você pode avisar se algo parecer errado.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] Existe também o Ofcom, o regulador de segurança on-line do Reino Unido. Esse órgão supervisiona como o { $app } trata as reclamações. Ele não decide casos individuais, mas você pode informá-lo sobre um problema.
       *[other] Existe também o Ofcom, uma equipe que fiscaliza apps no Reino Unido. Essa equipe verifica se o { $app } trata os problemas de forma justa. Ela não olha uma denúncia sozinha, mas você pode avisar se algo parecer errado.
    }
