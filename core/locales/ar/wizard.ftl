# TellSafe copy, Arabic (Modern Standard). Right to left.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] اطلب المساعدة
       *[other] اطلب المساعدة الآن
    }
wizard-quick-exit =
    { $band ->
        [age-6-9] اخرج بسرعة
       *[other] خروج سريع
    }
wizard-back = رجوع
wizard-next = التالي
wizard-send = إرسال
wizard-progress = الخطوة { $step } من { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] لم يراجع أي شخص كبير هذه الكلمات بعد.
       *[other] لم يراجع أي شخص هذه الترجمة بعد. قد تكون بعض الكلمات خاطئة.
    }
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] لم يُرسَل بلاغك بعد. هذا ليس خطأك. من فضلك حاول مرة أخرى.
       *[other] لم نتمكن من إرسال بلاغك بعد. هذا ليس خطأك. من فضلك حاول مرة أخرى.
    }
wizard-try-again = حاول مرة أخرى
help-trusted-adult =
    { $band ->
        [age-6-9] أخبر شخصًا كبيرًا تثق به. إذا كان شخص كبير يؤذيك، أخبر شخصًا كبيرًا آخر، أو اتصل بـ { $helpline }.
        [adult] يمكنك الحصول على الدعم من { $helpline }. إذا كان طفل في خطر، لا تنتظر.
       *[other] أخبر شخصًا بالغًا تثق به. إذا كان شخص بالغ يؤذيك، أخبر شخصًا بالغًا آخر، أو تواصل مع { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [age-6-9] أخبر شخصًا كبيرًا تثق به. إذا كان شخص كبير يؤذيك، أخبر شخصًا كبيرًا آخر.
        [adult] تحدث إلى شخص تثق به. إذا كان طفل في خطر، لا تنتظر.
       *[other] أخبر شخصًا بالغًا تثق به. إذا كان شخص بالغ يؤذيك، أخبر شخصًا بالغًا آخر.
    }
help-emergency =
    { $band ->
        [age-6-9] إذا كنت في خطر، اتصل برقم الطوارئ.
       *[other] إذا كنت في خطر الآن، اتصل برقم الطوارئ في بلدك.
    }
help-emergency-number =
    { $band ->
        [age-6-9] إذا كنت في خطر، اتصل بـ { $number }.
        [adult] إذا كان أحد في خطر الآن، اتصل بـ { $number }.
       *[other] إذا كنت في خطر الآن، اتصل بـ { $number }.
    }
reassure-not-your-fault = هذا ليس ذنبك.
reassure-not-in-trouble = لن تقع في مشكلة.
reassure-thank-you =
    { $band ->
        [adult] شكرًا على هذا البلاغ.
       *[other] شكرًا لأنك أخبرتنا.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] سيرى فريق الأمان في { $app } أنك أنت من أرسل هذا. لن نخبر الشخص الآخر أنه أنت. إذا كنتما تتحدثان وحدكما، قد يخمّن.
        [adult] يستطيع فريق الأمان في { $app } أن يرى من أرسل هذا البلاغ. لا يُخبَر الشخص المُبلَّغ عنه بمن أبلغ. في محادثة خاصة، قد يخمّن.
       *[other] يستطيع فريق الأمان في { $app } أن يرى أنك أنت من أرسل هذا. لا نخبر الشخص الآخر من أرسله. في محادثة خاصة، قد يخمّن.
    }
    .title =
        { $band ->
            [age-6-9] من سيعرف
           *[other] من يستطيع أن يرى هذا
        }

review-good-faith = بإرسال هذا البلاغ، تؤكد أنك تعتقد أنه دقيق وكامل.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
duty-who-will-be-told =
    { $band ->
        [age-6-9] القانون يقول إن { $app } يجب أن يخبر فريقًا يحمي الأطفال. لن تقع في مشكلة.
        [adult] بحكم القانون، يجب على { $app } إبلاغ فريق لحماية الأطفال بهذا البلاغ. من يُبلِغ لن يقع في مشكلة.
       *[other] القانون يقول إن { $app } يجب أن يخبر فريقًا يحمي الأطفال بهذا. لن تقع في مشكلة.
    }
    .title =
        { $band ->
            [age-6-9] من سنخبر
           *[other] من سيتم إخباره
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] هذا عن صور جنسية لطفل. لذلك يجب أن يخبر { $app } فريقًا يحمي الأطفال. لن تقع في مشكلة.
        [adult] لأن هذا يتعلق بصور جنسية لطفل، يجب على { $app } إبلاغ فريق لحماية الأطفال. من يُبلِغ لن يقع في مشكلة.
       *[other] لأن هذا عن صور جنسية لشخص صغير السن، يجب أن يخبر { $app } فريقًا يحمي الأطفال. لن تقع في مشكلة.
    }
    .title =
        { $band ->
            [age-6-9] من سنخبر
           *[other] من سيتم إخباره
        }
next-what-happens =
    { $band ->
        [age-6-9] أشخاص في { $app } سينظرون فيما أرسلته. { status-hear-back }
        [adult] سيراجع أشخاص في { $app } بلاغك. { status-hear-back }
       *[other] أشخاص في { $app } سينظرون فيما أرسلته إلينا. { status-hear-back }
    }
    .title = ماذا يحدث بعد ذلك

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = تخطَّ
flow-yes = نعم
flow-no-or-unsure = لا، أو لست متأكدًا
flow-age = كم عمرك؟
flow-age-6-9 = أقل من 10
flow-age-10-12 = من 10 إلى 12
flow-age-13-15 = من 13 إلى 15
flow-age-16-17 = 16 أو 17
flow-age-adult = 18 أو أكثر
flow-what = ماذا حدث؟
flow-what-caregiver = ماذا حدث للطفل؟ اختر الأنسب.
flow-safety = أولًا، أشياء يمكن أن تساعدك.
flow-danger = هل أنت في خطر الآن؟
flow-danger-yes = نعم، لست بأمان الآن
flow-danger-no = لا، أنا بأمان الآن
flow-danger-help = اطلب المساعدة الآن. يمكنك المتابعة بعد ذلك.
safety-danger-call = اتصل بالرقم أدناه، أو أخبر شخصًا بالغًا قريبًا منك.
safety-danger-adult = عندما تكون بأمان، يمكنك أن تخبرنا بما حدث.
flow-young-stop = ماذا تريد أن تفعل الآن؟
flow-intents = ماذا تريد أن تفعل الآن؟
flow-intents-body = هذه تغيّر ما تراه أنت فقط. لا يتم إخبار الشخص الآخر.
flow-intent-restrict = قيّده دون أن يعرف
flow-intent-mute = أوقف رؤية منشوراته ورسائله
flow-intent-hide-item = أخفِ هذا عني
flow-intent-hide-connections = أخفِ أصدقائي ومتابعيّ عنه
flow-intent-block = احظره (بعد أن نستلم بلاغك)
flow-intent-none = لا شيء الآن
flow-text = هل تريد أن تخبرنا بالمزيد؟
flow-text-body = يمكنك تخطي هذا. لا تضف صورًا. نحن نرى ما أبلغت عنه.
flow-who = من فعل هذا؟
flow-who-caregiver = من فعل هذا بالطفل؟
flow-who-known = شخص أعرفه في الحياة الواقعية
flow-who-online = شخص أعرفه على الإنترنت فقط
flow-who-unknown = لا أعرف من هو
flow-depicted = هل الصور لك؟
flow-depicted-body = ليس ذنبك. لست في ورطة.
flow-outcome = ماذا تريد أن يحدث؟
flow-outcome-body = نخبر فريق الأمان بما تريده. هم من يقررون ماذا يفعلون.
flow-outcome-take-down = إزالته
flow-outcome-stop-contact = أن يتوقف عن التواصل معي
flow-outcome-someone-know = أريد فقط أن يعرف أحد
flow-outcome-keep-private = أريد فقط أن يعرف أحد. أرجو ألا تخبروا أي شخص آخر.
flow-outcome-help-for-me = أحتاج مساعدة لنفسي
flow-outcome-not-sure = لست متأكدًا
flow-notify = هل نخبرك هنا عندما يتغير شيء؟
flow-notify-body = إذا كان شخص آخر يستطيع رؤية هاتفك، يمكنك أن تتحقق هنا بنفسك.
flow-notify-tell-me = أخبرني هنا عندما يتغير شيء
flow-notify-dont = لا ترسل لي تنبيهًا، سأتحقق بنفسي
flow-review = راجع قبل الإرسال
safety-sextortion-dont-pay = لا تدفع. لا ترسل صورًا أخرى.
safety-sextortion-stop-replying = توقف عن الرد عليه. لست مضطرًا للإجابة.
safety-sextortion-we-keep = لا تحذف الرسائل. نحتفظ بنسخة مع بلاغك.
safety-sextortion-restrict-block = يمكنك تقييده الآن. ويمكنك حظره بعد أن نستلم بلاغك.
safety-asked-stop-replying = لست مضطرًا للرد عليهم. يمكنك التوقف في أي وقت.
safety-pictures-dont-share = لا ترسل الصور لأي أحد، ولا حتى لنا. نحن نستطيع العثور عليها.
safety-pictures-handoff = هذه الخدمات المجانية يمكن أن تساعد في إزالة الصور.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline و IWF)
safety-self-harm-helpline = أرجوك تحدّث إلى أحد الآن. خط المساعدة أدناه مجاني.
safety-self-harm-not-alone = لست وحدك. لقد فعلت الصواب عندما أخبرتنا.
safety-hurting-helpline = خط المساعدة أدناه يمكنه مساعدتك. يتحدثون مع الشباب كل يوم.
safety-hurting-different-adult = إذا كان شخص بالغ يؤذيك، أخبر شخصًا بالغًا آخر تثق به.
