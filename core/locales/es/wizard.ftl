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
