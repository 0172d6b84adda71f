# Teks pakej bidang kuasa (talian bantuan, "siapa akan diberitahu", aduan).
# Draft translation of en/help.ftl, not reviewed by a human. See locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [adult] { $name } memberi sokongan dan teman untuk bercakap. Telefon { $number }.
       *[other] Kamu boleh bercakap tentang apa sahaja dengan seseorang di { $name }. Telefon { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } memberi sokongan dan teman untuk bercakap. Layari { $url }.
           *[other] Kamu boleh bercakap tentang apa sahaja dengan seseorang di { $name }. Layari { $url }.
        }
help-helpline-crisis =
    { $band ->
        [adult] Jika Anda atau orang yang Anda kenali sedang dalam krisis, { $name } boleh membantu. Telefon { $number }.
       *[other] Jika kamu merasa sangat sedih atau terfikir untuk mencederakan diri, { $name } akan mendengar. Telefon { $number }.
    }
    .web =
        { $band ->
            [adult] Jika Anda atau orang yang Anda kenali sedang dalam krisis, { $name } boleh membantu. Layari { $url }.
           *[other] Jika kamu merasa sangat sedih atau terfikir untuk mencederakan diri, { $name } akan mendengar. Layari { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [adult] { $name } boleh bertindak apabila seorang anak mungkin dalam bahaya. Telefon { $number }.
       *[other] Jika ada yang menyakiti kamu, { $name } boleh membantu kamu kekal selamat. Telefon { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } boleh bertindak apabila seorang anak mungkin dalam bahaya. Layari { $url }.
           *[other] Jika ada yang menyakiti kamu, { $name } boleh membantu kamu kekal selamat. Layari { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [adult] { $name } membantu menangani bahaya dalam talian, termasuk menurunkan kandungan berbahaya. Telefon { $number }.
       *[other] { $name } membantu masalah dalam talian, seperti buli atau foto yang dikongsi tanpa kebenaran. Telefon { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } membantu menangani bahaya dalam talian, termasuk menurunkan kandungan berbahaya. Layari { $url }.
           *[other] { $name } membantu masalah dalam talian, seperti buli atau foto yang dikongsi tanpa kebenaran. Layari { $url }.
        }
help-helpline-reporting =
    { $band ->
        [adult] Anda juga boleh melaporkan ini terus ke { $name }. Telefon { $number }.
       *[other] Kamu juga boleh melaporkan perkara ini kepada { $name }. Telefon { $number }.
    }
    .web =
        { $band ->
            [adult] Anda juga boleh melaporkan ini terus ke { $name }. Layari { $url }.
           *[other] Kamu juga boleh melaporkan perkara ini kepada { $name }. Layari { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesahkan perkara yang dilaporkan, undang-undang mewajibkan { $app } melaporkannya kepada CyberTipline milik NCMEC, pusat AS untuk kanak-kanak hilang dan dieksploitasi. Pelapor tidak akan mendapat masalah.
       *[other] Orang di { $app } akan menyemak apa yang kamu hantar. Jika ia seperti yang kamu katakan, mengikut undang-undang { $app } mesti memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesyaki jenayah yang mengancam nyawa atau keselamatan seseorang, undang-undang mewajibkan { $app } memberitahu CyberTipline milik NCMEC, pusat AS untuk kanak-kanak hilang dan dieksploitasi. Pelapor tidak akan mendapat masalah.
       *[other] Jika orang di { $app } berpendapat seseorang benar-benar dalam bahaya, mengikut undang-undang { $app } mesti memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesahkan perkara yang dilaporkan, undang-undang membenarkan { $app } melaporkannya kepada CyberTipline milik NCMEC, pusat AS untuk kanak-kanak hilang dan dieksploitasi. Pelapor tidak akan mendapat masalah.
       *[other] Orang di { $app } akan menyemak apa yang kamu hantar. Jika ia seperti yang kamu katakan, { $app } boleh memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesyaki jenayah yang mengancam nyawa atau keselamatan seseorang, undang-undang membenarkan { $app } memberitahu CyberTipline milik NCMEC, pusat AS untuk kanak-kanak hilang dan dieksploitasi. Pelapor tidak akan mendapat masalah.
       *[other] Jika orang di { $app } berpendapat seseorang benar-benar dalam bahaya, { $app } boleh memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesahkan perkara yang dilaporkan, undang-undang mewajibkan { $app } melaporkannya kepada polis atau pihak berkuasa lain. Pelapor tidak akan mendapat masalah.
       *[other] Orang di { $app } akan menyemak apa yang kamu hantar. Jika ia seperti yang kamu katakan, mengikut undang-undang { $app } mesti memberitahu orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan mendapat masalah.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesyaki jenayah yang mengancam nyawa atau keselamatan seseorang, undang-undang mewajibkan { $app } memberitahu polis atau pihak berkuasa lain. Pelapor tidak akan mendapat masalah.
       *[other] Jika orang di { $app } berpendapat seseorang benar-benar dalam bahaya, mengikut undang-undang { $app } mesti memberitahu orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan mendapat masalah.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesahkan perkara yang dilaporkan, undang-undang membenarkan { $app } melaporkannya kepada polis atau pihak berkuasa lain. Pelapor tidak akan mendapat masalah.
       *[other] Orang di { $app } akan menyemak apa yang kamu hantar. Jika ia seperti yang kamu katakan, { $app } boleh memberitahu orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan mendapat masalah.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesyaki jenayah yang mengancam nyawa atau keselamatan seseorang, undang-undang membenarkan { $app } memberitahu polis atau pihak berkuasa lain. Pelapor tidak akan mendapat masalah.
       *[other] Jika orang di { $app } berpendapat seseorang benar-benar dalam bahaya, { $app } boleh memberitahu orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan mendapat masalah.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesahkan perkara yang dilaporkan, undang-undang mewajibkan { $app } melaporkannya kepada National Crime Agency (NCA) United Kingdom. Pelapor tidak akan mendapat masalah.
       *[other] Orang di { $app } akan menyemak apa yang kamu hantar. Jika ia seperti yang kamu katakan, mengikut undang-undang { $app } mesti memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesyaki jenayah yang mengancam nyawa atau keselamatan seseorang, undang-undang mewajibkan { $app } memberitahu National Crime Agency (NCA) United Kingdom. Pelapor tidak akan mendapat masalah.
       *[other] Jika orang di { $app } berpendapat seseorang benar-benar dalam bahaya, mengikut undang-undang { $app } mesti memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesahkan perkara yang dilaporkan, undang-undang membenarkan { $app } melaporkannya kepada National Crime Agency (NCA) United Kingdom. Pelapor tidak akan mendapat masalah.
       *[other] Orang di { $app } akan menyemak apa yang kamu hantar. Jika ia seperti yang kamu katakan, { $app } boleh memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Jika pasukan keselamatan { $app } mengesyaki jenayah yang mengancam nyawa atau keselamatan seseorang, undang-undang membenarkan { $app } memberitahu National Crime Agency (NCA) United Kingdom. Pelapor tidak akan mendapat masalah.
       *[other] Jika orang di { $app } berpendapat seseorang benar-benar dalam bahaya, { $app } boleh memberitahu pasukan yang tugasnya melindungi kanak-kanak. Kamu tidak akan mendapat masalah.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Jika Anda tidak bersetuju dengan suatu keputusan, Anda boleh membuat aduan kepada { $app } dan meminta semakan semula.
       *[other] Jika pada pendapat kamu { $app } salah, kamu boleh minta orang di { $app } melihatnya semula.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Jika Anda tidak bersetuju dengan suatu keputusan, Anda boleh membuat aduan kepada badan bertauliah penyelesaian pertikaian di luar mahkamah dan meminta semakan semula.
       *[other] Jika pada pendapat kamu { $app } salah, kamu boleh minta pasukan di luar { $app } yang membantu apabila orang tidak bersetuju melihatnya semula.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Jika Anda tidak bersetuju dengan suatu keputusan, Anda boleh membuat aduan kepada eSafety Commissioner Australia dan meminta semakan semula.
       *[other] Jika pada pendapat kamu { $app } salah, kamu boleh minta eSafety, pasukan di Australia yang membantu golongan muda dalam talian melihatnya semula.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Jika Anda tidak bersetuju dengan suatu keputusan, Anda boleh membuat aduan kepada Ofcom, pengawal selia keselamatan dalam talian United Kingdom dan meminta semakan semula.
       *[other] Jika pada pendapat kamu { $app } salah, kamu boleh minta Ofcom, pasukan yang memantau aplikasi di United Kingdom melihatnya semula.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Jika Anda masih tidak bersetuju, Anda boleh membawa keputusan itu kepada { $app }.
       *[other] Jika kamu masih rasa itu salah, kamu juga boleh minta orang di { $app } melihatnya.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Jika Anda masih tidak bersetuju, Anda boleh membawa keputusan itu kepada badan bertauliah penyelesaian pertikaian di luar mahkamah.
       *[other] Jika kamu masih rasa itu salah, kamu juga boleh minta pasukan di luar { $app } yang membantu apabila orang tidak bersetuju melihatnya.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Jika Anda masih tidak bersetuju, Anda boleh membawa keputusan itu kepada eSafety Commissioner Australia.
       *[other] Jika kamu masih rasa itu salah, kamu juga boleh minta eSafety, pasukan di Australia yang membantu golongan muda dalam talian melihatnya.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Jika Anda masih tidak bersetuju, Anda boleh membawa keputusan itu kepada Ofcom, pengawal selia keselamatan dalam talian United Kingdom.
       *[other] Jika kamu masih rasa itu salah, kamu juga boleh minta Ofcom, pasukan yang memantau aplikasi di United Kingdom melihatnya.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda boleh membuat aduan kepada { $app }, yang dapat mengendalikan kes individu.
       *[other] Jika { $app } tidak menyelesaikannya, kamu boleh memberitahu orang di { $app }. Orang dewasa boleh membantu kamu.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda boleh membuat aduan kepada badan bertauliah penyelesaian pertikaian di luar mahkamah, yang dapat mengendalikan kes individu.
       *[other] Jika { $app } tidak menyelesaikannya, kamu boleh memberitahu pasukan di luar { $app } yang membantu apabila orang tidak bersetuju. Orang dewasa boleh membantu kamu.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda boleh membuat aduan kepada eSafety Commissioner Australia, yang dapat mengendalikan kes individu.
       *[other] Jika { $app } tidak menyelesaikannya, kamu boleh memberitahu eSafety, pasukan di Australia yang membantu golongan muda dalam talian. Orang dewasa boleh membantu kamu.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda boleh membuat aduan kepada Ofcom, pengawal selia keselamatan dalam talian United Kingdom, yang dapat mengendalikan kes individu.
       *[other] Jika { $app } tidak menyelesaikannya, kamu boleh memberitahu Ofcom, pasukan yang memantau aplikasi di United Kingdom. Orang dewasa boleh membantu kamu.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] Ada juga { $app }. Badan ini mengawasi cara { $app } mengendalikan aduan. Badan ini tidak memutuskan kes individu, tetapi Anda boleh memaklumkan masalah kepadanya.
       *[other] Ada juga orang di { $app }. Mereka memastikan { $app } mengendalikan masalah dengan adil. Mereka tidak melihat satu laporan sahaja, tetapi kamu boleh memberitahu mereka kalau ada yang nampak salah.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] Ada juga badan bertauliah penyelesaian pertikaian di luar mahkamah. Badan ini mengawasi cara { $app } mengendalikan aduan. Badan ini tidak memutuskan kes individu, tetapi Anda boleh memaklumkan masalah kepadanya.
       *[other] Ada juga pasukan di luar { $app } yang membantu apabila orang tidak bersetuju. Mereka memastikan { $app } mengendalikan masalah dengan adil. Mereka tidak melihat satu laporan sahaja, tetapi kamu boleh memberitahu mereka kalau ada yang nampak salah.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] Ada juga eSafety Commissioner Australia. Badan ini mengawasi cara { $app } mengendalikan aduan. Badan ini tidak memutuskan kes individu, tetapi Anda boleh memaklumkan masalah kepadanya.
       *[other] Ada juga eSafety, pasukan di Australia yang membantu golongan muda dalam talian. Mereka memastikan { $app } mengendalikan masalah dengan adil. Mereka tidak melihat satu laporan sahaja, tetapi kamu boleh memberitahu mereka kalau ada yang nampak salah.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] Ada juga Ofcom, pengawal selia keselamatan dalam talian United Kingdom. Badan ini mengawasi cara { $app } mengendalikan aduan. Badan ini tidak memutuskan kes individu, tetapi Anda boleh memaklumkan masalah kepadanya.
       *[other] Ada juga Ofcom, pasukan yang memantau aplikasi di United Kingdom. Mereka memastikan { $app } mengendalikan masalah dengan adil. Mereka tidak melihat satu laporan sahaja, tetapi kamu boleh memberitahu mereka kalau ada yang nampak salah.
    }
