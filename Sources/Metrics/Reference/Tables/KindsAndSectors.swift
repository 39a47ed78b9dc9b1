// Kinds and sectors: codes and Korean labels exactly as the activity-log format (docs/activity-log.md)
// gives them. Every code, every label and every `·`-separated term of a label is accepted as a value;
// `extraAliases` adds the other words offices use for the same thing.
extension ReferenceTables {
    struct Label: Sendable {
        let code: String
        let korean: String
        let extraAliases: [String]
    }

    /// In `Kind` order.
    static let kindLabels: [Label] = [
        Label(code: "mission", korean: "경제사절단·해외출장·시장개척단",
              extraAliases: ["사절단", "출장", "해외순방", "순방", "시장개척", "trade mission"]),
        Label(code: "delegation", korean: "방문단 접견·내방",
              extraAliases: ["방문단", "접견", "내방", "방문단접견"]),
        Label(code: "agreement", korean: "업무협약·양해각서·자매결연",
              extraAliases: ["협약", "MOU", "협약체결", "자매도시", "우호교류", "우호협력", "sister city"]),
        Label(code: "forum", korean: "포럼·간담회·설명회·만찬",
              extraAliases: ["세미나", "면담", "회의", "투자설명회", "meeting", "seminar"]),
        Label(code: "expo", korean: "박람회·전시회",
              extraAliases: ["전시", "공동관", "trade show", "exhibition", "fair"]),
        Label(code: "consultation", korean: "수출상담회·B2B 면담",
              extraAliases: ["상담회", "수출상담", "B2B", "B2B 상담회", "B2B meeting", "matchmaking"]),
        Label(code: "promotion", korean: "홍보관·판촉전",
              extraAliases: ["홍보", "판촉", "홍보관 운영"]),
        Label(code: "advisor", korean: "자문관 위촉",
              extraAliases: ["자문관", "해외자문관", "통상자문관", "해외통상자문관", "adviser"]),
        Label(code: "other", korean: "기타", extraAliases: []),
    ]

    /// In `Sector` order.
    static let sectorLabels: [Label] = [
        Label(code: "bio", korean: "바이오·헬스", extraAliases: ["바이오헬스", "health", "biohealth"]),
        Label(code: "medical", korean: "의료기기", extraAliases: ["의료", "medical devices"]),
        Label(code: "mobility", korean: "미래차·자율주행·전기차",
              extraAliases: ["모빌리티", "미래모빌리티", "자동차", "EV"]),
        Label(code: "aerospace", korean: "UAM·우주·항공",
              extraAliases: ["도심항공교통", "항공우주", "우주항공", "space"]),
        Label(code: "battery", korean: "이차전지", extraAliases: ["배터리", "2차전지", "batteries"]),
        Label(code: "energy", korean: "수소·재생에너지",
              extraAliases: ["에너지", "수소에너지", "신재생에너지", "hydrogen"]),
        Label(code: "agrifood", korean: "농생명·식품·스마트팜·주류",
              extraAliases: ["농식품", "농업", "푸드", "K-푸드", "agri-food", "food", "agriculture"]),
        Label(code: "ict", korean: "전자·반도체·웨어러블·SW",
              extraAliases: ["ICT", "IT", "소프트웨어", "반도체·SW", "정보통신"]),
        Label(code: "manufacturing", korean: "기계·소재·부품",
              extraAliases: ["제조", "제조업", "소재·부품", "뿌리산업"]),
        Label(code: "trade", korean: "유통·물류·전자상거래",
              extraAliases: ["무역", "통상", "물류", "전자상거래", "이커머스", "e-commerce"]),
        Label(code: "culture", korean: "문화·콘텐츠", extraAliases: ["K-콘텐츠", "contents"]),
        Label(code: "tourism", korean: "관광", extraAliases: []),
        Label(code: "sports", korean: "스포츠", extraAliases: ["체육"]),
        Label(code: "education", korean: "학술·교육·도서관",
              extraAliases: ["academia", "학술교류", "대학", "library"]),
        Label(code: "other", korean: "기타", extraAliases: []),
    ]
}
