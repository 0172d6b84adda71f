# TellSafe copy, Filipino (with the English loanwords Filipino children use online).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Humingi ng tulong
       *[other] Humingi ng tulong ngayon
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] Umalis agad
       *[other] Mabilis na exit
    }
wizard-back = Bumalik
wizard-next = Susunod
wizard-send = Ipadala
wizard-progress = Hakbang { $step } sa { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Wala pang matanda na nag-check ng mga salitang ito.
       *[other] Wala pang tao na nag-check ng salin na ito. Maaaring may maling salita.
    }
help-trusted-adult =
    { $band ->
        [age-6-9] Sabihin sa isang matanda na pinagkakatiwalaan mo. Kung isang matanda ang nananakit sa iyo, sabihin sa ibang matanda, o tumawag sa { $helpline }.
        [adult] Maaari kang humingi ng suporta sa { $helpline }. Kung may batang nasa panganib, huwag nang maghintay.
       *[other] Sabihin sa isang adult na pinagkakatiwalaan mo. Kung isang adult ang nananakit sa iyo, sabihin sa ibang adult, o kontakin ang { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [age-6-9] Sabihin sa isang matanda na pinagkakatiwalaan mo. Kung isang matanda ang nananakit sa iyo, sabihin sa ibang matanda.
        [adult] Makipag-usap sa taong pinagkakatiwalaan mo. Kung may batang nasa panganib, huwag nang maghintay.
       *[other] Sabihin sa isang adult na pinagkakatiwalaan mo. Kung isang adult ang nananakit sa iyo, sabihin sa ibang adult.
    }
help-emergency =
    { $band ->
        [age-6-9] Kung nasa panganib ka, tumawag sa emergency number.
       *[other] Kung nasa panganib ka ngayon, tumawag sa emergency number ng lugar mo.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Kung nasa panganib ka, tumawag sa { $number }.
        [adult] Kung may nasa panganib ngayon, tumawag sa { $number }.
       *[other] Kung nasa panganib ka ngayon, tumawag sa { $number }.
    }
reassure-not-your-fault = Hindi mo ito kasalanan.
reassure-not-in-trouble = Hindi ka mapapagalitan.
reassure-thank-you =
    { $band ->
        [adult] Salamat sa pag-report nito.
       *[other] Salamat sa pagsabi sa amin.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] Makikita ng safety team ng { $app } na ikaw ang nagpadala nito. Hindi namin sasabihin sa kabilang tao na ikaw iyon. Kung kayong dalawa lang ang nag-uusap, baka mahulaan niya.
        [adult] Nakikita ng safety team ng { $app } kung sino ang nagpadala ng report na ito. Hindi sinasabi sa ini-report na tao kung sino ang nag-report. Sa private chat, baka mahulaan niya.
       *[other] Nakikita ng safety team ng { $app } na ikaw ang nagpadala nito. Hindi namin sinasabi sa kabilang tao kung sino ang nagpadala. Sa private chat, baka mahulaan niya.
    }
    .title =
        { $band ->
            [age-6-9] Sino ang makakaalam
           *[other] Sino ang makakakita nito
        }
duty-who-will-be-told =
    { $band ->
        [age-6-9] Sabi ng batas, kailangang sabihin ng { $app } sa isang team na nagpoprotekta sa mga bata. Hindi ka mapapagalitan.
        [adult] Ayon sa batas, kailangang ipaalam ng { $app } ang report na ito sa isang team na nagpoprotekta sa mga bata. Hindi mapapahamak ang nag-report.
       *[other] Sabi ng batas, kailangang sabihin ng { $app } ito sa isang team na nagpoprotekta sa mga bata. Hindi ka mapapagalitan.
    }
    .title =
        { $band ->
            [age-6-9] Sino ang sasabihan namin
           *[other] Sino ang sasabihan
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Tungkol ito sa sexual na larawan ng isang bata. Kaya kailangang sabihin ng { $app } sa isang team na nagpoprotekta sa mga bata. Hindi ka mapapagalitan.
        [adult] Dahil tungkol ito sa sexual na larawan ng isang bata, kailangang ipaalam ng { $app } sa isang team na nagpoprotekta sa mga bata. Hindi mapapahamak ang nag-report.
       *[other] Dahil tungkol ito sa sexual na larawan ng isang kabataan, kailangang sabihin ng { $app } sa isang team na nagpoprotekta sa mga bata. Hindi ka mapapagalitan.
    }
    .title =
        { $band ->
            [age-6-9] Sino ang sasabihan namin
           *[other] Sino ang sasabihan
        }
next-what-happens =
    { $band ->
        [age-6-9] Titingnan ng mga tao sa { $app } ang ipinadala mo. { status-hear-back }
        [adult] Rerepasuhin ng mga tao sa { $app } ang report mo. { status-hear-back }
       *[other] Titingnan ng mga tao sa { $app } ang ipinadala mo sa amin. { status-hear-back }
    }
    .title = Ano ang susunod
