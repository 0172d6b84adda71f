# TellSafe copy, Swahili.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Pata msaada
       *[other] Pata msaada sasa
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] Ondoka haraka
       *[other] Toka haraka
    }
wizard-back = Rudi
wizard-next = Endelea
wizard-send = Tuma
wizard-progress = Hatua { $step } kati ya { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Hakuna mtu mzima aliyekagua maneno haya bado.
       *[other] Hakuna mtu aliyekagua tafsiri hii bado. Maneno mengine yanaweza kuwa na makosa.
    }
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Ripoti yako bado haijatumwa. Si kosa lako. Tafadhali jaribu tena.
       *[other] Ripoti yako bado haijaweza kutumwa. Si kosa lako. Tafadhali jaribu tena.
    }
wizard-try-again = Jaribu tena
help-trusted-adult =
    { $band ->
        [age-6-9] Mwambie mtu mzima unayemwamini. Kama mtu mzima anakuumiza, mwambie mtu mzima mwingine, au piga simu { $helpline }.
        [adult] Unaweza kupata msaada kutoka { $helpline }. Kama mtoto yuko hatarini, usisubiri.
       *[other] Mwambie mtu mzima unayemwamini. Kama mtu mzima anakuumiza, mwambie mtu mzima mwingine, au wasiliana na { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [adult] Ongea na mtu unayemwamini. Kama mtoto yuko hatarini, usisubiri.
       *[other] Mwambie mtu mzima unayemwamini. Kama mtu mzima anakuumiza, mwambie mtu mzima mwingine.
    }
help-emergency =
    { $band ->
        [age-6-9] Kama uko hatarini, piga namba ya dharura.
       *[other] Kama uko hatarini sasa hivi, piga namba ya dharura ya nchi yako.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Kama uko hatarini, piga { $number }.
        [adult] Kama mtu yuko hatarini sasa hivi, piga { $number }.
       *[other] Kama uko hatarini sasa hivi, piga { $number }.
    }
reassure-not-your-fault = Si kosa lako.
reassure-not-in-trouble = Hutapata matatizo.
reassure-thank-you =
    { $band ->
        [adult] Asante kwa kuripoti hili.
       *[other] Asante kwa kutuambia.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] Timu ya usalama ya { $app } itaona kwamba wewe ndiye uliyetuma. Hatumwambii mtu mwingine kwamba ni wewe. Kama mnaongea ninyi wawili tu, anaweza kukisia.
        [adult] Timu ya usalama ya { $app } inaweza kuona nani alituma ripoti hii. Mtu aliyeripotiwa haambiwi nani alimripoti. Kwenye mazungumzo ya faragha, anaweza kukisia.
       *[other] Timu ya usalama ya { $app } inaweza kuona kwamba wewe ndiye uliyetuma. Hatumwambii mtu mwingine nani alituma. Kwenye mazungumzo ya faragha, anaweza kukisia.
    }
    .title =
        { $band ->
            [age-6-9] Nani atajua
           *[other] Nani anaweza kuona
        }

review-good-faith = Kwa kutuma ripoti hii, unathibitisha kwamba unaamini ni sahihi na kamili.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
duty-who-will-be-told =
    { $band ->
        [age-6-9] Sheria inasema { $app } lazima iambie timu inayolinda watoto. Hutapata matatizo.
        [adult] Kwa mujibu wa sheria, { $app } lazima iambie timu ya ulinzi wa watoto kuhusu ripoti hii. Anayeripoti hatapata matatizo.
       *[other] Sheria inasema { $app } lazima iambie timu inayolinda watoto kuhusu hili. Hutapata matatizo.
    }
    .title =
        { $band ->
            [age-6-9] Tutamwambia nani
           *[other] Nani ataambiwa
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Hili ni kuhusu picha za ngono za mtoto. Kwa hiyo { $app } lazima iambie timu inayolinda watoto. Hutapata matatizo.
        [adult] Kwa sababu hili linahusu picha za ngono za mtoto, { $app } lazima iambie timu ya ulinzi wa watoto. Anayeripoti hatapata matatizo.
       *[other] Kwa sababu hili ni kuhusu picha za ngono za kijana, { $app } lazima iambie timu inayolinda watoto. Hutapata matatizo.
    }
    .title =
        { $band ->
            [age-6-9] Tutamwambia nani
           *[other] Nani ataambiwa
        }
next-what-happens =
    { $band ->
        [age-6-9] Watu wa { $app } wataangalia ulichotuma. { status-hear-back }
        [adult] Watu wa { $app } watakagua ripoti yako. { status-hear-back }
       *[other] Watu wa { $app } wataangalia ulichotutumia. { status-hear-back }
    }
    .title = Nini kitafuata

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Ruka
flow-yes = Ndiyo
flow-no-or-unsure = Hapana, au sina uhakika
flow-age = Una umri gani?
flow-age-6-9 = Chini ya miaka 10
flow-age-10-12 = Miaka 10 hadi 12
flow-age-13-15 = Miaka 13 hadi 15
flow-age-16-17 = Miaka 16 au 17
flow-age-adult = Miaka 18 au zaidi
flow-what = Nini kilitokea?
flow-what-caregiver = Nini kilimtokea mtoto? Chagua kinachofaa zaidi.
flow-safety = Kwanza, mambo yanayoweza kukusaidia.
flow-danger = Je, uko hatarini sasa hivi?
flow-danger-yes = Ndiyo, siko salama sasa
flow-danger-no = Hapana, niko salama sasa
flow-danger-help = Pata msaada sasa. Unaweza kuendelea baadaye.
safety-danger-call = Piga namba iliyo hapa chini, au mwambie mtu mzima aliye karibu nawe.
safety-danger-adult = Ukiwa salama, unaweza kutuambia kilichotokea.
flow-young-stop = Unataka kufanya nini sasa?
flow-intents = Unataka kufanya nini sasa?
flow-intents-body = Haya yanabadilisha kile unachoona tu. Mtu mwingine haambiwi.
flow-intent-restrict = Mzuie bila kumwambia
flow-intent-mute = Acha kuona machapisho na ujumbe wake
flow-intent-hide-item = Nificha hiki
flow-intent-hide-connections = Ficha marafiki na wafuasi wangu kutoka kwake
flow-intent-block = Mzuie kabisa (baada ya kupokea ripoti yako)
flow-intent-none = Hakuna kwa sasa
flow-text = Unataka kutuambia zaidi?
flow-text-body = Unaweza kuruka hatua hii. Usiweke picha. Tayari tunaona ulichoripoti.
flow-who = Nani alifanya hivi?
flow-who-caregiver = Nani alimfanyia mtoto hivi?
flow-who-known = Mtu ninayemjua katika maisha halisi
flow-who-online = Mtu ninayemjua mtandaoni tu
flow-who-unknown = Sijui ni nani
flow-depicted = Je, picha hizo ni zako?
flow-depicted-body = Si kosa lako. Huna tatizo lolote.
flow-outcome = Unataka nini kitokee?
flow-outcome-body = Tunawaambia timu ya usalama unachotaka. Wao ndio wanaoamua.
flow-outcome-take-down = Iondolewe
flow-outcome-stop-contact = Aache kuwasiliana nami
flow-outcome-someone-know = Nataka tu mtu ajue
flow-outcome-keep-private = Nataka tu mtu ajue. Tafadhali usimwambie mtu mwingine.
flow-outcome-help-for-me = Nahitaji msaada kwa ajili yangu
flow-outcome-not-sure = Sina uhakika
flow-notify = Tukujulishe hapa kitu kikibadilika?
flow-notify-body = Kama mtu mwingine anaweza kuona simu yako, unaweza kuangalia hapa mwenyewe.
flow-notify-tell-me = Nijulishe hapa kitu kikibadilika
flow-notify-dont = Usinijulishe, nitaangalia mwenyewe
flow-review = Angalia kabla ya kutuma
safety-sextortion-dont-pay = Usilipe. Usitume picha zaidi.
safety-sextortion-stop-replying = Acha kumjibu. Huna lazima ya kujibu.
safety-sextortion-we-keep = Usifute ujumbe. Tunahifadhi nakala pamoja na ripoti yako.
safety-sextortion-restrict-block = Unaweza kumzuia kwa siri sasa. Unaweza kumzuia kabisa baada ya kupokea ripoti yako.
safety-asked-stop-replying = Huna lazima ya kuwajibu. Unaweza kuacha wakati wowote.
safety-pictures-dont-share = Usimtumie mtu yeyote picha hizo, hata sisi. Tunaweza kuzipata.
safety-pictures-handoff = Huduma hizi za bure zinaweza kusaidia kuondoa picha.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline na IWF)
safety-self-harm-helpline = Tafadhali ongea na mtu sasa. Namba ya msaada hapa chini ni ya bure.
safety-self-harm-not-alone = Hauko peke yako. Umefanya jambo sahihi kwa kutuambia.
safety-hurting-helpline = Namba ya msaada hapa chini inaweza kukusaidia. Wanaongea na vijana kila siku.
safety-hurting-different-adult = Ikiwa mtu mzima anakuumiza, mwambie mtu mzima mwingine unayemwamini.
