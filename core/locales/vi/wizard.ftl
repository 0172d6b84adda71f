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
# DRAFT: new message, machine-drafted from en, not reviewed (see locale.json).
wizard-send-failed =
    { $band ->
        [age-6-9] Báo cáo của em chưa được gửi. Đó không phải lỗi của em. Em hãy thử lại nhé.
       *[other] Chưa gửi được báo cáo của bạn. Đó không phải lỗi của bạn. Vui lòng thử lại.
    }
wizard-try-again = Thử lại
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

review-good-faith = Khi gửi báo cáo này, bạn xác nhận rằng bạn tin báo cáo này chính xác và đầy đủ.
review-notice-good-faith = { privacy-who-can-see } { review-good-faith }
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

## The report flow (core/flows/report.json) and safety scripts (core/data/safety-scripts.json).
## Draft translation of the en copy by the TellSafe authors with machine assistance; not reviewed
## by a native speaker. Band variants are collapsed to one wording (10-12).
flow-skip = Bỏ qua
flow-yes = Có
flow-no-or-unsure = Không, hoặc mình không chắc
flow-age = Bạn bao nhiêu tuổi?
flow-age-6-9 = Dưới 10 tuổi
flow-age-10-12 = Từ 10 đến 12 tuổi
flow-age-13-15 = Từ 13 đến 15 tuổi
flow-age-16-17 = 16 hoặc 17 tuổi
flow-age-adult = 18 tuổi trở lên
flow-what = Chuyện gì đã xảy ra?
flow-what-caregiver = Chuyện gì đã xảy ra với trẻ? Chọn ý phù hợp nhất.
flow-safety = Trước hết, một vài điều có thể giúp bạn.
flow-danger = Bây giờ bạn có đang gặp nguy hiểm không?
flow-danger-yes = Có, bây giờ mình không an toàn
flow-danger-no = Không, bây giờ mình an toàn
flow-danger-help = Hãy tìm sự giúp đỡ ngay. Bạn có thể tiếp tục sau.
safety-danger-call = Gọi số bên dưới, hoặc nói với một người lớn ở gần bạn.
safety-danger-adult = Khi đã an toàn, bạn có thể kể cho chúng tôi chuyện đã xảy ra.
flow-young-stop = Bây giờ bạn muốn làm gì?
flow-intents = Bây giờ bạn muốn làm gì?
flow-intents-body = Những điều này chỉ thay đổi những gì bạn thấy. Người kia không được báo.
flow-intent-restrict = Hạn chế người đó mà họ không biết
flow-intent-mute = Không xem bài đăng và tin nhắn của họ nữa
flow-intent-hide-item = Ẩn nội dung này với mình
flow-intent-hide-connections = Ẩn bạn bè và người theo dõi của mình khỏi người đó
flow-intent-block = Chặn người đó (sau khi chúng tôi nhận được báo cáo)
flow-intent-none = Chưa làm gì lúc này
flow-text = Bạn có muốn kể thêm không?
flow-text-body = Bạn có thể bỏ qua. Đừng thêm ảnh. Chúng tôi đã thấy điều bạn báo cáo.
flow-who = Ai đã làm việc này?
flow-who-caregiver = Ai đã làm việc này với trẻ?
flow-who-known = Người mình biết ngoài đời
flow-who-online = Người mình chỉ biết trên mạng
flow-who-unknown = Mình không biết là ai
flow-depicted = Những bức ảnh đó có phải là ảnh của bạn không?
flow-depicted-body = Đó không phải lỗi của bạn. Bạn không gặp rắc rối gì.
flow-outcome = Bạn muốn điều gì xảy ra?
flow-outcome-body = Chúng tôi cho nhóm an toàn biết bạn muốn gì. Họ sẽ quyết định.
flow-outcome-take-down = Gỡ nó xuống
flow-outcome-stop-contact = Làm người đó ngừng liên lạc với mình
flow-outcome-someone-know = Mình chỉ muốn có ai đó biết
flow-outcome-keep-private = Mình chỉ muốn có ai đó biết. Xin đừng nói với ai khác.
flow-outcome-help-for-me = Mình cần được giúp đỡ
flow-outcome-not-sure = Mình không chắc
flow-notify = Chúng tôi có nên báo cho bạn ở đây khi có thay đổi không?
flow-notify-body = Nếu người khác có thể xem điện thoại của bạn, bạn có thể tự kiểm tra ở đây.
flow-notify-tell-me = Báo cho mình ở đây khi có thay đổi
flow-notify-dont = Đừng thông báo, mình sẽ tự xem
flow-review = Kiểm tra trước khi gửi
safety-sextortion-dont-pay = Đừng trả tiền. Đừng gửi thêm ảnh.
safety-sextortion-stop-replying = Ngừng trả lời họ. Bạn không cần phải trả lời.
safety-sextortion-we-keep = Đừng xóa tin nhắn. Chúng tôi giữ một bản sao cùng báo cáo của bạn.
safety-sextortion-restrict-block = Bạn có thể hạn chế họ ngay, rồi chặn họ sau khi chúng tôi nhận được báo cáo.
safety-asked-stop-replying = Bạn không cần trả lời họ. Bạn có thể dừng bất cứ lúc nào.
safety-pictures-dont-share = Đừng gửi ảnh cho bất kỳ ai, kể cả chúng tôi. Chúng tôi có thể tìm thấy chúng.
safety-pictures-handoff = Các dịch vụ miễn phí này có thể giúp gỡ ảnh xuống.
safety-handoff-take-it-down = Take It Down (NCMEC)
safety-handoff-report-remove = Report Remove (Childline và IWF)
safety-self-harm-helpline = Hãy nói chuyện với ai đó ngay. Đường dây hỗ trợ bên dưới miễn phí.
safety-self-harm-not-alone = Bạn không đơn độc. Bạn đã làm đúng khi kể cho chúng tôi.
safety-hurting-helpline = Đường dây hỗ trợ bên dưới có thể giúp bạn. Họ nói chuyện với người trẻ mỗi ngày.
safety-hurting-different-adult = Nếu một người lớn đang làm hại bạn, hãy nói với một người lớn khác mà bạn tin tưởng.
