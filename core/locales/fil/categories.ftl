# TellSafe copy, Filipino (with the English loanwords Filipino children use online).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Sexual na larawan o video ng isang bata
        [adult] Sexual na larawan o video ng isang bata
       *[other] Sexual na larawan o video mo o ng ibang kabataan
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Pekeng sexual na larawan ng isang bata
        [adult] Pekeng sexual na larawan ng isang bata, gawa ng AI o in-edit
       *[other] Pekeng sexual na larawan mo o ng ibang kabataan
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] May humingi sa isang bata ng sexual na larawan o gawain
       *[other] May humingi ng sexual na larawan o na gumawa ng sexual na bagay
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] May nagsasabing ikakalat niya ang mga larawan mo kung hindi mo susundin ang gusto niya
        [adult] May nagbabantang ikalat ang pribadong larawan para makuha ang gusto niya
       *[other] May nagbabantang ikalat ang mga larawan mo kung hindi ka gagawa ng isang bagay
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] May nagpadala ng hindi gustong sexual na larawan
       *[other] May nagpadala ng sexual na larawan na ayaw mo
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] May taga-online na gustong makipagkita sa iyo
        [adult] May taga-online na gustong makipagkita nang personal sa isang bata
       *[other] May nakilala ka online na gustong makipagkita nang personal
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] May nagpagawa sa iyo ng mga bagay sa live video
        [adult] May namilit sa isang kabataan na gumawa ng mga bagay sa live stream
       *[other] May namilit sa iyo na gumawa ng mga bagay sa live stream
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] May nag-alok ng pera o regalo kapalit ng sexual na gawain
       *[other] May nag-alok ng pera o regalo para sa sexual na bagay
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] May sinasaktan sa totoong buhay
       *[other] May nananakit sa iyo sa totoong buhay
    }
category-bullying =
    { $band ->
        [age-6-9] Bullying o pagiging masama
        [adult] Bullying o harassment
       *[other] Bullying
    }
category-private-info-shared =
    { $band ->
        [age-6-9] May nagkalat ng pribadong bagay tungkol sa iyo
        [adult] Pribadong impormasyon na ikinalat nang walang pahintulot
       *[other] May nagkalat ng pribadong impormasyon tungkol sa iyo
    }
category-hate =
    { $band ->
        [age-6-9] Masasakit na salita tungkol sa isang grupo ng tao
        [adult] Hate speech laban sa isang grupo
       *[other] Galit laban sa isang grupo ng tao
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] May nagsasalita tungkol sa pananakit sa sarili
        [adult] Pananakit sa sarili o pagpapakamatay
       *[other] May nagsasalita tungkol sa pananakit sa sarili o pagpapakamatay
    }
category-dangerous-challenge = Isang mapanganib na challenge
category-violence-or-threats =
    { $band ->
        [age-6-9] May nagsasabing mananakit siya ng tao
        [adult] Karahasan o banta ng karahasan
       *[other] Karahasan, o banta na manakit ng tao
    }
category-scam =
    { $band ->
        [age-6-9] May nagtangkang manloko sa iyo
        [adult] Scam o panloloko
       *[other] Scam, o panloloko para makakuha ng pera o gamit
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] May nagpapanggap na ibang tao
        [adult] Pagpapanggap o pekeng account
       *[other] Pekeng account, o taong nagpapanggap na ibang tao
    }
category-spam =
    { $band ->
        [age-6-9] Maraming walang kwentang mensahe
        [adult] Spam
       *[other] Spam o walang kwentang mensahe
    }
category-other = Iba pang bagay
