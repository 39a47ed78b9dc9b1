import FuzzSupport
import TradeMetrics

/// Arbitrary bytes as one .xlsx log file through the whole workbook reader (zip, relationships,
/// workbook index, styles, shared strings, sheet XML, header search, every row check). It must
/// give one summary, every finding placed at a line and column of at least 1, records in line
/// order, and, for a log without errors, the same records when read again (a report's second read).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let source = LogSource.bytes(name: "fuzz.xlsx", bytes)
    let reader = LogReader()
    let (records, report) = reader.readAll([source])
    require(report.files.count == 1, "\(report.files.count) summaries for one file")
    require(report.files[0].rows == records.count, "\(report.files[0].rows) rows counted, \(records.count) records")
    for finding in report.diagnostics.kept {
        require(finding.line >= 1 && finding.column >= 1, "finding without a place: \(finding)")
        require(finding.file == "fuzz.xlsx", "finding of another file: \(finding)")
    }
    for (earlier, later) in zip(records, records.dropFirst()) {
        require(earlier.location.line < later.location.line, "records out of row order")
    }
    for record in records { require((record.endDate ?? record.date) >= record.date, "ends before it starts: \(record.id)") }
    if !report.hasErrors {
        var again: [ActivityRecord] = []
        reader.reread([source], selecting: { _ in true }) { again.append($0) }
        require(again == records, "a second read gives \(again.count) records, the first \(records.count)")
    }
    return 0
}
