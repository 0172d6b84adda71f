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
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Laporan kamu belum dihantar. Ini bukan salah kamu. Sila cuba lagi.
       *[other] Laporan kamu belum dapat dihantar. Ini bukan salah kamu. Sila cuba lagi.
    }
wizard-try-again = Cuba lagi
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

review-good-faith = Dengan menghantar laporan ini, Anda mengesahkan bahawa Anda percaya laporan ini tepat dan lengkap.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
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

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Langkau
flow-yes = Ya
flow-no-or-unsure = Tidak, atau saya tidak pasti
flow-age = Berapa umur kamu?
flow-age-6-9 = Bawah 10 tahun
flow-age-10-12 = 10 hingga 12 tahun
flow-age-13-15 = 13 hingga 15 tahun
flow-age-16-17 = 16 atau 17 tahun
flow-age-adult = 18 tahun atau lebih
flow-what = Apa yang berlaku?
flow-what-caregiver = Apa yang berlaku kepada kanak-kanak itu? Pilih yang paling sesuai.
flow-safety = Pertama, beberapa perkara yang boleh membantu kamu.
flow-danger = Adakah kamu dalam bahaya sekarang?
flow-danger-yes = Ya, saya tidak selamat sekarang
flow-danger-no = Tidak, saya selamat sekarang
flow-danger-help = Dapatkan bantuan sekarang. Kamu boleh teruskan kemudian.
safety-danger-call = Hubungi nombor di bawah, atau beritahu orang dewasa yang dekat dengan kamu.
safety-danger-adult = Apabila kamu sudah selamat, kamu boleh beritahu kami apa yang berlaku.
flow-young-stop = Apa yang kamu mahu buat sekarang?
flow-intents = Apa yang kamu mahu buat sekarang?
flow-intents-body = Ini hanya mengubah apa yang kamu lihat. Orang itu tidak diberitahu.
flow-intent-restrict = Hadkan dia tanpa dia tahu
flow-intent-mute = Berhenti melihat hantaran dan mesejnya
flow-intent-hide-item = Sembunyikan ini daripada saya
flow-intent-hide-connections = Sembunyikan rakan dan pengikut saya daripadanya
flow-intent-block = Sekat dia (selepas kami terima laporan kamu)
flow-intent-none = Tiada buat masa ini
flow-text = Mahu beritahu kami lagi?
flow-text-body = Kamu boleh langkau ini. Jangan tambah gambar. Kami sudah nampak apa yang kamu laporkan.
flow-who = Siapa yang buat ini?
flow-who-caregiver = Siapa yang buat ini kepada kanak-kanak itu?
flow-who-known = Seseorang yang saya kenal dalam kehidupan sebenar
flow-who-online = Seseorang yang saya kenal dalam talian sahaja
flow-who-unknown = Saya tidak tahu siapa dia
flow-depicted = Adakah gambar itu gambar kamu?
flow-depicted-body = Ini bukan salah kamu. Kamu tidak dalam masalah.
flow-outcome = Apa yang kamu mahu berlaku?
flow-outcome-body = Kami beritahu pasukan keselamatan apa yang kamu mahu. Mereka yang membuat keputusan.
flow-outcome-take-down = Turunkan kandungan itu
flow-outcome-stop-contact = Buat dia berhenti menghubungi saya
flow-outcome-someone-know = Saya cuma mahu seseorang tahu
flow-outcome-keep-private = Saya cuma mahu seseorang tahu. Tolong jangan beritahu orang lain.
flow-outcome-help-for-me = Saya perlukan bantuan untuk diri saya
flow-outcome-not-sure = Saya tidak pasti
flow-notify = Perlukah kami beritahu kamu di sini apabila ada perubahan?
flow-notify-body = Jika orang lain boleh melihat telefon kamu, kamu boleh semak sendiri di sini.
flow-notify-tell-me = Beritahu saya di sini apabila ada perubahan
flow-notify-dont = Jangan beri pemberitahuan, saya akan semak sendiri
flow-review = Semak sebelum hantar
safety-sextortion-dont-pay = Jangan bayar. Jangan hantar gambar lagi.
safety-sextortion-stop-replying = Berhenti membalas. Kamu tidak perlu menjawab.
safety-sextortion-we-keep = Jangan padam mesej itu. Kami simpan salinan bersama laporan kamu.
safety-sextortion-restrict-block = Kamu boleh hadkan dia sekarang, dan sekat dia selepas kami terima laporan kamu.
safety-asked-stop-replying = Kamu tidak perlu menjawab mereka. Kamu boleh berhenti bila-bila masa.
safety-pictures-dont-share = Jangan hantar gambar itu kepada sesiapa, walaupun kepada kami. Kami boleh menemuinya.
safety-pictures-handoff = Perkhidmatan percuma ini boleh membantu menurunkan gambar.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline dan IWF)
safety-self-harm-helpline = Tolong bercakap dengan seseorang sekarang. Talian bantuan di bawah adalah percuma.
safety-self-harm-not-alone = Kamu tidak keseorangan. Kamu buat perkara yang betul dengan memberitahu kami.
safety-hurting-helpline = Talian bantuan di bawah boleh membantu kamu. Mereka bercakap dengan orang muda setiap hari.
safety-hurting-different-adult = Jika orang dewasa menyakiti kamu, beritahu orang dewasa lain yang kamu percaya.
