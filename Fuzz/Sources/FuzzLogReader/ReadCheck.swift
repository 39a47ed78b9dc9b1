import FuzzSupport
import TradeMetrics

/// Reads `bytes` as a log and checks what any read must give: findings with a place, one summary
/// that counts the records, records true to the contract; and for a log without errors, a second
/// read of some periods' rows (the report's second pass) gives those rows again.
/// Returns the encoding the file was read in.
func checkRead(_ bytes: [UInt8], encoding: TextEncoding?) -> TextEncoding? {
    let reader = LogReader(encoding: encoding)
    let source = LogSource.bytes(name: "fuzz.csv", bytes)
    let (records, report) = reader.readAll([source])
    require(report.files.count == 1, "one file, \(report.files.count) summaries")
    let file = report.files[0]
    require(file.rows == records.count, "\(file.rows) rows counted, \(records.count) given")
    for finding in report.diagnostics.kept {
        require(finding.line >= 1 && finding.column >= 1, "no place: \(finding)")
    }
    var line = 1
    for record in records {
        require(record.location.line > line, "line \(record.location.line) after line \(line)")
        line = record.location.line
        check(record)
    }
    guard !report.hasErrors else { return file.encoding }
    let selecting: @Sendable (Day) -> Bool = { $0.day % 2 == 1 }
    var again: [ActivityRecord] = []
    reader.reread([source], selecting: selecting) { again.append($0) }
    require(again == records.filter { selecting($0.date) }, "the second read differs")
    return file.encoding
}

/// What the contract promises of a record.
private func check(_ record: ActivityRecord) {
    require(!record.id.isEmpty, "a record without an id")
    require(record.endDate.map { $0 >= record.date } ?? true, "ends before it starts")
    require(min(record.companies, record.partnerCompanies, record.agreements, record.consultations) >= 0, "a negative count")
    require(record.consultationUSD.cents >= 0 && record.contractUSD.cents >= 0, "a negative amount")
}
