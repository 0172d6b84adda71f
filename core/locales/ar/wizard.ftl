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
