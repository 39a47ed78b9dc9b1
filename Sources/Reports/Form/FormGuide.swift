import TradeMetrics

/// The form's instructions sheet: how to fill the form, what each column means with an example row
/// (a real one, from the sample log), how to save it, and how to make the reports from it.
struct FormGuide {
    let language: Language
    let columns: [FormColumn]
    /// The name of the sheet the activities go in.
    let sheet: String

    /// The sample log's agreement of 제주특별자치도 with Fullerton (seeds/jeju.csv, jeju-2023-01), as
    /// the form shows it; `FormTests` reads it back and compares it with that row.
    static func example(_ column: Column, _ language: Language) -> String {
        let ko = language == .ko
        switch column {
        case .id: return ""
        case .date: return "2023-10-11"
        case .endDate: return ""
        case .office: return ko ? "제주특별자치도" : "Jeju"
        case .kind: return ko ? Kind.agreement.korean : Kind.agreement.code
        case .trip: return "jeju-2023-10-us"
        case .partnerCountry: return ko ? "미국" : "United States"
        case .partnerCity: return "Fullerton"
        case .partnerOrg: return "City of Fullerton (풀러턴시)"
        case .sectors:
            return [Sector.agrifood, .trade, .aerospace, .energy].map { ko ? $0.shortKorean : $0.code }.joined(separator: "; ")
        case .companies, .partnerCompanies, .agreements, .consultations, .consultationUSD, .contractUSD: return ""
        case .source: return "보도자료 (제주특별자치도, 2023-10-11 현지시간)"
        case .title:
            return "풀러턴시와 제주 수출상품 미국 유통 확대 업무협약: 수출입업체 정보 공유, 미국 바이어 제주 방문 지원; 도지사가 도심항공교통(UAM)·민간 우주산업·그린수소 교류도 제안"
        }
    }

    private func text(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    func write(_ guide: XLSXSheet) throws {
        let title = CellStyle(bold: true, fontSize: 14)
        let headingStyle = CellStyle(bold: true, fontSize: 11)
        let head = CellStyle(bold: true, fill: 0xDDEBF7, wrap: true, bottomBorder: true)
        let wrapped = CellStyle(wrap: true, top: true)
        let widths = [18.0, 62.0, 40.0, 10.0]
        for (column, width) in widths.enumerated() {
            try guide.setColumn(column, width: width, style: CellStyle(wrap: true, top: true))
        }
        var row = 0
        /// Wrapped text gets the height of its lines: readers do not size rows themselves.
        func fit(_ texts: [(column: Int, text: String)]) throws {
            let lines = texts.map { cell in
                cell.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { lines, part in
                    lines + max(1, Int((Double(DisplayWidth.of(String(part))) * 0.7 / (widths[cell.column] - 1)).rounded(.up)))
                }
            }.max() ?? 1
            if lines > 1 { try guide.setRow(row, height: 14 * Double(lines)) }
        }
        func line(_ value: String, _ style: CellStyle = CellStyle(wrap: true)) throws {
            try guide.writeText(value, row: row, column: 0, style: style)
            row += 1
        }
        func paragraph(_ value: String) throws {
            try fit([(1, value)])
            try guide.writeText(value, row: row, column: 1, style: wrapped)
            row += 1
        }
        /// A numbered heading, its sentences one a row, and a blank row after.
        func section(_ heading: String, _ sentences: [String]) throws {
            try line(heading, headingStyle)
            for sentence in sentences { try paragraph(sentence) }
            row += 1
        }

        try line(text("활동기록 양식 안내", "The activity-log form"), title)
        row += 1
        try section(text("1. 적는 법", "1. Filling it in"), [
            text("'\(sheet)' 시트에 활동 하나를 한 행에 적습니다. 빈 행은 읽지 않습니다.",
                 "Write one activity a row on the sheet '\(sheet)'. Empty rows are not read."),
            text("칸을 고르면 그 칸의 뜻과 예가 나옵니다. 기관·유형·상대국은 목록에서 고릅니다.",
                 "Select a cell to see what it means and an example. Office, kind and country come from drop-down lists."),
            text("빨간 머리글(일자·기관·유형·상대국)은 꼭 적어야 합니다.",
                 "The red headers (date, office, kind, partner country) are required."),
            text("번호(자동)는 비워 둡니다. 읽을 때 행의 내용으로 번호가 정해지므로, 행을 정렬하거나 복사하거나 지워도 번호가 겹치지 않습니다. 똑같은 행이 두 번 있으면 오류로 알려 줍니다. 예전 기록에서 옮겨 온 번호는 그대로 두세요.",
                 "Leave the ID (auto) empty: it is made from the row's content when the log is read, so sorting, copying or deleting rows never makes two rows share one. Two identical rows are reported as an error. Keep the IDs of rows moved from an older log."),
        ])

        try line(text("2. 열", "2. Columns"), headingStyle)
        for (index, value) in [text("열", "Column"), text("뜻", "Meaning"), text("예 (견본 기록의 한 행)", "Example (a row of the sample log)"), text("필수", "Required")].enumerated() {
            try guide.writeText(value, row: row, column: index, style: head)
        }
        row += 1
        for column in columns {
            let example = Self.example(column.column, language)
            try fit([(1, column.rule.note), (2, example)])
            try guide.writeText(column.header, row: row, column: 0, style: CellStyle(bold: true, top: true))
            try guide.writeText(column.rule.note, row: row, column: 1, style: wrapped)
            try guide.writeText(example, row: row, column: 2, style: wrapped)
            let required = column.column.isRequired && column.column != .id
            try guide.writeText(required ? text("필수", "yes") : "", row: row, column: 3, style: CellStyle(top: true))
            row += 1
        }
        row += 1

        try section(text("3. 저장", "3. Saving"), [
            text("이 파일은 .xlsx 그대로 저장하세요. 목록과 검사는 .xlsx에만 남습니다.",
                 "Keep this file as .xlsx: the lists and checks live only there."),
            text("CSV가 필요하면 '다른 이름으로 저장'에서 'CSV UTF-8(쉼표로 분리)(*.csv)'를 고르세요. 그냥 'CSV(쉼표로 분리)'는 한글이 다르게 저장됩니다(그래도 읽을 수는 있습니다).",
                 "If a CSV file is needed, use 'Save As' and choose 'CSV UTF-8 (Comma delimited) (*.csv)'."),
        ])

        try section(text("4. 보고서 만들기", "4. Making the reports"), [
            text("웹 페이지: 사무실에서 report-cli serve를 실행한 PC의 주소(예: http://PC이름:8080)를 열고 이 파일을 올립니다.",
                 "Web page: open the address of the office PC that runs report-cli serve (e.g. http://pc-name:8080) and upload this file."),
            text("명령: report-cli quarterly 이파일.xlsx --period 2026-Q1 --office 전북 -o 2026-1분기.xlsx",
                 "Command: report-cli quarterly this-file.xlsx --period 2026-Q1 --office 전북 -o 2026-Q1.xlsx"),
            text("먼저 검사만 하려면: report-cli validate 이파일.xlsx (틀린 칸을 '파일[\(sheet)]:B12'처럼 알려 줍니다)",
                 "To check it first: report-cli validate this-file.xlsx (errors name the cell, like 'file[\(sheet)]:B12')"),
        ])
    }
}
