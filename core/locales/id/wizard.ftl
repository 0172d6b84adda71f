# TellSafe copy, Indonesian.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Minta tolong
       *[other] Cari bantuan sekarang
    }
wizard-quick-exit = Keluar cepat
wizard-back = Kembali
wizard-next = Lanjut
wizard-send = Kirim
wizard-progress = Langkah { $step } dari { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Belum ada orang dewasa yang memeriksa kata-kata ini.
       *[other] Belum ada orang yang memeriksa terjemahan ini. Beberapa kata mungkin salah.
    }
help-trusted-adult =
    { $band ->
        [age-6-9] Ceritakan kepada orang dewasa yang kamu percaya. Kalau ada orang dewasa yang menyakitimu, ceritakan kepada orang dewasa lain, atau telepon { $helpline }.
        [adult] Anda bisa mendapat dukungan dari { $helpline }. Kalau ada anak dalam bahaya, jangan menunggu.
       *[other] Ceritakan kepada orang dewasa yang kamu percaya. Kalau ada orang dewasa yang menyakitimu, ceritakan kepada orang dewasa lain, atau hubungi { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [adult] Bicaralah dengan orang yang Anda percaya. Kalau ada anak dalam bahaya, jangan menunggu.
       *[other] Ceritakan kepada orang dewasa yang kamu percaya. Kalau ada orang dewasa yang menyakitimu, ceritakan kepada orang dewasa lain.
    }
help-emergency =
    { $band ->
        [age-6-9] Kalau kamu dalam bahaya, telepon nomor darurat.
       *[other] Kalau kamu dalam bahaya sekarang, telepon nomor darurat di negaramu.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Kalau kamu dalam bahaya, telepon { $number }.
        [adult] Kalau seseorang dalam bahaya sekarang, telepon { $number }.
       *[other] Kalau kamu dalam bahaya sekarang, telepon { $number }.
    }
reassure-not-your-fault =
    { $band ->
        [adult] Ini bukan salah Anda.
       *[other] Ini bukan salahmu.
    }
reassure-not-in-trouble =
    { $band ->
        [age-6-9] Kamu tidak akan dimarahi.
        [adult] Anda tidak akan kena masalah.
       *[other] Kamu tidak akan kena masalah.
    }
reassure-thank-you =
    { $band ->
        [age-6-9] Terima kasih sudah bercerita.
        [adult] Terima kasih sudah melaporkan ini.
       *[other] Terima kasih sudah memberi tahu kami.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] Tim keamanan { $app } akan melihat bahwa kamu yang mengirim ini. Kami tidak memberi tahu orang itu bahwa itu kamu. Kalau kalian hanya mengobrol berdua, dia mungkin bisa menebak.
        [adult] Tim keamanan { $app } bisa melihat siapa yang mengirim laporan ini. Orang yang dilaporkan tidak diberi tahu siapa pelapornya. Di obrolan pribadi, dia mungkin bisa menebak.
       *[other] Tim keamanan { $app } bisa melihat bahwa kamu yang mengirim ini. Kami tidak memberi tahu orang itu siapa yang mengirim. Di obrolan pribadi, dia mungkin bisa menebak.
    }
    .title =
        { $band ->
            [age-6-9] Siapa yang akan tahu
           *[other] Siapa yang bisa melihat ini
        }
duty-who-will-be-told =
    { $band ->
        [age-6-9] Menurut hukum, { $app } harus memberi tahu tim yang melindungi anak-anak. Kamu tidak akan kena masalah.
        [adult] Menurut hukum, { $app } wajib memberi tahu tim perlindungan anak tentang laporan ini. Pelapor tidak akan kena masalah.
       *[other] Menurut hukum, { $app } harus memberi tahu tim yang melindungi anak-anak tentang ini. Kamu tidak akan kena masalah.
    }
    .title =
        { $band ->
            [age-6-9] Siapa yang akan kami beri tahu
           *[other] Siapa yang akan diberi tahu
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Ini tentang foto seksual anak. Jadi { $app } harus memberi tahu tim yang melindungi anak-anak. Kamu tidak akan kena masalah.
        [adult] Karena ini menyangkut gambar seksual anak, { $app } wajib memberi tahu tim perlindungan anak. Pelapor tidak akan kena masalah.
       *[other] Karena ini tentang foto seksual anak muda, { $app } harus memberi tahu tim yang melindungi anak-anak. Kamu tidak akan kena masalah.
    }
    .title =
        { $band ->
            [age-6-9] Siapa yang akan kami beri tahu
           *[other] Siapa yang akan diberi tahu
        }
next-what-happens =
    { $band ->
        [age-6-9] Orang-orang di { $app } akan melihat yang kamu kirim. { status-hear-back }
        [adult] Orang-orang di { $app } akan meninjau laporan Anda. { status-hear-back }
       *[other] Orang-orang di { $app } akan melihat yang kamu kirim kepada kami. { status-hear-back }
    }
    .title = Apa yang terjadi selanjutnya
