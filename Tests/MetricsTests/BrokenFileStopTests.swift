import Testing
@testable import TradeMetrics

/// A file whose rows all have errors is read only until that is clear: past the errors kept, a
/// huge broken file (2 GB took 140 s) would otherwise be read to its end to count its errors.
struct BrokenFileStopTests {
    let header = "id,date,office,kind,partner_country\n"

    func broken(_ count: Int, from first: Int = 1) -> String {
        (first..<first + count).map { "x\($0),2024-02-30,전북,forum,US\n" }.joined()
    }

    @Test func readingStopsOnceTheFirstThousandRowsAreAllBroken() {
        let log = LogSource.bytes(name: "log.csv", Array((header + broken(5_000)).utf8))
        let (records, report) = LogReader().readAll([log])
        #expect(records.isEmpty)
        // The reader stopped at the 1,000th row: the 4,000 after it were never looked at.
        #expect(report.files[0].rejectedRows == RowParser.hopelessRows)
        #expect(report.diagnostics.errorCount == 1_001)
        let lines = report.diagnostics.lines
        #expect(lines.count == 102)
        #expect(lines[99] == "log.csv:101:2: error: date: no such day in the calendar '2024-02-30'")
        #expect(lines[100] == "log.csv:1001:1: error: file: none of the first 1,000 rows is valid; the rest of the file was not read "
                + "(fix the errors above, or check that this is an activity log)")
        #expect(lines[101] == "log.csv: error: 900 more errors not shown")
    }

    @Test func oneValidRowKeepsTheWholeFileRead() {
        let log = LogSource.bytes(name: "log.csv", Array((header + "ok,2024-02-01,전북,forum,US\n" + broken(5_000)).utf8))
        let (records, report) = LogReader().readAll([log])
        #expect(records.count == 1)
        #expect(report.files[0].rejectedRows == 5_000)
        #expect(report.diagnostics.errorCount == 5_000)
    }

    @Test func eachFileIsJudgedOnItsOwn() {
        let bad = LogSource.bytes(name: "bad.csv", Array((header + broken(1_500)).utf8))
        let good = LogSource.bytes(name: "good.csv", Array((header + "ok,2024-02-01,전북,forum,US\n").utf8))
        let (records, report) = LogReader().readAll([bad, good])
        #expect(records.count == 1)
        #expect(report.files.map(\.rejectedRows) == [1_000, 0])
        #expect(report.files.map(\.rows) == [0, 1])
    }

    @Test func numbersAreGroupedByThousands() {
        #expect([0, 999, 1_000, 1_234_567].map(RowParser.grouped) == ["0", "999", "1,000", "1,234,567"])
    }
}
