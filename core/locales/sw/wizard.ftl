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
