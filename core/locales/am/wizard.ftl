# TellSafe copy, Amharic. Children are addressed in the plural (gender-neutral) form, adults in the polite form.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] እርዳታ ያግኙ
       *[other] አሁን እርዳታ ያግኙ
    }
wizard-quick-exit = በፍጥነት ውጡ
wizard-back = ተመለስ
wizard-next = ቀጣይ
wizard-send = ላክ
wizard-progress = ደረጃ { $step } ከ { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] እነዚህን ቃላት እስካሁን ማንም ትልቅ ሰው አላረጋገጠም።
       *[other] ይህን ትርጉም እስካሁን ማንም ሰው አላረጋገጠም። አንዳንድ ቃላት ስህተት ሊሆኑ ይችላሉ።
    }
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] ሪፖርታችሁ ገና አልተላከም። የእናንተ ጥፋት አይደለም። እባካችሁ እንደገና ሞክሩ።
       *[other] ሪፖርታችሁ ገና ሊላክ አልቻለም። የእናንተ ጥፋት አይደለም። እባካችሁ እንደገና ሞክሩ።
    }
wizard-try-again = እንደገና ሞክሩ
help-trusted-adult =
    { $band ->
        [age-6-9] ለምታምኑት ትልቅ ሰው ንገሩ። አንድ ትልቅ ሰው እየጎዳችሁ ከሆነ ለሌላ ትልቅ ሰው ንገሩ፣ ወይም ወደ { $helpline } ደውሉ።
        [adult] ከ { $helpline } ድጋፍ ማግኘት ይችላሉ። አንድ ልጅ አደጋ ላይ ከሆነ አይጠብቁ።
       *[other] ለምታምኑት አዋቂ ሰው ንገሩ። አንድ አዋቂ ሰው እየጎዳችሁ ከሆነ ለሌላ አዋቂ ሰው ንገሩ፣ ወይም { $helpline }ን አግኙ።
    }
help-trusted-adult-no-helpline =
    { $band ->
        [age-6-9] ለምታምኑት ትልቅ ሰው ንገሩ። አንድ ትልቅ ሰው እየጎዳችሁ ከሆነ ለሌላ ትልቅ ሰው ንገሩ።
        [adult] ከሚያምኑት ሰው ጋር ይነጋገሩ። አንድ ልጅ አደጋ ላይ ከሆነ አይጠብቁ።
       *[other] ለምታምኑት አዋቂ ሰው ንገሩ። አንድ አዋቂ ሰው እየጎዳችሁ ከሆነ ለሌላ አዋቂ ሰው ንገሩ።
    }
help-emergency =
    { $band ->
        [age-6-9] አደጋ ላይ ከሆናችሁ የአደጋ ጊዜ ቁጥር ደውሉ።
        [adult] አሁን አደጋ ላይ ከሆኑ የአካባቢዎን የአደጋ ጊዜ ቁጥር ይደውሉ።
       *[other] አሁን አደጋ ላይ ከሆናችሁ የአካባቢያችሁን የአደጋ ጊዜ ቁጥር ደውሉ።
    }
help-emergency-number =
    { $band ->
        [age-6-9] አደጋ ላይ ከሆናችሁ { $number } ደውሉ።
        [adult] አሁን አንድ ሰው አደጋ ላይ ከሆነ { $number } ይደውሉ።
       *[other] አሁን አደጋ ላይ ከሆናችሁ { $number } ደውሉ።
    }
reassure-not-your-fault =
    { $band ->
        [adult] ይህ የእርስዎ ጥፋት አይደለም።
       *[other] ይህ የእናንተ ጥፋት አይደለም።
    }
reassure-not-in-trouble =
    { $band ->
        [adult] በዚህ ምክንያት ችግር ውስጥ አይገቡም።
       *[other] በዚህ ምክንያት ችግር ውስጥ አትገቡም።
    }
reassure-thank-you =
    { $band ->
        [adult] ይህን ሪፖርት ስላደረጉ እናመሰግናለን።
       *[other] ስለነገራችሁን እናመሰግናለን።
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] የ{ $app } የደህንነት ቡድን ይህን የላካችሁት እናንተ መሆናችሁን ያያል። ለሌላው ሰው እናንተ መሆናችሁን አንነግርም። ሁለታችሁ ብቻ ከተነጋገራችሁ ሊገምት ይችላል።
        [adult] የ{ $app } የደህንነት ቡድን ይህን ሪፖርት ማን እንደላከው ማየት ይችላል። ሪፖርት የተደረገበት ሰው ማን ሪፖርት እንዳደረገ አይነገረውም። በግል ውይይት ውስጥ ሊገምት ይችላል።
       *[other] የ{ $app } የደህንነት ቡድን ይህን የላካችሁት እናንተ መሆናችሁን ማየት ይችላል። ለሌላው ሰው ማን እንደላከው አንነግርም። በግል ውይይት ውስጥ ሊገምት ይችላል።
    }
    .title =
        { $band ->
            [age-6-9] ማን ያውቃል
           *[other] ይህን ማን ማየት ይችላል
        }

review-good-faith = ይህን ሪፖርት በመላክ፣ ትክክለኛና የተሟላ እንደሆነ እንደሚያምኑ ያረጋግጣሉ።
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
duty-who-will-be-told =
    { $band ->
        [age-6-9] ሕጉ { $app } ልጆችን ለሚጠብቅ ቡድን መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
        [adult] በሕግ መሠረት { $app } ይህን ሪፖርት ለሕፃናት ጥበቃ ቡድን ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] ሕጉ { $app } ስለዚህ ጉዳይ ልጆችን ለሚጠብቅ ቡድን መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
    }
    .title =
        { $band ->
            [age-6-9] ለማን እንነግራለን
           *[other] ማን ይነገረዋል
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] ይህ ስለ ልጅ የወሲብ ፎቶዎች ነው። ስለዚህ { $app } ልጆችን ለሚጠብቅ ቡድን መንገር አለበት። ችግር ውስጥ አትገቡም።
        [adult] ይህ የልጅ የወሲብ ምስሎችን ስለሚመለከት { $app } ለሕፃናት ጥበቃ ቡድን ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] ይህ ስለ ወጣት ሰው የወሲብ ፎቶዎች ስለሆነ { $app } ልጆችን ለሚጠብቅ ቡድን መንገር አለበት። ችግር ውስጥ አትገቡም።
    }
    .title =
        { $band ->
            [age-6-9] ለማን እንነግራለን
           *[other] ማን ይነገረዋል
        }
next-what-happens =
    { $band ->
        [age-6-9] በ{ $app } ያሉ ሰዎች የላካችሁትን ያያሉ። { status-hear-back }
        [adult] በ{ $app } ያሉ ሰዎች ሪፖርትዎን ይገመግማሉ። { status-hear-back }
       *[other] በ{ $app } ያሉ ሰዎች የላካችሁልንን ያያሉ። { status-hear-back }
    }
    .title = ቀጥሎ ምን ይሆናል

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = ዝለል
flow-yes = አዎ
flow-no-or-unsure = አይ፣ ወይም እርግጠኛ አይደለሁም
flow-age = ዕድሜህ ስንት ነው?
flow-age-6-9 = ከ10 በታች
flow-age-10-12 = ከ10 እስከ 12
flow-age-13-15 = ከ13 እስከ 15
flow-age-16-17 = 16 ወይም 17
flow-age-adult = 18 ወይም ከዚያ በላይ
flow-what = ምን ሆነ?
flow-what-caregiver = በልጁ ላይ ምን ሆነ? በጣም የሚስማማውን ይምረጡ።
flow-safety = በመጀመሪያ፣ ሊረዱህ የሚችሉ ነገሮች።
flow-danger = አሁን አደጋ ላይ ነህ?
flow-danger-yes = አዎ፣ አሁን ደህና አይደለሁም
flow-danger-no = አይ፣ አሁን ደህና ነኝ
flow-danger-help = አሁን እርዳታ ፈልግ። በኋላ መቀጠል ትችላለህ።
safety-danger-call = ከታች ያለውን ቁጥር ደውል፣ ወይም በአቅራቢያህ ላለ አዋቂ ንገር።
safety-danger-adult = ደህና ስትሆን፣ የሆነውን ልትነግረን ትችላለህ።
flow-young-stop = አሁን ምን ማድረግ ትፈልጋለህ?
flow-intents = አሁን ምን ማድረግ ትፈልጋለህ?
flow-intents-body = እነዚህ የሚቀይሩት አንተ የምታየውን ብቻ ነው። ሌላው ሰው አይነገረውም።
flow-intent-restrict = ሳያውቅ ገድበው
flow-intent-mute = ልጥፎቹንና መልእክቶቹን ማየት አቁም
flow-intent-hide-item = ይህንን ከእኔ ደብቅ
flow-intent-hide-connections = ጓደኞቼንና ተከታዮቼን ከእሱ ደብቅ
flow-intent-block = አግደው (ሪፖርትህ ከደረሰን በኋላ)
flow-intent-none = ለአሁን ምንም
flow-text = ተጨማሪ ልትነግረን ትፈልጋለህ?
flow-text-body = ይህንን መዝለል ትችላለህ። ፎቶ አትጨምር። ሪፖርት ያደረግከውን አስቀድመን እናያለን።
flow-who = ይህንን ማን አደረገ?
flow-who-caregiver = ይህንን በልጁ ላይ ማን አደረገ?
flow-who-known = በእውነተኛ ሕይወት የማውቀው ሰው
flow-who-online = በኦንላይን ብቻ የማውቀው ሰው
flow-who-unknown = ማን እንደሆነ አላውቅም
flow-depicted = ፎቶዎቹ ያንተ ናቸው?
flow-depicted-body = ያንተ ጥፋት አይደለም። ችግር ውስጥ አይደለህም።
flow-outcome = ምን እንዲሆን ትፈልጋለህ?
flow-outcome-body = የምትፈልገውን ለደህንነት ቡድኑ እንነግራለን። ውሳኔው የነሱ ነው።
flow-outcome-take-down = እንዲወገድ
flow-outcome-stop-contact = እኔን ማግኘቱን እንዲያቆም
flow-outcome-someone-know = አንድ ሰው እንዲያውቅ ብቻ ነው የምፈልገው
flow-outcome-keep-private = አንድ ሰው እንዲያውቅ ብቻ ነው የምፈልገው። እባክህ ለሌላ ሰው አትንገር።
flow-outcome-help-for-me = ለራሴ እርዳታ ያስፈልገኛል
flow-outcome-not-sure = እርግጠኛ አይደለሁም
flow-notify = የሆነ ነገር ሲቀየር እዚህ እንንገርህ?
flow-notify-body = ሌላ ሰው ስልክህን ማየት ከቻለ፣ እዚህ ራስህ ማየት ትችላለህ።
flow-notify-tell-me = የሆነ ነገር ሲቀየር እዚህ ንገረኝ
flow-notify-dont = አታሳውቀኝ፣ ራሴ አያለሁ
flow-review = ከመላክህ በፊት አረጋግጥ
safety-sextortion-dont-pay = አትክፈል። ተጨማሪ ፎቶ አትላክ።
safety-sextortion-stop-replying = መመለስ አቁም። መመለስ የለብህም።
safety-sextortion-we-keep = መልእክቶቹን አታጥፋ። ከሪፖርትህ ጋር ቅጂ እናስቀምጣለን።
safety-sextortion-restrict-block = አሁን ልትገድበው ትችላለህ፣ ሪፖርትህ ከደረሰን በኋላ ደግሞ ልታግደው ትችላለህ።
safety-asked-stop-replying = መመለስ የለብህም። በማንኛውም ጊዜ ማቆም ትችላለህ።
safety-pictures-dont-share = ፎቶዎቹን ለማንም አትላክ፣ ለእኛም ቢሆን። እኛ ልናገኛቸው እንችላለን።
safety-pictures-handoff = እነዚህ ነፃ አገልግሎቶች ፎቶዎችን ለማስወገድ ሊረዱ ይችላሉ።
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline እና IWF)
safety-self-harm-helpline = እባክህ አሁን ከአንድ ሰው ጋር ተነጋገር። ከታች ያለው የእርዳታ መስመር ነፃ ነው።
safety-self-harm-not-alone = ብቻህን አይደለህም። ስለነገርከን ትክክል አድርገሃል።
safety-hurting-helpline = ከታች ያለው የእርዳታ መስመር ሊረዳህ ይችላል። በየቀኑ ከወጣቶች ጋር ይነጋገራሉ።
safety-hurting-different-adult = አንድ አዋቂ እየጎዳህ ከሆነ፣ ለምታምነው ሌላ አዋቂ ንገር።
