# Nội dung gói pháp lý (đường dây hỗ trợ, "ai sẽ được báo", khiếu nại).
# Draft translation of en/help.ftl, not reviewed by a human. See locale.json.

## Helplines. Variables: $name (the service's own name), $number (value) or $url (.web).

help-helpline-counselling =
    { $band ->
        [adult] { $name } hỗ trợ và lắng nghe bạn. Gọi { $number }.
       *[other] Em có thể nói chuyện về bất cứ điều gì với một người ở { $name }. Gọi { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } hỗ trợ và lắng nghe bạn. Vào { $url }.
           *[other] Em có thể nói chuyện về bất cứ điều gì với một người ở { $name }. Vào { $url }.
        }
help-helpline-crisis =
    { $band ->
        [adult] Nếu bạn hoặc người bạn biết đang khủng hoảng, { $name } có thể giúp. Gọi { $number }.
       *[other] Nếu em thấy rất buồn hoặc nghĩ đến việc làm hại bản thân, { $name } sẽ lắng nghe em. Gọi { $number }.
    }
    .web =
        { $band ->
            [adult] Nếu bạn hoặc người bạn biết đang khủng hoảng, { $name } có thể giúp. Vào { $url }.
           *[other] Nếu em thấy rất buồn hoặc nghĩ đến việc làm hại bản thân, { $name } sẽ lắng nghe em. Vào { $url }.
        }
help-helpline-child-protection =
    { $band ->
        [adult] { $name } có thể can thiệp khi một trẻ em có thể gặp nguy hiểm. Gọi { $number }.
       *[other] Nếu có ai đang làm hại em, { $name } có thể giúp em được an toàn. Gọi { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } có thể can thiệp khi một trẻ em có thể gặp nguy hiểm. Vào { $url }.
           *[other] Nếu có ai đang làm hại em, { $name } có thể giúp em được an toàn. Vào { $url }.
        }
help-helpline-online-harm =
    { $band ->
        [adult] { $name } hỗ trợ về tác hại trên mạng, kể cả việc gỡ nội dung có hại. Gọi { $number }.
       *[other] { $name } giúp với các vấn đề trên mạng, như bị bắt nạt hoặc ảnh bị chia sẻ khi chưa được phép. Gọi { $number }.
    }
    .web =
        { $band ->
            [adult] { $name } hỗ trợ về tác hại trên mạng, kể cả việc gỡ nội dung có hại. Vào { $url }.
           *[other] { $name } giúp với các vấn đề trên mạng, như bị bắt nạt hoặc ảnh bị chia sẻ khi chưa được phép. Vào { $url }.
        }
help-helpline-reporting =
    { $band ->
        [adult] Bạn cũng có thể báo trực tiếp việc này cho { $name }. Gọi { $number }.
       *[other] Em cũng có thể báo việc này cho { $name }. Gọi { $number }.
    }
    .web =
        { $band ->
            [adult] Bạn cũng có thể báo trực tiếp việc này cho { $name }. Vào { $url }.
           *[other] Em cũng có thể báo việc này cho { $name }. Vào { $url }.
        }

## "Who will be told": duty-<recipient>-<must|may>-<condition>. Only $band and $app.

duty-ncmec-cyber-tipline-must-content-confirmed =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } xác nhận nội dung được báo cáo, luật buộc { $app } phải báo cho CyberTipline của NCMEC, trung tâm của Hoa Kỳ về trẻ em mất tích và bị bóc lột. Người báo cáo sẽ không gặp rắc rối.
       *[other] Người ở { $app } sẽ xem những gì em gửi. Nếu đúng như em kể, luật nói { $app } phải báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
duty-ncmec-cyber-tipline-must-threat-to-life =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } nghi ngờ có tội phạm đe dọa tính mạng hoặc sự an toàn của ai đó, luật buộc { $app } phải báo cho CyberTipline của NCMEC, trung tâm của Hoa Kỳ về trẻ em mất tích và bị bóc lột. Người báo cáo sẽ không gặp rắc rối.
       *[other] Nếu người ở { $app } nghĩ có ai đó đang thật sự gặp nguy hiểm, luật nói { $app } phải báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
duty-ncmec-cyber-tipline-may-content-confirmed =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } xác nhận nội dung được báo cáo, luật cho phép { $app } báo cho CyberTipline của NCMEC, trung tâm của Hoa Kỳ về trẻ em mất tích và bị bóc lột. Người báo cáo sẽ không gặp rắc rối.
       *[other] Người ở { $app } sẽ xem những gì em gửi. Nếu đúng như em kể, { $app } có thể báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
duty-ncmec-cyber-tipline-may-threat-to-life =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } nghi ngờ có tội phạm đe dọa tính mạng hoặc sự an toàn của ai đó, luật cho phép { $app } báo cho CyberTipline của NCMEC, trung tâm của Hoa Kỳ về trẻ em mất tích và bị bóc lột. Người báo cáo sẽ không gặp rắc rối.
       *[other] Nếu người ở { $app } nghĩ có ai đó đang thật sự gặp nguy hiểm, { $app } có thể báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
duty-law-enforcement-must-content-confirmed =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } xác nhận nội dung được báo cáo, luật buộc { $app } phải báo cho công an hoặc cơ quan chức năng khác. Người báo cáo sẽ không gặp rắc rối.
       *[other] Người ở { $app } sẽ xem những gì em gửi. Nếu đúng như em kể, luật nói { $app } phải báo cho những người có nhiệm vụ giữ an toàn cho mọi người. Em sẽ không gặp rắc rối.
    }
duty-law-enforcement-must-threat-to-life =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } nghi ngờ có tội phạm đe dọa tính mạng hoặc sự an toàn của ai đó, luật buộc { $app } phải báo cho công an hoặc cơ quan chức năng khác. Người báo cáo sẽ không gặp rắc rối.
       *[other] Nếu người ở { $app } nghĩ có ai đó đang thật sự gặp nguy hiểm, luật nói { $app } phải báo cho những người có nhiệm vụ giữ an toàn cho mọi người. Em sẽ không gặp rắc rối.
    }
duty-law-enforcement-may-content-confirmed =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } xác nhận nội dung được báo cáo, luật cho phép { $app } báo cho công an hoặc cơ quan chức năng khác. Người báo cáo sẽ không gặp rắc rối.
       *[other] Người ở { $app } sẽ xem những gì em gửi. Nếu đúng như em kể, { $app } có thể báo cho những người có nhiệm vụ giữ an toàn cho mọi người. Em sẽ không gặp rắc rối.
    }
duty-law-enforcement-may-threat-to-life =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } nghi ngờ có tội phạm đe dọa tính mạng hoặc sự an toàn của ai đó, luật cho phép { $app } báo cho công an hoặc cơ quan chức năng khác. Người báo cáo sẽ không gặp rắc rối.
       *[other] Nếu người ở { $app } nghĩ có ai đó đang thật sự gặp nguy hiểm, { $app } có thể báo cho những người có nhiệm vụ giữ an toàn cho mọi người. Em sẽ không gặp rắc rối.
    }
duty-national-crime-agency-must-content-confirmed =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } xác nhận nội dung được báo cáo, luật buộc { $app } phải báo cho Cơ quan Tội phạm Quốc gia Anh (NCA). Người báo cáo sẽ không gặp rắc rối.
       *[other] Người ở { $app } sẽ xem những gì em gửi. Nếu đúng như em kể, luật nói { $app } phải báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
duty-national-crime-agency-must-threat-to-life =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } nghi ngờ có tội phạm đe dọa tính mạng hoặc sự an toàn của ai đó, luật buộc { $app } phải báo cho Cơ quan Tội phạm Quốc gia Anh (NCA). Người báo cáo sẽ không gặp rắc rối.
       *[other] Nếu người ở { $app } nghĩ có ai đó đang thật sự gặp nguy hiểm, luật nói { $app } phải báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
duty-national-crime-agency-may-content-confirmed =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } xác nhận nội dung được báo cáo, luật cho phép { $app } báo cho Cơ quan Tội phạm Quốc gia Anh (NCA). Người báo cáo sẽ không gặp rắc rối.
       *[other] Người ở { $app } sẽ xem những gì em gửi. Nếu đúng như em kể, { $app } có thể báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }
duty-national-crime-agency-may-threat-to-life =
    { $band ->
        [adult] Nếu nhóm an toàn của { $app } nghi ngờ có tội phạm đe dọa tính mạng hoặc sự an toàn của ai đó, luật cho phép { $app } báo cho Cơ quan Tội phạm Quốc gia Anh (NCA). Người báo cáo sẽ không gặp rắc rối.
       *[other] Nếu người ở { $app } nghĩ có ai đó đang thật sự gặp nguy hiểm, { $app } có thể báo cho một nhóm có nhiệm vụ bảo vệ trẻ em. Em sẽ không gặp rắc rối.
    }

## Redress: redress-<kind>-<body>. Only $band and $app.

redress-internal-complaint-platform =
    { $band ->
        [adult] Nếu bạn không đồng ý với một quyết định, bạn có thể khiếu nại với { $app } và yêu cầu xem xét lại.
       *[other] Nếu em nghĩ { $app } đã sai, em có thể nhờ người ở { $app } xem lại.
    }
redress-internal-complaint-certified-dispute-body =
    { $band ->
        [adult] Nếu bạn không đồng ý với một quyết định, bạn có thể khiếu nại với một tổ chức được chứng nhận giải quyết tranh chấp ngoài tòa án và yêu cầu xem xét lại.
       *[other] Nếu em nghĩ { $app } đã sai, em có thể nhờ một nhóm bên ngoài { $app } giúp khi mọi người không đồng ý với nhau xem lại.
    }
redress-internal-complaint-esafety-commissioner =
    { $band ->
        [adult] Nếu bạn không đồng ý với một quyết định, bạn có thể khiếu nại với Ủy viên eSafety của Úc và yêu cầu xem xét lại.
       *[other] Nếu em nghĩ { $app } đã sai, em có thể nhờ eSafety, một nhóm ở Úc giúp người trẻ trên mạng xem lại.
    }
redress-internal-complaint-ofcom =
    { $band ->
        [adult] Nếu bạn không đồng ý với một quyết định, bạn có thể khiếu nại với Ofcom, cơ quan quản lý an toàn trực tuyến của Anh và yêu cầu xem xét lại.
       *[other] Nếu em nghĩ { $app } đã sai, em có thể nhờ Ofcom, một nhóm kiểm tra các ứng dụng ở Anh xem lại.
    }
redress-out-of-court-dispute-platform =
    { $band ->
        [adult] Nếu bạn vẫn không đồng ý, bạn có thể đưa quyết định đến { $app }.
       *[other] Nếu em vẫn nghĩ là sai, em cũng có thể nhờ người ở { $app } xem.
    }
redress-out-of-court-dispute-certified-dispute-body =
    { $band ->
        [adult] Nếu bạn vẫn không đồng ý, bạn có thể đưa quyết định đến một tổ chức được chứng nhận giải quyết tranh chấp ngoài tòa án.
       *[other] Nếu em vẫn nghĩ là sai, em cũng có thể nhờ một nhóm bên ngoài { $app } giúp khi mọi người không đồng ý với nhau xem.
    }
redress-out-of-court-dispute-esafety-commissioner =
    { $band ->
        [adult] Nếu bạn vẫn không đồng ý, bạn có thể đưa quyết định đến Ủy viên eSafety của Úc.
       *[other] Nếu em vẫn nghĩ là sai, em cũng có thể nhờ eSafety, một nhóm ở Úc giúp người trẻ trên mạng xem.
    }
redress-out-of-court-dispute-ofcom =
    { $band ->
        [adult] Nếu bạn vẫn không đồng ý, bạn có thể đưa quyết định đến Ofcom, cơ quan quản lý an toàn trực tuyến của Anh.
       *[other] Nếu em vẫn nghĩ là sai, em cũng có thể nhờ Ofcom, một nhóm kiểm tra các ứng dụng ở Anh xem.
    }
redress-regulator-complaint-platform =
    { $band ->
        [adult] Nếu { $app } không giải quyết, bạn có thể khiếu nại với { $app }, nơi có thể xử lý từng trường hợp.
       *[other] Nếu { $app } không giải quyết, em có thể kể với người ở { $app }. Một người lớn có thể giúp em.
    }
redress-regulator-complaint-certified-dispute-body =
    { $band ->
        [adult] Nếu { $app } không giải quyết, bạn có thể khiếu nại với một tổ chức được chứng nhận giải quyết tranh chấp ngoài tòa án, nơi có thể xử lý từng trường hợp.
       *[other] Nếu { $app } không giải quyết, em có thể kể với một nhóm bên ngoài { $app } giúp khi mọi người không đồng ý với nhau. Một người lớn có thể giúp em.
    }
redress-regulator-complaint-esafety-commissioner =
    { $band ->
        [adult] Nếu { $app } không giải quyết, bạn có thể khiếu nại với Ủy viên eSafety của Úc, nơi có thể xử lý từng trường hợp.
       *[other] Nếu { $app } không giải quyết, em có thể kể với eSafety, một nhóm ở Úc giúp người trẻ trên mạng. Một người lớn có thể giúp em.
    }
redress-regulator-complaint-ofcom =
    { $band ->
        [adult] Nếu { $app } không giải quyết, bạn có thể khiếu nại với Ofcom, cơ quan quản lý an toàn trực tuyến của Anh, nơi có thể xử lý từng trường hợp.
       *[other] Nếu { $app } không giải quyết, em có thể kể với Ofcom, một nhóm kiểm tra các ứng dụng ở Anh. Một người lớn có thể giúp em.
    }
redress-regulator-oversight-platform =
    { $band ->
        [adult] Còn có { $app }. Cơ quan này giám sát cách { $app } xử lý khiếu nại. Cơ quan này không quyết định từng trường hợp, nhưng bạn có thể báo cho họ về một vấn đề.
       *[other] Còn có người ở { $app }. Họ kiểm tra xem { $app } có xử lý vấn đề công bằng không. Họ không xem từng báo cáo, nhưng em có thể báo cho họ nếu thấy có gì sai.
    }
redress-regulator-oversight-certified-dispute-body =
    { $band ->
        [adult] Còn có một tổ chức được chứng nhận giải quyết tranh chấp ngoài tòa án. Cơ quan này giám sát cách { $app } xử lý khiếu nại. Cơ quan này không quyết định từng trường hợp, nhưng bạn có thể báo cho họ về một vấn đề.
       *[other] Còn có một nhóm bên ngoài { $app } giúp khi mọi người không đồng ý với nhau. Họ kiểm tra xem { $app } có xử lý vấn đề công bằng không. Họ không xem từng báo cáo, nhưng em có thể báo cho họ nếu thấy có gì sai.
    }
redress-regulator-oversight-esafety-commissioner =
    { $band ->
        [adult] Còn có Ủy viên eSafety của Úc. Cơ quan này giám sát cách { $app } xử lý khiếu nại. Cơ quan này không quyết định từng trường hợp, nhưng bạn có thể báo cho họ về một vấn đề.
       *[other] Còn có eSafety, một nhóm ở Úc giúp người trẻ trên mạng. Họ kiểm tra xem { $app } có xử lý vấn đề công bằng không. Họ không xem từng báo cáo, nhưng em có thể báo cho họ nếu thấy có gì sai.
    }
redress-regulator-oversight-ofcom =
    { $band ->
        [adult] Còn có Ofcom, cơ quan quản lý an toàn trực tuyến của Anh. Cơ quan này giám sát cách { $app } xử lý khiếu nại. Cơ quan này không quyết định từng trường hợp, nhưng bạn có thể báo cho họ về một vấn đề.
       *[other] Còn có Ofcom, một nhóm kiểm tra các ứng dụng ở Anh. Họ kiểm tra xem { $app } có xử lý vấn đề công bằng không. Họ không xem từng báo cáo, nhưng em có thể báo cho họ nếu thấy có gì sai.
    }
