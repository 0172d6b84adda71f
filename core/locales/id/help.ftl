# Teks paket yurisdiksi (layanan bantuan, "siapa yang akan diberi tahu", pengaduan).
# Draft translation of en/help.ftl, not reviewed by a human. See locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [adult] { $name } memberi dukungan dan teman bicara. Telepon { $number }.
       *[other] Kamu bisa bicara tentang apa saja dengan seseorang di { $name }. Telepon { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } memberi dukungan dan teman bicara. Buka { $url }.
           *[other] Kamu bisa bicara tentang apa saja dengan seseorang di { $name }. Buka { $url }.
        }
help-helpline-crisis =
    { $band ->
        [adult] Kalau Anda atau orang yang Anda kenal sedang dalam krisis, { $name } bisa membantu. Telepon { $number }.
       *[other] Kalau kamu merasa sangat sedih atau berpikir untuk menyakiti diri, { $name } akan mendengarkan. Telepon { $number }.
    }
    .web =
        { $band ->
            [adult] Kalau Anda atau orang yang Anda kenal sedang dalam krisis, { $name } bisa membantu. Buka { $url }.
           *[other] Kalau kamu merasa sangat sedih atau berpikir untuk menyakiti diri, { $name } akan mendengarkan. Buka { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [adult] { $name } bisa bertindak saat seorang anak mungkin dalam bahaya. Telepon { $number }.
       *[other] Kalau ada yang menyakitimu, { $name } bisa membantumu tetap aman. Telepon { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } bisa bertindak saat seorang anak mungkin dalam bahaya. Buka { $url }.
           *[other] Kalau ada yang menyakitimu, { $name } bisa membantumu tetap aman. Buka { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [adult] { $name } membantu menangani bahaya daring, termasuk menurunkan konten berbahaya. Telepon { $number }.
       *[other] { $name } membantu masalah di internet, seperti perundungan atau foto yang dibagikan tanpa izin. Telepon { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } membantu menangani bahaya daring, termasuk menurunkan konten berbahaya. Buka { $url }.
           *[other] { $name } membantu masalah di internet, seperti perundungan atau foto yang dibagikan tanpa izin. Buka { $url }.
        }
help-helpline-reporting =
    { $band ->
        [adult] Anda juga bisa melaporkan ini langsung ke { $name }. Telepon { $number }.
       *[other] Kamu juga bisa melaporkan ini ke { $name }. Telepon { $number }.
    }
    .web =
        { $band ->
            [adult] Anda juga bisa melaporkan ini langsung ke { $name }. Buka { $url }.
           *[other] Kamu juga bisa melaporkan ini ke { $name }. Buka { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Jika tim keamanan { $app } memastikan hal yang dilaporkan, hukum mewajibkan { $app } melaporkannya kepada CyberTipline milik NCMEC, pusat AS untuk anak hilang dan tereksploitasi. Pelapor tidak akan kena masalah.
       *[other] Orang-orang di { $app } akan memeriksa yang kamu kirim. Kalau benar seperti yang kamu ceritakan, menurut hukum { $app } harus memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Jika tim keamanan { $app } menduga ada kejahatan yang mengancam nyawa atau keselamatan seseorang, hukum mewajibkan { $app } memberi tahu CyberTipline milik NCMEC, pusat AS untuk anak hilang dan tereksploitasi. Pelapor tidak akan kena masalah.
       *[other] Kalau orang-orang di { $app } menilai seseorang benar-benar dalam bahaya, menurut hukum { $app } harus memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Jika tim keamanan { $app } memastikan hal yang dilaporkan, hukum mengizinkan { $app } melaporkannya kepada CyberTipline milik NCMEC, pusat AS untuk anak hilang dan tereksploitasi. Pelapor tidak akan kena masalah.
       *[other] Orang-orang di { $app } akan memeriksa yang kamu kirim. Kalau benar seperti yang kamu ceritakan, { $app } boleh memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Jika tim keamanan { $app } menduga ada kejahatan yang mengancam nyawa atau keselamatan seseorang, hukum mengizinkan { $app } memberi tahu CyberTipline milik NCMEC, pusat AS untuk anak hilang dan tereksploitasi. Pelapor tidak akan kena masalah.
       *[other] Kalau orang-orang di { $app } menilai seseorang benar-benar dalam bahaya, { $app } boleh memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Jika tim keamanan { $app } memastikan hal yang dilaporkan, hukum mewajibkan { $app } melaporkannya kepada polisi atau pihak berwenang lain. Pelapor tidak akan kena masalah.
       *[other] Orang-orang di { $app } akan memeriksa yang kamu kirim. Kalau benar seperti yang kamu ceritakan, menurut hukum { $app } harus memberi tahu orang-orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan kena masalah.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Jika tim keamanan { $app } menduga ada kejahatan yang mengancam nyawa atau keselamatan seseorang, hukum mewajibkan { $app } memberi tahu polisi atau pihak berwenang lain. Pelapor tidak akan kena masalah.
       *[other] Kalau orang-orang di { $app } menilai seseorang benar-benar dalam bahaya, menurut hukum { $app } harus memberi tahu orang-orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan kena masalah.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Jika tim keamanan { $app } memastikan hal yang dilaporkan, hukum mengizinkan { $app } melaporkannya kepada polisi atau pihak berwenang lain. Pelapor tidak akan kena masalah.
       *[other] Orang-orang di { $app } akan memeriksa yang kamu kirim. Kalau benar seperti yang kamu ceritakan, { $app } boleh memberi tahu orang-orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan kena masalah.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Jika tim keamanan { $app } menduga ada kejahatan yang mengancam nyawa atau keselamatan seseorang, hukum mengizinkan { $app } memberi tahu polisi atau pihak berwenang lain. Pelapor tidak akan kena masalah.
       *[other] Kalau orang-orang di { $app } menilai seseorang benar-benar dalam bahaya, { $app } boleh memberi tahu orang-orang yang tugasnya menjaga keselamatan semua orang. Kamu tidak akan kena masalah.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Jika tim keamanan { $app } memastikan hal yang dilaporkan, hukum mewajibkan { $app } melaporkannya kepada National Crime Agency (NCA) Inggris. Pelapor tidak akan kena masalah.
       *[other] Orang-orang di { $app } akan memeriksa yang kamu kirim. Kalau benar seperti yang kamu ceritakan, menurut hukum { $app } harus memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Jika tim keamanan { $app } menduga ada kejahatan yang mengancam nyawa atau keselamatan seseorang, hukum mewajibkan { $app } memberi tahu National Crime Agency (NCA) Inggris. Pelapor tidak akan kena masalah.
       *[other] Kalau orang-orang di { $app } menilai seseorang benar-benar dalam bahaya, menurut hukum { $app } harus memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Jika tim keamanan { $app } memastikan hal yang dilaporkan, hukum mengizinkan { $app } melaporkannya kepada National Crime Agency (NCA) Inggris. Pelapor tidak akan kena masalah.
       *[other] Orang-orang di { $app } akan memeriksa yang kamu kirim. Kalau benar seperti yang kamu ceritakan, { $app } boleh memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Jika tim keamanan { $app } menduga ada kejahatan yang mengancam nyawa atau keselamatan seseorang, hukum mengizinkan { $app } memberi tahu National Crime Agency (NCA) Inggris. Pelapor tidak akan kena masalah.
       *[other] Kalau orang-orang di { $app } menilai seseorang benar-benar dalam bahaya, { $app } boleh memberi tahu tim yang tugasnya melindungi anak-anak. Kamu tidak akan kena masalah.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Jika Anda tidak setuju dengan suatu keputusan, Anda bisa mengadu ke { $app } dan meminta peninjauan ulang.
       *[other] Kalau menurutmu { $app } salah, kamu bisa minta orang-orang di { $app } melihatnya lagi.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Jika Anda tidak setuju dengan suatu keputusan, Anda bisa mengadu ke lembaga bersertifikat penyelesaian sengketa di luar pengadilan dan meminta peninjauan ulang.
       *[other] Kalau menurutmu { $app } salah, kamu bisa minta tim di luar { $app } yang membantu saat orang tidak sepakat melihatnya lagi.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Jika Anda tidak setuju dengan suatu keputusan, Anda bisa mengadu ke eSafety Commissioner Australia dan meminta peninjauan ulang.
       *[other] Kalau menurutmu { $app } salah, kamu bisa minta eSafety, tim di Australia yang membantu anak muda di internet melihatnya lagi.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Jika Anda tidak setuju dengan suatu keputusan, Anda bisa mengadu ke Ofcom, regulator keamanan daring Inggris dan meminta peninjauan ulang.
       *[other] Kalau menurutmu { $app } salah, kamu bisa minta Ofcom, tim yang mengawasi aplikasi di Inggris melihatnya lagi.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Jika Anda masih tidak setuju, Anda bisa membawa keputusan itu ke { $app }.
       *[other] Kalau kamu masih merasa itu salah, kamu juga bisa minta orang-orang di { $app } melihatnya.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Jika Anda masih tidak setuju, Anda bisa membawa keputusan itu ke lembaga bersertifikat penyelesaian sengketa di luar pengadilan.
       *[other] Kalau kamu masih merasa itu salah, kamu juga bisa minta tim di luar { $app } yang membantu saat orang tidak sepakat melihatnya.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Jika Anda masih tidak setuju, Anda bisa membawa keputusan itu ke eSafety Commissioner Australia.
       *[other] Kalau kamu masih merasa itu salah, kamu juga bisa minta eSafety, tim di Australia yang membantu anak muda di internet melihatnya.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Jika Anda masih tidak setuju, Anda bisa membawa keputusan itu ke Ofcom, regulator keamanan daring Inggris.
       *[other] Kalau kamu masih merasa itu salah, kamu juga bisa minta Ofcom, tim yang mengawasi aplikasi di Inggris melihatnya.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda bisa mengadu ke { $app }, yang dapat menangani kasus perorangan.
       *[other] Kalau { $app } tidak menyelesaikannya, kamu bisa memberi tahu orang-orang di { $app }. Orang dewasa bisa membantumu.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda bisa mengadu ke lembaga bersertifikat penyelesaian sengketa di luar pengadilan, yang dapat menangani kasus perorangan.
       *[other] Kalau { $app } tidak menyelesaikannya, kamu bisa memberi tahu tim di luar { $app } yang membantu saat orang tidak sepakat. Orang dewasa bisa membantumu.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda bisa mengadu ke eSafety Commissioner Australia, yang dapat menangani kasus perorangan.
       *[other] Kalau { $app } tidak menyelesaikannya, kamu bisa memberi tahu eSafety, tim di Australia yang membantu anak muda di internet. Orang dewasa bisa membantumu.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Jika { $app } tidak menyelesaikannya, Anda bisa mengadu ke Ofcom, regulator keamanan daring Inggris, yang dapat menangani kasus perorangan.
       *[other] Kalau { $app } tidak menyelesaikannya, kamu bisa memberi tahu Ofcom, tim yang mengawasi aplikasi di Inggris. Orang dewasa bisa membantumu.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] Ada juga { $app }. Lembaga ini mengawasi cara { $app } menangani pengaduan. Lembaga ini tidak memutus kasus perorangan, tetapi Anda bisa melaporkan masalah kepadanya.
       *[other] Ada juga orang-orang di { $app }. Mereka memastikan { $app } menangani masalah dengan adil. Mereka tidak melihat satu laporan saja, tapi kamu bisa memberi tahu mereka kalau ada yang terasa salah.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] Ada juga lembaga bersertifikat penyelesaian sengketa di luar pengadilan. Lembaga ini mengawasi cara { $app } menangani pengaduan. Lembaga ini tidak memutus kasus perorangan, tetapi Anda bisa melaporkan masalah kepadanya.
       *[other] Ada juga tim di luar { $app } yang membantu saat orang tidak sepakat. Mereka memastikan { $app } menangani masalah dengan adil. Mereka tidak melihat satu laporan saja, tapi kamu bisa memberi tahu mereka kalau ada yang terasa salah.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] Ada juga eSafety Commissioner Australia. Lembaga ini mengawasi cara { $app } menangani pengaduan. Lembaga ini tidak memutus kasus perorangan, tetapi Anda bisa melaporkan masalah kepadanya.
       *[other] Ada juga eSafety, tim di Australia yang membantu anak muda di internet. Mereka memastikan { $app } menangani masalah dengan adil. Mereka tidak melihat satu laporan saja, tapi kamu bisa memberi tahu mereka kalau ada yang terasa salah.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] Ada juga Ofcom, regulator keamanan daring Inggris. Lembaga ini mengawasi cara { $app } menangani pengaduan. Lembaga ini tidak memutus kasus perorangan, tetapi Anda bisa melaporkan masalah kepadanya.
       *[other] Ada juga Ofcom, tim yang mengawasi aplikasi di Inggris. Mereka memastikan { $app } menangani masalah dengan adil. Mereka tidak melihat satu laporan saja, tapi kamu bisa memberi tahu mereka kalau ada yang terasa salah.
    }
