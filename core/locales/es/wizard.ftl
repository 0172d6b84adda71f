# TellSafe copy, Spanish.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Pedir ayuda
       *[other] Pedir ayuda ahora
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] Salir rápido
       *[other] Salida rápida
    }
wizard-back = Atrás
wizard-next = Siguiente
wizard-send = Enviar
wizard-progress = Paso { $step } de { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Ningún adulto ha revisado estas palabras todavía.
        [adult] Ninguna persona ha revisado esta traducción todavía. Algunas frases pueden estar mal.
       *[other] Nadie ha revisado esta traducción todavía. Algunas palabras pueden estar mal.
    }
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Tu reporte todavía no se envió. No es tu culpa. Inténtalo otra vez, por favor.
       *[other] Tu reporte todavía no se pudo enviar. No es tu culpa. Inténtalo otra vez, por favor.
    }
wizard-try-again = Intentar otra vez
help-trusted-adult =
    { $band ->
        [age-6-9] Cuéntaselo a un adulto de confianza. Si un adulto te hace daño, cuéntaselo a otro adulto, o llama a { $helpline }.
        [adult] Puede recibir apoyo de { $helpline }. Si un niño o una niña está en peligro, no espere.
       *[other] Cuéntaselo a un adulto de confianza. Si un adulto te hace daño, cuéntaselo a otro adulto, o contacta con { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [adult] Hable con alguien de confianza. Si un niño o una niña está en peligro, no espere.
       *[other] Cuéntaselo a un adulto de confianza. Si un adulto te hace daño, cuéntaselo a otro adulto.
    }
help-emergency =
    { $band ->
        [age-6-9] Si estás en peligro, llama al número de emergencias.
       *[other] Si estás en peligro ahora mismo, llama al número de emergencias de tu país.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Si estás en peligro, llama al { $number }.
        [adult] Si alguien está en peligro ahora mismo, llame al { $number }.
       *[other] Si estás en peligro ahora mismo, llama al { $number }.
    }
reassure-not-your-fault =
    { $band ->
        [adult] No es su culpa.
       *[other] No es tu culpa.
    }
reassure-not-in-trouble =
    { $band ->
        [adult] No tendrá ningún problema por esto.
       *[other] No te vas a meter en problemas.
    }
reassure-thank-you =
    { $band ->
        [adult] Gracias por informar de esto.
       *[other] Gracias por contárnoslo.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] El equipo de seguridad de { $app } verá que tú lo enviaste. No le decimos a la otra persona que fuiste tú. Si solo hablan ustedes dos, podría adivinarlo.
        [adult] El equipo de seguridad de { $app } puede ver quién envió este reporte. A la persona reportada no se le dice quién la reportó. En un chat privado, podría adivinarlo.
       *[other] El equipo de seguridad de { $app } puede ver que tú lo enviaste. No le decimos a la otra persona quién lo envió. En un chat privado, podría adivinarlo.
    }
    .title =
        { $band ->
            [age-6-9] Quién lo sabrá
           *[other] Quién puede verlo
        }

review-good-faith = Al enviar este reporte, confirma que cree que es exacto y completo.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
duty-who-will-be-told =
    { $band ->
        [adult] Por ley, { $app } tiene que avisar a un equipo de protección infantil. Quien reporta no tendrá ningún problema.
       *[other] La ley dice que { $app } tiene que avisar a un equipo que protege a los niños. No te vas a meter en problemas.
    }
    .title =
        { $band ->
            [age-6-9] A quién vamos a avisar
           *[other] A quién se avisará
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Esto es sobre fotos sexuales de un niño o una niña. Por eso { $app } tiene que avisar a un equipo que protege a los niños. No te vas a meter en problemas.
        [adult] Como esto trata de imágenes sexuales de un menor, { $app } tiene que avisar a un equipo de protección infantil. Quien reporta no tendrá ningún problema.
       *[other] Como esto es sobre fotos sexuales de una persona joven, { $app } tiene que avisar a un equipo que protege a los niños. No te vas a meter en problemas.
    }
    .title =
        { $band ->
            [age-6-9] A quién vamos a avisar
           *[other] A quién se avisará
        }
next-what-happens =
    { $band ->
        [age-6-9] Personas de { $app } van a mirar lo que enviaste. { status-hear-back }
        [adult] Personas de { $app } revisarán su reporte. { status-hear-back }
       *[other] Personas de { $app } van a mirar lo que nos enviaste. { status-hear-back }
    }
    .title = Qué pasa ahora

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Saltar
flow-yes = Sí
flow-no-or-unsure = No, o no estoy seguro
flow-age = ¿Cuántos años tienes?
flow-age-6-9 = Menos de 10
flow-age-10-12 = De 10 a 12
flow-age-13-15 = De 13 a 15
flow-age-16-17 = 16 o 17
flow-age-adult = 18 o más
flow-what = ¿Qué pasó?
flow-what-caregiver = ¿Qué le pasó al niño o niña? Elija la opción que mejor encaje.
flow-safety = Primero, algunas cosas que pueden ayudarte.
flow-danger = ¿Estás en peligro ahora mismo?
flow-danger-yes = Sí, no estoy a salvo ahora
flow-danger-no = No, estoy a salvo ahora
flow-danger-help = Pide ayuda ahora. Puedes seguir después.
safety-danger-call = Llama al número de abajo o díselo a un adulto que esté cerca.
safety-danger-adult = Cuando estés a salvo, puedes contarnos qué pasó.
flow-young-stop = ¿Qué quieres hacer ahora?
flow-intents = ¿Qué quieres hacer ahora?
flow-intents-body = Esto solo cambia lo que ves tú. A la otra persona no se le avisa.
flow-intent-restrict = Limitarlo sin que lo sepa
flow-intent-mute = Dejar de ver sus publicaciones y mensajes
flow-intent-hide-item = Ocultarme esto
flow-intent-hide-connections = Ocultarle mis amigos y seguidores
flow-intent-block = Bloquearlo (cuando recibamos tu reporte)
flow-intent-none = Nada por ahora
flow-text = ¿Quieres contarnos algo más?
flow-text-body = Puedes saltar esto. No agregues fotos. Ya vemos lo que reportaste.
flow-who = ¿Quién hizo esto?
flow-who-caregiver = ¿Quién le hizo esto al niño o niña?
flow-who-known = Alguien que conozco en la vida real
flow-who-online = Alguien que solo conozco en internet
flow-who-unknown = No sé quién es
flow-depicted = ¿Las fotos son tuyas?
flow-depicted-body = No es tu culpa. No estás en problemas.
flow-outcome = ¿Qué quieres que pase?
flow-outcome-body = Le decimos al equipo de seguridad lo que quieres. Ellos deciden qué hacer.
flow-outcome-take-down = Que lo quiten
flow-outcome-stop-contact = Que deje de contactarme
flow-outcome-someone-know = Solo quiero que alguien lo sepa
flow-outcome-keep-private = Solo quiero que alguien lo sepa. Por favor, no se lo digan a nadie más.
flow-outcome-help-for-me = Necesito ayuda para mí
flow-outcome-not-sure = No estoy seguro
flow-notify = ¿Te avisamos aquí cuando algo cambie?
flow-notify-body = Si otra persona puede ver tu teléfono, puedes revisar aquí tú mismo.
flow-notify-tell-me = Avísame aquí cuando algo cambie
flow-notify-dont = No me avises, yo reviso
flow-review = Revisa antes de enviar
safety-sextortion-dont-pay = No pagues. No envíes más fotos.
safety-sextortion-stop-replying = Deja de responderle. No tienes que contestar.
safety-sextortion-we-keep = No borres los mensajes. Guardamos una copia con tu reporte.
safety-sextortion-restrict-block = Puedes limitarlo ahora y bloquearlo cuando recibamos tu reporte.
safety-asked-stop-replying = No tienes que responderle. Puedes parar cuando quieras.
safety-pictures-dont-share = No envíes las fotos a nadie, ni siquiera a nosotros. Podemos encontrarlas.
safety-pictures-handoff = Estos servicios gratuitos pueden ayudar a quitar fotos.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline e IWF)
safety-self-harm-helpline = Por favor, habla con alguien ahora. La línea de ayuda de abajo es gratuita.
safety-self-harm-not-alone = No estás solo. Hiciste bien en contárnoslo.
safety-hurting-helpline = La línea de ayuda de abajo puede ayudarte. Hablan con jóvenes todos los días.
safety-hurting-different-adult = Si un adulto te hace daño, díselo a otro adulto de confianza.
