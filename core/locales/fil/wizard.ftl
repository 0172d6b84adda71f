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
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Hindi pa naipadala ang report mo. Hindi mo ito kasalanan. Pakisubukan ulit.
       *[other] Hindi pa maipadala ang report mo. Hindi mo ito kasalanan. Pakisubukan ulit.
    }
wizard-try-again = Subukan ulit
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

review-good-faith = Sa pagpapadala ng report na ito, kinukumpirma mo na naniniwala kang tama at kumpleto ito.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
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

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Laktawan
flow-yes = Oo
flow-no-or-unsure = Hindi, o hindi ako sigurado
flow-age = Ilang taon ka na?
flow-age-6-9 = Wala pang 10
flow-age-10-12 = 10 hanggang 12
flow-age-13-15 = 13 hanggang 15
flow-age-16-17 = 16 o 17
flow-age-adult = 18 o higit pa
flow-what = Ano ang nangyari?
flow-what-caregiver = Ano ang nangyari sa bata? Piliin ang pinakaangkop.
flow-safety = Una, ilang bagay na makakatulong sa iyo.
flow-danger = Nasa panganib ka ba ngayon?
flow-danger-yes = Oo, hindi ako ligtas ngayon
flow-danger-no = Hindi, ligtas ako ngayon
flow-danger-help = Humingi ng tulong ngayon. Puwede kang magpatuloy pagkatapos.
safety-danger-call = Tawagan ang numero sa ibaba, o sabihin sa isang matanda na malapit sa iyo.
safety-danger-adult = Kapag ligtas ka na, puwede mong sabihin sa amin ang nangyari.
flow-young-stop = Ano ang gusto mong gawin ngayon?
flow-intents = Ano ang gusto mong gawin ngayon?
flow-intents-body = Binabago lang nito ang nakikita mo. Hindi sinasabihan ang ibang tao.
flow-intent-restrict = Limitahan siya nang hindi niya alam
flow-intent-mute = Huwag nang makita ang mga post at mensahe niya
flow-intent-hide-item = Itago ito sa akin
flow-intent-hide-connections = Itago sa kanya ang mga kaibigan at follower ko
flow-intent-block = I-block siya (pagkatapos naming matanggap ang report mo)
flow-intent-none = Wala muna
flow-text = Gusto mo bang magkuwento pa?
flow-text-body = Puwede mo itong laktawan. Huwag maglagay ng litrato. Nakikita na namin ang ini-report mo.
flow-who = Sino ang gumawa nito?
flow-who-caregiver = Sino ang gumawa nito sa bata?
flow-who-known = Isang taong kilala ko sa totoong buhay
flow-who-online = Isang taong kilala ko lang online
flow-who-unknown = Hindi ko alam kung sino
flow-depicted = Ikaw ba ang nasa mga litrato?
flow-depicted-body = Hindi mo ito kasalanan. Hindi ka mapapagalitan.
flow-outcome = Ano ang gusto mong mangyari?
flow-outcome-body = Sasabihin namin sa safety team ang gusto mo. Sila ang magpapasya.
flow-outcome-take-down = Tanggalin ito
flow-outcome-stop-contact = Patigilin siya sa pag-contact sa akin
flow-outcome-someone-know = Gusto ko lang may makaalam
flow-outcome-keep-private = Gusto ko lang may makaalam. Pakiusap, huwag nang sabihin sa iba.
flow-outcome-help-for-me = Kailangan ko ng tulong para sa sarili ko
flow-outcome-not-sure = Hindi ako sigurado
flow-notify = Sasabihan ka ba namin dito kapag may nagbago?
flow-notify-body = Kung may ibang nakakakita ng phone mo, puwede kang mag-check dito nang mag-isa.
flow-notify-tell-me = Sabihan ako dito kapag may nagbago
flow-notify-dont = Huwag akong abisuhan, ako na ang titingin
flow-review = Suriin bago ipadala
safety-sextortion-dont-pay = Huwag magbayad. Huwag nang magpadala ng litrato.
safety-sextortion-stop-replying = Tumigil sa pagsagot sa kanya. Hindi mo kailangang sumagot.
safety-sextortion-we-keep = Huwag burahin ang mga mensahe. May kopya kami kasama ng report mo.
safety-sextortion-restrict-block = Puwede mo siyang limitahan ngayon, at i-block pagkatapos naming matanggap ang report mo.
safety-asked-stop-replying = Hindi mo kailangang sumagot sa kanila. Puwede kang tumigil kahit kailan.
safety-pictures-dont-share = Huwag ipadala ang mga litrato kahit kanino, kahit sa amin. Mahahanap namin ang mga ito.
safety-pictures-handoff = Makakatulong ang mga libreng serbisyong ito na matanggal ang mga litrato.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline at IWF)
safety-self-harm-helpline = Pakiusap, makipag-usap sa isang tao ngayon. Libre ang helpline sa ibaba.
safety-self-harm-not-alone = Hindi ka nag-iisa. Tama ang ginawa mo na sabihin sa amin.
safety-hurting-helpline = Makakatulong sa iyo ang helpline sa ibaba. Araw-araw silang nakikipag-usap sa mga kabataan.
safety-hurting-different-adult = Kung sinasaktan ka ng isang matanda, sabihin sa ibang matandang pinagkakatiwalaan mo.
