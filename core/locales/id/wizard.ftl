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
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Laporanmu belum terkirim. Ini bukan salahmu. Coba lagi, ya.
       *[other] Laporanmu belum bisa dikirim. Ini bukan salahmu. Silakan coba lagi.
    }
wizard-try-again = Coba lagi
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

review-good-faith = Dengan mengirim laporan ini, Anda menyatakan bahwa Anda yakin laporan ini akurat dan lengkap.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
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

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Lewati
flow-yes = Ya
flow-no-or-unsure = Tidak, atau saya tidak yakin
flow-age = Berapa umurmu?
flow-age-6-9 = Di bawah 10 tahun
flow-age-10-12 = 10 sampai 12 tahun
flow-age-13-15 = 13 sampai 15 tahun
flow-age-16-17 = 16 atau 17 tahun
flow-age-adult = 18 tahun atau lebih
flow-what = Apa yang terjadi?
flow-what-caregiver = Apa yang terjadi pada anak itu? Pilih yang paling sesuai.
flow-safety = Pertama, beberapa hal yang bisa membantumu.
flow-danger = Apakah kamu dalam bahaya sekarang?
flow-danger-yes = Ya, saya tidak aman sekarang
flow-danger-no = Tidak, saya aman sekarang
flow-danger-help = Cari bantuan sekarang. Kamu bisa lanjut nanti.
safety-danger-call = Telepon nomor di bawah, atau beri tahu orang dewasa di dekatmu.
safety-danger-adult = Kalau kamu sudah aman, kamu bisa cerita apa yang terjadi.
flow-young-stop = Apa yang ingin kamu lakukan sekarang?
flow-intents = Apa yang ingin kamu lakukan sekarang?
flow-intents-body = Ini hanya mengubah apa yang kamu lihat. Orang itu tidak diberi tahu.
flow-intent-restrict = Batasi dia tanpa dia tahu
flow-intent-mute = Berhenti melihat postingan dan pesannya
flow-intent-hide-item = Sembunyikan ini dari saya
flow-intent-hide-connections = Sembunyikan teman dan pengikut saya darinya
flow-intent-block = Blokir dia (setelah laporanmu kami terima)
flow-intent-none = Tidak ada untuk sekarang
flow-text = Mau cerita lebih banyak?
flow-text-body = Kamu boleh melewati ini. Jangan tambahkan foto. Kami sudah bisa melihat yang kamu laporkan.
flow-who = Siapa yang melakukan ini?
flow-who-caregiver = Siapa yang melakukan ini pada anak itu?
flow-who-known = Orang yang saya kenal di dunia nyata
flow-who-online = Orang yang hanya saya kenal di internet
flow-who-unknown = Saya tidak tahu siapa dia
flow-depicted = Apakah foto itu foto kamu?
flow-depicted-body = Ini bukan salahmu. Kamu tidak dalam masalah.
flow-outcome = Apa yang kamu ingin terjadi?
flow-outcome-body = Kami memberi tahu tim keamanan apa yang kamu mau. Mereka yang memutuskan.
flow-outcome-take-down = Hapus konten itu
flow-outcome-stop-contact = Buat dia berhenti menghubungi saya
flow-outcome-someone-know = Saya hanya ingin ada yang tahu
flow-outcome-keep-private = Saya hanya ingin ada yang tahu. Tolong jangan beri tahu orang lain.
flow-outcome-help-for-me = Saya butuh bantuan untuk diri saya
flow-outcome-not-sure = Saya tidak yakin
flow-notify = Perlu kami beri tahu di sini kalau ada perubahan?
flow-notify-body = Kalau orang lain bisa melihat ponselmu, kamu bisa cek sendiri di sini.
flow-notify-tell-me = Beri tahu saya di sini kalau ada perubahan
flow-notify-dont = Jangan beri notifikasi, saya akan cek sendiri
flow-review = Periksa sebelum mengirim
safety-sextortion-dont-pay = Jangan bayar. Jangan kirim foto lagi.
safety-sextortion-stop-replying = Berhenti membalasnya. Kamu tidak harus menjawab.
safety-sextortion-we-keep = Jangan hapus pesannya. Kami menyimpan salinan bersama laporanmu.
safety-sextortion-restrict-block = Kamu bisa membatasinya sekarang, lalu memblokirnya setelah laporanmu kami terima.
safety-asked-stop-replying = Kamu tidak harus menjawab mereka. Kamu bisa berhenti kapan saja.
safety-pictures-dont-share = Jangan kirim foto itu ke siapa pun, bahkan ke kami. Kami bisa menemukannya.
safety-pictures-handoff = Layanan gratis ini bisa membantu menghapus foto.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline dan IWF)
safety-self-harm-helpline = Tolong bicara dengan seseorang sekarang. Layanan bantuan di bawah ini gratis.
safety-self-harm-not-alone = Kamu tidak sendirian. Kamu sudah benar dengan memberi tahu kami.
safety-hurting-helpline = Layanan bantuan di bawah bisa membantumu. Mereka bicara dengan anak muda setiap hari.
safety-hurting-different-adult = Jika orang dewasa menyakitimu, beri tahu orang dewasa lain yang kamu percaya.
