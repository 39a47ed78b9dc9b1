import TradeMetrics

/// One column of the activity-log form: its header (one the log reader accepts), width, look, and
/// the rule Excel applies as a value is typed.
struct FormColumn {
    let column: Column
    let header: String
    let width: Double
    let style: CellStyle
    let rule: CellRule
}

/// The columns of the form, in the contract's order, in one language. `lists` names the ranges of
/// the hidden sheet that hold the long drop-down lists.
struct FormColumns {
    static let firstDay = Day(year: 2000, month: 1, day: 1)!
    static let lastDay = Day(year: 2100, month: 12, day: 31)!
    static let dateFormat = "yyyy-mm-dd"
    static let countFormat = "#,##0"

    let language: Language
    let officeRange: String
    let countryRange: String

    var all: [FormColumn] { Column.allCases.map(self.column) }

    private func text(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    private func column(_ column: Column) -> FormColumn {
        let plain = CellStyle()
        let date = CellStyle(numberFormat: Self.dateFormat, alignment: .left)
        let count = CellStyle(numberFormat: Self.countFormat)
        let free = { (title: String, note: String) in CellRule(accepts: .anything, title: title, note: note) }
        let whole = { (title: String, note: String) in
            CellRule(accepts: .wholeNumber(atLeast: 0), title: title, note: note,
                     errorMessage: self.text("0 이상의 정수(개수)를 숫자로 적어 주세요. 예: 12", "Write a whole number, 0 or more. Example: 12"))
        }
        let amount = { (title: String, note: String) in
            CellRule(accepts: .decimal(atLeast: 0), title: title, note: note,
                     errorMessage: self.text("0 이상의 금액을 미국 달러로, 숫자만 적어 주세요. 예: 1500000", "Write an amount in US dollars, 0 or more, digits only. Example: 1500000"))
        }
        switch column {
        case .id:
            return FormColumn(column: column, header: text("번호(자동)", "ID (auto)"), width: 16, style: plain, rule: free(
                text("번호", "ID"),
                text("비워 두세요. 번호는 행의 내용으로 정해지므로 정렬·복사·삭제해도 겹치지 않습니다. 예전 기록의 번호는 그대로 두세요.",
                     "Leave it empty: the ID is made from the row's content, so sorting, copying and deleting rows never clash. Keep the IDs of older rows.")))
        case .date:
            return FormColumn(column: column, header: text("일자", "Date"), width: 12, style: date, rule: CellRule(
                accepts: .date(from: Self.firstDay, to: Self.lastDay), title: text("일자 (필수)", "Date (required)"),
                note: text("활동한 날(여러 날이면 첫날). 예: 2026-03-05", "The day of the activity (the first, if several). Example: 2026-03-05"),
                errorMessage: text("2000-01-01부터 2100-12-31 사이의 날짜를 2026-03-05처럼 적어 주세요.",
                                   "Write a date between 2000-01-01 and 2100-12-31, like 2026-03-05.")))
        case .endDate:
            return FormColumn(column: column, header: text("종료일", "End date"), width: 12, style: date, rule: CellRule(
                accepts: .dateFrom(cell: "B2", to: Self.lastDay), title: text("종료일", "End date"),
                note: text("여러 날 걸친 활동의 마지막 날. 하루면 비워 둡니다. 예: 2026-03-07", "The last day of an activity over several days; empty for one day. Example: 2026-03-07"),
                errorMessage: text("종료일은 일자보다 빠를 수 없습니다(2100-12-31까지).", "The end date cannot be before the date (nor after 2100-12-31).")))
        case .office:
            return FormColumn(column: column, header: text("기관", "Office"), width: 24, style: plain, rule: CellRule(
                accepts: .listIn(range: officeRange), title: text("기관 (필수)", "Office (required)"),
                note: text("활동한 도 또는 시·군·구를 목록에서 고르세요. 예: 전북특별자치도, 전주시", "Choose the province or municipality from the list. Example: 전북특별자치도"),
                errorMessage: text("기관은 목록에서 골라 주세요.", "Choose the office from the list.")))
        case .kind:
            let kinds = Kind.allCases.map { language == .ko ? $0.korean : $0.code }
            return FormColumn(column: column, header: text("유형", "Kind"), width: 26, style: plain, rule: CellRule(
                accepts: .list(kinds), title: text("유형 (필수)", "Kind (required)"),
                note: text("활동의 유형을 목록에서 고르세요. 예: 업무협약·양해각서·자매결연", "Choose the kind of activity from the list. Example: agreement"),
                errorMessage: text("유형은 목록에서 골라 주세요.", "Choose the kind from the list.")))
        case .trip:
            return FormColumn(column: column, header: text("출장", "Trip"), width: 16, style: plain, rule: free(
                text("출장", "Trip"),
                text("한 출장(사절단)의 여러 활동에 같은 이름을 적으면 출장 1건으로 셉니다. 예: 2026-03-미국", "The same name on every activity of one trip counts it as one mission. Example: 2026-03-US")))
        case .partnerCountry:
            return FormColumn(column: column, header: text("상대국", "Partner country"), width: 16, style: plain, rule: CellRule(
                accepts: .listIn(range: countryRange), title: text("상대국 (필수)", "Partner country (required)"),
                note: text("상대 국가를 목록에서 고르세요. 예: 미국, 카자흐스탄", "Choose the partner country from the list. Example: United States"),
                errorMessage: text("상대국은 목록에서 골라 주세요.", "Choose the country from the list.")))
        case .partnerCity:
            return FormColumn(column: column, header: text("도시", "Partner city"), width: 18, style: plain, rule: free(
                text("상대 도시", "Partner city"), text("상대 도시·주. 예: Almaty, 캔자스시티", "The partner city or state. Example: Almaty")))
        case .partnerOrg:
            return FormColumn(column: column, header: text("상대기관", "Partner org"), width: 26, style: plain, rule: free(
                text("상대기관", "Partner organisation"),
                text("상대 기관·단체·기업. 예: 알마티주 정부, City of Fullerton", "The partner body, association or company. Example: City of Fullerton")))
        case .sectors:
            let terms = Sector.allCases.map { language == .ko ? $0.shortKorean : $0.code }.joined(separator: ", ")
            return FormColumn(column: column, header: text("분야", "Sectors"), width: 24, style: plain, rule: free(
                text("분야 (여러 개 가능)", "Sectors (several allowed)"),
                text("여러 분야는 ; 로 나눕니다. 예: 바이오; 농생명\n분야: \(terms)", "Separate several with ;. Example: bio; agrifood\nSectors: \(terms)")))
        case .companies:
            return FormColumn(column: column, header: text("참여기업", "Companies"), width: 10, style: count, rule: whole(
                text("참여기업 수", "Companies"), text("함께한 우리 기업 수. 예: 12", "Our companies taking part. Example: 12")))
        case .partnerCompanies:
            return FormColumn(column: column, header: text("상대기업", "Partner companies"), width: 10, style: count, rule: whole(
                text("상대기업 수", "Partner companies"), text("상대(바이어) 기업 수. 예: 30", "Partner (buyer) companies. Example: 30")))
        case .agreements:
            return FormColumn(column: column, header: text("협약", "Agreements"), width: 8, style: count, rule: whole(
                text("협약 건수", "Agreements"), text("맺은 협약 수. 유형이 업무협약이고 비워 두면 1건입니다. 예: 2", "Agreements signed; empty on an agreement row counts 1. Example: 2")))
        case .consultations:
            return FormColumn(column: column, header: text("상담건수", "Consultations"), width: 10, style: count, rule: whole(
                text("상담 건수", "Consultations"), text("수출상담 건수. 예: 45", "Export consultations held. Example: 45")))
        case .consultationUSD:
            return FormColumn(column: column, header: text("상담액(달러)", "Consultation (USD)"), width: 15, style: count, rule: amount(
                text("상담액(미국 달러)", "Consultation (USD)"), text("상담한 금액, 미국 달러. 예: 1500000", "Value under consultation, US dollars. Example: 1500000")))
        case .contractUSD:
            return FormColumn(column: column, header: text("계약액(달러)", "Contracts (USD)"), width: 15, style: count, rule: amount(
                text("계약액(미국 달러)", "Contracts (USD)"), text("계약(추진)한 금액, 미국 달러. 예: 300000", "Value contracted, US dollars. Example: 300000")))
        case .title:
            return FormColumn(column: column, header: text("제목", "Title"), width: 44, style: plain, rule: free(
                text("제목", "Title"), text("무엇을 했는지 한 줄로. 예: 알마티주와 농식품 교류 업무협약 체결", "What was done, in one line. Example: MOU with Almaty Province on agri-food")))
        case .source:
            return FormColumn(column: column, header: text("출처", "Source"), width: 28, style: plain, rule: free(
                text("출처", "Source"), text("보도자료 주소 또는 문서. 예: https://www.jeonbuk.go.kr/…", "A press release address or document. Example: https://…")))
        }
    }
}
