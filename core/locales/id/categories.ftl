# TellSafe copy, Indonesian.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Foto atau video seksual anak
        [adult] Gambar atau video seksual anak
       *[other] Foto atau video seksual dirimu atau anak muda lain
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Foto seksual palsu anak
        [adult] Gambar seksual palsu anak, buatan AI atau hasil edit
       *[other] Foto seksual palsu dirimu atau anak muda lain
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Seseorang meminta gambar atau tindakan seksual dari anak
       *[other] Seseorang meminta foto seksual atau melakukan hal seksual
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Seseorang bilang akan menyebarkan fotomu kalau kamu tidak menuruti dia
        [adult] Seseorang mengancam menyebarkan foto pribadi untuk mendapat sesuatu
       *[other] Seseorang mengancam menyebarkan fotomu kalau kamu tidak melakukan sesuatu
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Seseorang mengirim gambar seksual yang tidak diinginkan
       *[other] Seseorang mengirim foto seksual yang tidak kamu inginkan
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Seseorang dari internet ingin bertemu kamu
        [adult] Seseorang dari internet ingin bertemu langsung dengan anak
       *[other] Seseorang yang kamu kenal di internet ingin bertemu langsung
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Seseorang menyuruhmu melakukan sesuatu di video siaran langsung
        [adult] Seseorang memaksa anak muda melakukan sesuatu di siaran langsung
       *[other] Seseorang memaksamu melakukan sesuatu di siaran langsung
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Seseorang menawarkan uang atau hadiah untuk tindakan seksual
       *[other] Seseorang menawarkan uang atau hadiah untuk hal seksual
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Seseorang disakiti di dunia nyata
       *[other] Seseorang menyakitimu di dunia nyata
    }
category-bullying =
    { $band ->
        [age-6-9] Perundungan atau sikap jahat
        [adult] Perundungan atau pelecehan
       *[other] Perundungan
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Seseorang menyebarkan hal pribadi tentangmu
        [adult] Informasi pribadi disebarkan tanpa izin
       *[other] Seseorang menyebarkan informasi pribadi tentangmu
    }
category-hate =
    { $band ->
        [age-6-9] Kata-kata menyakitkan tentang sekelompok orang
        [adult] Ujaran kebencian terhadap suatu kelompok
       *[other] Kebencian terhadap sekelompok orang
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Seseorang bicara tentang menyakiti diri sendiri
        [adult] Menyakiti diri sendiri atau bunuh diri
       *[other] Seseorang bicara tentang menyakiti diri sendiri atau bunuh diri
    }
category-dangerous-challenge = Tantangan berbahaya
category-violence-or-threats =
    { $band ->
        [age-6-9] Seseorang bilang akan menyakiti orang
        [adult] Kekerasan atau ancaman kekerasan
       *[other] Kekerasan, atau ancaman menyakiti orang
    }
category-scam =
    { $band ->
        [age-6-9] Seseorang mencoba menipumu
        [adult] Penipuan
       *[other] Penipuan, atau tipu daya untuk mendapat uang atau barang
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Seseorang berpura-pura menjadi orang lain
        [adult] Peniruan identitas atau akun palsu
       *[other] Akun palsu, atau seseorang yang berpura-pura menjadi orang lain
    }
category-spam =
    { $band ->
        [age-6-9] Banyak pesan sampah
        [adult] Spam
       *[other] Spam atau pesan sampah
    }
category-other = Hal lainnya
