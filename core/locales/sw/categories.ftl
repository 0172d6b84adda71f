# TellSafe copy, Swahili.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Picha au video za ngono za mtoto
        [adult] Picha au video za ngono za mtoto
       *[other] Picha au video za ngono zako au za kijana mwingine
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Picha za ngono za uongo za mtoto
        [adult] Picha za ngono za uongo za mtoto, zilizotengenezwa na AI au kuhaririwa
       *[other] Picha za ngono za uongo zako au za kijana mwingine
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Mtu alimwomba mtoto picha au vitendo vya ngono
       *[other] Mtu aliomba picha za ngono au kufanya mambo ya ngono
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Mtu anasema atasambaza picha zako usipofanya anachotaka
        [adult] Mtu anatishia kusambaza picha za faragha ili apate anachotaka
       *[other] Mtu anatishia kusambaza picha zako usipofanya kitu
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Mtu alituma picha za ngono zisizotakiwa
       *[other] Mtu alituma picha za ngono ambazo hukuzitaka
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Mtu wa mtandaoni anataka kukutana nawe
        [adult] Mtu wa mtandaoni anataka kukutana na mtoto ana kwa ana
       *[other] Mtu uliyekutana naye mtandaoni anataka mkutane ana kwa ana
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Mtu alikufanya ufanye mambo kwenye video ya moja kwa moja
        [adult] Mtu alimshinikiza kijana kufanya mambo kwenye matangazo ya moja kwa moja
       *[other] Mtu alikulazimisha kufanya mambo kwenye matangazo ya moja kwa moja
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Mtu alitoa pesa au zawadi kwa vitendo vya ngono
       *[other] Mtu alitoa pesa au zawadi kwa mambo ya ngono
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Mtu anaumizwa katika maisha halisi
       *[other] Mtu anakuumiza katika maisha halisi
    }
category-bullying =
    { $band ->
        [age-6-9] Uonevu au ubaya
        [adult] Uonevu au unyanyasaji
       *[other] Uonevu
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Mtu alisambaza mambo yako ya siri
        [adult] Taarifa za faragha zilisambazwa bila ridhaa
       *[other] Mtu alisambaza taarifa zako za faragha
    }
category-hate =
    { $band ->
        [age-6-9] Maneno yanayoumiza kundi la watu
        [adult] Matamshi ya chuki dhidi ya kundi
       *[other] Chuki dhidi ya kundi la watu
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Mtu anaongea kuhusu kujiumiza
        [adult] Kujidhuru au kujiua
       *[other] Mtu anaongea kuhusu kujiumiza au kujiua
    }
category-dangerous-challenge = Changamoto hatari
category-violence-or-threats =
    { $band ->
        [age-6-9] Mtu anasema ataumiza watu
        [adult] Vurugu au vitisho vya vurugu
       *[other] Vurugu, au vitisho vya kumuumiza mtu
    }
category-scam =
    { $band ->
        [age-6-9] Mtu alijaribu kukudanganya
        [adult] Utapeli au ulaghai
       *[other] Utapeli, au hila ya kupata pesa au vitu
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Mtu anajifanya kuwa mtu mwingine
        [adult] Kujifanya mtu mwingine au akaunti bandia
       *[other] Akaunti bandia, au mtu anayejifanya kuwa mtu mwingine
    }
category-spam =
    { $band ->
        [age-6-9] Jumbe nyingi zisizo na maana
        [adult] Barua taka (spam)
       *[other] Barua taka au jumbe zisizo na maana
    }
category-other = Jambo lingine
