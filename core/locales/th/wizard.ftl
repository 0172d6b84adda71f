# TellSafe copy, Thai. Young children are addressed as หนู, others as คุณ.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] ขอความช่วยเหลือ
       *[other] ขอความช่วยเหลือตอนนี้
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] ออกเร็ว
       *[other] ออกทันที
    }
wizard-back = ย้อนกลับ
wizard-next = ถัดไป
wizard-send = ส่ง
wizard-progress = ขั้นที่ { $step } จาก { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] ยังไม่มีผู้ใหญ่ตรวจคำเหล่านี้
       *[other] ยังไม่มีใครตรวจคำแปลนี้ บางคำอาจผิด
    }
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] รายงานของหนูยังส่งไม่ได้ ไม่ใช่ความผิดของหนู ลองอีกครั้งนะ
       *[other] ยังส่งรายงานของคุณไม่ได้ ไม่ใช่ความผิดของคุณ โปรดลองอีกครั้ง
    }
wizard-try-again = ลองอีกครั้ง
help-trusted-adult =
    { $band ->
        [age-6-9] บอกผู้ใหญ่ที่หนูไว้ใจ ถ้าผู้ใหญ่คนไหนทำร้ายหนู ให้บอกผู้ใหญ่คนอื่น หรือโทรหา { $helpline }
        [adult] คุณขอความช่วยเหลือได้จาก { $helpline } ถ้ามีเด็กอยู่ในอันตราย อย่ารอ
       *[other] บอกผู้ใหญ่ที่คุณไว้ใจ ถ้าผู้ใหญ่คนไหนทำร้ายคุณ ให้บอกผู้ใหญ่คนอื่น หรือติดต่อ { $helpline }
    }
help-trusted-adult-no-helpline =
    { $band ->
        [age-6-9] บอกผู้ใหญ่ที่หนูไว้ใจ ถ้าผู้ใหญ่คนไหนทำร้ายหนู ให้บอกผู้ใหญ่คนอื่น
        [adult] คุยกับคนที่คุณไว้ใจ ถ้ามีเด็กอยู่ในอันตราย อย่ารอ
       *[other] บอกผู้ใหญ่ที่คุณไว้ใจ ถ้าผู้ใหญ่คนไหนทำร้ายคุณ ให้บอกผู้ใหญ่คนอื่น
    }
help-emergency =
    { $band ->
        [age-6-9] ถ้าหนูอยู่ในอันตราย ให้โทรเบอร์ฉุกเฉิน
       *[other] ถ้าคุณอยู่ในอันตรายตอนนี้ ให้โทรเบอร์ฉุกเฉินในพื้นที่ของคุณ
    }
help-emergency-number =
    { $band ->
        [age-6-9] ถ้าหนูอยู่ในอันตราย ให้โทร { $number }
        [adult] ถ้ามีใครอยู่ในอันตรายตอนนี้ ให้โทร { $number }
       *[other] ถ้าคุณอยู่ในอันตรายตอนนี้ ให้โทร { $number }
    }
reassure-not-your-fault =
    { $band ->
        [age-6-9] นี่ไม่ใช่ความผิดของหนู
       *[other] นี่ไม่ใช่ความผิดของคุณ
    }
reassure-not-in-trouble =
    { $band ->
        [age-6-9] หนูจะไม่โดนดุ
       *[other] คุณจะไม่เดือดร้อน
    }
reassure-thank-you =
    { $band ->
        [adult] ขอบคุณที่รายงานเรื่องนี้
       *[other] ขอบคุณที่บอกเรา
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] ทีมความปลอดภัยของ { $app } จะเห็นว่าหนูเป็นคนส่ง เราไม่บอกอีกคนว่าเป็นหนู ถ้าหนูคุยกับเขาแค่สองคน เขาอาจเดาได้
        [adult] ทีมความปลอดภัยของ { $app } เห็นได้ว่าใครส่งรายงานนี้ คนที่ถูกรายงานจะไม่ได้รับแจ้งว่าใครรายงาน ในแชทส่วนตัว เขาอาจเดาได้
       *[other] ทีมความปลอดภัยของ { $app } เห็นได้ว่าคุณเป็นคนส่ง เราไม่บอกอีกคนว่าใครเป็นคนส่ง ในแชทส่วนตัว เขาอาจเดาได้
    }
    .title =
        { $band ->
            [age-6-9] ใครจะรู้บ้าง
           *[other] ใครเห็นเรื่องนี้ได้บ้าง
        }

review-good-faith = เมื่อส่งรายงานนี้ คุณยืนยันว่าคุณเชื่อว่ารายงานนี้ถูกต้องและครบถ้วน
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
duty-who-will-be-told =
    { $band ->
        [age-6-9] กฎหมายบอกว่า { $app } ต้องแจ้งทีมที่ดูแลความปลอดภัยของเด็ก หนูจะไม่โดนดุ
        [adult] ตามกฎหมาย { $app } ต้องแจ้งรายงานนี้กับทีมคุ้มครองเด็ก ผู้รายงานจะไม่เดือดร้อน
       *[other] กฎหมายบอกว่า { $app } ต้องแจ้งเรื่องนี้กับทีมที่คุ้มครองเด็ก คุณจะไม่เดือดร้อน
    }
    .title =
        { $band ->
            [age-6-9] เราจะบอกใคร
           *[other] ใครจะได้รับแจ้ง
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] เรื่องนี้เกี่ยวกับรูปทางเพศของเด็ก { $app } จึงต้องแจ้งทีมที่ดูแลความปลอดภัยของเด็ก หนูจะไม่โดนดุ
        [adult] เพราะเรื่องนี้เกี่ยวกับภาพทางเพศของเด็ก { $app } จึงต้องแจ้งทีมคุ้มครองเด็ก ผู้รายงานจะไม่เดือดร้อน
       *[other] เพราะเรื่องนี้เกี่ยวกับรูปทางเพศของคนอายุน้อย { $app } จึงต้องแจ้งทีมที่คุ้มครองเด็ก คุณจะไม่เดือดร้อน
    }
    .title =
        { $band ->
            [age-6-9] เราจะบอกใคร
           *[other] ใครจะได้รับแจ้ง
        }
next-what-happens =
    { $band ->
        [age-6-9] คนที่ { $app } จะดูสิ่งที่หนูส่งมา { status-hear-back }
        [adult] เจ้าหน้าที่ของ { $app } จะตรวจสอบรายงานของคุณ { status-hear-back }
       *[other] คนที่ { $app } จะดูสิ่งที่คุณส่งมาให้เรา { status-hear-back }
    }
    .title = ต่อไปจะเกิดอะไรขึ้น

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = ข้าม
flow-yes = ใช่
flow-no-or-unsure = ไม่ใช่ หรือไม่แน่ใจ
flow-age = คุณอายุเท่าไร
flow-age-6-9 = ต่ำกว่า 10 ปี
flow-age-10-12 = 10 ถึง 12 ปี
flow-age-13-15 = 13 ถึง 15 ปี
flow-age-16-17 = 16 หรือ 17 ปี
flow-age-adult = 18 ปีขึ้นไป
flow-what = เกิดอะไรขึ้น
flow-what-caregiver = เกิดอะไรขึ้นกับเด็ก เลือกข้อที่ตรงที่สุด
flow-safety = ก่อนอื่น นี่คือสิ่งที่ช่วยคุณได้
flow-danger = ตอนนี้คุณกำลังตกอยู่ในอันตรายไหม
flow-danger-yes = ใช่ ตอนนี้ฉันไม่ปลอดภัย
flow-danger-no = ไม่ ตอนนี้ฉันปลอดภัย
flow-danger-help = ขอความช่วยเหลือตอนนี้ คุณทำต่อทีหลังได้
safety-danger-call = โทรหาเบอร์ด้านล่าง หรือบอกผู้ใหญ่ที่อยู่ใกล้คุณ
safety-danger-adult = เมื่อคุณปลอดภัยแล้ว คุณเล่าให้เราฟังได้ว่าเกิดอะไรขึ้น
flow-young-stop = ตอนนี้คุณอยากทำอะไร
flow-intents = ตอนนี้คุณอยากทำอะไร
flow-intents-body = สิ่งนี้เปลี่ยนแค่สิ่งที่คุณเห็น อีกฝ่ายจะไม่ได้รับแจ้ง
flow-intent-restrict = จำกัดเขาโดยที่เขาไม่รู้
flow-intent-mute = ไม่ต้องเห็นโพสต์และข้อความของเขา
flow-intent-hide-item = ซ่อนสิ่งนี้จากฉัน
flow-intent-hide-connections = ซ่อนเพื่อนและผู้ติดตามของฉันจากเขา
flow-intent-block = บล็อกเขา (หลังจากเราได้รับรายงานของคุณ)
flow-intent-none = ยังไม่ทำอะไรตอนนี้
flow-text = อยากเล่าอะไรเพิ่มไหม
flow-text-body = ข้ามได้ ไม่ต้องใส่รูป เราเห็นสิ่งที่คุณรายงานแล้ว
flow-who = ใครเป็นคนทำ
flow-who-caregiver = ใครทำสิ่งนี้กับเด็ก
flow-who-known = คนที่ฉันรู้จักในชีวิตจริง
flow-who-online = คนที่ฉันรู้จักแค่ทางออนไลน์
flow-who-unknown = ฉันไม่รู้ว่าเป็นใคร
flow-depicted = รูปเหล่านั้นเป็นรูปของคุณไหม
flow-depicted-body = ไม่ใช่ความผิดของคุณ คุณไม่ได้ทำผิดอะไร
flow-outcome = คุณอยากให้เกิดอะไรขึ้น
flow-outcome-body = เราจะบอกทีมความปลอดภัยว่าคุณต้องการอะไร พวกเขาเป็นผู้ตัดสินใจ
flow-outcome-take-down = เอาออก
flow-outcome-stop-contact = ให้เขาหยุดติดต่อฉัน
flow-outcome-someone-know = ฉันแค่อยากให้มีคนรู้
flow-outcome-keep-private = ฉันแค่อยากให้มีคนรู้ ขออย่าบอกคนอื่น
flow-outcome-help-for-me = ฉันต้องการความช่วยเหลือสำหรับตัวเอง
flow-outcome-not-sure = ฉันไม่แน่ใจ
flow-notify = ให้เราแจ้งคุณที่นี่เมื่อมีอะไรเปลี่ยนไหม
flow-notify-body = ถ้ามีคนอื่นเห็นโทรศัพท์ของคุณได้ คุณเข้ามาดูเองที่นี่ได้
flow-notify-tell-me = แจ้งฉันที่นี่เมื่อมีอะไรเปลี่ยน
flow-notify-dont = ไม่ต้องแจ้ง ฉันจะเข้ามาดูเอง
flow-review = ตรวจดูก่อนส่ง
safety-sextortion-dont-pay = อย่าจ่ายเงิน อย่าส่งรูปเพิ่ม
safety-sextortion-stop-replying = หยุดตอบเขา คุณไม่จำเป็นต้องตอบ
safety-sextortion-we-keep = อย่าลบข้อความ เราเก็บสำเนาไว้กับรายงานของคุณ
safety-sextortion-restrict-block = คุณจำกัดเขาได้ตอนนี้ และบล็อกเขาได้หลังจากเราได้รับรายงาน
safety-asked-stop-replying = คุณไม่จำเป็นต้องตอบเขา คุณหยุดได้ทุกเมื่อ
safety-pictures-dont-share = อย่าส่งรูปให้ใคร แม้แต่เรา เราหาเจอเอง
safety-pictures-handoff = บริการฟรีเหล่านี้ช่วยเอารูปออกได้
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline และ IWF)
safety-self-harm-helpline = โปรดคุยกับใครสักคนตอนนี้ สายด่วนด้านล่างโทรฟรี
safety-self-harm-not-alone = คุณไม่ได้อยู่คนเดียว คุณทำถูกแล้วที่บอกเรา
safety-hurting-helpline = สายด่วนด้านล่างช่วยคุณได้ พวกเขาคุยกับเด็กและเยาวชนทุกวัน
safety-hurting-different-adult = ถ้าผู้ใหญ่ทำร้ายคุณ ให้บอกผู้ใหญ่อีกคนที่คุณไว้ใจ
