# TellSafe copy, Malay (Malaysia).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Kami akan memaklumkan di sini apabila kami tahu lebih lanjut.
        [one] Kami akan memaklumkan di sini dalam { $days } hari.
       *[other] Kami akan memaklumkan di sini dalam { $days } hari.
    }
status-sent =
    { $band ->
        [age-6-9] Laporan kamu sedang dihantar. Laporan akan sampai ke { $app } apabila kamu dalam talian.
        [adult] Laporan Anda menunggu dihantar ke { $app }. Laporan akan dihantar sebaik sahaja peranti ini dalam talian.
       *[other] Laporan kamu sedang dihantar ke { $app }. Laporan akan sampai sebaik sahaja kamu dalam talian.
    }
    .title = Dihantar
status-received =
    { $band ->
        [age-6-9] { $app } telah menerima laporan kamu. Seseorang akan melihatnya. { status-hear-back }
        [adult] { $app } telah menerima laporan Anda. Laporan menunggu disemak oleh seseorang. { status-hear-back }
       *[other] Orang di { $app } telah menerima laporan kamu. Seseorang akan segera melihatnya. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] Kami telah terima
           *[other] Diterima
        }
status-looking-at-it =
    { $band ->
        [age-6-9] Seseorang di { $app } sedang melihat cerita kamu. { status-hear-back }
        [adult] Seseorang di { $app } sedang menyemak laporan Anda. { status-hear-back }
       *[other] Orang di { $app } sedang melihat yang kamu beritahu. { status-hear-back }
    }
    .title = Kami sedang lihat
status-need-to-ask-you =
    { $band ->
        [age-6-9] Kami punya pertanyaan untukmu. Jawab di sini supaya kami boleh membantu.
        [adult] Penyemak laporan Anda perlu menanyakan sesuatu. Jawab di sini agar mereka boleh melanjutkan.
       *[other] Kami perlu menanyakan sesuatu sebelum memutuskan. Jawab di sini jika kamu boleh.
    }
    .title = Kami perlu bertanya
status-decided =
    { $band ->
        [age-6-9] Kami telah melihat cerita kamu dan memilih apa yang dilakukan. Jika menurutmu kami salah, kamu boleh minta kami melihat lagi.
        [adult] { $app } telah membuat keputusan atas laporan Anda. Jika Anda tidak setuju, Anda boleh minta disemak semula.
       *[other] Orang di { $app } telah melihat laporan kamu dan memutuskan apa yang dilakukan. Jika menurutmu kami salah, kamu boleh minta kami melihat lagi.
    }
    .title =
        { $band ->
            [age-6-9] Kami telah putuskan
           *[other] Telah diputuskan
        }
status-handed-to-specialists =
    { $band ->
        [adult] Kami telah meneruskan ini kepada pasukan yang tugasnya melindungi anak. Kami tidak boleh memberi detail lebih. Anda boleh mencari dukungan kapan saja.
       *[other] Kami telah meneruskan ini kepada orang-orang yang tugasnya menjaga anak-anak. Kamu tidak akan mendapat masalah. Kamu boleh minta bantuan kapan saja dengan butang bantuan.
    }
    .title =
        { $band ->
            [adult] Diteruskan ke spesialis
           *[other] Diteruskan ke pasukan perlindungan
        }
status-looked-again =
    { $band ->
        [age-6-9] Kami melihat laporan kamu sekali lagi. Bagian berikut berisi keputusan kami kali ini.
        [adult] { $app } menyemak laporan Anda sekali lagi. Keputusan baru ditampilkan di sini.
       *[other] Orang di { $app } melihat laporan kamu sekali lagi. Di sini kamu boleh melihat keputusan kami kali ini.
    }
    .title = Kami melihat lagi
outcome-removed =
    { $band ->
        [age-6-9] Kami telah memadamkannya. Jika kamu melihatnya lagi, beritahu kami.
        [adult] Kami telah memadamkannya. Jika muncul lagi, Anda boleh melaporkannya lagi.
       *[other] Kami telah memadamkannya. Jika kamu melihatnya lagi, kamu boleh melaporkannya lagi.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Kami menjadikannya lebih sukar dilihat orang. Kamu tetap boleh menyekat orang ini.
        [adult] Kami mengehadkan siapa yang boleh melihatnya. Anda tetap boleh menyekat atau membisukan akaun itu.
       *[other] Kami mengehadkan siapa yang boleh melihatnya. Kamu tetap boleh menyekat atau membisukan orang ini.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Kami telah menghentikan akaun ini. Jika dia kembali, beritahu kami.
        [adult] Kami telah menggantung akaun itu. Jika orang itu kembali dengan akaun baru, Anda boleh melaporkannya.
       *[other] Kami telah menghentikan akaun ini. Jika orang ini menghubungi kamu dari akaun baru, kamu boleh melaporkannya.
    }
outcome-warned =
    { $band ->
        [age-6-9] Kami telah menyuruh orang ini berhenti. Jika berlaku lagi, beritahu kami.
        [adult] Kami telah memperingatkan akaun itu tentang aturan kami. Jika berlanjut, Anda boleh melaporkannya lagi.
       *[other] Kami telah memperingatkan orang ini tentang aturan kami. Jika berlaku lagi, beritahu kami dan kami akan melihat lagi.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Kami telah melihat dengan teliti dan tidak memadamkannya. Kamu tetap boleh menyekat orang ini dan bercakap kepada orang dewasa yang kamu percaya.
        [adult] Kami telah menyemak dengan teliti dan tidak memadamkannya. Anda tetap boleh menyekat atau membisukan akaun itu, atau minta disemak semula.
       *[other] Kami telah melihat dengan teliti dan tidak memadamkannya. Kamu tetap boleh menyekat atau membisukan orang ini, atau minta kami melihat lagi.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Kami belum boleh menarik balik laporan ini. Peraturan kata kami mesti menyimpannya buat masa ini, supaya kanak-kanak selamat. Ini bukan salah kamu.
       *[other] Kami belum boleh memadam laporan ini. Undang-undang kata { $app } mesti menyimpannya buat masa ini, untuk membantu kamu dan orang lain kekal selamat. Ini bukan salah kamu.
    }
