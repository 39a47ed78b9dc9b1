/// Turns the records of one file into `ActivityRecord`s: maps the header, decodes text, checks and
/// resolves every value, and reports each problem in the contract's error form.
struct RowParser: ~Copyable {
    enum Stop: Error { case fileUnusable }

    let file: Int
    let fileNames: [String]
    let gazetteer: Gazetteer
    private var decoder: FieldDecoder
    private(set) var sawHeader = false
    /// For each field of the file: its contract column, or nil for an extra column.
    private var columns: [Column?] = []
    /// For each contract column: its field index in the file.
    private var position: [Column: Int] = [:]
    private(set) var extraColumnNames: [String] = []
    private var extraPositions: [Int] = []

    init(file: Int, fileNames: [String], gazetteer: Gazetteer, encoding: TextEncoding?) {
        self.file = file
        self.fileNames = fileNames
        self.gazetteer = gazetteer
        decoder = FieldDecoder(encoding: encoding)
    }

    var name: String { fileNames[file] }
    var detectedEncoding: TextEncoding? { decoder.encoding }

    /// Drops a UTF-8 byte order mark (which settles the encoding); refuses UTF-16.
    mutating func consumeByteOrderMark(_ chunk: UnsafeRawBufferPointer,
                                       _ diagnostics: inout DiagnosticLog) throws -> UnsafeRawBufferPointer {
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
            if decoder.encoding == nil { decoder = FieldDecoder(encoding: .utf8) }
            return UnsafeRawBufferPointer(rebasing: chunk[3...])
        }
        if chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
            diagnostics.add(Diagnostic(.error, file: name, line: 1, column: 1, columnName: "file",
                                       message: "is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV (쉼표로 분리)\""))
            throw Stop.fileUnusable
        }
        return chunk
    }

    mutating func handle(_ record: borrowing CSVTokenizer.Record, _ diagnostics: inout DiagnosticLog,
                         _ ids: inout IDRegistry, _ summary: inout LogFileSummary,
                         _ body: (ActivityRecord) -> Void) throws {
        var row = Row(line: record.line, file: name)
        for index in 0..<record.count {
            let bytes = record.field(index)
            if bytes.contains(0) {
                row.fail(index, columnName(index), "contains a NUL byte; is this a text file?", value: nil)
                row.values.append("")
                row.unreadable.insert(index)
            } else if let text = decoder.decode(bytes) {
                row.values.append(text.trimmingWhitespace())
            } else {
                let shown = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
                let encoding = decoder.encoding?.rawValue.uppercased() ?? "UTF-8"
                row.fail(index, columnName(index), "is not valid \(encoding) text; save the whole file in one encoding", value: shown)
                row.values.append("")
                row.unreadable.insert(index)
            }
        }
        if row.values.allSatisfy(\.isEmpty) && row.problems.isEmpty { return }   // a blank line
        guard sawHeader else {
            row.problems.forEach { diagnostics.add($0) }
            try readHeader(row, &diagnostics)
            return
        }
        if let record = convert(&row, &ids, &diagnostics) {
            summary.rows += 1
            body(record)
        } else {
            summary.rejectedRows += 1
        }
        for problem in row.problems { diagnostics.add(problem) }
    }

    func reportUnclosedQuote(_ unclosed: CSVTokenizer.UnclosedQuote, _ diagnostics: inout DiagnosticLog) {
        let preview = String(decoding: unclosed.preview, as: UTF8.self)
        diagnostics.add(Diagnostic(.error, file: name, line: unclosed.line, column: unclosed.column,
                                   columnName: columnName(unclosed.column - 1),
                                   message: "this quote is never closed; the rest of the file was read as one value",
                                   value: "\"" + preview))
    }

    private func columnName(_ index: Int) -> String {
        guard sawHeader else { return "header" }
        guard index < columns.count else { return "column \(index + 1)" }
        if let column = columns[index] { return column.name }
        return extraColumnNames[extraPositions.firstIndex(of: index)!]
    }

    // MARK: Header

    private mutating func readHeader(_ row: Row, _ diagnostics: inout DiagnosticLog) throws {
        sawHeader = true
        var broken = !row.problems.isEmpty
        for (index, header) in row.values.enumerated() {
            let column = Column(header: header)
            if let column {
                if let earlier = position[column] {
                    diagnostics.add(Diagnostic(.error, file: name, line: row.line, column: index + 1,
                                               columnName: column.name,
                                               message: "the column appears twice (also field \(earlier + 1))", value: header))
                    broken = true
                } else {
                    position[column] = index
                }
                columns.append(column)
            } else {
                columns.append(nil)
                extraPositions.append(index)
                extraColumnNames.append(header.isEmpty ? "column \(index + 1)" : header)
            }
        }
        for column in Column.allCases where column.isRequired && position[column] == nil {
            let accepted = ([column.name] + column.aliases.prefix(2)).joined(separator: ", ")
            diagnostics.add(Diagnostic(.error, file: name, line: row.line, column: 1, columnName: column.name,
                                       message: "required column is missing; name it in the first line (\(accepted))"))
            broken = true
        }
        if broken { throw Stop.fileUnusable }
    }

    // MARK: Rows

    /// The text of `column` in `row`; nil when the file has no such column or the field could not be decoded.
    private func value(_ row: Row, _ column: Column) -> (text: String, field: Int)? {
        guard let index = position[column], !row.unreadable.contains(index) else { return nil }
        return (index < row.values.count ? row.values[index] : "", index)
    }

    private func convert(_ row: inout Row, _ ids: inout IDRegistry,
                         _ diagnostics: inout DiagnosticLog) -> ActivityRecord? {
        let location = SourceLocation(file: file, line: row.line)
        let id = required(&row, .id)
        if let id, let earlier = ids.register(id, at: location) {
            row.problems.append(Diagnostic(.error, file: name, line: row.line, column: position[.id]! + 1, columnName: "id",
                                           message: "'\(Diagnostic.printable(id))' already used at \(fileNames[earlier.file]):\(earlier.line)"))
        }
        let date = day(&row, .date, required: true)
        var endDate = day(&row, .endDate, required: false)
        if let date, let end = endDate, end < date, let (text, field) = value(row, .endDate) {
            row.fail(field, "end_date", "ends before the date \(date)", value: text)
            endDate = nil
        }
        let office = office(&row, on: date)
        let kind = lookUp(&row, .kind, gazetteer.kind(named:)) { text in
            let hint = gazetteer.suggestKind(for: text).map { "did you mean \($0.code)?" }
            return "unknown kind (\(hint ?? "use one of \(Kind.allCases.map(\.code).joined(separator: ", "))"))"
        }
        let country = lookUp(&row, .partnerCountry, gazetteer.country(named:)) { text in
            guard let hint = gazetteer.suggestCountry(for: text) else {
                return "unknown country (write an ISO 3166-1 code such as US, or a name such as 미국)"
            }
            return "unknown country (did you mean \(gazetteer[hint].korean) \(gazetteer[hint].alpha2)?)"
        }
        let sectors = sectors(&row)
        let companies = count(&row, .companies)
        let partnerCompanies = count(&row, .partnerCompanies)
        var agreements = count(&row, .agreements)
        let agreementsImplied = kind == .agreement && (value(row, .agreements)?.text.isEmpty ?? true)
        if agreementsImplied { agreements = 1 }
        let consultations = count(&row, .consultations)
        let consultationUSD = dollars(&row, .consultationUSD)
        let contractUSD = dollars(&row, .contractUSD)
        if position.count < row.values.count {
            for index in columns.count..<row.values.count where !row.values[index].isEmpty {
                row.problems.append(Diagnostic(.warning, file: name, line: row.line, column: index + 1,
                                               columnName: "column \(index + 1)",
                                               message: "this field is beyond the header's last column and is ignored",
                                               value: row.values[index]))
            }
        }
        guard !row.hasErrors, let id, let date, let office, let kind, let country else { return nil }
        return ActivityRecord(
            id: id, date: date, endDate: endDate, office: office, province: gazetteer[office].province(on: date),
            kind: kind, trip: text(row, .trip), country: country,
            partnerCity: text(row, .partnerCity), partnerOrg: text(row, .partnerOrg), sectors: sectors,
            companies: companies, partnerCompanies: partnerCompanies, agreements: agreements, agreementsImplied: agreementsImplied,
            consultations: consultations, consultationUSD: consultationUSD, contractUSD: contractUSD,
            title: text(row, .title), source: text(row, .source),
            extras: extraPositions.map { $0 < row.values.count ? row.values[$0] : "" },
            location: location)
    }

    private func text(_ row: Row, _ column: Column) -> String { value(row, column)?.text ?? "" }

    private func required(_ row: inout Row, _ column: Column) -> String? {
        guard let (text, field) = value(row, column) else { return nil }
        if text.isEmpty {
            row.fail(field, column.name, "is required and empty", value: nil)
            return nil
        }
        return text
    }

    private func day(_ row: inout Row, _ column: Column, required isRequired: Bool) -> Day? {
        guard let (text, field) = value(row, column) else { return nil }
        if text.isEmpty {
            if isRequired { row.fail(field, column.name, "is required and empty", value: nil) }
            return nil
        }
        switch Day.parse(text) {
        case .success(let day): return day
        case .failure(.malformed):
            row.fail(field, column.name, "not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.)", value: text)
        case .failure(.impossible):
            row.fail(field, column.name, "no such day in the calendar", value: text)
        }
        return nil
    }

    private func office(_ row: inout Row, on date: Day?) -> OfficeID? {
        guard let text = required(&row, .office), let field = position[.office] else { return nil }
        // Without a valid date, resolve as of today's names and leave dates to their own error.
        let day = date ?? Day(year: 9999, month: 12, day: 31)!
        switch gazetteer.lookUpOffice(text, on: day) {
        case .found(let office, let formerName):
            if let formerName, date != nil {
                row.problems.append(Diagnostic(.warning, file: name, line: row.line, column: field + 1,
                                               columnName: "office", message: "\(formerName); counted as \(gazetteer.displayName(office))",
                                               value: text))
            }
            return office
        case .ambiguous(let candidates):
            let names = candidates.map { gazetteer.displayName($0) }.joined(separator: ", ")
            row.fail(field, "office", "names more than one office (\(names)); write the province before it", value: text)
        case .unknown:
            let hint = gazetteer.suggestOffice(for: text).map { "did you mean \(gazetteer.displayName($0))?" }
            row.fail(field, "office", "unknown office (\(hint ?? "write a province or a 시·군·구, e.g. 전북특별자치도 or 전주시"))", value: text)
        }
        return nil
    }

    private func lookUp<Value>(_ row: inout Row, _ column: Column, _ find: (String) -> Value?,
                               unknown message: (String) -> String) -> Value? {
        guard let text = required(&row, column), let field = position[column] else { return nil }
        if let found = find(text) { return found }
        row.fail(field, column.name, message(text), value: text)
        return nil
    }

    private func sectors(_ row: inout Row) -> SectorSet {
        var sectors = SectorSet()
        guard let (text, field) = value(row, .sectors) else { return sectors }
        for item in text.split(separator: ";") {
            let name = String(item).trimmingWhitespace()
            if name.isEmpty { continue }
            if let sector = gazetteer.sector(named: name) {
                sectors.insert(sector)
            } else {
                let hint = gazetteer.suggestSector(for: name).map { "did you mean \($0.code)?" }
                row.fail(field, "sectors", "unknown sector (\(hint ?? "use codes such as bio, mobility, agrifood, separated by ;"))", value: name)
            }
        }
        return sectors
    }

    private func count(_ row: inout Row, _ column: Column) -> Int {
        guard let (text, field) = value(row, column), !text.isEmpty else { return 0 }
        switch NumberParser.count(Substring(text)) {
        case .success(let number): return number
        case .failure(let failure): row.fail(field, column.name, failure.message(whole: true), value: text)
        }
        return 0
    }

    private func dollars(_ row: inout Row, _ column: Column) -> Dollars {
        guard let (text, field) = value(row, column), !text.isEmpty else { return .zero }
        switch NumberParser.dollars(Substring(text)) {
        case .success(let amount): return amount
        case .failure(let failure): row.fail(field, column.name, failure.message(whole: false), value: text)
        }
        return .zero
    }
}

/// The decoded fields of one record and the problems found in them.
private struct Row {
    let line: Int
    let file: String
    var values: [String] = []
    /// Fields whose bytes could not be decoded (reported already).
    var unreadable: Set<Int> = []
    var problems: [Diagnostic] = []

    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    mutating func fail(_ field: Int, _ columnName: String, _ message: String, value: String?) {
        problems.append(Diagnostic(.error, file: file, line: line, column: field + 1,
                                   columnName: columnName, message: message, value: value))
    }
}

extension NumberParser.Failure {
    func message(whole: Bool) -> String {
        switch self {
        case .notANumber: return whole ? "not a number (write digits, e.g. 12)" : "not a number (write digits in US dollars, e.g. 1,200,000)"
        case .negative: return "must not be negative"
        case .notWhole: return "must be a whole number"
        case .tooManyDecimals: return "has more than two decimals"
        case .tooLarge: return "is too large"
        }
    }
}

extension String {
    /// Without leading and trailing white space (spaces, tabs, line breaks, no-break and ideographic spaces).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        // Fast path: most values start and end with visible ASCII or Hangul.
        func plainlyVisible(_ scalar: Unicode.Scalar) -> Bool {
            (0x21...0x7E).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
        }
        if let first = scalars.first, let last = scalars.last, plainlyVisible(first), plainlyVisible(last) {
            return self
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
