# TellSafe copy, Arabic (Modern Standard). Right to left.
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] صور أو فيديوهات جنسية لطفل
        [adult] صور أو فيديوهات جنسية لطفل
       *[other] صور أو فيديوهات جنسية لك أو لشخص صغير آخر
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] صور جنسية مزيفة لطفل
        [adult] صور جنسية مزيفة لطفل، مصنوعة بالذكاء الاصطناعي أو معدّلة
       *[other] صور جنسية مزيفة لك أو لشخص صغير آخر
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] شخص طلب من طفل صورًا أو أفعالًا جنسية
       *[other] شخص طلب صورًا جنسية أو أن تفعل أشياء جنسية
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] شخص يقول إنه سينشر صورك إذا لم تفعل ما يريد
        [adult] شخص يهدد بنشر صور خاصة ليحصل على ما يريد
       *[other] شخص يهدد بنشر صورك إذا لم تفعل شيئًا
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] شخص أرسل صورًا جنسية غير مرغوب فيها
       *[other] شخص أرسل صورًا جنسية لم تكن تريدها
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] شخص من الإنترنت يريد أن يقابلك
        [adult] شخص تعرّف عليه طفل على الإنترنت يريد مقابلته وجهًا لوجه
       *[other] شخص تعرفت عليه على الإنترنت يريد أن يقابلك وجهًا لوجه
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] شخص جعلك تفعل أشياء في فيديو مباشر
        [adult] شخص ضغط على شخص صغير ليفعل أشياء في بث مباشر
       *[other] شخص ضغط عليك لتفعل أشياء في بث مباشر
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] شخص عرض مالًا أو هدايا مقابل أفعال جنسية
       *[other] شخص عرض مالًا أو هدايا مقابل أشياء جنسية
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] شخص يتعرض للأذى في الحياة الحقيقية
       *[other] شخص يؤذيك في الحياة الحقيقية
    }
category-bullying =
    { $band ->
        [age-6-9] تنمّر أو كلام لئيم
        [adult] تنمّر أو تحرّش
       *[other] تنمّر
    }
category-private-info-shared =
    { $band ->
        [age-6-9] شخص نشر أشياء خاصة عنك
        [adult] نشر معلومات خاصة دون موافقة
       *[other] شخص نشر معلومات خاصة عنك
    }
category-hate =
    { $band ->
        [age-6-9] كلام جارح عن مجموعة من الناس
        [adult] خطاب كراهية ضد مجموعة
       *[other] كراهية ضد مجموعة من الناس
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] شخص يتكلم عن إيذاء نفسه
        [adult] إيذاء النفس أو الانتحار
       *[other] شخص يتكلم عن إيذاء نفسه أو الانتحار
    }
category-dangerous-challenge = تحدٍّ خطير
category-violence-or-threats =
    { $band ->
        [age-6-9] شخص يقول إنه سيؤذي الناس
        [adult] عنف أو تهديد بالعنف
       *[other] عنف، أو تهديد بإيذاء أحد
    }
category-scam =
    { $band ->
        [age-6-9] شخص حاول أن يخدعك
        [adult] احتيال أو نصب
       *[other] احتيال، أو خدعة للحصول على مال أو أشياء
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] شخص يتظاهر بأنه شخص آخر
        [adult] انتحال شخصية أو حساب مزيف
       *[other] حساب مزيف، أو شخص يتظاهر بأنه شخص آخر
    }
category-spam =
    { $band ->
        [age-6-9] رسائل مزعجة كثيرة
       *[other] رسائل مزعجة (سبام)
    }
category-other = شيء آخر
