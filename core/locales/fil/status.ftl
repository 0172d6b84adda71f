# TellSafe copy, Filipino (with the English loanwords Filipino children use online).
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Sasabihan ka namin dito kapag may alam na kami.
        [one] Sasabihan ka namin dito sa loob ng { $days } araw.
       *[other] Sasabihan ka namin dito sa loob ng { $days } araw.
    }
status-sent =
    { $band ->
        [age-6-9] Papunta na ang report mo. Darating ito sa { $app } kapag online ka.
        [adult] Naghihintay ang report mo na maipadala sa { $app }. Ipapadala ito pagka-online ng device na ito.
       *[other] Papunta na sa { $app } ang report mo. Darating ito pagka-online mo.
    }
    .title = Naipadala
status-received =
    { $band ->
        [age-6-9] Natanggap ng { $app } ang report mo. May taong titingin dito. { status-hear-back }
        [adult] Natanggap ng { $app } ang report mo. Naghihintay itong marepaso ng isang tao. { status-hear-back }
       *[other] Natanggap ng mga tao sa { $app } ang report mo. May titingin dito sa lalong madaling panahon. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] Natanggap namin
           *[other] Natanggap
        }
status-looking-at-it =
    { $band ->
        [age-6-9] May tao sa { $app } na tumitingin sa sinabi mo. { status-hear-back }
        [adult] May tao sa { $app } na nagrerepaso ng report mo. { status-hear-back }
       *[other] Tinitingnan ng mga tao sa { $app } ang sinabi mo sa amin. { status-hear-back }
    }
    .title = Tinitingnan namin
status-need-to-ask-you =
    { $band ->
        [age-6-9] May tanong kami sa iyo. Sagutin mo dito para makatulong kami.
        [adult] May kailangang itanong ang mga nagrerepaso ng report mo. Sumagot dito para makapagpatuloy sila.
       *[other] May kailangan kaming itanong bago magpasya. Sumagot dito kapag kaya mo.
    }
    .title = May kailangan kaming itanong
status-decided =
    { $band ->
        [age-6-9] Tiningnan namin ang sinabi mo at may pinili kami. Kung sa tingin mo ay mali kami, puwede mong hilingin na tingnan namin ulit.
        [adult] May desisyon na ang { $app } sa report mo. Kung hindi ka sang-ayon, puwede mong hilingin na marepaso ito ulit.
       *[other] Tiningnan ng mga tao sa { $app } ang report mo at nagpasya sila. Kung sa tingin mo ay mali kami, puwede mong hilingin na tingnan namin ulit.
    }
    .title =
        { $band ->
            [age-6-9] May pinili na kami
           *[other] May desisyon na
        }
status-handed-to-specialists =
    { $band ->
        [age-6-9] Ipinasa namin ito sa mga taong trabaho ang mag-ingat sa mga bata. Hindi ka mapapagalitan. Puwede kang humingi ng tulong anumang oras gamit ang help button.
        [adult] Ipinasa namin ito sa isang team na trabaho ang protektahan ang mga bata. Hindi kami makakapagbigay ng mas maraming detalye. Puwede kang humingi ng suporta anumang oras.
       *[other] Ipinasa namin ito sa mga taong trabaho ang protektahan ang mga bata. Hindi ka mapapagalitan. Puwede kang humingi ng tulong anumang oras gamit ang help button.
    }
    .title =
        { $band ->
            [adult] Ipinasa sa mga espesyalista
           *[other] Ipinasa sa safety team
        }
status-looked-again =
    { $band ->
        [age-6-9] Tiningnan namin ulit ang report mo. Ang susunod na bahagi ang nagsasabi ng pinasya namin ngayon.
        [adult] Nirepaso ulit ng { $app } ang report mo. Makikita dito ang bagong desisyon.
       *[other] Tiningnan ulit ng mga tao sa { $app } ang report mo. Makikita mo dito ang pinasya namin ngayon.
    }
    .title = Tiningnan namin ulit
outcome-removed =
    { $band ->
        [age-6-9] Tinanggal namin ito. Kung makita mo ulit, sabihin sa amin.
        [adult] Tinanggal namin ito. Kung bumalik ito, puwede mo itong i-report ulit.
       *[other] Tinanggal namin ito. Kung makita mo ulit, puwede mo itong i-report ulit.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Pinahirap namin na makita ito ng mga tao. Puwede mo pa ring i-block ang taong ito.
        [adult] Nilimitahan namin kung sino ang makakakita nito. Puwede mo pa ring i-block o i-mute ang account.
       *[other] Nilimitahan namin kung sino ang makakakita nito. Puwede mo pa ring i-block o i-mute ang taong ito.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Pinahinto namin ang account na ito. Kung bumalik siya, sabihin sa amin.
        [adult] Sinuspinde namin ang account. Kung bumalik ang tao gamit ang bagong account, puwede mo itong i-report.
       *[other] Pinahinto namin ang account na ito. Kung kontakin ka ulit ng taong ito mula sa bagong account, puwede mo itong i-report.
    }
outcome-warned =
    { $band ->
        [age-6-9] Sinabihan namin ang taong ito na tumigil. Kung mangyari ulit, sabihin sa amin.
        [adult] Binalaan namin ang account tungkol sa aming mga patakaran. Kung magpatuloy, puwede mo itong i-report ulit.
       *[other] Binalaan namin ang taong ito tungkol sa aming mga patakaran. Kung mangyari ulit, sabihin sa amin at titingnan namin ulit.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Tiningnan namin nang mabuti at hindi namin ito tinanggal. Puwede mo pa ring i-block ang taong ito at sabihin sa isang matandang pinagkakatiwalaan mo.
        [adult] Nirepaso namin nang mabuti at hindi namin ito tinanggal. Puwede mo pa ring i-block o i-mute ang account, o hilingin na marepaso ito ulit.
       *[other] Tiningnan namin nang mabuti at hindi namin ito tinanggal. Puwede mo pa ring i-block o i-mute ang taong ito, o hilingin na tingnan namin ulit.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Hindi pa namin puwedeng bawiin ang report na ito. Sabi ng mga patakaran, kailangan muna namin itong itago, para makatulong na mapanatiling ligtas ang mga bata. Hindi mo ito kasalanan.
       *[other] Hindi pa namin puwedeng burahin ang report na ito. Sabi ng batas, kailangan muna itong itago ng { $app }, para makatulong na mapanatiling ligtas ka at ang iba. Hindi mo ito kasalanan.
    }
