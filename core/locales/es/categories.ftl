# TellSafe copy, Spanish.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Fotos o videos sexuales de un niño o una niña
        [adult] Imágenes o videos sexuales de un menor
       *[other] Fotos o videos sexuales tuyos o de otra persona joven
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Fotos sexuales falsas de un niño o una niña
        [adult] Imágenes sexuales falsas de un menor, hechas con IA o editadas
       *[other] Fotos sexuales falsas tuyas o de otra persona joven
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Alguien pidió a un menor imágenes o actos sexuales
       *[other] Alguien pidió fotos sexuales o hacer cosas sexuales
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Alguien dice que va a enseñar tus fotos si no haces lo que quiere
        [adult] Alguien amenaza con compartir fotos íntimas para conseguir algo
       *[other] Alguien amenaza con compartir tus fotos si no haces algo
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Alguien envió imágenes sexuales no deseadas
       *[other] Alguien envió fotos sexuales que no querías
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Alguien de internet quiere verte en persona
        [adult] Alguien conocido en internet quiere ver a un menor en persona
       *[other] Alguien que conociste en internet quiere verte en persona
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Alguien te hizo hacer cosas en un video en directo
        [adult] Alguien presionó a un menor para hacer cosas en un directo
       *[other] Alguien te presionó para hacer cosas en un directo
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Alguien ofreció dinero o regalos a cambio de actos sexuales
       *[other] Alguien ofreció dinero o regalos por cosas sexuales
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Alguien sufre daño en la vida real
       *[other] Alguien te hace daño en la vida real
    }
category-bullying =
    { $band ->
        [age-6-9] Acoso o maldad
        [adult] Acoso u hostigamiento
       *[other] Acoso
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Alguien compartió cosas privadas tuyas
        [adult] Información privada compartida sin permiso
       *[other] Alguien compartió información privada tuya
    }
category-hate =
    { $band ->
        [age-6-9] Palabras que hieren a un grupo de personas
        [adult] Discurso de odio contra un grupo
       *[other] Odio contra un grupo de personas
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Alguien habla de hacerse daño
        [adult] Autolesiones o suicidio
       *[other] Alguien habla de hacerse daño o de suicidio
    }
category-dangerous-challenge = Un reto peligroso
category-violence-or-threats =
    { $band ->
        [age-6-9] Alguien dice que va a hacer daño a gente
        [adult] Violencia o amenazas de violencia
       *[other] Violencia, o amenazas de hacer daño a alguien
    }
category-scam =
    { $band ->
        [age-6-9] Alguien intentó engañarte
        [adult] Estafa o fraude
       *[other] Una estafa, o un engaño para conseguir dinero o cosas
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Alguien finge ser otra persona
        [adult] Suplantación de identidad o cuenta falsa
       *[other] Una cuenta falsa, o alguien que finge ser otra persona
    }
category-spam =
    { $band ->
        [age-6-9] Muchos mensajes basura
        [adult] Spam
       *[other] Spam o mensajes basura
    }
category-other = Otra cosa
