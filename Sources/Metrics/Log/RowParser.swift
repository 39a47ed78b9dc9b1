#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the records of one file into `ActivityRecord`s: maps the header, checks and resolves
/// every value, and reports each problem in the contract's error form.
///
/// It works on the fields' bytes: coded values (offices, countries, kinds, sectors) are recognised
/// through byte-keyed caches, dates and numbers are parsed from bytes, and only free text becomes
/// `String`s, so a million rows cost little more than reading them.
struct RowParser: ~Copyable {
    enum Stop: Error { case fileUnusable }

    let file: Int
    let fileNames: [String]
    let places: Gazetteer
    private var decoder: FieldDecoder
    private(set) var sawHeader = false
    /// For each field of the file: its contract column, or nil for an extra column.
    private var columns: [Column?] = []
    /// For each contract column (by `Column.allCases` position): its field index, or -1.
    private var position = [Int](repeating: -1, count: Column.allCases.count)
    private(set) var extraColumnNames: [String] = []
    private var extraPositions: [Int] = []

    /// When set, rows whose date it refuses are skipped unchecked (a second read of a log already
    /// found valid, for the rows of one period).
    var selecting: (@Sendable (Day) -> Bool)?
    /// The sheets of the files that are workbooks, by file: a duplicate id names its cell there.
    var sheets: [Int: SheetPlace] = [:]
    /// Each amount column's total over the log read so far (the files before this one included).
    var amountTotals: [Column: Dollars] = [:]
    /// False once this file's errors are only counted, no longer kept: the "did you mean" hints,
    /// the costly part of an error, are then not looked for.
    private var wantsHints = true
    /// The id column is headed `번호(자동)`: an empty id is made from the row's other fields.
    private var automaticIDs = false
    /// Whether reading stops after `hopelessRows` broken rows with no good one.
    private var mayGiveUp = true

    // Caches from a field's bytes to what they name, for this file (its encoding is fixed).
    private var offices = ByteTable<[OfficeNameIndex.Entry]>()
    private var countries = ByteTable<CountryID>()
    private var kinds = ByteTable<Kind>()
    private var sectorSets = ByteTable<SectorSet>()

    init(file: Int, fileNames: [String], places: Gazetteer, encoding: TextEncoding?) {
        self.file = file
        self.fileNames = fileNames
        self.places = places
        decoder = FieldDecoder(encoding: encoding)
    }

    /// The parser of a later part of this file, read on its own: the header and encoding read so
    /// far, empty caches, amounts totalled from zero, and no giving up on a run of broken rows
    /// (only the file's first rows decide that).
    func continuation() -> RowParser {
        var later = RowParser(file: file, fileNames: fileNames, places: places, encoding: decoder.encoding)
        later.sawHeader = sawHeader
        later.columns = columns
        later.position = position
        later.extraColumnNames = extraColumnNames
        later.extraPositions = extraPositions
        later.automaticIDs = automaticIDs
        later.sheets = sheets
        later.mayGiveUp = false
        return later
    }

    /// True when `later` (a `continuation()` begun while this file's encoding was `encoding`) read
    /// as it would have after this one's rows: the same encoding, the amounts' totals within bounds.
    func canJoin(_ later: borrowing RowParser, startedWith encoding: TextEncoding?) -> Bool {
        // A part that chose an encoding on its own would have been read in this one's, if it had one.
        if encoding == nil, later.detectedEncoding != nil, detectedEncoding != nil { return false }
        return later.amountTotals.allSatisfy { column, amount in amountTotals[column, default: .zero] + amount <= Dollars.largestTotal }
    }

    /// Takes in the state `later` ended in (`canJoin` true): its totals, and its encoding if this had none.
    mutating func join(_ later: borrowing RowParser) {
        for (column, amount) in later.amountTotals { amountTotals[column, default: .zero] = amountTotals[column, default: .zero] + amount }
        if detectedEncoding == nil, let chosen = later.detectedEncoding { decoder = FieldDecoder(encoding: chosen) }
    }

    var name: String { fileNames[file] }
    var detectedEncoding: TextEncoding? { decoder.encoding }

    /// Drops a UTF-8 byte order mark (which settles the encoding); refuses UTF-16 and other files
    /// that are not text (workbooks never come here: `LogReader.readWorkbook` reads them).
    mutating func consumeByteOrderMark(_ chunk: UnsafeRawBufferPointer,
                                       _ diagnostics: inout DiagnosticLog) throws -> UnsafeRawBufferPointer {
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
            if decoder.encoding == nil { decoder = FieldDecoder(encoding: .utf8) }
            return UnsafeRawBufferPointer(rebasing: chunk[3...])
        }
        if chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
            diagnostics.add(Diagnostic(.error, file: name, line: 1, column: 1, columnName: "file",
                                       message: .utf16File))
            throw Stop.fileUnusable
        }
        // The first line: a header with a NUL byte is no text at all.
        let start = UnsafeRawBufferPointer(rebasing: chunk.prefix(4096).prefix { $0 != 0x0A })
        if !start.isEmpty && memchr(start.baseAddress!, 0, start.count) != nil {
            diagnostics.add(Diagnostic(.error, file: name, line: 1, column: 1, columnName: "file",
                                       message: .notTextFile,
                                       value: String(decoding: start.prefix(16), as: UTF8.self)))
            throw Stop.fileUnusable
        }
        return chunk
    }

    mutating func handle(_ record: borrowing CSVTokenizer.Record, _ diagnostics: inout DiagnosticLog,
                         _ ids: inout IDRegistry, _ summary: inout LogFileSummary,
                         _ body: (ActivityRecord) -> Void) throws {
        // A second read skips the rows of other periods before looking at their other fields.
        if let selecting, sawHeader, let dateField = field(of: .date) {
            guard dateField < record.count, case .success(let day) = Day.parse(Self.trimmed(record.field(dateField))),
                  selecting(day) else { return }
        }
        var row = Row(line: record.line, file: name)
        var blank = true
        row.fields.reserveCapacity(record.count)
        for index in 0..<record.count {
            let bytes = Self.trimmed(record.field(index))
            if !bytes.isEmpty { blank = false }
            if !bytes.isEmpty, memchr(bytes.baseAddress!, 0, bytes.count) != nil {
                row.fail(index, columnName(index), .nulByte, value: shown(bytes))
                row.fields.append(UnsafeBufferPointer(start: nil, count: 0))
                row.unreadable.insert(index)
            } else {
                row.fields.append(bytes)
            }
        }
        if blank && row.problems.isEmpty { return }   // a blank line
        // A row of a form with nothing but its id (its other cells cleared) is no activity.
        if sawHeader, row.problems.isEmpty, let id = field(of: .id), onlyFilled(id, of: row) { return }
        if sawHeader, let joined = joinedFileMessage(row) {
            // A second file's header inside this one: its fields are not values to check.
            diagnostics.add(Diagnostic(.error, file: name, line: row.line, column: 1, columnName: columnName(0),
                                       message: joined, value: shown(record.field(0))))
            summary.rejectedRows += 1
            return
        }
        guard sawHeader else {
            let headers = (0..<row.fields.count).map { text(&row, field: $0) ?? "" }
            row.problems.forEach { diagnostics.add($0) }
            try readHeader(headers, line: row.line, unreadable: !row.problems.isEmpty, &diagnostics)
            summary.fields = position.map { $0 + 1 }
            return
        }
        wantsHints = diagnostics.wantsMore(.error, in: name)
        if let record = convert(&row, &ids) {
            summary.rows += 1
            body(record)
        } else {
            summary.rejectedRows += 1
        }
        for problem in row.problems { diagnostics.add(problem) }
        try stopIfHopeless(row.line, summary, &diagnostics)
    }

    /// Rows with errors and not one valid row before the file's reading stops: past the errors
    /// kept, a huge file of broken rows would otherwise be read to its end only to count them.
    static let hopelessRows = 1_000

    /// Stops reading (`Stop`) once `hopelessRows` rows have errors, none is valid and the file's
    /// errors are no longer kept, saying so at the last row read.
    private func stopIfHopeless(_ line: Int, _ summary: LogFileSummary, _ diagnostics: inout DiagnosticLog) throws {
        guard mayGiveUp, summary.rows == 0, summary.rejectedRows >= Self.hopelessRows, !diagnostics.wantsMore(.error, in: name) else { return }
        diagnostics.addFinal(Diagnostic(.error, file: name, line: line, column: 1, columnName: "file",
                                        message: .noValidRows(summary.rejectedRows)))
        throw Stop.fileUnusable
    }

    /// `1,000` for 1000.
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 { digits.insert(",", at: index); index -= 3 }
        return String(digits)
    }

    /// True when field `index` is the only one not empty.
    private func onlyFilled(_ index: Int, of row: Row) -> Bool {
        row.fields.indices.allSatisfy { $0 == index || row.fields[$0].isEmpty }
    }

    /// The id of a row of a form left without one: made from its other fields, so that it stays the
    /// same when rows are sorted, copied (and changed) or deleted: `auto-3f9a2c01d4e5`.
    private func automaticID(_ row: Row, idField: Int) -> [UInt8] {
        var joined: [UInt8] = []
        for (index, field) in row.fields.enumerated() where index != idField {
            joined.append(contentsOf: field)
            joined.append(0x1F)
        }
        while joined.last == 0x1F { joined.removeLast() }   // trailing empty cells do not count
        let (high, low) = joined.withUnsafeBufferPointer { Fingerprint.of($0) }
        let hex = String(high ^ (low &<< 1), radix: 16)
        return Array(("auto-" + String(repeating: "0", count: 16 - hex.count) + hex).prefix(17).utf8)
    }

    /// Why `row` looks like the start of another file joined to this one (`cat a.csv b.csv`): a byte
    /// order mark at its start, or the header repeated; nil for an ordinary row.
    private func joinedFileMessage(_ row: Row) -> Message? {
        guard let first = row.fields.first else { return nil }
        if first.starts(with: [0xEF, 0xBB, 0xBF]) {
            return .byteOrderMarkInside
        }
        // A date starts with a digit; only a row whose date does not can be a header.
        guard let id = field(of: .id), let date = field(of: .date), id < row.fields.count, date < row.fields.count,
              let lead = row.fields[date].first, !(0x30...0x39).contains(lead),
              Column(header: shown(row.fields[id])) == .id, Column(header: shown(row.fields[date])) == .date else { return nil }
        return .headerRepeated
    }

    func reportLongRecord(_ long: CSVTokenizer.RecordTooLong, _ diagnostics: inout DiagnosticLog) {
        let message: Message = long.quoteLine == nil ? .lineTooLong(maximumFields: CSVTokenizer.maximumFields) : .quoteTooLong
        diagnostics.add(Diagnostic(.error, file: name, line: long.line, column: long.column,
                                   columnName: columnName(long.column - 1), message: message,
                                   value: (long.quoteLine == nil ? "" : "\"") + String(decoding: long.preview, as: UTF8.self)))
    }

    func reportUnclosedQuote(_ unclosed: CSVTokenizer.UnclosedQuote, _ diagnostics: inout DiagnosticLog) {
        let preview = String(decoding: unclosed.preview, as: UTF8.self)
        diagnostics.add(Diagnostic(.error, file: name, line: unclosed.line, column: unclosed.column,
                                   columnName: columnName(unclosed.column - 1),
                                   message: .quoteNeverClosed,
                                   value: "\"" + preview))
    }

    /// Where an earlier id was: `log.csv:2`, or its cell in a workbook, `log.xlsx[활동]:A2`.
    private func place(of earlier: SourceLocation) -> String {
        let file = fileNames[earlier.file]
        return sheets[earlier.file]?.idCell(of: file, row: earlier.line) ?? "\(file):\(earlier.line)"
    }

    private func columnName(_ index: Int) -> String {
        guard sawHeader else { return "header" }
        guard index < columns.count else { return "column \(index + 1)" }
        if let column = columns[index] { return column.name }
        return extraColumnNames[extraPositions.firstIndex(of: index)!]
    }

    /// Without surrounding white space: ASCII spaces, tabs and line breaks, no-break and
    /// ideographic spaces (in UTF-8).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { start += 1 }
            else if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 { start += 2 }
            else if byte == 0xE3, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { start += 3 }
            else { break }
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { end -= 1 }
            else if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2 }
            else if byte == 0x80, end - 3 >= start, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE3 { end -= 3 }
            else { break }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    // MARK: Header

    private mutating func readHeader(_ headers: [String], line: Int, unreadable: Bool, _ diagnostics: inout DiagnosticLog) throws {
        sawHeader = true
        var broken = unreadable
        for (index, header) in headers.enumerated() {
            let column = Column(header: header)
            if let column {
                let slot = column.ordinal
                if position[slot] >= 0 {
                    diagnostics.add(Diagnostic(.error, file: name, line: line, column: index + 1, columnName: column.name,
                                               message: .columnTwice(field: position[slot] + 1), value: header))
                    broken = true
                } else {
                    position[slot] = index
                    if column == .id { automaticIDs = Column.isAutomaticID(header: header) }
                }
                columns.append(column)
            } else {
                columns.append(nil)
                extraPositions.append(index)
                extraColumnNames.append(header.isEmpty ? "column \(index + 1)" : header)
            }
        }
        for column in Column.allCases where column.isRequired && field(of: column) == nil {
            let accepted = [column.name] + column.aliases.prefix(2)
            diagnostics.add(Diagnostic(.error, file: name, line: line, column: 1, columnName: column.name,
                                       message: .requiredColumnMissing(accepted: accepted)))
            broken = true
        }
        if broken { throw Stop.fileUnusable }
    }

    private func field(of column: Column) -> Int? {
        let index = position[column.ordinal]
        return index >= 0 ? index : nil
    }

    // MARK: Values

    /// The bytes of `column`; nil when the file has no such column or its field could not be read.
    private func bytes(_ row: Row, _ column: Column) -> (bytes: UnsafeBufferPointer<UInt8>, field: Int)? {
        guard let index = field(of: column), !row.unreadable.contains(index) else { return nil }
        return (index < row.fields.count ? row.fields[index] : UnsafeBufferPointer(start: nil, count: 0), index)
    }

    /// The text of a field, or nil (with an error) when its bytes are not valid in the file's encoding.
    private mutating func text(_ row: inout Row, field index: Int) -> String? {
        guard index < row.fields.count else { return "" }
        let bytes = row.fields[index]
        if bytes.isEmpty { return "" }
        if let text = decoder.decode(bytes) {
            if let (chosen, other) = decoder.takeAmbiguity() {
                let otherName = chosen == .cp949 ? "utf-8" : "cp949"
                var warning = Diagnostic(.warning, file: name, line: row.line, column: index + 1, columnName: columnName(index),
                                         message: .ambiguousEncoding(read: chosen, other: other),
                                         value: text)
                warning.hint = .encoding(otherName)
                row.problems.append(warning)
            }
            return text
        }
        let encoding = decoder.encoding ?? .utf8
        if let other = decoder.otherReading(bytes) {
            row.fail(index, columnName(index), .mixedEncoding(found: other.encoding, file: encoding),
                     value: other.text)
        } else {
            row.fail(index, columnName(index), .invalidText(encoding),
                     value: String(decoding: bytes, as: UTF8.self))
        }
        row.unreadable.insert(index)
        return nil
    }

    private mutating func text(_ row: inout Row, _ column: Column) -> String {
        guard let (_, index) = bytes(row, column) else { return "" }
        return text(&row, field: index) ?? ""
    }

    /// The text of a field for a message.
    private func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private mutating func convert(_ row: inout Row, _ ids: inout IDRegistry) -> ActivityRecord? {
        let location = SourceLocation(file: file, line: row.line)
        var id: String?
        if let (bytes, index) = self.bytes(row, .id) {
            if bytes.isEmpty && automaticIDs {
                let made = automaticID(row, idField: index)
                id = String(decoding: made, as: UTF8.self)
                if selecting == nil, let earlier = made.withUnsafeBufferPointer({ ids.register($0, at: location) }) {
                    row.problems.append(Diagnostic(.error, file: name, line: row.line, column: index + 1, columnName: "id",
                                                   message: .sameRow(as: place(of: earlier))))
                }
            } else if bytes.isEmpty {
                row.fail(index, "id", .requiredEmpty, value: nil)
            } else if let text = text(&row, field: index) {
                id = text
                if selecting == nil, let earlier = ids.register(bytes, at: location) {
                    row.problems.append(Diagnostic(.error, file: name, line: row.line, column: index + 1, columnName: "id",
                                                   message: .idUsed(at: place(of: earlier)), value: text))
                }
            }
        }
        let date = day(&row, .date, required: true)
        var endDate = day(&row, .endDate, required: false)
        if let date, let end = endDate, end < date, let (bytes, index) = self.bytes(row, .endDate) {
            row.fail(index, "end_date", .endsBeforeDate(date), value: shown(bytes))
            endDate = nil
        }
        let office = office(&row, on: date)
        let kind = kind(&row)
        let country = country(&row)
        let sectors = sectors(&row)
        let companies = count(&row, .companies)
        let partnerCompanies = count(&row, .partnerCompanies)
        var agreements = count(&row, .agreements)
        let agreementsImplied = kind == .agreement && (bytes(row, .agreements)?.bytes.isEmpty ?? true)
        if agreementsImplied { agreements = 1 }
        let consultations = count(&row, .consultations)
        let consultationUSD = dollars(&row, .consultationUSD)
        let contractUSD = dollars(&row, .contractUSD)
        if columns.count < row.fields.count {
            for index in columns.count..<row.fields.count where !row.fields[index].isEmpty {
                row.problems.append(Diagnostic(.warning, file: name, line: row.line, column: index + 1,
                                               columnName: "column \(index + 1)",
                                               message: .beyondHeader,
                                               value: shown(row.fields[index])))
            }
        }
        let trip = text(&row, .trip), partnerCity = text(&row, .partnerCity), partnerOrg = text(&row, .partnerOrg)
        let title = text(&row, .title), source = text(&row, .source)
        let extras = extraPositions.map { $0 < row.fields.count ? (text(&row, field: $0) ?? "") : "" }
        guard !row.hasErrors, let id, let date, let office, let kind, let country else { return nil }
        return ActivityRecord(
            id: id, date: date, endDate: endDate, office: office, province: places[office].province(on: date),
            kind: kind, trip: trip, country: country, partnerCity: partnerCity, partnerOrg: partnerOrg, sectors: sectors,
            companies: companies, partnerCompanies: partnerCompanies, agreements: agreements, agreementsImplied: agreementsImplied,
            consultations: consultations, consultationUSD: consultationUSD, contractUSD: contractUSD,
            title: title, source: source, extras: extras, location: location)
    }

    /// The bytes of a required column; nil (with an error when empty) otherwise.
    private func required(_ row: inout Row, _ column: Column) -> (bytes: UnsafeBufferPointer<UInt8>, field: Int)? {
        guard let (bytes, index) = self.bytes(row, column) else { return nil }
        if bytes.isEmpty {
            row.fail(index, column.name, .requiredEmpty, value: nil)
            return nil
        }
        return (bytes, index)
    }

    private func day(_ row: inout Row, _ column: Column, required isRequired: Bool) -> Day? {
        guard let (bytes, index) = self.bytes(row, column) else { return nil }
        if bytes.isEmpty {
            if isRequired { row.fail(index, column.name, .requiredEmpty, value: nil) }
            return nil
        }
        switch Day.parse(bytes) {
        case .success(let day): return day
        case .failure(.malformed):
            row.fail(index, column.name, .notADate, value: shown(bytes))
        case .failure(.impossible):
            row.fail(index, column.name, .noSuchDay, value: shown(bytes))
        case .failure(.yearOutOfRange):
            row.fail(index, column.name, .yearOutOfRange(Day.years), value: shown(bytes))
        }
        return nil
    }

    private mutating func office(_ row: inout Row, on date: Day?) -> OfficeID? {
        guard let (bytes, index) = required(&row, .office) else { return nil }
        let entries: [OfficeNameIndex.Entry]
        if let known = offices.value(for: bytes) {
            entries = known
        } else {
            guard let text = text(&row, field: index) else { return nil }
            entries = places.officeEntries(text)
            offices.insert(bytes, entries)
        }
        // Without a valid date, resolve as of today's names and leave dates to their own error.
        switch places.resolveOffice(entries, on: date ?? Day(year: 9999, month: 12, day: 31)!) {
        case .found(let office, let formerName):
            if let formerName, date != nil {
                row.problems.append(Diagnostic(.warning, file: name, line: row.line, column: index + 1, columnName: "office",
                                               message: .formerOfficeName(formerName, countedAs: places.displayName(office)),
                                               value: shown(bytes)))
            }
            return office
        case let problem:
            let message = places.officeProblem(problem) { wantsHints ? places.suggestOffice(for: shown(bytes)) : nil }
            row.fail(index, "office", message ?? .unknownOffice(suggestion: nil), value: shown(bytes))
        }
        return nil
    }

    private mutating func kind(_ row: inout Row) -> Kind? {
        guard let (bytes, index) = required(&row, .kind) else { return nil }
        if let kind = kinds.value(for: bytes) { return kind }
        guard let text = text(&row, field: index) else { return nil }
        if let kind = places.kind(named: text) {
            kinds.insert(bytes, kind)
            return kind
        }
        row.fail(index, "kind", .unknownKind(suggestion: (wantsHints ? places.suggestKind(for: text) : nil)?.code,
                                             codes: Kind.allCases.map(\.code)), value: text)
        return nil
    }

    private mutating func country(_ row: inout Row) -> CountryID? {
        guard let (bytes, index) = required(&row, .partnerCountry) else { return nil }
        if let country = countries.value(for: bytes) { return country }
        guard let text = text(&row, field: index) else { return nil }
        if let country = places.country(named: text) {
            countries.insert(bytes, country)
            return country
        }
        guard wantsHints, let hint = places.suggestCountry(for: text) else {
            row.fail(index, "partner_country", .unknownCountry(suggestion: nil), value: text)
            return nil
        }
        row.fail(index, "partner_country", .unknownCountry(suggestion: (places[hint].korean, places[hint].alpha2)), value: text)
        return nil
    }

    private mutating func sectors(_ row: inout Row) -> SectorSet {
        guard let (bytes, index) = self.bytes(row, .sectors), !bytes.isEmpty else { return SectorSet() }
        if let sectors = sectorSets.value(for: bytes) { return sectors }
        guard let text = text(&row, field: index) else { return SectorSet() }
        var sectors = SectorSet()
        var valid = true
        for item in text.split(separator: ";") {
            let name = String(item).trimmingWhitespace()
            if name.isEmpty { continue }
            if let sector = places.sector(named: name) {
                sectors.insert(sector)
            } else {
                valid = false
                row.fail(index, "sectors", .unknownSector(suggestion: (wantsHints ? places.suggestSector(for: name) : nil)?.code), value: name)
            }
        }
        if valid { sectorSets.insert(bytes, sectors) }
        return sectors
    }

    private func count(_ row: inout Row, _ column: Column) -> Int {
        guard let (bytes, index) = self.bytes(row, column), !bytes.isEmpty else { return 0 }
        switch NumberParser.count(bytes) {
        case .success(let number): return number
        case .failure(let failure): row.fail(index, column.name, failure.message(whole: true), value: shown(bytes))
        }
        return 0
    }

    private mutating func dollars(_ row: inout Row, _ column: Column) -> Dollars {
        guard let (bytes, index) = self.bytes(row, column), !bytes.isEmpty else { return .zero }
        switch NumberParser.dollars(bytes) {
        case .success(let amount):
            guard selecting == nil else { return amount }
            // Each amount is bounded, but a hostile log of many could add up past what a sum holds.
            let total = amountTotals[column, default: .zero] + amount
            amountTotals[column] = total
            if total > Dollars.largestTotal, total - amount <= Dollars.largestTotal {
                row.fail(index, column.name, .totalTooLarge(limit: Dollars.largestTotal.cents / 100), value: shown(bytes))
            }
            return amount
        case .failure(let failure): row.fail(index, column.name, failure.message(whole: false), value: shown(bytes))
        }
        return .zero
    }
}

/// The fields of one record (trimmed bytes, valid while the record is handled) and the problems
/// found in them.
private struct Row {
    let line: Int
    let file: String
    var fields: [UnsafeBufferPointer<UInt8>] = []
    /// Fields whose bytes could not be read (reported already).
    var unreadable: Set<Int> = []
    var problems: [Diagnostic] = []

    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    mutating func fail(_ field: Int, _ columnName: String, _ message: Message, value: String?) {
        problems.append(Diagnostic(.error, file: file, line: line, column: field + 1,
                                   columnName: columnName, message: message, value: value))
    }
}

extension NumberParser.Failure {
    func message(whole: Bool) -> Message {
        switch self {
        case .notANumber: return .notANumber(dollars: !whole)
        case .negative: return .negative
        case .notWhole: return .notWhole
        case .tooManyDecimals: return .tooManyDecimals
        case .tooLarge: return .tooLarge(limit: whole ? Int64(Int32.max) : Dollars.largestAmount.cents / 100, dollars: !whole)
        }
    }
}

extension NumberParser.Failure {
    /// `1,000,000,000,000`.
    static func grouped(_ value: Int64) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 { digits.insert(",", at: index); index -= 3 }
        return String(digits)
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
        return String(scalars[first...last])
    }
}
