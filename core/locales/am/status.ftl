# TellSafe copy, Amharic. Children are addressed in the plural (gender-neutral) form, adults in the polite form.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] ተጨማሪ ስናውቅ እዚህ እንነግራለን።
        [one] በ{ $days } ቀን ውስጥ ተጨማሪ እዚህ እንነግራለን።
       *[other] በ{ $days } ቀናት ውስጥ ተጨማሪ እዚህ እንነግራለን።
    }
status-sent =
    { $band ->
        [age-6-9] ሪፖርታችሁ በመንገድ ላይ ነው። ኢንተርኔት ሲኖራችሁ { $app } ይደርሳል።
        [adult] ሪፖርትዎ ወደ { $app } ለመላክ እየጠበቀ ነው። ይህ መሣሪያ ኢንተርኔት እንዳገኘ ይላካል።
       *[other] ሪፖርታችሁ ወደ { $app } እየሄደ ነው። ኢንተርኔት እንዳገኛችሁ ይደርሳል።
    }
    .title = ተልኳል
status-received =
    { $band ->
        [age-6-9] { $app } ሪፖርታችሁን ተቀብሏል። አንድ ሰው ያየዋል። { status-hear-back }
        [adult] { $app } ሪፖርትዎን ተቀብሏል። አንድ ሰው እስኪገመግመው እየጠበቀ ነው። { status-hear-back }
       *[other] በ{ $app } ያሉ ሰዎች ሪፖርታችሁን ተቀብለዋል። በቅርቡ አንድ ሰው ያየዋል። { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] ደርሶናል
           *[other] ደርሷል
        }
status-looking-at-it =
    { $band ->
        [age-6-9] በ{ $app } ያለ አንድ ሰው የነገራችሁንን እያየ ነው። { status-hear-back }
        [adult] በ{ $app } ያለ አንድ ሰው ሪፖርትዎን እየገመገመ ነው። { status-hear-back }
       *[other] በ{ $app } ያሉ ሰዎች የነገራችሁንን እያዩ ነው። { status-hear-back }
    }
    .title = እያየነው ነው
status-need-to-ask-you =
    { $band ->
        [age-6-9] ለእናንተ አንድ ጥያቄ አለን። እንድንረዳችሁ እዚህ መልሱ።
        [adult] ሪፖርትዎን የሚገመግሙት ሰዎች አንድ ነገር መጠየቅ ይፈልጋሉ። እንዲቀጥሉ እባክዎ እዚህ ይመልሱ።
       *[other] ከመወሰናችን በፊት አንድ ነገር መጠየቅ አለብን። ስትችሉ እዚህ መልሱ።
    }
    .title = አንድ ነገር መጠየቅ አለብን
status-decided =
    { $band ->
        [age-6-9] የነገራችሁንን አይተን መርጠናል። ተሳስተናል ብላችሁ ካሰባችሁ እንደገና እንድናይ መጠየቅ ትችላላችሁ።
        [adult] { $app } በሪፖርትዎ ላይ ውሳኔ ሰጥቷል። ካልተስማሙ እንደገና እንዲገመገም መጠየቅ ይችላሉ።
       *[other] በ{ $app } ያሉ ሰዎች ሪፖርታችሁን አይተው ምን እንደሚደረግ ወስነዋል። ተሳስተናል ብላችሁ ካሰባችሁ እንደገና እንድናይ መጠየቅ ትችላላችሁ።
    }
    .title =
        { $band ->
            [age-6-9] መርጠናል
           *[other] ተወስኗል
        }
status-handed-to-specialists =
    { $band ->
        [adult] ይህን ልጆችን መጠበቅ ሥራው ለሆነ ቡድን አስተላልፈናል። ተጨማሪ ዝርዝር ማጋራት አንችልም። በማንኛውም ጊዜ ድጋፍ ማግኘት ይችላሉ።
       *[other] ይህን ልጆችን መጠበቅ ሥራቸው ለሆኑ ሰዎች አስተላልፈናል። ችግር ውስጥ አትገቡም። በእርዳታ ቁልፉ በማንኛውም ጊዜ እርዳታ ማግኘት ትችላላችሁ።
    }
    .title =
        { $band ->
            [adult] ለባለሙያዎች ተላልፏል
           *[other] ለጥበቃ ቡድን ተላልፏል
        }
status-looked-again =
    { $band ->
        [age-6-9] ሪፖርታችሁን እንደገና አየነው። ቀጣዩ ክፍል በዚህ ጊዜ የወሰንነውን ይናገራል።
        [adult] { $app } ሪፖርትዎን እንደገና ገምግሟል። አዲሱ ውሳኔ እዚህ ይታያል።
       *[other] በ{ $app } ያሉ ሰዎች ሪፖርታችሁን እንደገና አይተዋል። በዚህ ጊዜ የወሰንነውን እዚህ ማየት ትችላላችሁ።
    }
    .title = እንደገና አየነው
outcome-removed =
    { $band ->
        [age-6-9] አንስተነዋል። እንደገና ካያችሁት ንገሩን።
        [adult] አስወግደነዋል። ተመልሶ ከመጣ እንደገና ሪፖርት ማድረግ ይችላሉ።
       *[other] አስወግደነዋል። እንደገና ካያችሁት እንደገና ሪፖርት ማድረግ ትችላላችሁ።
    }
outcome-restricted =
    { $band ->
        [age-6-9] ሰዎች በቀላሉ እንዳያዩት አድርገናል። አሁንም ይህን ሰው ማገድ ትችላላችሁ።
        [adult] ማን ሊያየው እንደሚችል ገድበናል። አሁንም አካውንቱን ማገድ ወይም ድምፁን ማጥፋት ይችላሉ።
       *[other] ማን ሊያየው እንደሚችል ገድበናል። አሁንም ይህን ሰው ማገድ ወይም ድምፁን ማጥፋት ትችላላችሁ።
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] ይህን አካውንት አቁመነዋል። ተመልሶ ከመጣ ንገሩን።
        [adult] አካውንቱን አግደነዋል። ሰውየው በአዲስ አካውንት ከተመለሰ ሪፖርት ማድረግ ይችላሉ።
       *[other] ይህን አካውንት አቁመነዋል። ይህ ሰው በአዲስ አካውንት ካገኛችሁ ሪፖርት ማድረግ ትችላላችሁ።
    }
outcome-warned =
    { $band ->
        [age-6-9] ይህ ሰው እንዲያቆም ነግረነዋል። እንደገና ከተከሰተ ንገሩን።
        [adult] አካውንቱን ስለ ደንቦቻችን አስጠንቅቀናል። ከቀጠለ እንደገና ሪፖርት ማድረግ ይችላሉ።
       *[other] ይህን ሰው ስለ ደንቦቻችን አስጠንቅቀነዋል። እንደገና ከተከሰተ ንገሩን፣ እንደገና እናያለን።
    }
outcome-not-removed =
    { $band ->
        [age-6-9] በጥንቃቄ አይተን አላነሳነውም። አሁንም ይህን ሰው ማገድ እና ለምታምኑት ትልቅ ሰው መንገር ትችላላችሁ።
        [adult] በጥንቃቄ ገምግመን አላስወገድነውም። አሁንም አካውንቱን ማገድ ወይም ድምፁን ማጥፋት፣ ወይም እንደገና እንዲገመገም መጠየቅ ይችላሉ።
       *[other] በጥንቃቄ አይተን አላስወገድነውም። አሁንም ይህን ሰው ማገድ ወይም ድምፁን ማጥፋት፣ ወይም እንደገና እንድናይ መጠየቅ ትችላላችሁ።
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] ይህን ሪፖርት ገና መመለስ አንችልም። ደንቦቹ ልጆችን ደህንነት ለመጠበቅ ለጊዜው እንድናስቀምጠው ይላሉ። ያንተ ጥፋት አይደለም።
       *[other] ይህን ሪፖርት ገና መሰረዝ አንችልም። ሕጉ { $app } ለጊዜው እንዲያስቀምጠው ይላል፣ አንተንና ሌሎችን ደህንነት ለመጠበቅ። ያንተ ጥፋት አይደለም።
    }
