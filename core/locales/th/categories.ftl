# TellSafe copy, Thai. Young children are addressed as หนู, others as คุณ.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] รูปหรือวิดีโอทางเพศของเด็ก
        [adult] ภาพหรือวิดีโอทางเพศของเด็ก
       *[other] รูปหรือวิดีโอทางเพศของคุณหรือของเด็กคนอื่น
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] รูปทางเพศปลอมของเด็ก
        [adult] ภาพทางเพศปลอมของเด็ก ที่ทำด้วย AI หรือตัดต่อ
       *[other] รูปทางเพศปลอมของคุณหรือของเด็กคนอื่น
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] มีคนขอภาพหรือการกระทำทางเพศจากเด็ก
       *[other] มีคนขอรูปทางเพศหรือให้ทำเรื่องทางเพศ
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] มีคนบอกว่าจะเอารูปของหนูไปให้คนอื่นดูถ้าหนูไม่ทำตาม
        [adult] มีคนขู่ว่าจะแชร์รูปส่วนตัวเพื่อให้ได้สิ่งที่ต้องการ
       *[other] มีคนขู่ว่าจะแชร์รูปของคุณถ้าคุณไม่ทำบางอย่าง
    }
category-unwanted-sexual-pictures =
    { $band ->
        [age-6-9] มีคนส่งรูปทางเพศที่หนูไม่อยากได้
        [adult] มีคนส่งภาพทางเพศที่ไม่ต้องการ
       *[other] มีคนส่งรูปทางเพศที่คุณไม่ต้องการ
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] มีคนจากในเน็ตอยากเจอหนู
        [adult] มีคนที่รู้จักทางออนไลน์อยากพบเด็กตัวจริง
       *[other] มีคนที่รู้จักทางออนไลน์อยากเจอตัวจริง
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] มีคนให้หนูทำสิ่งต่าง ๆ ในวิดีโอสด
        [adult] มีคนกดดันคนอายุน้อยให้ทำสิ่งต่าง ๆ ในไลฟ์
       *[other] มีคนกดดันให้คุณทำสิ่งต่าง ๆ ในไลฟ์
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] มีคนเสนอเงินหรือของขวัญเพื่อแลกกับการกระทำทางเพศ
       *[other] มีคนเสนอเงินหรือของขวัญเพื่อแลกกับเรื่องทางเพศ
    }
category-hurting-me-in-real-life =
    { $band ->
        [age-6-9] มีคนทำร้ายหนูในชีวิตจริง
        [adult] มีคนถูกทำร้ายในชีวิตจริง
       *[other] มีคนทำร้ายคุณในชีวิตจริง
    }
category-bullying =
    { $band ->
        [age-6-9] การรังแกหรือใจร้าย
        [adult] การกลั่นแกล้งหรือการคุกคาม
       *[other] การกลั่นแกล้ง
    }
category-private-info-shared =
    { $band ->
        [age-6-9] มีคนเอาเรื่องส่วนตัวของหนูไปบอกต่อ
        [adult] ข้อมูลส่วนตัวถูกเผยแพร่โดยไม่ได้รับอนุญาต
       *[other] มีคนเผยแพร่ข้อมูลส่วนตัวของคุณ
    }
category-hate =
    { $band ->
        [age-6-9] คำพูดทำร้ายจิตใจคนกลุ่มหนึ่ง
        [adult] ถ้อยคำแสดงความเกลียดชังต่อกลุ่มคน
       *[other] ความเกลียดชังต่อคนกลุ่มหนึ่ง
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] มีคนพูดถึงการทำร้ายตัวเอง
        [adult] การทำร้ายตัวเองหรือการฆ่าตัวตาย
       *[other] มีคนพูดถึงการทำร้ายตัวเองหรือการฆ่าตัวตาย
    }
category-dangerous-challenge = ชาเลนจ์ที่อันตราย
category-violence-or-threats =
    { $band ->
        [age-6-9] มีคนบอกว่าจะทำร้ายคนอื่น
        [adult] ความรุนแรงหรือการขู่ใช้ความรุนแรง
       *[other] ความรุนแรง หรือการขู่ว่าจะทำร้ายใคร
    }
category-scam =
    { $band ->
        [age-6-9] มีคนพยายามหลอกหนู
        [adult] การหลอกลวงหรือการฉ้อโกง
       *[other] การหลอกลวงเพื่อเอาเงินหรือของ
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] มีคนแกล้งทำเป็นคนอื่น
        [adult] การแอบอ้างตัวตนหรือบัญชีปลอม
       *[other] บัญชีปลอม หรือคนที่แอบอ้างเป็นคนอื่น
    }
category-spam =
    { $band ->
        [age-6-9] ข้อความขยะเยอะมาก
        [adult] สแปม
       *[other] สแปมหรือข้อความขยะ
    }
category-other = เรื่องอื่นนอกจากนี้
