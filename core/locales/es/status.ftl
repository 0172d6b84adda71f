# TellSafe copy, Spanish.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Responderemos aquí cuando sepamos más.
        [one] Responderemos aquí en un plazo de { $days } día.
       *[other] Responderemos aquí en un plazo de { $days } días.
    }
status-sent =
    { $band ->
        [age-6-9] Tu reporte está en camino. Llegará a { $app } cuando estés en línea.
        [adult] Su reporte está esperando para ir a { $app }. Se enviará en cuanto este dispositivo esté en línea.
       *[other] Tu reporte va hacia { $app }. Llegará en cuanto estés en línea.
    }
    .title = Enviado
status-received =
    { $band ->
        [age-6-9] { $app } recibió tu reporte. Una persona lo va a mirar. { status-hear-back }
        [adult] { $app } ha recibido su reporte. Está esperando a que una persona lo revise. { status-hear-back }
       *[other] Personas de { $app } recibieron tu reporte. Alguien lo mirará pronto. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] Lo recibimos
           *[other] Recibido
        }
status-looking-at-it =
    { $band ->
        [age-6-9] Una persona de { $app } está mirando lo que nos contaste. { status-hear-back }
        [adult] Una persona de { $app } está revisando su reporte. { status-hear-back }
       *[other] Personas de { $app } están mirando lo que nos contaste. { status-hear-back }
    }
    .title = Lo estamos mirando
status-need-to-ask-you =
    { $band ->
        [age-6-9] Tenemos una pregunta para ti. Contéstala aquí para que podamos ayudar.
        [adult] Las personas que revisan su reporte necesitan preguntarle algo. Responda aquí para que puedan seguir.
       *[other] Necesitamos preguntarte algo antes de decidir. Contesta aquí cuando puedas.
    }
    .title = Necesitamos preguntarte algo
status-decided =
    { $band ->
        [age-6-9] Miramos lo que nos contaste y decidimos. Si crees que nos equivocamos, puedes pedirnos que lo miremos otra vez.
        [adult] { $app } ha tomado una decisión sobre su reporte. Si no está de acuerdo, puede pedir que se revise otra vez.
       *[other] Personas de { $app } miraron tu reporte y decidieron qué hacer. Si crees que nos equivocamos, puedes pedirnos que lo miremos otra vez.
    }
    .title =
        { $band ->
            [age-6-9] Ya decidimos
           *[other] Decidido
        }
status-handed-to-specialists =
    { $band ->
        [adult] Lo pasamos a un equipo cuyo trabajo es proteger a los niños. No podemos dar más detalles. Puede recibir apoyo en cualquier momento.
       *[other] Se lo pasamos a personas cuyo trabajo es proteger a los niños. No te vas a meter en problemas. Puedes pedir ayuda cuando quieras con el botón de ayuda.
    }
    .title =
        { $band ->
            [adult] Pasado a especialistas
           *[other] Pasado a un equipo de protección
        }
status-looked-again =
    { $band ->
        [age-6-9] Miramos tu reporte otra vez. Lo siguiente dice lo que decidimos esta vez.
        [adult] { $app } revisó su reporte otra vez. La nueva decisión aparece aquí.
       *[other] Personas de { $app } miraron tu reporte otra vez. Aquí puedes ver lo que decidimos esta vez.
    }
    .title = Lo miramos otra vez
outcome-removed =
    { $band ->
        [age-6-9] Lo quitamos. Si lo ves otra vez, dínoslo.
        [adult] Lo eliminamos. Si vuelve a aparecer, puede reportarlo otra vez.
       *[other] Lo eliminamos. Si lo ves otra vez, puedes reportarlo otra vez.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Hicimos que menos gente pueda verlo. Aun así puedes bloquear a esta persona.
        [adult] Limitamos quién puede verlo. Aun así puede bloquear o silenciar la cuenta.
       *[other] Limitamos quién puede verlo. Aun así puedes bloquear o silenciar a esta persona.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Paramos esta cuenta. Si vuelve, dínoslo.
        [adult] Suspendimos la cuenta. Si la persona vuelve con una cuenta nueva, puede reportarla.
       *[other] Paramos esta cuenta. Si esta persona te busca desde otra cuenta nueva, puedes reportarla.
    }
outcome-warned =
    { $band ->
        [age-6-9] Le dijimos a esta persona que pare. Si vuelve a pasar, dínoslo.
        [adult] Advertimos a la cuenta sobre nuestras reglas. Si continúa, puede reportarlo otra vez.
       *[other] Avisamos a esta persona sobre nuestras reglas. Si vuelve a pasar, dínoslo y lo miraremos otra vez.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Lo miramos con cuidado y no lo quitamos. Aun así puedes bloquear a esta persona y hablar con un adulto de confianza.
        [adult] Lo revisamos con cuidado y no lo eliminamos. Aun así puede bloquear o silenciar la cuenta, o pedir que lo revisemos otra vez.
       *[other] Lo miramos con cuidado y no lo eliminamos. Aun así puedes bloquear o silenciar a esta persona, o pedirnos que lo miremos otra vez.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Todavía no podemos retirar este reporte. Las reglas dicen que debemos guardarlo por ahora, para ayudar a proteger a los niños. No es tu culpa.
       *[other] Todavía no podemos borrar este reporte. La ley dice que { $app } debe guardarlo por ahora, para ayudar a protegerte a ti y a otras personas. No es tu culpa.
    }
