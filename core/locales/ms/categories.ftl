# TellSafe copy, Malay (Malaysia).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Gambar atau video seksual anak
        [adult] Gambar atau video seksual anak
       *[other] Gambar atau video seksual diri kamu atau orang muda lain
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Gambar seksual palsu anak
        [adult] Gambar seksual palsu anak, buatan AI atau hasil edit
       *[other] Gambar seksual palsu diri kamu atau orang muda lain
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Seseorang meminta gambar atau tindakan seksual dari anak
       *[other] Seseorang meminta gambar seksual atau melakukan perkara seksual
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Seseorang kata akan menyebarkan gambar kamu jika kamu tidak menuruti dia
        [adult] Seseorang mengancam menyebarkan gambar pribadi untuk mendapat sesuatu
       *[other] Seseorang mengancam menyebarkan gambar kamu jika kamu tidak melakukan sesuatu
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Seseorang menghantar gambar seksual yang tidak diingini
       *[other] Seseorang menghantar gambar seksual yang tidak kamu mahu
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Seseorang dari internet mahu berjumpa kamu
        [adult] Seseorang dari internet ingin berjumpa bersemuka dengan anak
       *[other] Seseorang yang kamu kenal di internet ingin berjumpa bersemuka
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Seseorang menyuruh kamu melakukan sesuatu di video siaran langsung
        [adult] Seseorang memaksa orang muda melakukan sesuatu di siaran langsung
       *[other] Seseorang memaksa kamu melakukan sesuatu di siaran langsung
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Seseorang menawarkan wang atau hadiah untuk tindakan seksual
       *[other] Seseorang menawarkan wang atau hadiah untuk perkara seksual
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Seseorang disakiti di dunia nyata
       *[other] Seseorang menyakiti kamu di dunia nyata
    }
category-bullying =
    { $band ->
        [age-6-9] Buli atau sikap jahat
        [adult] Buli atau pelecehan
       *[other] Buli
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Seseorang menyebarkan hal pribadi tentang kamu
        [adult] Informasi pribadi disebarkan tanpa kebenaran
       *[other] Seseorang menyebarkan maklumat pribadi tentang kamu
    }
category-hate =
    { $band ->
        [age-6-9] Perkataan menyakitkan tentang sekelompok orang
        [adult] Ucapan kebencian terhadap suatu kelompok
       *[other] Kebencian terhadap sekelompok orang
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Seseorang bercakap tentang menyakiti diri sendiri
        [adult] Menyakiti diri sendiri atau bunuh diri
       *[other] Seseorang bercakap tentang menyakiti diri sendiri atau bunuh diri
    }
category-dangerous-challenge = Tantangan berbahaya
category-violence-or-threats =
    { $band ->
        [age-6-9] Seseorang kata akan menyakiti orang
        [adult] Kekerasan atau ancaman kekerasan
       *[other] Kekerasan, atau ancaman menyakiti orang
    }
category-scam =
    { $band ->
        [age-6-9] Seseorang mencoba menipu kamu
        [adult] Penipuan
       *[other] Penipuan, atau tipu daya untuk mendapat wang atau barang
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Seseorang berpura-pura menjadi orang lain
        [adult] Peniruan identitas atau akaun palsu
       *[other] Akaun palsu, atau seseorang yang berpura-pura menjadi orang lain
    }
category-spam =
    { $band ->
        [age-6-9] Banyak mesej sampah
        [adult] Spam
       *[other] Spam atau mesej sampah
    }
category-other = Perkara lain
