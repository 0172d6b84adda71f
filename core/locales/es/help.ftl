# Textos de los paquetes de jurisdicción (líneas de ayuda, «a quién se avisará», reclamaciones).
# Borrador de traducción de en/help.ftl, sin revisión humana. Ver locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [age-6-9] Puedes hablar con alguien de { $name }. Ayudan a niños y niñas. Llama al { $number }.
        [adult] { $name } ofrece apoyo y alguien con quien hablar. Llame al { $number }.
       *[other] Puedes hablar con alguien de { $name } sobre lo que sea. Llama al { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Puedes hablar con alguien de { $name }. Ayudan a niños y niñas. Entra en { $url }.
            [adult] { $name } ofrece apoyo y alguien con quien hablar. Visite { $url }.
           *[other] Puedes hablar con alguien de { $name } sobre lo que sea. Entra en { $url }.
        }
help-helpline-crisis =
    { $band ->
        [age-6-9] Si estás muy triste o quieres hacerte daño, { $name } te puede ayudar. Llama al { $number }.
        [adult] Si usted o alguien cercano está en crisis, { $name } puede ayudar. Llame al { $number }.
       *[other] Si te sientes muy mal o piensas en hacerte daño, en { $name } te escuchan. Llama al { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Si estás muy triste o quieres hacerte daño, { $name } te puede ayudar. Entra en { $url }.
            [adult] Si usted o alguien cercano está en crisis, { $name } puede ayudar. Visite { $url }.
           *[other] Si te sientes muy mal o piensas en hacerte daño, en { $name } te escuchan. Entra en { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [age-6-9] { $name } ayuda a cuidar a los niños y niñas. Llama al { $number }.
        [adult] { $name } puede actuar cuando un niño o una niña puede estar en riesgo. Llame al { $number }.
       *[other] Si alguien te está haciendo daño, { $name } puede ayudarte a estar a salvo. Llama al { $number }.
    }
    .web =
        { $band ->
            [age-6-9] { $name } ayuda a cuidar a los niños y niñas. Entra en { $url }.
            [adult] { $name } puede actuar cuando un niño o una niña puede estar en riesgo. Visite { $url }.
           *[other] Si alguien te está haciendo daño, { $name } puede ayudarte a estar a salvo. Entra en { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [age-6-9] Si algo en internet te hizo sentir mal, { $name } te puede ayudar. Llama al { $number }.
        [adult] { $name } ayuda con daños en línea, también para que se retire contenido dañino. Llame al { $number }.
       *[other] { $name } ayuda con problemas en internet, como el acoso o fotos compartidas sin permiso. Llama al { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Si algo en internet te hizo sentir mal, { $name } te puede ayudar. Entra en { $url }.
            [adult] { $name } ayuda con daños en línea, también para que se retire contenido dañino. Visite { $url }.
           *[other] { $name } ayuda con problemas en internet, como el acoso o fotos compartidas sin permiso. Entra en { $url }.
        }
help-helpline-reporting =
    { $band ->
        [age-6-9] Un adulto también puede contárselo a { $name }. Llama al { $number }.
        [adult] También puede reportar esto directamente a { $name }. Llame al { $number }.
       *[other] También puedes reportar esto a { $name }. Llama al { $number }.
    }
    .web =
        { $band ->
            [age-6-9] Un adulto también puede contárselo a { $name }. Entra en { $url }.
            [adult] También puede reportar esto directamente a { $name }. Visite { $url }.
           *[other] También puedes reportar esto a { $name }. Entra en { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } confirma lo reportado, la ley obliga a { $app } a informar a la CyberTipline del NCMEC, el centro de EE. UU. para niños desaparecidos y explotados. Quien reporta no tendrá ningún problema.
       *[other] Personas de { $app } van a revisar lo que enviaste. Si es lo que contaste, la ley dice que { $app } tiene que avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } sospecha de un delito que amenaza la vida o la seguridad de alguien, la ley obliga a { $app } a avisar a la CyberTipline del NCMEC, el centro de EE. UU. para niños desaparecidos y explotados. Quien reporta no tendrá ningún problema.
       *[other] Si personas de { $app } creen que alguien está en peligro de verdad, la ley dice que { $app } tiene que avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } confirma lo reportado, la ley permite a { $app } informar a la CyberTipline del NCMEC, el centro de EE. UU. para niños desaparecidos y explotados. Quien reporta no tendrá ningún problema.
       *[other] Personas de { $app } van a revisar lo que enviaste. Si es lo que contaste, { $app } puede avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } sospecha de un delito que amenaza la vida o la seguridad de alguien, la ley permite a { $app } avisar a la CyberTipline del NCMEC, el centro de EE. UU. para niños desaparecidos y explotados. Quien reporta no tendrá ningún problema.
       *[other] Si personas de { $app } creen que alguien está en peligro de verdad, { $app } puede avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } confirma lo reportado, la ley obliga a { $app } a informar a la policía u otras autoridades. Quien reporta no tendrá ningún problema.
       *[other] Personas de { $app } van a revisar lo que enviaste. Si es lo que contaste, la ley dice que { $app } tiene que avisar a personas cuyo trabajo es proteger a todos. No te vas a meter en problemas.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } sospecha de un delito que amenaza la vida o la seguridad de alguien, la ley obliga a { $app } a avisar a la policía u otras autoridades. Quien reporta no tendrá ningún problema.
       *[other] Si personas de { $app } creen que alguien está en peligro de verdad, la ley dice que { $app } tiene que avisar a personas cuyo trabajo es proteger a todos. No te vas a meter en problemas.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } confirma lo reportado, la ley permite a { $app } informar a la policía u otras autoridades. Quien reporta no tendrá ningún problema.
       *[other] Personas de { $app } van a revisar lo que enviaste. Si es lo que contaste, { $app } puede avisar a personas cuyo trabajo es proteger a todos. No te vas a meter en problemas.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } sospecha de un delito que amenaza la vida o la seguridad de alguien, la ley permite a { $app } avisar a la policía u otras autoridades. Quien reporta no tendrá ningún problema.
       *[other] Si personas de { $app } creen que alguien está en peligro de verdad, { $app } puede avisar a personas cuyo trabajo es proteger a todos. No te vas a meter en problemas.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } confirma lo reportado, la ley obliga a { $app } a informar a la National Crime Agency (NCA) del Reino Unido. Quien reporta no tendrá ningún problema.
       *[other] Personas de { $app } van a revisar lo que enviaste. Si es lo que contaste, la ley dice que { $app } tiene que avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } sospecha de un delito que amenaza la vida o la seguridad de alguien, la ley obliga a { $app } a avisar a la National Crime Agency (NCA) del Reino Unido. Quien reporta no tendrá ningún problema.
       *[other] Si personas de { $app } creen que alguien está en peligro de verdad, la ley dice que { $app } tiene que avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } confirma lo reportado, la ley permite a { $app } informar a la National Crime Agency (NCA) del Reino Unido. Quien reporta no tendrá ningún problema.
       *[other] Personas de { $app } van a revisar lo que enviaste. Si es lo que contaste, { $app } puede avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Si el equipo de seguridad de { $app } sospecha de un delito que amenaza la vida o la seguridad de alguien, la ley permite a { $app } avisar a la National Crime Agency (NCA) del Reino Unido. Quien reporta no tendrá ningún problema.
       *[other] Si personas de { $app } creen que alguien está en peligro de verdad, { $app } puede avisar a un equipo cuyo trabajo es proteger a los niños. No te vas a meter en problemas.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Si no está de acuerdo con una decisión, puede reclamar ante { $app } y pedir que se revise de nuevo.
       *[other] Si crees que { $app } se equivocó, puedes pedir a personas de { $app } que lo vuelvan a mirar.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Si no está de acuerdo con una decisión, puede reclamar ante un organismo certificado de resolución extrajudicial de litigios y pedir que se revise de nuevo.
       *[other] Si crees que { $app } se equivocó, puedes pedir a un equipo fuera de { $app } que ayuda cuando no hay acuerdo que lo vuelvan a mirar.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Si no está de acuerdo con una decisión, puede reclamar ante el eSafety Commissioner de Australia y pedir que se revise de nuevo.
       *[other] Si crees que { $app } se equivocó, puedes pedir a eSafety, un equipo de Australia que ayuda a los jóvenes en internet que lo vuelvan a mirar.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Si no está de acuerdo con una decisión, puede reclamar ante Ofcom, el regulador de seguridad en línea del Reino Unido y pedir que se revise de nuevo.
       *[other] Si crees que { $app } se equivocó, puedes pedir a Ofcom, un equipo que revisa las apps en el Reino Unido que lo vuelvan a mirar.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Si sigue sin estar de acuerdo, puede llevar la decisión ante { $app }.
       *[other] Si sigues pensando que está mal, también puedes pedir a personas de { $app } que lo mire.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Si sigue sin estar de acuerdo, puede llevar la decisión ante un organismo certificado de resolución extrajudicial de litigios.
       *[other] Si sigues pensando que está mal, también puedes pedir a un equipo fuera de { $app } que ayuda cuando no hay acuerdo que lo mire.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Si sigue sin estar de acuerdo, puede llevar la decisión ante el eSafety Commissioner de Australia.
       *[other] Si sigues pensando que está mal, también puedes pedir a eSafety, un equipo de Australia que ayuda a los jóvenes en internet que lo mire.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Si sigue sin estar de acuerdo, puede llevar la decisión ante Ofcom, el regulador de seguridad en línea del Reino Unido.
       *[other] Si sigues pensando que está mal, también puedes pedir a Ofcom, un equipo que revisa las apps en el Reino Unido que lo mire.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Si { $app } no lo resuelve, puede reclamar ante { $app }, que puede actuar en casos individuales.
       *[other] Si { $app } no lo soluciona, puedes contárselo a personas de { $app }. Un adulto te puede ayudar.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Si { $app } no lo resuelve, puede reclamar ante un organismo certificado de resolución extrajudicial de litigios, que puede actuar en casos individuales.
       *[other] Si { $app } no lo soluciona, puedes contárselo a un equipo fuera de { $app } que ayuda cuando no hay acuerdo. Un adulto te puede ayudar.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Si { $app } no lo resuelve, puede reclamar ante el eSafety Commissioner de Australia, que puede actuar en casos individuales.
       *[other] Si { $app } no lo soluciona, puedes contárselo a eSafety, un equipo de Australia que ayuda a los jóvenes en internet. Un adulto te puede ayudar.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Si { $app } no lo resuelve, puede reclamar ante Ofcom, el regulador de seguridad en línea del Reino Unido, que puede actuar en casos individuales.
       *[other] Si { $app } no lo soluciona, puedes contárselo a Ofcom, un equipo que revisa las apps en el Reino Unido. Un adulto te puede ayudar.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] También está { $app }. Supervisa cómo { $app } gestiona las reclamaciones. No decide casos individuales, pero puede informarle de un problema.
       *[other] También está personas de { $app }. Revisa que { $app } trate los problemas de forma justa. No mira un reporte solo, pero puedes avisar si algo parece mal.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] También está un organismo certificado de resolución extrajudicial de litigios. Supervisa cómo { $app } gestiona las reclamaciones. No decide casos individuales, pero puede informarle de un problema.
       *[other] También está un equipo fuera de { $app } que ayuda cuando no hay acuerdo. Revisa que { $app } trate los problemas de forma justa. No mira un reporte solo, pero puedes avisar si algo parece mal.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] También está el eSafety Commissioner de Australia. Supervisa cómo { $app } gestiona las reclamaciones. No decide casos individuales, pero puede informarle de un problema.
       *[other] También está eSafety, un equipo de Australia que ayuda a los jóvenes en internet. Revisa que { $app } trate los problemas de forma justa. No mira un reporte solo, pero puedes avisar si algo parece mal.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] También está Ofcom, el regulador de seguridad en línea del Reino Unido. Supervisa cómo { $app } gestiona las reclamaciones. No decide casos individuales, pero puede informarle de un problema.
       *[other] También está Ofcom, un equipo que revisa las apps en el Reino Unido. Revisa que { $app } trate los problemas de forma justa. No mira un reporte solo, pero puedes avisar si algo parece mal.
    }
