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
