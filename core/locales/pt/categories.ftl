# TellSafe copy, Portuguese (Brazilian usage).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Fotos ou vídeos sexuais de uma criança
        [adult] Imagens ou vídeos sexuais de uma criança
       *[other] Fotos ou vídeos sexuais de você ou de outra pessoa jovem
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Fotos sexuais falsas de uma criança
        [adult] Imagens sexuais falsas de uma criança, feitas com IA ou editadas
       *[other] Fotos sexuais falsas de você ou de outra pessoa jovem
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Alguém pediu a uma criança imagens ou atos sexuais
       *[other] Alguém pediu fotos sexuais ou para fazer coisas sexuais
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Alguém diz que vai mostrar suas fotos se você não fizer o que ele quer
        [adult] Alguém ameaça compartilhar fotos íntimas para conseguir algo
       *[other] Alguém ameaça compartilhar suas fotos se você não fizer algo
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Alguém mandou imagens sexuais indesejadas
       *[other] Alguém mandou fotos sexuais que você não queria
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Alguém da internet quer encontrar você
        [adult] Alguém conhecido na internet quer encontrar uma criança pessoalmente
       *[other] Alguém que você conheceu na internet quer encontrar você pessoalmente
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Alguém fez você fazer coisas num vídeo ao vivo
        [adult] Alguém pressionou uma pessoa jovem a fazer coisas numa live
       *[other] Alguém pressionou você a fazer coisas numa live
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Alguém ofereceu dinheiro ou presentes em troca de atos sexuais
       *[other] Alguém ofereceu dinheiro ou presentes por coisas sexuais
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Alguém está sofrendo violência na vida real
       *[other] Alguém está machucando você na vida real
    }
category-bullying =
    { $band ->
        [age-6-9] Bullying ou maldade
        [adult] Bullying ou assédio
       *[other] Bullying
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Alguém compartilhou coisas privadas sobre você
        [adult] Informações privadas compartilhadas sem consentimento
       *[other] Alguém compartilhou informações privadas sobre você
    }
category-hate =
    { $band ->
        [age-6-9] Palavras que machucam um grupo de pessoas
        [adult] Discurso de ódio contra um grupo
       *[other] Ódio contra um grupo de pessoas
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Alguém fala em se machucar
        [adult] Automutilação ou suicídio
       *[other] Alguém está falando em se machucar ou em suicídio
    }
category-dangerous-challenge = Um desafio perigoso
category-violence-or-threats =
    { $band ->
        [age-6-9] Alguém diz que vai machucar pessoas
        [adult] Violência ou ameaças de violência
       *[other] Violência, ou ameaças de machucar alguém
    }
category-scam =
    { $band ->
        [age-6-9] Alguém tentou enganar você
        [adult] Golpe ou fraude
       *[other] Um golpe, ou um truque para conseguir dinheiro ou coisas
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Alguém está fingindo ser outra pessoa
        [adult] Falsidade ideológica ou conta falsa
       *[other] Uma conta falsa, ou alguém fingindo ser outra pessoa
    }
category-spam =
    { $band ->
        [age-6-9] Muitas mensagens inúteis
        [adult] Spam
       *[other] Spam ou mensagens inúteis
    }
category-other = Outra coisa
