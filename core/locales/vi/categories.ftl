# TellSafe copy, Vietnamese. Children are addressed as "em", adults as "bạn".
# DRAFT translation of en (see locale.json): not reviewed by a named human.
# Same ids and variables as en/; band keys: age-6-9, adult, *[other] (10-12 wording).

category-sexual-images-of-child =
    { $band ->
        [age-6-9] Ảnh hoặc video tình dục của trẻ em
        [adult] Hình ảnh hoặc video tình dục của trẻ em
       *[other] Ảnh hoặc video tình dục của em hoặc một bạn trẻ khác
    }
category-sexual-images-fake =
    { $band ->
        [age-6-9] Ảnh tình dục giả của trẻ em
        [adult] Hình ảnh tình dục giả của trẻ em, do AI tạo hoặc chỉnh sửa
       *[other] Ảnh tình dục giả của em hoặc một bạn trẻ khác
    }
category-asked-for-sexual-things =
    { $band ->
        [adult] Có người đòi trẻ em gửi ảnh hoặc làm hành vi tình dục
       *[other] Có người xin ảnh tình dục hoặc bảo làm chuyện tình dục
    }
category-threat-to-share-pictures =
    { $band ->
        [age-6-9] Có người nói sẽ chia sẻ ảnh của em nếu em không làm theo lời họ
        [adult] Có người đe dọa chia sẻ ảnh riêng tư để đạt được điều họ muốn
       *[other] Có người đe dọa chia sẻ ảnh của em nếu em không làm một việc gì đó
    }
category-unwanted-sexual-pictures =
    { $band ->
        [adult] Có người gửi hình ảnh tình dục không mong muốn
       *[other] Có người gửi ảnh tình dục mà em không muốn
    }
category-wants-to-meet =
    { $band ->
        [age-6-9] Có người trên mạng muốn gặp em
        [adult] Có người quen trên mạng muốn gặp trực tiếp một trẻ em
       *[other] Có người em quen trên mạng muốn gặp mặt trực tiếp
    }
category-pressured-on-live-stream =
    { $band ->
        [age-6-9] Có người bắt em làm những việc trong video trực tiếp
        [adult] Có người ép một người trẻ làm những việc trên livestream
       *[other] Có người ép em làm những việc trên livestream
    }
category-offered-money-or-gifts =
    { $band ->
        [adult] Có người đề nghị tiền hoặc quà để đổi lấy hành vi tình dục
       *[other] Có người cho tiền hoặc quà để đổi lấy chuyện tình dục
    }
category-hurting-me-in-real-life =
    { $band ->
        [adult] Có người đang bị làm hại ngoài đời thật
       *[other] Có người đang làm hại em ngoài đời thật
    }
category-bullying =
    { $band ->
        [age-6-9] Bắt nạt hoặc đối xử xấu
        [adult] Bắt nạt hoặc quấy rối
       *[other] Bắt nạt
    }
category-private-info-shared =
    { $band ->
        [age-6-9] Có người chia sẻ chuyện riêng của em
        [adult] Thông tin riêng tư bị chia sẻ khi chưa được đồng ý
       *[other] Có người chia sẻ thông tin riêng tư của em
    }
category-hate =
    { $band ->
        [age-6-9] Lời nói làm tổn thương một nhóm người
        [adult] Phát ngôn thù ghét nhắm vào một nhóm
       *[other] Thù ghét một nhóm người
    }
category-self-harm-or-suicide =
    { $band ->
        [age-6-9] Có người nói về việc tự làm đau mình
        [adult] Tự gây thương tích hoặc tự tử
       *[other] Có người nói về việc tự làm hại bản thân hoặc tự tử
    }
category-dangerous-challenge = Một thử thách nguy hiểm
category-violence-or-threats =
    { $band ->
        [age-6-9] Có người nói sẽ làm đau người khác
        [adult] Bạo lực hoặc đe dọa bạo lực
       *[other] Bạo lực, hoặc đe dọa làm hại ai đó
    }
category-scam =
    { $band ->
        [age-6-9] Có người tìm cách lừa em
        [adult] Lừa đảo hoặc gian lận
       *[other] Lừa đảo, hoặc mánh khóe để lấy tiền hay đồ
    }
category-impersonation-or-fake-account =
    { $band ->
        [age-6-9] Có người giả làm người khác
        [adult] Mạo danh hoặc tài khoản giả
       *[other] Tài khoản giả, hoặc người giả làm người khác
    }
category-spam =
    { $band ->
        [age-6-9] Rất nhiều tin nhắn rác
        [adult] Spam
       *[other] Spam hoặc tin nhắn rác
    }
category-other = Chuyện khác
