# TellSafe copy, Indonesian.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Kami akan mengabari di sini kalau sudah tahu lebih banyak.
        [one] Kami akan mengabari di sini dalam { $days } hari.
       *[other] Kami akan mengabari di sini dalam { $days } hari.
    }
status-sent =
    { $band ->
        [age-6-9] Laporanmu sedang dikirim. Laporan akan sampai ke { $app } saat kamu online.
        [adult] Laporan Anda menunggu dikirim ke { $app }. Laporan akan terkirim begitu perangkat ini online.
       *[other] Laporanmu sedang dikirim ke { $app }. Laporan akan sampai begitu kamu online.
    }
    .title = Terkirim
status-received =
    { $band ->
        [age-6-9] { $app } sudah menerima laporanmu. Seseorang akan melihatnya. { status-hear-back }
        [adult] { $app } sudah menerima laporan Anda. Laporan menunggu ditinjau oleh seseorang. { status-hear-back }
       *[other] Orang-orang di { $app } sudah menerima laporanmu. Seseorang akan segera melihatnya. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] Sudah kami terima
           *[other] Diterima
        }
status-looking-at-it =
    { $band ->
        [age-6-9] Seseorang di { $app } sedang melihat ceritamu. { status-hear-back }
        [adult] Seseorang di { $app } sedang meninjau laporan Anda. { status-hear-back }
       *[other] Orang-orang di { $app } sedang melihat yang kamu ceritakan. { status-hear-back }
    }
    .title = Sedang kami lihat
status-need-to-ask-you =
    { $band ->
        [age-6-9] Kami punya pertanyaan untukmu. Jawab di sini supaya kami bisa membantu.
        [adult] Peninjau laporan Anda perlu menanyakan sesuatu. Jawab di sini agar mereka bisa melanjutkan.
       *[other] Kami perlu menanyakan sesuatu sebelum memutuskan. Jawab di sini kalau kamu bisa.
    }
    .title = Kami perlu bertanya
status-decided =
    { $band ->
        [age-6-9] Kami sudah melihat ceritamu dan memilih apa yang dilakukan. Kalau menurutmu kami salah, kamu bisa minta kami melihat lagi.
        [adult] { $app } sudah membuat keputusan atas laporan Anda. Kalau Anda tidak setuju, Anda bisa minta ditinjau ulang.
       *[other] Orang-orang di { $app } sudah melihat laporanmu dan memutuskan apa yang dilakukan. Kalau menurutmu kami salah, kamu bisa minta kami melihat lagi.
    }
    .title =
        { $band ->
            [age-6-9] Sudah kami putuskan
           *[other] Sudah diputuskan
        }
status-handed-to-specialists =
    { $band ->
        [adult] Kami sudah meneruskan ini kepada tim yang tugasnya melindungi anak. Kami tidak bisa memberi detail lebih. Anda bisa mencari dukungan kapan saja.
       *[other] Kami sudah meneruskan ini kepada orang-orang yang tugasnya menjaga anak-anak. Kamu tidak akan kena masalah. Kamu bisa minta bantuan kapan saja dengan tombol bantuan.
    }
    .title =
        { $band ->
            [adult] Diteruskan ke spesialis
           *[other] Diteruskan ke tim perlindungan
        }
status-looked-again =
    { $band ->
        [age-6-9] Kami melihat laporanmu sekali lagi. Bagian berikut berisi keputusan kami kali ini.
        [adult] { $app } meninjau laporan Anda sekali lagi. Keputusan baru ditampilkan di sini.
       *[other] Orang-orang di { $app } melihat laporanmu sekali lagi. Di sini kamu bisa melihat keputusan kami kali ini.
    }
    .title = Kami melihat lagi
outcome-removed =
    { $band ->
        [age-6-9] Kami sudah menghapusnya. Kalau kamu melihatnya lagi, beri tahu kami.
        [adult] Kami sudah menghapusnya. Kalau muncul lagi, Anda bisa melaporkannya lagi.
       *[other] Kami sudah menghapusnya. Kalau kamu melihatnya lagi, kamu bisa melaporkannya lagi.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Kami membuatnya lebih sulit dilihat orang. Kamu tetap bisa memblokir orang ini.
        [adult] Kami membatasi siapa yang bisa melihatnya. Anda tetap bisa memblokir atau membisukan akun itu.
       *[other] Kami membatasi siapa yang bisa melihatnya. Kamu tetap bisa memblokir atau membisukan orang ini.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Kami sudah menghentikan akun ini. Kalau dia kembali, beri tahu kami.
        [adult] Kami sudah menangguhkan akun itu. Kalau orang itu kembali dengan akun baru, Anda bisa melaporkannya.
       *[other] Kami sudah menghentikan akun ini. Kalau orang ini menghubungimu dari akun baru, kamu bisa melaporkannya.
    }
outcome-warned =
    { $band ->
        [age-6-9] Kami sudah menyuruh orang ini berhenti. Kalau terjadi lagi, beri tahu kami.
        [adult] Kami sudah memperingatkan akun itu tentang aturan kami. Kalau berlanjut, Anda bisa melaporkannya lagi.
       *[other] Kami sudah memperingatkan orang ini tentang aturan kami. Kalau terjadi lagi, beri tahu kami dan kami akan melihat lagi.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Kami sudah melihat dengan teliti dan tidak menghapusnya. Kamu tetap bisa memblokir orang ini dan bercerita kepada orang dewasa yang kamu percaya.
        [adult] Kami sudah meninjau dengan teliti dan tidak menghapusnya. Anda tetap bisa memblokir atau membisukan akun itu, atau minta ditinjau ulang.
       *[other] Kami sudah melihat dengan teliti dan tidak menghapusnya. Kamu tetap bisa memblokir atau membisukan orang ini, atau minta kami melihat lagi.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Kami belum bisa menarik laporan ini. Aturannya, kami harus menyimpannya untuk sekarang, agar anak-anak tetap aman. Ini bukan salahmu.
       *[other] Kami belum bisa menghapus laporan ini. Hukum mengatakan { $app } harus menyimpannya untuk sekarang, untuk membantu menjaga kamu dan orang lain tetap aman. Ini bukan salahmu.
    }
