# TellSafe copy, Amharic. Children are addressed in the plural (gender-neutral) form, adults in the polite form.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] የልጅ የወሲብ ፎቶዎች ወይም ቪዲዮዎች
        [adult] የልጅ የወሲብ ምስሎች ወይም ቪዲዮዎች
       *[other] የእናንተ ወይም የሌላ ወጣት የወሲብ ፎቶዎች ወይም ቪዲዮዎች
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] የልጅ የውሸት የወሲብ ፎቶዎች
        [adult] በAI የተሠሩ ወይም የተቀየሩ የልጅ የውሸት የወሲብ ምስሎች
       *[other] የእናንተ ወይም የሌላ ወጣት የውሸት የወሲብ ፎቶዎች
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] አንድ ሰው ከልጅ የወሲብ ምስሎችን ወይም ድርጊቶችን ጠየቀ
       *[other] አንድ ሰው የወሲብ ፎቶዎችን ወይም የወሲብ ነገሮችን እንድታደርጉ ጠየቀ
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] አንድ ሰው የሚለውን ካላደረጋችሁ ፎቶዎቻችሁን እንደሚያጋራ ይናገራል
        [adult] አንድ ሰው የሚፈልገውን ለማግኘት የግል ፎቶዎችን እንደሚያጋራ ያስፈራራል
       *[other] አንድ ሰው አንድ ነገር ካላደረጋችሁ ፎቶዎቻችሁን እንደሚያጋራ ያስፈራራል
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] አንድ ሰው ያልተፈለጉ የወሲብ ምስሎችን ላከ
       *[other] አንድ ሰው ያልፈለጋችሁትን የወሲብ ፎቶዎች ላከ
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] ከኦንላይን የሆነ ሰው ሊያገኛችሁ ይፈልጋል
        [adult] በኦንላይን የተገናኘ ሰው ልጅን በአካል ማግኘት ይፈልጋል
       *[other] በኦንላይን ያገኛችሁት ሰው በአካል ሊያገኛችሁ ይፈልጋል
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] አንድ ሰው በቀጥታ ቪዲዮ ላይ ነገሮችን እንድታደርጉ አደረገ
        [adult] አንድ ሰው ወጣትን በቀጥታ ስርጭት ላይ ነገሮችን እንዲያደርግ ገፋፋ
       *[other] አንድ ሰው በቀጥታ ስርጭት ላይ ነገሮችን እንድታደርጉ ገፋፋ
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] አንድ ሰው ለወሲብ ድርጊቶች ገንዘብ ወይም ስጦታ አቀረበ
       *[other] አንድ ሰው ለወሲብ ነገሮች ገንዘብ ወይም ስጦታ አቀረበ
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] አንድ ሰው በእውነተኛ ሕይወት እየተጎዳ ነው
       *[other] አንድ ሰው በእውነተኛ ሕይወት እየጎዳችሁ ነው
    }
category-bullying =
    { $band ->
        [age-6-9] ጉልበተኝነት ወይም ክፋት
        [adult] ጉልበተኝነት ወይም ትንኮሳ
       *[other] ጉልበተኝነት
    }
category-private-info-shared =
    { $band ->
        [age-6-9] አንድ ሰው ስለእናንተ የግል ነገሮችን አጋራ
        [adult] ያለፈቃድ የተጋራ የግል መረጃ
       *[other] አንድ ሰው ስለእናንተ የግል መረጃ አጋራ
    }
category-hate =
    { $band ->
        [age-6-9] በአንድ የሰዎች ቡድን ላይ የሚጎዱ ቃላት
        [adult] በአንድ ቡድን ላይ የጥላቻ ንግግር
       *[other] በአንድ የሰዎች ቡድን ላይ ጥላቻ
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] አንድ ሰው ራሱን ስለመጉዳት ይናገራል
        [adult] ራስን መጉዳት ወይም ራስን ማጥፋት
       *[other] አንድ ሰው ራሱን ስለመጉዳት ወይም ስለ ራስን ማጥፋት ይናገራል
    }
category-dangerous-challenge = አደገኛ ፈተና (ቻሌንጅ)
category-violence-or-threats =
    { $band ->
        [age-6-9] አንድ ሰው ሰዎችን እንደሚጎዳ ይናገራል
        [adult] ዓመፅ ወይም የዓመፅ ዛቻ
       *[other] ዓመፅ፣ ወይም አንድን ሰው የመጉዳት ዛቻ
    }
category-scam =
    { $band ->
        [age-6-9] አንድ ሰው ሊያታልላችሁ ሞከረ
        [adult] ማጭበርበር
       *[other] ማጭበርበር፣ ወይም ገንዘብ ወይም ዕቃ ለማግኘት የሚደረግ ማታለል
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] አንድ ሰው ሌላ ሰው መስሎ እየቀረበ ነው
        [adult] ሌላ ሰው መስሎ መቅረብ ወይም የውሸት አካውንት
       *[other] የውሸት አካውንት፣ ወይም ሌላ ሰው መስሎ የሚቀርብ ሰው
    }
category-spam =
    { $band ->
        [age-6-9] ብዙ የማይጠቅሙ መልዕክቶች
        [adult] ስፓም
       *[other] ስፓም ወይም የማይጠቅሙ መልዕክቶች
    }
category-other = ሌላ ነገር
