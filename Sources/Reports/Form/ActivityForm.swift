import TradeMetrics

/// The activity-log form: a workbook to keep the log in, whose first sheet every command reads as a
/// log. It offers the right values as drop-downs and refuses wrong ones as they are typed:
/// - `활동` (`Activities`): the contract's columns with headers the reader accepts, a frozen header,
///   an autofilter, date and `#,##0` formats, a rule and a note on every column, for `entryRows` rows
///   after those pre-filled;
/// - `안내` (`Guide`): what each column means, an example row, how to save, how to make the reports;
/// - `목록` (`Lists`, hidden): the lists too long for Excel to hold inline (offices, countries).
public struct ActivityForm {
    /// The office whose form it is: its drop-down holds it and its 시·군·구; nil for every office.
    public var office: OfficeID?
    public var language: Language
    /// Rows to pre-fill (an older log moved into the form), in their order.
    public var records: [ActivityRecord]
    public var entryRows: Int
    /// Offices that exist on this day are offered.
    public var today: Day

    public init(office: OfficeID? = nil, language: Language = .ko, records: [ActivityRecord] = [], entryRows: Int = 5_000, today: Day) {
        self.office = office
        self.language = language
        self.records = records
        self.entryRows = entryRows
        self.today = today
    }

    public var sheetNames: (activities: String, guide: String, lists: String) {
        language == .ko ? ("활동", "안내", "목록") : ("Activities", "Guide", "Lists")
    }

    /// The offices of the drop-down, provinces first, as the reader accepts them.
    func officeNames(_ places: Gazetteer) -> [String] {
        let offered = places.offices.filter { office in
            guard office.exists(on: today) else { return false }
            guard let chosen = self.office else { return true }
            return office.id == chosen || (!office.isProvince && office.province(on: today) == chosen)
        }
        return offered.map { places.name($0.id, on: today, english: language == .en) }
    }

    /// Every country by its name in the form's language, in that language's order.
    func countryNames(_ places: Gazetteer) -> [String] {
        places.countries.map { language == .ko ? $0.korean : $0.english }.sorted()
    }

    /// Writes the form to `path` (the caller makes that atomic). Returns the rows pre-filled.
    @discardableResult
    public func write(to path: String, places: Gazetteer = .shared) throws -> Int {
        let names = sheetNames
        let workbook = try XLSXWorkbook(path: path, constantMemory: false, fontName: ReportStyle().font, fontSize: 10)
        let activities = try workbook.addSheet(named: names.activities)
        let guide = try workbook.addSheet(named: names.guide)
        let lists = try workbook.addSheet(named: names.lists)

        let offices = officeNames(places), countries = countryNames(places)
        let columns = FormColumns(language: language,
                                  officeRange: "'\(names.lists)'!$A$2:$A$\(offices.count + 1)",
                                  countryRange: "'\(names.lists)'!$B$2:$B$\(countries.count + 1)").all
        try writeLists(lists, offices: offices, countries: countries)
        try FormGuide(language: language, columns: columns, sheet: names.activities).write(guide)

        let lastRow = records.count + entryRows   // the header is row 0
        let header = CellStyle(bold: true, fill: 0xDDEBF7, wrap: true, bottomBorder: true, alignment: .center)
        let requiredHeader = CellStyle(bold: true, fill: 0xF8CBAD, wrap: true, bottomBorder: true, alignment: .center)
        for (index, column) in columns.enumerated() {
            try activities.setColumn(index, width: column.width, style: column.style)
            let required = column.column.isRequired && column.column != .id   // the form makes the ids
            try activities.writeText(column.header, row: 0, column: index, style: required ? requiredHeader : header)
            try activities.addRule(column.rule, column: index, rows: 1...lastRow)
        }
        try activities.setRow(0, height: 30)
        activities.freezePanes(row: 1, column: 0)
        try activities.setUpPrinting(repeatRows: 0...0, fitToWidth: false)
        try guide.setUpPrinting(repeatRows: nil)
        try activities.autofilter(firstRow: 0, firstColumn: 0, lastRow: lastRow, lastColumn: columns.count - 1)
        let cells = FormCells(places: places, language: language)
        for (offset, record) in records.enumerated() {
            for (index, column) in columns.enumerated() {
                try cells.write(record, column.column, to: activities, row: offset + 1, column: index, style: column.style)
            }
        }
        activities.activate()
        try workbook.setProperties(title: language == .ko ? "활동기록" : "Activity log", subject: "", author: "report-cli form", created: 0)
        try workbook.close()
        return records.count
    }

    private func writeLists(_ sheet: XLSXSheet, offices: [String], countries: [String]) throws {
        let heads = language == .ko ? ["기관", "상대국", "유형", "분야"] : ["Office", "Partner country", "Kind", "Sectors"]
        let columns: [[String]] = [
            offices, countries,
            Kind.allCases.map { language == .ko ? $0.korean : $0.code },
            Sector.allCases.map { language == .ko ? $0.korean : $0.code },
        ]
        for (index, values) in columns.enumerated() {
            try sheet.setColumn(index, width: 28, style: CellStyle())
            try sheet.writeText(heads[index], row: 0, column: index, style: CellStyle(bold: true))
            for (row, value) in values.enumerated() { try sheet.writeText(value, row: row + 1, column: index) }
        }
        sheet.hide()
    }
}
