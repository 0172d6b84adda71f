# Maandishi ya vifurushi vya nchi (simu za msaada, "nani ataambiwa", malalamiko).
# Draft translation of en/help.ftl, not reviewed by a human. See locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [adult] { $name } hutoa msaada na mtu wa kuongea naye. Piga { $number }.
       *[other] Unaweza kuongea na mtu wa { $name } kuhusu jambo lolote. Piga { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } hutoa msaada na mtu wa kuongea naye. Nenda { $url }.
           *[other] Unaweza kuongea na mtu wa { $name } kuhusu jambo lolote. Nenda { $url }.
        }
help-helpline-crisis =
    { $band ->
        [adult] Kama wewe au mtu unayemjua yuko kwenye dharura, { $name } wanaweza kusaidia. Piga { $number }.
       *[other] Kama unajisikia vibaya sana au unafikiria kujiumiza, { $name } watakusikiliza. Piga { $number }.
    }
    .web =
        { $band ->
            [adult] Kama wewe au mtu unayemjua yuko kwenye dharura, { $name } wanaweza kusaidia. Nenda { $url }.
           *[other] Kama unajisikia vibaya sana au unafikiria kujiumiza, { $name } watakusikiliza. Nenda { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [adult] { $name } wanaweza kuchukua hatua mtoto akiwa hatarini. Piga { $number }.
       *[other] Kama mtu anakuumiza, { $name } wanaweza kukusaidia uwe salama. Piga { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } wanaweza kuchukua hatua mtoto akiwa hatarini. Nenda { $url }.
           *[other] Kama mtu anakuumiza, { $name } wanaweza kukusaidia uwe salama. Nenda { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [adult] { $name } husaidia na madhara ya mtandaoni, pamoja na kuondoa maudhui yenye madhara. Piga { $number }.
       *[other] { $name } husaidia na matatizo ya mtandaoni, kama uonevu au picha zilizoshirikiwa bila ruhusa. Piga { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } husaidia na madhara ya mtandaoni, pamoja na kuondoa maudhui yenye madhara. Nenda { $url }.
           *[other] { $name } husaidia na matatizo ya mtandaoni, kama uonevu au picha zilizoshirikiwa bila ruhusa. Nenda { $url }.
        }
help-helpline-reporting =
    { $band ->
        [adult] Unaweza pia kuripoti hili moja kwa moja kwa { $name }. Piga { $number }.
       *[other] Unaweza pia kuripoti hili kwa { $name }. Piga { $number }.
    }
    .web =
        { $band ->
            [adult] Unaweza pia kuripoti hili moja kwa moja kwa { $name }. Nenda { $url }.
           *[other] Unaweza pia kuripoti hili kwa { $name }. Nenda { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikithibitisha kilichoripotiwa, sheria inailazimu { $app } kuripoti kwa CyberTipline ya NCMEC, kituo cha Marekani cha watoto waliopotea na kunyonywa. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wataangalia ulichotuma. Kama ni kama ulivyosema, sheria inasema { $app } lazima iambie timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikishuku uhalifu unaotishia maisha au usalama wa mtu, sheria inailazimu { $app } kuambia CyberTipline ya NCMEC, kituo cha Marekani cha watoto waliopotea na kunyonywa. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wakiona kwamba mtu yuko hatarini kweli, sheria inasema { $app } lazima iambie timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikithibitisha kilichoripotiwa, sheria inairuhusu { $app } kuripoti kwa CyberTipline ya NCMEC, kituo cha Marekani cha watoto waliopotea na kunyonywa. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wataangalia ulichotuma. Kama ni kama ulivyosema, { $app } inaweza kuambia timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikishuku uhalifu unaotishia maisha au usalama wa mtu, sheria inairuhusu { $app } kuambia CyberTipline ya NCMEC, kituo cha Marekani cha watoto waliopotea na kunyonywa. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wakiona kwamba mtu yuko hatarini kweli, { $app } inaweza kuambia timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikithibitisha kilichoripotiwa, sheria inailazimu { $app } kuripoti kwa polisi au mamlaka nyingine. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wataangalia ulichotuma. Kama ni kama ulivyosema, sheria inasema { $app } lazima iambie watu ambao kazi yao ni kulinda kila mtu. Hutapata matatizo.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikishuku uhalifu unaotishia maisha au usalama wa mtu, sheria inailazimu { $app } kuambia polisi au mamlaka nyingine. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wakiona kwamba mtu yuko hatarini kweli, sheria inasema { $app } lazima iambie watu ambao kazi yao ni kulinda kila mtu. Hutapata matatizo.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikithibitisha kilichoripotiwa, sheria inairuhusu { $app } kuripoti kwa polisi au mamlaka nyingine. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wataangalia ulichotuma. Kama ni kama ulivyosema, { $app } inaweza kuambia watu ambao kazi yao ni kulinda kila mtu. Hutapata matatizo.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikishuku uhalifu unaotishia maisha au usalama wa mtu, sheria inairuhusu { $app } kuambia polisi au mamlaka nyingine. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wakiona kwamba mtu yuko hatarini kweli, { $app } inaweza kuambia watu ambao kazi yao ni kulinda kila mtu. Hutapata matatizo.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikithibitisha kilichoripotiwa, sheria inailazimu { $app } kuripoti kwa National Crime Agency (NCA) ya Uingereza. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wataangalia ulichotuma. Kama ni kama ulivyosema, sheria inasema { $app } lazima iambie timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikishuku uhalifu unaotishia maisha au usalama wa mtu, sheria inailazimu { $app } kuambia National Crime Agency (NCA) ya Uingereza. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wakiona kwamba mtu yuko hatarini kweli, sheria inasema { $app } lazima iambie timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikithibitisha kilichoripotiwa, sheria inairuhusu { $app } kuripoti kwa National Crime Agency (NCA) ya Uingereza. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wataangalia ulichotuma. Kama ni kama ulivyosema, { $app } inaweza kuambia timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Timu ya usalama ya { $app } ikishuku uhalifu unaotishia maisha au usalama wa mtu, sheria inairuhusu { $app } kuambia National Crime Agency (NCA) ya Uingereza. Anayeripoti hatapata matatizo.
       *[other] Watu wa { $app } wakiona kwamba mtu yuko hatarini kweli, { $app } inaweza kuambia timu ambayo kazi yake ni kulinda watoto. Hutapata matatizo.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Kama hukubaliani na uamuzi, unaweza kulalamika kwa { $app } na kuomba uangaliwe upya.
       *[other] Kama unafikiri { $app } imekosea, unaweza kuomba watu wa { $app } waangalie tena.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Kama hukubaliani na uamuzi, unaweza kulalamika kwa chombo kilichoidhinishwa cha kutatua migogoro nje ya mahakama na kuomba uangaliwe upya.
       *[other] Kama unafikiri { $app } imekosea, unaweza kuomba timu iliyo nje ya { $app } inayosaidia watu wasipokubaliana waangalie tena.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Kama hukubaliani na uamuzi, unaweza kulalamika kwa eSafety Commissioner wa Australia na kuomba uangaliwe upya.
       *[other] Kama unafikiri { $app } imekosea, unaweza kuomba eSafety, timu ya Australia inayosaidia vijana mtandaoni waangalie tena.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Kama hukubaliani na uamuzi, unaweza kulalamika kwa Ofcom, mdhibiti wa usalama mtandaoni wa Uingereza na kuomba uangaliwe upya.
       *[other] Kama unafikiri { $app } imekosea, unaweza kuomba Ofcom, timu inayokagua programu nchini Uingereza waangalie tena.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Kama bado hukubaliani, unaweza kupeleka uamuzi kwa { $app }.
       *[other] Kama bado unafikiri si sawa, unaweza pia kuomba watu wa { $app } waangalie.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Kama bado hukubaliani, unaweza kupeleka uamuzi kwa chombo kilichoidhinishwa cha kutatua migogoro nje ya mahakama.
       *[other] Kama bado unafikiri si sawa, unaweza pia kuomba timu iliyo nje ya { $app } inayosaidia watu wasipokubaliana waangalie.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Kama bado hukubaliani, unaweza kupeleka uamuzi kwa eSafety Commissioner wa Australia.
       *[other] Kama bado unafikiri si sawa, unaweza pia kuomba eSafety, timu ya Australia inayosaidia vijana mtandaoni waangalie.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Kama bado hukubaliani, unaweza kupeleka uamuzi kwa Ofcom, mdhibiti wa usalama mtandaoni wa Uingereza.
       *[other] Kama bado unafikiri si sawa, unaweza pia kuomba Ofcom, timu inayokagua programu nchini Uingereza waangalie.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Kama { $app } haitatatua, unaweza kulalamika kwa { $app }, ambayo inaweza kushughulikia kesi moja moja.
       *[other] Kama { $app } haitatatua, unaweza kumwambia watu wa { $app }. Mtu mzima anaweza kukusaidia.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Kama { $app } haitatatua, unaweza kulalamika kwa chombo kilichoidhinishwa cha kutatua migogoro nje ya mahakama, ambayo inaweza kushughulikia kesi moja moja.
       *[other] Kama { $app } haitatatua, unaweza kumwambia timu iliyo nje ya { $app } inayosaidia watu wasipokubaliana. Mtu mzima anaweza kukusaidia.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Kama { $app } haitatatua, unaweza kulalamika kwa eSafety Commissioner wa Australia, ambayo inaweza kushughulikia kesi moja moja.
       *[other] Kama { $app } haitatatua, unaweza kumwambia eSafety, timu ya Australia inayosaidia vijana mtandaoni. Mtu mzima anaweza kukusaidia.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Kama { $app } haitatatua, unaweza kulalamika kwa Ofcom, mdhibiti wa usalama mtandaoni wa Uingereza, ambayo inaweza kushughulikia kesi moja moja.
       *[other] Kama { $app } haitatatua, unaweza kumwambia Ofcom, timu inayokagua programu nchini Uingereza. Mtu mzima anaweza kukusaidia.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] Kuna pia { $app }. Inasimamia jinsi { $app } inavyoshughulikia malalamiko. Haiamui kesi moja moja, lakini unaweza kuiambia kuhusu tatizo.
       *[other] Kuna pia watu wa { $app }. Wanahakikisha { $app } inashughulikia matatizo kwa haki. Hawaangalii ripoti moja, lakini unaweza kuwaambia kama kitu kinaonekana si sawa.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] Kuna pia chombo kilichoidhinishwa cha kutatua migogoro nje ya mahakama. Inasimamia jinsi { $app } inavyoshughulikia malalamiko. Haiamui kesi moja moja, lakini unaweza kuiambia kuhusu tatizo.
       *[other] Kuna pia timu iliyo nje ya { $app } inayosaidia watu wasipokubaliana. Wanahakikisha { $app } inashughulikia matatizo kwa haki. Hawaangalii ripoti moja, lakini unaweza kuwaambia kama kitu kinaonekana si sawa.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] Kuna pia eSafety Commissioner wa Australia. Inasimamia jinsi { $app } inavyoshughulikia malalamiko. Haiamui kesi moja moja, lakini unaweza kuiambia kuhusu tatizo.
       *[other] Kuna pia eSafety, timu ya Australia inayosaidia vijana mtandaoni. Wanahakikisha { $app } inashughulikia matatizo kwa haki. Hawaangalii ripoti moja, lakini unaweza kuwaambia kama kitu kinaonekana si sawa.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] Kuna pia Ofcom, mdhibiti wa usalama mtandaoni wa Uingereza. Inasimamia jinsi { $app } inavyoshughulikia malalamiko. Haiamui kesi moja moja, lakini unaweza kuiambia kuhusu tatizo.
       *[other] Kuna pia Ofcom, timu inayokagua programu nchini Uingereza. Wanahakikisha { $app } inashughulikia matatizo kwa haki. Hawaangalii ripoti moja, lakini unaweza kuwaambia kama kitu kinaonekana si sawa.
    }
