# የአገር ጥቅሎች ጽሑፍ (የእርዳታ መስመሮች፣ "ማን ይነገረዋል"፣ ቅሬታ)
# Draft translation of en/help.ftl, not reviewed by a human; low confidence. See locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
       *[other] በ { $name } ካለ ሰው ጋር ስለማንኛውም ነገር መነጋገር ትችላላችሁ። ወደ { $number } ደውሉ።
    }
    .web =
        { $band ->
           *[other] በ { $name } ካለ ሰው ጋር ስለማንኛውም ነገር መነጋገር ትችላላችሁ። ወደ { $url } ሂዱ።
        }
help-helpline-crisis =
    { $band ->
       *[other] በጣም ካዘናችሁ ወይም ራሳችሁን ለመጉዳት ካሰባችሁ { $name } ያዳምጣችኋል። ወደ { $number } ደውሉ።
    }
    .web =
        { $band ->
           *[other] በጣም ካዘናችሁ ወይም ራሳችሁን ለመጉዳት ካሰባችሁ { $name } ያዳምጣችኋል። ወደ { $url } ሂዱ።
        }
help-helpline-child-protection =
    { $band ->
       *[other] አንድ ሰው እየጎዳችሁ ከሆነ { $name } ደህንነታችሁን ለመጠበቅ ሊረዳ ይችላል። ወደ { $number } ደውሉ።
    }
    .web =
        { $band ->
           *[other] አንድ ሰው እየጎዳችሁ ከሆነ { $name } ደህንነታችሁን ለመጠበቅ ሊረዳ ይችላል። ወደ { $url } ሂዱ።
        }
help-helpline-online-harm =
    { $band ->
       *[other] { $name } በኢንተርኔት ላይ ባሉ ችግሮች ይረዳል፣ ለምሳሌ ጉልበተኝነት ወይም ያለፈቃድ የተጋሩ ፎቶዎች። ወደ { $number } ደውሉ።
    }
    .web =
        { $band ->
           *[other] { $name } በኢንተርኔት ላይ ባሉ ችግሮች ይረዳል፣ ለምሳሌ ጉልበተኝነት ወይም ያለፈቃድ የተጋሩ ፎቶዎች። ወደ { $url } ሂዱ።
        }
help-helpline-reporting =
    { $band ->
       *[other] ይህን ለ { $name } ሪፖርት ማድረግም ትችላላችሁ። ወደ { $number } ደውሉ።
    }
    .web =
        { $band ->
           *[other] ይህን ለ { $name } ሪፖርት ማድረግም ትችላላችሁ። ወደ { $url } ሂዱ።
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን ሪፖርት የተደረገውን ካረጋገጠ፣ በሕግ { $app } ለየአሜሪካው NCMEC CyberTipline ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች የላካችሁትን ያያሉ። እንዳላችሁት ከሆነ፣ ሕጉ { $app } ይህን ለልጆችን የመጠበቅ ሥራ ያለው ቡድን መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን የአንድን ሰው ሕይወት ወይም ደህንነት የሚያሰጋ ወንጀል ከጠረጠረ፣ በሕግ { $app } ለየአሜሪካው NCMEC CyberTipline ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች አንድ ሰው በእውነት አደጋ ላይ ነው ብለው ካሰቡ፣ ሕጉ { $app } ለልጆችን የመጠበቅ ሥራ ያለው ቡድን መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን ሪፖርት የተደረገውን ካረጋገጠ፣ ሕጉ { $app } ለየአሜሪካው NCMEC CyberTipline እንዲያሳውቅ ይፈቅዳል። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች የላካችሁትን ያያሉ። እንዳላችሁት ከሆነ፣ { $app } ይህን ለልጆችን የመጠበቅ ሥራ ያለው ቡድን ሊነግር ይችላል። ችግር ውስጥ አትገቡም።
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን የአንድን ሰው ሕይወት ወይም ደህንነት የሚያሰጋ ወንጀል ከጠረጠረ፣ ሕጉ { $app } ለየአሜሪካው NCMEC CyberTipline እንዲያሳውቅ ይፈቅዳል። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች አንድ ሰው በእውነት አደጋ ላይ ነው ብለው ካሰቡ፣ { $app } ለልጆችን የመጠበቅ ሥራ ያለው ቡድን ሊነግር ይችላል። ችግር ውስጥ አትገቡም።
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን ሪፖርት የተደረገውን ካረጋገጠ፣ በሕግ { $app } ለፖሊስ ወይም ሌሎች ባለሥልጣናት ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች የላካችሁትን ያያሉ። እንዳላችሁት ከሆነ፣ ሕጉ { $app } ይህን ለሁሉንም ሰው የመጠበቅ ሥራ ያላቸው ሰዎች መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን የአንድን ሰው ሕይወት ወይም ደህንነት የሚያሰጋ ወንጀል ከጠረጠረ፣ በሕግ { $app } ለፖሊስ ወይም ሌሎች ባለሥልጣናት ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች አንድ ሰው በእውነት አደጋ ላይ ነው ብለው ካሰቡ፣ ሕጉ { $app } ለሁሉንም ሰው የመጠበቅ ሥራ ያላቸው ሰዎች መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን ሪፖርት የተደረገውን ካረጋገጠ፣ ሕጉ { $app } ለፖሊስ ወይም ሌሎች ባለሥልጣናት እንዲያሳውቅ ይፈቅዳል። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች የላካችሁትን ያያሉ። እንዳላችሁት ከሆነ፣ { $app } ይህን ለሁሉንም ሰው የመጠበቅ ሥራ ያላቸው ሰዎች ሊነግር ይችላል። ችግር ውስጥ አትገቡም።
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን የአንድን ሰው ሕይወት ወይም ደህንነት የሚያሰጋ ወንጀል ከጠረጠረ፣ ሕጉ { $app } ለፖሊስ ወይም ሌሎች ባለሥልጣናት እንዲያሳውቅ ይፈቅዳል። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች አንድ ሰው በእውነት አደጋ ላይ ነው ብለው ካሰቡ፣ { $app } ለሁሉንም ሰው የመጠበቅ ሥራ ያላቸው ሰዎች ሊነግር ይችላል። ችግር ውስጥ አትገቡም።
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን ሪፖርት የተደረገውን ካረጋገጠ፣ በሕግ { $app } ለየዩናይትድ ኪንግደም ብሔራዊ የወንጀል ኤጀንሲ (NCA) ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች የላካችሁትን ያያሉ። እንዳላችሁት ከሆነ፣ ሕጉ { $app } ይህን ለልጆችን የመጠበቅ ሥራ ያለው ቡድን መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን የአንድን ሰው ሕይወት ወይም ደህንነት የሚያሰጋ ወንጀል ከጠረጠረ፣ በሕግ { $app } ለየዩናይትድ ኪንግደም ብሔራዊ የወንጀል ኤጀንሲ (NCA) ማሳወቅ አለበት። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች አንድ ሰው በእውነት አደጋ ላይ ነው ብለው ካሰቡ፣ ሕጉ { $app } ለልጆችን የመጠበቅ ሥራ ያለው ቡድን መንገር አለበት ይላል። ችግር ውስጥ አትገቡም።
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን ሪፖርት የተደረገውን ካረጋገጠ፣ ሕጉ { $app } ለየዩናይትድ ኪንግደም ብሔራዊ የወንጀል ኤጀንሲ (NCA) እንዲያሳውቅ ይፈቅዳል። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች የላካችሁትን ያያሉ። እንዳላችሁት ከሆነ፣ { $app } ይህን ለልጆችን የመጠበቅ ሥራ ያለው ቡድን ሊነግር ይችላል። ችግር ውስጥ አትገቡም።
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] የ { $app } የደህንነት ቡድን የአንድን ሰው ሕይወት ወይም ደህንነት የሚያሰጋ ወንጀል ከጠረጠረ፣ ሕጉ { $app } ለየዩናይትድ ኪንግደም ብሔራዊ የወንጀል ኤጀንሲ (NCA) እንዲያሳውቅ ይፈቅዳል። ሪፖርት ያደረገው ሰው ችግር ውስጥ አይገባም።
       *[other] በ { $app } ያሉ ሰዎች አንድ ሰው በእውነት አደጋ ላይ ነው ብለው ካሰቡ፣ { $app } ለልጆችን የመጠበቅ ሥራ ያለው ቡድን ሊነግር ይችላል። ችግር ውስጥ አትገቡም።
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] { $app } ተሳስቷል ብላችሁ ካሰባችሁ፣ { $app } እንደገና እንዲያዩት መጠየቅ ትችላላችሁ።
       *[other] { $app } ተሳስቷል ብላችሁ ካሰባችሁ፣ በ { $app } ያሉ ሰዎች እንደገና እንዲያዩት መጠየቅ ትችላላችሁ።
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] { $app } ተሳስቷል ብላችሁ ካሰባችሁ፣ ከፍርድ ቤት ውጭ አለመግባባትን የሚፈታ የተረጋገጠ አካል እንደገና እንዲያዩት መጠየቅ ትችላላችሁ።
       *[other] { $app } ተሳስቷል ብላችሁ ካሰባችሁ፣ ሰዎች ሳይስማሙ ሲቀሩ የሚረዳ ከ { $app } ውጭ ያለ ቡድን እንደገና እንዲያዩት መጠየቅ ትችላላችሁ።
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
       *[other] { $app } ተሳስቷል ብላችሁ ካሰባችሁ፣ eSafety፣ በአውስትራሊያ ወጣቶችን በኢንተርኔት የሚረዳ ቡድን እንደገና እንዲያዩት መጠየቅ ትችላላችሁ።
    }
redress-internal-complaint-ofcom =
    { $band ->
       *[other] { $app } ተሳስቷል ብላችሁ ካሰባችሁ፣ Ofcom፣ በዩናይትድ ኪንግደም መተግበሪያዎችን የሚቆጣጠር ቡድን እንደገና እንዲያዩት መጠየቅ ትችላላችሁ።
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] አሁንም ስህተት ነው ብላችሁ ካሰባችሁ፣ { $app } እንዲያዩት መጠየቅም ትችላላችሁ።
       *[other] አሁንም ስህተት ነው ብላችሁ ካሰባችሁ፣ በ { $app } ያሉ ሰዎች እንዲያዩት መጠየቅም ትችላላችሁ።
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] አሁንም ስህተት ነው ብላችሁ ካሰባችሁ፣ ከፍርድ ቤት ውጭ አለመግባባትን የሚፈታ የተረጋገጠ አካል እንዲያዩት መጠየቅም ትችላላችሁ።
       *[other] አሁንም ስህተት ነው ብላችሁ ካሰባችሁ፣ ሰዎች ሳይስማሙ ሲቀሩ የሚረዳ ከ { $app } ውጭ ያለ ቡድን እንዲያዩት መጠየቅም ትችላላችሁ።
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
       *[other] አሁንም ስህተት ነው ብላችሁ ካሰባችሁ፣ eSafety፣ በአውስትራሊያ ወጣቶችን በኢንተርኔት የሚረዳ ቡድን እንዲያዩት መጠየቅም ትችላላችሁ።
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
       *[other] አሁንም ስህተት ነው ብላችሁ ካሰባችሁ፣ Ofcom፣ በዩናይትድ ኪንግደም መተግበሪያዎችን የሚቆጣጠር ቡድን እንዲያዩት መጠየቅም ትችላላችሁ።
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] { $app } ካላስተካከለው፣ ለ{ $app } መንገር ትችላላችሁ። አንድ አዋቂ ሰው ሊረዳችሁ ይችላል።
       *[other] { $app } ካላስተካከለው፣ ለበ { $app } ያሉ ሰዎች መንገር ትችላላችሁ። አንድ አዋቂ ሰው ሊረዳችሁ ይችላል።
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] { $app } ካላስተካከለው፣ ለከፍርድ ቤት ውጭ አለመግባባትን የሚፈታ የተረጋገጠ አካል መንገር ትችላላችሁ። አንድ አዋቂ ሰው ሊረዳችሁ ይችላል።
       *[other] { $app } ካላስተካከለው፣ ለሰዎች ሳይስማሙ ሲቀሩ የሚረዳ ከ { $app } ውጭ ያለ ቡድን መንገር ትችላላችሁ። አንድ አዋቂ ሰው ሊረዳችሁ ይችላል።
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
       *[other] { $app } ካላስተካከለው፣ ለeSafety፣ በአውስትራሊያ ወጣቶችን በኢንተርኔት የሚረዳ ቡድን መንገር ትችላላችሁ። አንድ አዋቂ ሰው ሊረዳችሁ ይችላል።
    }
redress-regulator-complaint-ofcom =
    { $band ->
       *[other] { $app } ካላስተካከለው፣ ለOfcom፣ በዩናይትድ ኪንግደም መተግበሪያዎችን የሚቆጣጠር ቡድን መንገር ትችላላችሁ። አንድ አዋቂ ሰው ሊረዳችሁ ይችላል።
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] { $app }ም አለ። { $app } ችግሮችን በፍትሐዊነት እንደሚይዝ ያረጋግጣል። አንድን ሪፖርት ብቻ አያይም፣ ግን የሆነ ነገር የተሳሳተ ቢመስል ልትነግሩት ትችላላችሁ።
       *[other] በ { $app } ያሉ ሰዎችም አለ። { $app } ችግሮችን በፍትሐዊነት እንደሚይዝ ያረጋግጣል። አንድን ሪፖርት ብቻ አያይም፣ ግን የሆነ ነገር የተሳሳተ ቢመስል ልትነግሩት ትችላላችሁ።
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] ከፍርድ ቤት ውጭ አለመግባባትን የሚፈታ የተረጋገጠ አካልም አለ። { $app } ችግሮችን በፍትሐዊነት እንደሚይዝ ያረጋግጣል። አንድን ሪፖርት ብቻ አያይም፣ ግን የሆነ ነገር የተሳሳተ ቢመስል ልትነግሩት ትችላላችሁ።
       *[other] ሰዎች ሳይስማሙ ሲቀሩ የሚረዳ ከ { $app } ውጭ ያለ ቡድንም አለ። { $app } ችግሮችን በፍትሐዊነት እንደሚይዝ ያረጋግጣል። አንድን ሪፖርት ብቻ አያይም፣ ግን የሆነ ነገር የተሳሳተ ቢመስል ልትነግሩት ትችላላችሁ።
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
       *[other] ESafety፣ በአውስትራሊያ ወጣቶችን በኢንተርኔት የሚረዳ ቡድንም አለ። { $app } ችግሮችን በፍትሐዊነት እንደሚይዝ ያረጋግጣል። አንድን ሪፖርት ብቻ አያይም፣ ግን የሆነ ነገር የተሳሳተ ቢመስል ልትነግሩት ትችላላችሁ።
    }
redress-regulator-oversight-ofcom =
    { $band ->
       *[other] Ofcom፣ በዩናይትድ ኪንግደም መተግበሪያዎችን የሚቆጣጠር ቡድንም አለ። { $app } ችግሮችን በፍትሐዊነት እንደሚይዝ ያረጋግጣል። አንድን ሪፖርት ብቻ አያይም፣ ግን የሆነ ነገር የተሳሳተ ቢመስል ልትነግሩት ትችላላችሁ።
    }
