# TellSafe copy, Malay (Malaysia).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Minta tolong
       *[other] Dapatkan bantuan sekarang
    }
wizard-quick-exit = Keluar cepat
wizard-back = Kembali
wizard-next = Seterusnya
wizard-send = Kirim
wizard-progress = Langkah { $step } dari { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Belum ada orang dewasa yang memeriksa perkataan ini.
       *[other] Belum ada orang yang memeriksa terjemahan ini. Sesetengah perkataan mungkin salah.
    }
help-trusted-adult =
    { $band ->
        [age-6-9] Beritahu kepada orang dewasa yang kamu percaya. Jika ada orang dewasa yang menyakiti kamu, beritahu kepada orang dewasa lain, atau telefon { $helpline }.
        [adult] Anda boleh mendapat dukungan dari { $helpline }. Jika ada anak dalam bahaya, jangan tunggu.
       *[other] Beritahu kepada orang dewasa yang kamu percaya. Jika ada orang dewasa yang menyakiti kamu, beritahu kepada orang dewasa lain, atau hubungi { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [adult] Bercakaplah dengan orang yang Anda percaya. Jika ada anak dalam bahaya, jangan tunggu.
       *[other] Beritahu kepada orang dewasa yang kamu percaya. Jika ada orang dewasa yang menyakiti kamu, beritahu kepada orang dewasa lain.
    }
help-emergency =
    { $band ->
        [age-6-9] Jika kamu dalam bahaya, telefon nombor darurat.
       *[other] Jika kamu dalam bahaya sekarang, telefon nombor darurat di negara kamu.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Jika kamu dalam bahaya, telefon { $number }.
        [adult] Jika seseorang dalam bahaya sekarang, telefon { $number }.
       *[other] Jika kamu dalam bahaya sekarang, telefon { $number }.
    }
reassure-not-your-fault =
    { $band ->
        [adult] Ini bukan salah Anda.
       *[other] Ini bukan salah kamu.
    }
reassure-not-in-trouble =
    { $band ->
        [age-6-9] Kamu tidak akan dimarahi.
        [adult] Anda tidak akan mendapat masalah.
       *[other] Kamu tidak akan mendapat masalah.
    }
reassure-thank-you =
    { $band ->
        [age-6-9] Terima kasih telah bercakap.
        [adult] Terima kasih telah melaporkan ini.
       *[other] Terima kasih telah memberitahu kami.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] Pasukan keamanan { $app } akan melihat bahwa kamu yang menghantar ini. Kami tidak memberitahu orang itu bahwa itu kamu. Jika kalian hanya berbual berdua, dia mungkin boleh meneka.
        [adult] Pasukan keamanan { $app } boleh melihat siapa yang menghantar laporan ini. Orang yang dilaporkan tidak diberitahu siapa pelapornya. Di perbualan pribadi, dia mungkin boleh meneka.
       *[other] Pasukan keamanan { $app } boleh melihat bahwa kamu yang menghantar ini. Kami tidak memberitahu orang itu siapa yang menghantar. Di perbualan pribadi, dia mungkin boleh meneka.
    }
    .title =
        { $band ->
            [age-6-9] Siapa yang akan tahu
           *[other] Siapa yang boleh melihat ini
        }
duty-who-will-be-told =
    { $band ->
        [age-6-9] Mengikut undang-undang, { $app } harus memberitahu pasukan yang melindungi anak-anak. Kamu tidak akan mendapat masalah.
        [adult] Mengikut undang-undang, { $app } wajib memberitahu pasukan perlindungan anak tentang laporan ini. Pelapor tidak akan mendapat masalah.
       *[other] Mengikut undang-undang, { $app } harus memberitahu pasukan yang melindungi anak-anak tentang ini. Kamu tidak akan mendapat masalah.
    }
    .title =
        { $band ->
            [age-6-9] Siapa yang akan kami beritahu
           *[other] Siapa yang akan diberitahu
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Ini tentang gambar seksual anak. Oleh itu { $app } harus memberitahu pasukan yang melindungi anak-anak. Kamu tidak akan mendapat masalah.
        [adult] Oleh sebab ini melibatkan gambar seksual anak, { $app } wajib memberitahu pasukan perlindungan anak. Pelapor tidak akan mendapat masalah.
       *[other] Oleh sebab ini tentang gambar seksual orang muda, { $app } harus memberitahu pasukan yang melindungi anak-anak. Kamu tidak akan mendapat masalah.
    }
    .title =
        { $band ->
            [age-6-9] Siapa yang akan kami beritahu
           *[other] Siapa yang akan diberitahu
        }
next-what-happens =
    { $band ->
        [age-6-9] Orang di { $app } akan melihat yang kamu hantar. { status-hear-back }
        [adult] Orang di { $app } akan menyemak laporan Anda. { status-hear-back }
       *[other] Orang di { $app } akan melihat yang kamu hantar kepada kami. { status-hear-back }
    }
    .title = Apa yang berlaku seterusnya
