import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

struct ActivitySourceTests {
    let files = Sample.seedFiles.map { LogSource.file(path: Sample.root.appendingPathComponent($0).path) }

    func ids(_ source: ActivitySource, _ period: Period, _ filter: RecordFilter = RecordFilter(), byDate: Bool) throws -> [String] {
        var ids: [String] = []
        try source.forEach(in: period, matching: filter, byDate: byDate) { ids.append($0.id) }
        return ids
    }

    @Test func readingTheLogAgainGivesTheRowsHeldInMemory() throws {
        let memory = RecordsInMemory(Sample.records(files))
        let again = RecordsFromLog(sources: files, encoding: nil)
        for period in [Period.all, .year(2023), .quarter(2024, 1), .quarter(2022, 1)] {
            for byDate in [false, true] {
                #expect(try ids(again, period, byDate: byDate) == ids(memory, period, byDate: byDate))
            }
        }
        let jeju = RecordFilter(offices: Sample.provinces("제주"))
        #expect(try ids(again, .all, jeju, byDate: true) == ["jeju-2023-01", "jeju-2023-02", "jeju-2023-03"])
        // By date: 구미 (2017) first, though its file comes first anyway; 전주 2024-10 before 2025.
        #expect(try ids(again, .all, byDate: true).first == "gumi-01")
        #expect(try ids(again, .all, byDate: true).last == "jeonju-2025-04")
    }

    /// Rows kept for the same question asked again (the list written to the workbook, then to CSV)
    /// are given again without reading the log; a list longer than the limit is read again instead
    /// of held. The file is changed between the two questions to tell which happened.
    @Test func keptRowsAreGivenAgainUpToTheLimit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kept-\(UInt32.random(in: 0...UInt32.max)).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let header = "id,date,office,kind,partner_country\n"
        for (limit, expected) in [(3, ["a1", "a2"]), (1, ["b1", "b2"])] {
            try (header + "a1,2024-02-01,전북,forum,US\na2,2024-02-02,전북,forum,US\n").write(toFile: path, atomically: false, encoding: .utf8)
            var source = RecordsFromLog(sources: [.file(path: path)], encoding: nil)
            source.keepsRows = true
            source.keptRowsLimit = limit
            #expect(try ids(source, .all, byDate: false) == ["a1", "a2"])
            try (header + "b1,2024-02-01,전북,forum,US\nb2,2024-02-02,전북,forum,US\n").write(toFile: path, atomically: false, encoding: .utf8)
            #expect(try ids(source, .all, byDate: false) == expected)
        }
    }

    /// The check comes every 1,024 rows: a log of 3,000 stops at the first check, with no more rows
    /// given; the small sample log ends before it; never told to stop, every row comes.
    @Test func aStopEndsTheReading() throws {
        let rows = (1...3_000).map { "x\($0),2024-02-01,전북,forum,US\n" }.joined()
        let long = [LogSource.bytes(name: "long.csv", Array(("id,date,office,kind,partner_country\n" + rows).utf8))]
        var given = 0
        let stopping = RecordsFromLog(sources: long, encoding: nil, shouldStop: { true })
        #expect(throws: RecordsFromLog.Stopped.self) {
            try stopping.forEach(in: .all, matching: RecordFilter(), byDate: false) { _ in given += 1 }
        }
        #expect(given == 1_023)
        #expect(throws: Never.self) { try ids(RecordsFromLog(sources: files, encoding: nil, shouldStop: { true }), .all, byDate: false) }
        #expect(try ids(RecordsFromLog(sources: long, encoding: nil), .all, byDate: false).count == 3_000)
    }

    @Test func aPrefetchedStreamGivesTheSameRowsInOrder() throws {
        let rows = (0..<5_000).map { [ReportCell.count($0), .text("row \($0)")] }
        let stream = RowStream { emit in for row in rows { try emit(row) } }
        var seen: [[ReportCell]] = []
        try stream.prefetched(batchSize: 7, depth: 2).forEach { seen.append($0) }
        #expect(seen == rows)
    }

    @Test func aPrefetchedStreamPassesErrorsBothWays() {
        struct Broken: Error {}
        let failing = RowStream { emit in
            try emit([.count(1)])
            throw Broken()
        }
        #expect(throws: Broken.self) { try failing.prefetched().forEach { _ in } }
        let endless = RowStream { emit in while true { try emit([.count(0)]) } }
        #expect(throws: Broken.self) { try endless.prefetched(batchSize: 3, depth: 1).forEach { _ in throw Broken() } }
    }
}
