# TellSafe copy, Swahili.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Tutakuambia hapa tukijua zaidi.
        [one] Tutakuambia zaidi hapa ndani ya siku { $days }.
       *[other] Tutakuambia zaidi hapa ndani ya siku { $days }.
    }
status-sent =
    { $band ->
        [age-6-9] Ripoti yako iko njiani. Itafika kwa { $app } ukiwa mtandaoni.
        [adult] Ripoti yako inasubiri kutumwa kwa { $app }. Itatumwa mara tu kifaa hiki kitakapokuwa mtandaoni.
       *[other] Ripoti yako iko njiani kwenda { $app }. Itafika mara tu utakapokuwa mtandaoni.
    }
    .title = Imetumwa
status-received =
    { $band ->
        [age-6-9] { $app } imepokea ripoti yako. Mtu ataiangalia. { status-hear-back }
        [adult] { $app } imepokea ripoti yako. Inasubiri kukaguliwa na mtu. { status-hear-back }
       *[other] Watu wa { $app } wamepokea ripoti yako. Mtu ataiangalia hivi karibuni. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] Tumeipata
           *[other] Imepokelewa
        }
status-looking-at-it =
    { $band ->
        [age-6-9] Mtu wa { $app } anaangalia ulichotuambia. { status-hear-back }
        [adult] Mtu wa { $app } anakagua ripoti yako. { status-hear-back }
       *[other] Watu wa { $app } wanaangalia ulichotuambia. { status-hear-back }
    }
    .title = Tunaiangalia
status-need-to-ask-you =
    { $band ->
        [age-6-9] Tuna swali kwako. Jibu hapa ili tuweze kusaidia.
        [adult] Wanaokagua ripoti yako wanahitaji kukuuliza kitu. Jibu hapa ili waendelee.
       *[other] Tunahitaji kukuuliza kitu kabla ya kuamua. Jibu hapa ukiweza.
    }
    .title = Tunahitaji kukuuliza kitu
status-decided =
    { $band ->
        [age-6-9] Tuliangalia ulichotuambia na tukachagua. Ukidhani tumekosea, unaweza kutuomba tuangalie tena.
        [adult] { $app } imefanya uamuzi kuhusu ripoti yako. Usipokubali, unaweza kuomba ikaguliwe tena.
       *[other] Watu wa { $app } waliangalia ripoti yako na wakaamua la kufanya. Ukidhani tumekosea, unaweza kutuomba tuangalie tena.
    }
    .title =
        { $band ->
            [age-6-9] Tumechagua
           *[other] Imeamuliwa
        }
status-handed-to-specialists =
    { $band ->
        [adult] Tumepeleka hili kwa timu ambayo kazi yake ni kulinda watoto. Hatuwezi kutoa maelezo zaidi. Unaweza kupata msaada wakati wowote.
       *[other] Tumepeleka hili kwa watu ambao kazi yao ni kulinda watoto. Hutapata matatizo. Unaweza kupata msaada wakati wowote kwa kitufe cha msaada.
    }
    .title =
        { $band ->
            [adult] Imepelekwa kwa wataalamu
           *[other] Imepelekwa kwa timu ya ulinzi
        }
status-looked-again =
    { $band ->
        [age-6-9] Tuliangalia ripoti yako tena. Sehemu inayofuata inasema tulichoamua safari hii.
        [adult] { $app } imekagua ripoti yako tena. Uamuzi mpya umeonyeshwa hapa.
       *[other] Watu wa { $app } waliangalia ripoti yako tena. Unaweza kuona hapa tulichoamua safari hii.
    }
    .title = Tuliangalia tena
outcome-removed =
    { $band ->
        [age-6-9] Tumekiondoa. Ukikiona tena, tuambie.
        [adult] Tumekiondoa. Kikirudi, unaweza kuripoti tena.
       *[other] Tumekiondoa. Ukikiona tena, unaweza kuripoti tena.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Tumefanya watu wasikione kwa urahisi. Bado unaweza kumzuia mtu huyu.
        [adult] Tumepunguza wanaoweza kukiona. Bado unaweza kuizuia au kuinyamazisha akaunti.
       *[other] Tumepunguza wanaoweza kukiona. Bado unaweza kumzuia au kumnyamazisha mtu huyu.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Tumesimamisha akaunti hii. Akirudi, tuambie.
        [adult] Tumesimamisha akaunti. Mtu huyo akirudi na akaunti mpya, unaweza kuripoti.
       *[other] Tumesimamisha akaunti hii. Mtu huyu akikutafuta kwa akaunti mpya, unaweza kuripoti.
    }
outcome-warned =
    { $band ->
        [age-6-9] Tumemwambia mtu huyu aache. Ikitokea tena, tuambie.
        [adult] Tumemwonya mwenye akaunti kuhusu sheria zetu. Ikiendelea, unaweza kuripoti tena.
       *[other] Tumemwonya mtu huyu kuhusu sheria zetu. Ikitokea tena, tuambie na tutaangalia tena.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Tuliangalia kwa makini na hatukukiondoa. Bado unaweza kumzuia mtu huyu na kumwambia mtu mzima unayemwamini.
        [adult] Tulikagua kwa makini na hatukukiondoa. Bado unaweza kuizuia au kuinyamazisha akaunti, au kuomba tuangalie tena.
       *[other] Tuliangalia kwa makini na hatukukiondoa. Bado unaweza kumzuia au kumnyamazisha mtu huyu, au kutuomba tuangalie tena.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Hatuwezi kurudisha ripoti hii bado. Sheria zinasema lazima tuiweke kwa sasa, ili kuwasaidia watoto kuwa salama. Si kosa lako.
       *[other] Hatuwezi kufuta ripoti hii bado. Sheria inasema { $app } lazima iiweke kwa sasa, ili kukusaidia wewe na wengine kuwa salama. Si kosa lako.
    }
