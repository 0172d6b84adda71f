# TellSafe copy, Vietnamese. Children are addressed as "em", adults as "bạn".
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

wizard-get-help-now =
    { $band ->
        [age-6-9] Tìm giúp đỡ
       *[other] Tìm giúp đỡ ngay
    }
wizard-quick-exit = Thoát nhanh
wizard-back = Quay lại
wizard-next = Tiếp
wizard-send = Gửi
wizard-progress = Bước { $step } trên { $total }
wizard-draft-translation =
    { $band ->
        [age-6-9] Chưa có người lớn nào kiểm tra những chữ này.
       *[other] Chưa có ai kiểm tra bản dịch này. Một số từ có thể sai.
    }
help-trusted-adult =
    { $band ->
        [age-6-9] Hãy kể với một người lớn mà em tin. Nếu một người lớn đang làm hại em, hãy kể với một người lớn khác, hoặc gọi { $helpline }.
        [adult] Bạn có thể nhận hỗ trợ từ { $helpline }. Nếu có trẻ em đang gặp nguy hiểm, đừng chờ đợi.
       *[other] Hãy kể với một người lớn mà em tin. Nếu một người lớn đang làm hại em, hãy kể với một người lớn khác, hoặc liên hệ { $helpline }.
    }
help-trusted-adult-no-helpline =
    { $band ->
        [adult] Hãy nói chuyện với người bạn tin tưởng. Nếu có trẻ em đang gặp nguy hiểm, đừng chờ đợi.
       *[other] Hãy kể với một người lớn mà em tin. Nếu một người lớn đang làm hại em, hãy kể với một người lớn khác.
    }
help-emergency =
    { $band ->
        [age-6-9] Nếu em đang gặp nguy hiểm, hãy gọi số khẩn cấp.
        [adult] Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp tại địa phương.
       *[other] Nếu em đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp ở nơi em sống.
    }
help-emergency-number =
    { $band ->
        [age-6-9] Nếu em đang gặp nguy hiểm, hãy gọi { $number }.
        [adult] Nếu có ai đang gặp nguy hiểm ngay lúc này, hãy gọi { $number }.
       *[other] Nếu em đang gặp nguy hiểm ngay lúc này, hãy gọi { $number }.
    }
reassure-not-your-fault =
    { $band ->
        [adult] Đó không phải lỗi của bạn.
       *[other] Đó không phải lỗi của em.
    }
reassure-not-in-trouble =
    { $band ->
        [age-6-9] Em sẽ không bị mắng đâu.
        [adult] Bạn sẽ không gặp rắc rối.
       *[other] Em sẽ không gặp rắc rối.
    }
reassure-thank-you =
    { $band ->
        [adult] Cảm ơn bạn đã báo cáo việc này.
       *[other] Cảm ơn em đã kể cho chúng tôi.
    }
privacy-who-can-see =
    { $band ->
        [age-6-9] Nhóm an toàn của { $app } sẽ thấy là em đã gửi. Chúng tôi không nói với người kia là em. Nếu chỉ có hai người nói chuyện với nhau, họ có thể đoán ra.
        [adult] Nhóm an toàn của { $app } có thể thấy ai đã gửi báo cáo này. Người bị báo cáo không được biết ai đã báo cáo họ. Trong cuộc trò chuyện riêng, họ có thể đoán ra.
       *[other] Nhóm an toàn của { $app } có thể thấy là em đã gửi. Chúng tôi không nói với người kia ai đã gửi. Trong cuộc trò chuyện riêng, họ có thể đoán ra.
    }
    .title =
        { $band ->
            [age-6-9] Ai sẽ biết
           *[other] Ai có thể thấy
        }
duty-who-will-be-told =
    { $band ->
        [age-6-9] Luật nói { $app } phải báo cho một nhóm bảo vệ trẻ em. Em sẽ không gặp rắc rối.
        [adult] Theo luật, { $app } phải báo báo cáo này cho một nhóm bảo vệ trẻ em. Người báo cáo sẽ không gặp rắc rối.
       *[other] Luật nói { $app } phải báo việc này cho một nhóm bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
    .title =
        { $band ->
            [age-6-9] Chúng tôi sẽ báo cho ai
           *[other] Ai sẽ được báo
        }
duty-who-will-be-told-pictures =
    { $band ->
        [age-6-9] Việc này là về ảnh tình dục của một trẻ em. Vì vậy { $app } phải báo cho một nhóm bảo vệ trẻ em. Em sẽ không gặp rắc rối.
        [adult] Vì việc này liên quan đến hình ảnh tình dục của trẻ em, { $app } phải báo cho một nhóm bảo vệ trẻ em. Người báo cáo sẽ không gặp rắc rối.
       *[other] Vì việc này là về ảnh tình dục của một người trẻ, { $app } phải báo cho một nhóm bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
    .title =
        { $band ->
            [age-6-9] Chúng tôi sẽ báo cho ai
           *[other] Ai sẽ được báo
        }
next-what-happens =
    { $band ->
        [age-6-9] Mọi người ở { $app } sẽ xem những gì em gửi. { status-hear-back }
        [adult] Nhân viên của { $app } sẽ xem xét báo cáo của bạn. { status-hear-back }
       *[other] Mọi người ở { $app } sẽ xem những gì em gửi cho chúng tôi. { status-hear-back }
    }
    .title = Điều gì sẽ xảy ra tiếp theo
