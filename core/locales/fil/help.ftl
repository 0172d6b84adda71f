# Teksto ng jurisdiction packs (mga helpline, "sino ang sasabihan", reklamo).
# Draft translation of en/help.ftl, not reviewed by a human. See locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [adult] Nagbibigay ang { $name } ng suporta at makakausap. Tumawag sa { $number }.
       *[other] Puwede kang makipag-usap tungkol sa kahit ano sa isang tao sa { $name }. Tumawag sa { $number }.
    }
    .web =
        { $band ->
            [adult] Nagbibigay ang { $name } ng suporta at makakausap. Pumunta sa { $url }.
           *[other] Puwede kang makipag-usap tungkol sa kahit ano sa isang tao sa { $name }. Pumunta sa { $url }.
        }
help-helpline-crisis =
    { $band ->
        [adult] Kung ikaw o may kakilala kang nasa krisis, makakatulong ang { $name }. Tumawag sa { $number }.
       *[other] Kung sobrang lungkot mo o naiisip mong saktan ang sarili mo, makikinig ang { $name }. Tumawag sa { $number }.
    }
    .web =
        { $band ->
            [adult] Kung ikaw o may kakilala kang nasa krisis, makakatulong ang { $name }. Pumunta sa { $url }.
           *[other] Kung sobrang lungkot mo o naiisip mong saktan ang sarili mo, makikinig ang { $name }. Pumunta sa { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [adult] Kikilos ang { $name } kapag maaaring nasa panganib ang isang bata. Tumawag sa { $number }.
       *[other] Kung may nananakit sa iyo, matutulungan ka ng { $name } na maging ligtas. Tumawag sa { $number }.
    }
    .web =
        { $band ->
            [adult] Kikilos ang { $name } kapag maaaring nasa panganib ang isang bata. Pumunta sa { $url }.
           *[other] Kung may nananakit sa iyo, matutulungan ka ng { $name } na maging ligtas. Pumunta sa { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [adult] Tumutulong ang { $name } sa pinsala online, pati sa pagpapatanggal ng mapanganib na content. Tumawag sa { $number }.
       *[other] Tumutulong ang { $name } sa mga problema online, gaya ng bullying o litratong ibinahagi nang walang pahintulot. Tumawag sa { $number }.
    }
    .web =
        { $band ->
            [adult] Tumutulong ang { $name } sa pinsala online, pati sa pagpapatanggal ng mapanganib na content. Pumunta sa { $url }.
           *[other] Tumutulong ang { $name } sa mga problema online, gaya ng bullying o litratong ibinahagi nang walang pahintulot. Pumunta sa { $url }.
        }
help-helpline-reporting =
    { $band ->
        [adult] Puwede mo ring direktang i-report ito sa { $name }. Tumawag sa { $number }.
       *[other] Puwede mo ring i-report ito sa { $name }. Tumawag sa { $number }.
    }
    .web =
        { $band ->
            [adult] Puwede mo ring direktang i-report ito sa { $name }. Pumunta sa { $url }.
           *[other] Puwede mo ring i-report ito sa { $name }. Pumunta sa { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Kapag kinumpirma ng safety team ng { $app } ang ini-report, obligado ng batas ang { $app } na i-report ito sa ang CyberTipline ng NCMEC, ang sentro sa US para sa mga nawawala at inabusong bata. Hindi mapapahamak ang nag-report.
       *[other] Titingnan ng mga tao sa { $app } ang ipinadala mo. Kung totoo ang sinabi mo, sabi ng batas kailangang sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Kapag pinaghinalaan ng safety team ng { $app } ang isang krimen na nagbabanta sa buhay o kaligtasan ng isang tao, obligado ng batas ang { $app } na sabihan ang ang CyberTipline ng NCMEC, ang sentro sa US para sa mga nawawala at inabusong bata. Hindi mapapahamak ang nag-report.
       *[other] Kung sa tingin ng mga tao sa { $app } ay may taong talagang nasa panganib, sabi ng batas kailangang sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Kapag kinumpirma ng safety team ng { $app } ang ini-report, pinapayagan ng batas ang { $app } na i-report ito sa ang CyberTipline ng NCMEC, ang sentro sa US para sa mga nawawala at inabusong bata. Hindi mapapahamak ang nag-report.
       *[other] Titingnan ng mga tao sa { $app } ang ipinadala mo. Kung totoo ang sinabi mo, puwedeng sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Kapag pinaghinalaan ng safety team ng { $app } ang isang krimen na nagbabanta sa buhay o kaligtasan ng isang tao, pinapayagan ng batas ang { $app } na sabihan ang ang CyberTipline ng NCMEC, ang sentro sa US para sa mga nawawala at inabusong bata. Hindi mapapahamak ang nag-report.
       *[other] Kung sa tingin ng mga tao sa { $app } ay may taong talagang nasa panganib, puwedeng sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Kapag kinumpirma ng safety team ng { $app } ang ini-report, obligado ng batas ang { $app } na i-report ito sa ang pulis o iba pang awtoridad. Hindi mapapahamak ang nag-report.
       *[other] Titingnan ng mga tao sa { $app } ang ipinadala mo. Kung totoo ang sinabi mo, sabi ng batas kailangang sabihan ng { $app } ang mga taong ang trabaho ay panatilihing ligtas ang lahat. Hindi ka mapapagalitan.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Kapag pinaghinalaan ng safety team ng { $app } ang isang krimen na nagbabanta sa buhay o kaligtasan ng isang tao, obligado ng batas ang { $app } na sabihan ang ang pulis o iba pang awtoridad. Hindi mapapahamak ang nag-report.
       *[other] Kung sa tingin ng mga tao sa { $app } ay may taong talagang nasa panganib, sabi ng batas kailangang sabihan ng { $app } ang mga taong ang trabaho ay panatilihing ligtas ang lahat. Hindi ka mapapagalitan.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Kapag kinumpirma ng safety team ng { $app } ang ini-report, pinapayagan ng batas ang { $app } na i-report ito sa ang pulis o iba pang awtoridad. Hindi mapapahamak ang nag-report.
       *[other] Titingnan ng mga tao sa { $app } ang ipinadala mo. Kung totoo ang sinabi mo, puwedeng sabihan ng { $app } ang mga taong ang trabaho ay panatilihing ligtas ang lahat. Hindi ka mapapagalitan.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Kapag pinaghinalaan ng safety team ng { $app } ang isang krimen na nagbabanta sa buhay o kaligtasan ng isang tao, pinapayagan ng batas ang { $app } na sabihan ang ang pulis o iba pang awtoridad. Hindi mapapahamak ang nag-report.
       *[other] Kung sa tingin ng mga tao sa { $app } ay may taong talagang nasa panganib, puwedeng sabihan ng { $app } ang mga taong ang trabaho ay panatilihing ligtas ang lahat. Hindi ka mapapagalitan.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Kapag kinumpirma ng safety team ng { $app } ang ini-report, obligado ng batas ang { $app } na i-report ito sa ang National Crime Agency (NCA) ng UK. Hindi mapapahamak ang nag-report.
       *[other] Titingnan ng mga tao sa { $app } ang ipinadala mo. Kung totoo ang sinabi mo, sabi ng batas kailangang sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Kapag pinaghinalaan ng safety team ng { $app } ang isang krimen na nagbabanta sa buhay o kaligtasan ng isang tao, obligado ng batas ang { $app } na sabihan ang ang National Crime Agency (NCA) ng UK. Hindi mapapahamak ang nag-report.
       *[other] Kung sa tingin ng mga tao sa { $app } ay may taong talagang nasa panganib, sabi ng batas kailangang sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Kapag kinumpirma ng safety team ng { $app } ang ini-report, pinapayagan ng batas ang { $app } na i-report ito sa ang National Crime Agency (NCA) ng UK. Hindi mapapahamak ang nag-report.
       *[other] Titingnan ng mga tao sa { $app } ang ipinadala mo. Kung totoo ang sinabi mo, puwedeng sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Kapag pinaghinalaan ng safety team ng { $app } ang isang krimen na nagbabanta sa buhay o kaligtasan ng isang tao, pinapayagan ng batas ang { $app } na sabihan ang ang National Crime Agency (NCA) ng UK. Hindi mapapahamak ang nag-report.
       *[other] Kung sa tingin ng mga tao sa { $app } ay may taong talagang nasa panganib, puwedeng sabihan ng { $app } ang isang team na ang trabaho ay protektahan ang mga bata. Hindi ka mapapagalitan.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Kung hindi ka sang-ayon sa isang desisyon, puwede kang magreklamo sa { $app } at humiling na suriin ito ulit.
       *[other] Kung sa tingin mo ay nagkamali ang { $app }, puwede mong hilingin sa mga tao sa { $app } na tingnan ulit ito.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Kung hindi ka sang-ayon sa isang desisyon, puwede kang magreklamo sa isang certified na out-of-court dispute settlement body at humiling na suriin ito ulit.
       *[other] Kung sa tingin mo ay nagkamali ang { $app }, puwede mong hilingin sa isang team sa labas ng { $app } na tumutulong kapag hindi nagkakasundo ang mga tao na tingnan ulit ito.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Kung hindi ka sang-ayon sa isang desisyon, puwede kang magreklamo sa eSafety Commissioner ng Australia at humiling na suriin ito ulit.
       *[other] Kung sa tingin mo ay nagkamali ang { $app }, puwede mong hilingin sa eSafety, isang team sa Australia na tumutulong sa kabataan online na tingnan ulit ito.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Kung hindi ka sang-ayon sa isang desisyon, puwede kang magreklamo sa Ofcom, ang regulator ng online safety sa UK at humiling na suriin ito ulit.
       *[other] Kung sa tingin mo ay nagkamali ang { $app }, puwede mong hilingin sa Ofcom, isang team na sumusuri sa mga app sa UK na tingnan ulit ito.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Kung hindi ka pa rin sang-ayon, puwede mong dalhin ang desisyon sa { $app }.
       *[other] Kung sa tingin mo ay mali pa rin, puwede mo ring hilingin sa mga tao sa { $app } na tingnan ito.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Kung hindi ka pa rin sang-ayon, puwede mong dalhin ang desisyon sa isang certified na out-of-court dispute settlement body.
       *[other] Kung sa tingin mo ay mali pa rin, puwede mo ring hilingin sa isang team sa labas ng { $app } na tumutulong kapag hindi nagkakasundo ang mga tao na tingnan ito.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Kung hindi ka pa rin sang-ayon, puwede mong dalhin ang desisyon sa eSafety Commissioner ng Australia.
       *[other] Kung sa tingin mo ay mali pa rin, puwede mo ring hilingin sa eSafety, isang team sa Australia na tumutulong sa kabataan online na tingnan ito.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Kung hindi ka pa rin sang-ayon, puwede mong dalhin ang desisyon sa Ofcom, ang regulator ng online safety sa UK.
       *[other] Kung sa tingin mo ay mali pa rin, puwede mo ring hilingin sa Ofcom, isang team na sumusuri sa mga app sa UK na tingnan ito.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Kung hindi ito maresolba ng { $app }, puwede kang magreklamo sa { $app }, na puwedeng kumilos sa bawat kaso.
       *[other] Kung hindi ito ayusin ng { $app }, puwede mong sabihin sa mga tao sa { $app }. Matutulungan ka ng isang adult.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Kung hindi ito maresolba ng { $app }, puwede kang magreklamo sa isang certified na out-of-court dispute settlement body, na puwedeng kumilos sa bawat kaso.
       *[other] Kung hindi ito ayusin ng { $app }, puwede mong sabihin sa isang team sa labas ng { $app } na tumutulong kapag hindi nagkakasundo ang mga tao. Matutulungan ka ng isang adult.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Kung hindi ito maresolba ng { $app }, puwede kang magreklamo sa eSafety Commissioner ng Australia, na puwedeng kumilos sa bawat kaso.
       *[other] Kung hindi ito ayusin ng { $app }, puwede mong sabihin sa eSafety, isang team sa Australia na tumutulong sa kabataan online. Matutulungan ka ng isang adult.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Kung hindi ito maresolba ng { $app }, puwede kang magreklamo sa Ofcom, ang regulator ng online safety sa UK, na puwedeng kumilos sa bawat kaso.
       *[other] Kung hindi ito ayusin ng { $app }, puwede mong sabihin sa Ofcom, isang team na sumusuri sa mga app sa UK. Matutulungan ka ng isang adult.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] Mayroon ding { $app }. Binabantayan nito kung paano inaasikaso ng { $app } ang mga reklamo. Hindi ito nagpapasya sa bawat kaso, pero puwede mo itong sabihan tungkol sa isang problema.
       *[other] Mayroon ding mga tao sa { $app }. Tinitiyak nila na patas ang pag-aasikaso ng { $app } sa mga problema. Hindi nila tinitingnan ang isang report lang, pero puwede mo silang sabihan kung may mukhang mali.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] Mayroon ding isang certified na out-of-court dispute settlement body. Binabantayan nito kung paano inaasikaso ng { $app } ang mga reklamo. Hindi ito nagpapasya sa bawat kaso, pero puwede mo itong sabihan tungkol sa isang problema.
       *[other] Mayroon ding isang team sa labas ng { $app } na tumutulong kapag hindi nagkakasundo ang mga tao. Tinitiyak nila na patas ang pag-aasikaso ng { $app } sa mga problema. Hindi nila tinitingnan ang isang report lang, pero puwede mo silang sabihan kung may mukhang mali.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] Mayroon ding eSafety Commissioner ng Australia. Binabantayan nito kung paano inaasikaso ng { $app } ang mga reklamo. Hindi ito nagpapasya sa bawat kaso, pero puwede mo itong sabihan tungkol sa isang problema.
       *[other] Mayroon ding eSafety, isang team sa Australia na tumutulong sa kabataan online. Tinitiyak nila na patas ang pag-aasikaso ng { $app } sa mga problema. Hindi nila tinitingnan ang isang report lang, pero puwede mo silang sabihan kung may mukhang mali.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] Mayroon ding Ofcom, ang regulator ng online safety sa UK. Binabantayan nito kung paano inaasikaso ng { $app } ang mga reklamo. Hindi ito nagpapasya sa bawat kaso, pero puwede mo itong sabihan tungkol sa isang problema.
       *[other] Mayroon ding Ofcom, isang team na sumusuri sa mga app sa UK. Tinitiyak nila na patas ang pag-aasikaso ng { $app } sa mga problema. Hindi nila tinitingnan ang isang report lang, pero puwede mo silang sabihan kung may mukhang mali.
    }
