# TellSafe copy, Vietnamese. Children are addressed as "em", adults as "bạn".
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

status-hear-back =
    { $days ->
        [none] Chúng tôi sẽ báo ở đây khi biết thêm.
        [one] Chúng tôi sẽ báo thêm ở đây trong vòng { $days } ngày.
       *[other] Chúng tôi sẽ báo thêm ở đây trong vòng { $days } ngày.
    }
status-sent =
    { $band ->
        [age-6-9] Báo cáo của em đang trên đường đi. Nó sẽ đến { $app } khi em có mạng.
        [adult] Báo cáo của bạn đang chờ gửi đến { $app }. Nó sẽ được gửi ngay khi thiết bị này có mạng.
       *[other] Báo cáo của em đang được gửi đến { $app }. Nó sẽ đến ngay khi em có mạng.
    }
    .title = Đã gửi
status-received =
    { $band ->
        [age-6-9] { $app } đã nhận báo cáo của em. Sẽ có người xem. { status-hear-back }
        [adult] { $app } đã nhận báo cáo của bạn. Báo cáo đang chờ người xem xét. { status-hear-back }
       *[other] Mọi người ở { $app } đã nhận báo cáo của em. Sẽ có người xem sớm. { status-hear-back }
    }
    .title =
        { $band ->
            [age-6-9] Đã nhận được
           *[other] Đã nhận
        }
status-looking-at-it =
    { $band ->
        [age-6-9] Một người ở { $app } đang xem những gì em kể. { status-hear-back }
        [adult] Một người ở { $app } đang xem xét báo cáo của bạn. { status-hear-back }
       *[other] Mọi người ở { $app } đang xem những gì em kể với chúng tôi. { status-hear-back }
    }
    .title = Đang xem
status-need-to-ask-you =
    { $band ->
        [age-6-9] Chúng tôi có một câu hỏi cho em. Hãy trả lời ở đây để chúng tôi giúp được.
        [adult] Người xem xét báo cáo của bạn cần hỏi một điều. Hãy trả lời ở đây để họ tiếp tục.
       *[other] Chúng tôi cần hỏi em một điều trước khi quyết định. Hãy trả lời ở đây khi em có thể.
    }
    .title = Chúng tôi cần hỏi em
status-decided =
    { $band ->
        [age-6-9] Chúng tôi đã xem những gì em kể và đã chọn cách làm. Nếu em nghĩ chúng tôi sai, em có thể nhờ chúng tôi xem lại.
        [adult] { $app } đã đưa ra quyết định về báo cáo của bạn. Nếu không đồng ý, bạn có thể yêu cầu xem xét lại.
       *[other] Mọi người ở { $app } đã xem báo cáo của em và quyết định cách làm. Nếu em nghĩ chúng tôi sai, em có thể nhờ chúng tôi xem lại.
    }
    .title =
        { $band ->
            [age-6-9] Đã chọn
           *[other] Đã quyết định
        }
status-handed-to-specialists =
    { $band ->
        [adult] Chúng tôi đã chuyển việc này cho một nhóm có nhiệm vụ bảo vệ trẻ em. Chúng tôi không thể chia sẻ thêm chi tiết. Bạn có thể tìm hỗ trợ bất cứ lúc nào.
       *[other] Chúng tôi đã chuyển việc này cho những người có nhiệm vụ giữ an toàn cho trẻ em. Em sẽ không gặp rắc rối. Em có thể tìm giúp đỡ bất cứ lúc nào bằng nút trợ giúp.
    }
    .title =
        { $band ->
            [adult] Đã chuyển cho chuyên gia
           *[other] Đã chuyển cho nhóm bảo vệ
        }
status-looked-again =
    { $band ->
        [age-6-9] Chúng tôi đã xem lại báo cáo của em. Phần tiếp theo cho biết lần này chúng tôi quyết định gì.
        [adult] { $app } đã xem xét lại báo cáo của bạn. Quyết định mới được hiển thị ở đây.
       *[other] Mọi người ở { $app } đã xem lại báo cáo của em. Em có thể xem ở đây lần này chúng tôi quyết định gì.
    }
    .title = Đã xem lại
outcome-removed =
    { $band ->
        [age-6-9] Chúng tôi đã gỡ nó xuống. Nếu em thấy lại, hãy báo cho chúng tôi.
        [adult] Chúng tôi đã gỡ nó. Nếu nó xuất hiện lại, bạn có thể báo cáo lần nữa.
       *[other] Chúng tôi đã gỡ nó. Nếu em thấy lại, em có thể báo cáo lần nữa.
    }
outcome-restricted =
    { $band ->
        [age-6-9] Chúng tôi làm cho ít người thấy nó hơn. Em vẫn có thể chặn người này.
        [adult] Chúng tôi đã giới hạn ai có thể thấy nó. Bạn vẫn có thể chặn hoặc tắt tiếng tài khoản đó.
       *[other] Chúng tôi đã giới hạn ai có thể thấy nó. Em vẫn có thể chặn hoặc tắt tiếng người này.
    }
outcome-account-stopped =
    { $band ->
        [age-6-9] Chúng tôi đã dừng tài khoản này. Nếu họ quay lại, hãy báo cho chúng tôi.
        [adult] Chúng tôi đã tạm khóa tài khoản. Nếu người đó quay lại bằng tài khoản mới, bạn có thể báo cáo.
       *[other] Chúng tôi đã dừng tài khoản này. Nếu người này tìm em bằng tài khoản mới, em có thể báo cáo.
    }
outcome-warned =
    { $band ->
        [age-6-9] Chúng tôi đã bảo người này dừng lại. Nếu chuyện đó xảy ra nữa, hãy báo cho chúng tôi.
        [adult] Chúng tôi đã cảnh cáo tài khoản về quy định của chúng tôi. Nếu vẫn tiếp diễn, bạn có thể báo cáo lần nữa.
       *[other] Chúng tôi đã cảnh cáo người này về quy định của chúng tôi. Nếu chuyện đó xảy ra nữa, hãy báo và chúng tôi sẽ xem lại.
    }
outcome-not-removed =
    { $band ->
        [age-6-9] Chúng tôi đã xem kỹ và không gỡ nó. Em vẫn có thể chặn người này và kể với một người lớn mà em tin.
        [adult] Chúng tôi đã xem xét kỹ và không gỡ nó. Bạn vẫn có thể chặn hoặc tắt tiếng tài khoản đó, hoặc yêu cầu xem xét lại.
       *[other] Chúng tôi đã xem kỹ và không gỡ nó. Em vẫn có thể chặn hoặc tắt tiếng người này, hoặc nhờ chúng tôi xem lại.
    }

# Shown when the reporter asks to withdraw a report (delete everywhere) and the platform must keep
# it for now: a preservation hold or a legal duty to report. Honest, never blaming. Draft translation, not reviewed.
withdraw-kept =
    { $band ->
        [age-6-9] Chúng mình chưa thể rút lại báo cáo này. Quy định nói chúng mình phải giữ nó lúc này, để giúp giữ an toàn cho trẻ em. Đó không phải lỗi của bạn.
       *[other] Chúng mình chưa thể xóa báo cáo này. Luật nói { $app } phải giữ nó lúc này, để giúp bạn và mọi người được an toàn. Đó không phải lỗi của bạn.
    }
