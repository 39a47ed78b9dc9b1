import Foundation
import Synchronization
import Testing
import ReportJobs
import Reports
import TradeMetrics

/// How often each report reads its log, counted by `LogReader.readObserver` (a parse of the log,
/// whole or again for the activity list): at most twice, with and without `--dedupe`, with and
/// without the CSV tables. Each test reads copies of the sample log in a folder of its own, so the
/// reads of tests running beside it are not counted.
@Suite(.serialized)
struct LogReadCountTests {
    let period = Period.quarter(2024, 1)
    let jeonbuk = Gazetteer.shared.province(code: "KR-45")!

    /// The sample log copied to a new folder, read with `dedupe` or not.
    func log(dedupe: Bool) throws -> LogInput {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { name in
            let copy = folder.appendingPathComponent(name)
            try FileManager.default.copyItem(at: ReportJobTests.root.appendingPathComponent("seeds/\(name)"), to: copy)
            return LogSource.file(path: copy.path)
        }
        // Three activities logged by both 전북 and 전주시: --dedupe counts each once.
        var twins: [LogSource] = []
        for (name, text) in Self.twins {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            twins.append(LogSource.file(path: url.path))
        }
        return LogInput(files: files + twins, dedupe: dedupe)
    }

    static let header = "id,date,office,kind,trip,partner_country,partner_city,sectors,companies,consultations,consultation_usd,contract_usd,title\n"
    static let twins = [
        ("twins-jeonbuk.csv", header + """
            tw-p1,2024-01-09,전북,mission,T1,US,Las Vegas,bio,10,30,1000000,100000,CES 2024 참가
            tw-p2,2024-01-10,전북,forum,,US,Las Vegas,,5,,,,전북 투자설명회
            tw-p3,2024-02-01,전북,agreement,,KZ,Almaty,,,,,,MOU 체결
            """ + "\n"),
        ("twins-jeonju.csv", header + """
            tw-m1,2024-01-09,전주시,mission,T1,US,las vegas,mobility,4,40,800000,150000,CES 2024 참가 (전주)
            tw-m2,2024-01-10,전주시,forum,,US,Las Vegas,,7,,,,"전북 투자 설명회!"
            tw-m3,2024-02-01,전주시,agreement,,KZ,Almaty,,,,,,업무협약 체결
            """ + "\n"),
    ]

    /// How many times `body` reads `log`.
    func reads(of log: LogInput, _ body: () throws -> Void) rethrows -> Int {
        let folder = URL(fileURLWithPath: log.names[0]).deletingLastPathComponent().path
        let count = Counter()
        LogReader.readObserver.withLock { $0 = { names in if names.contains(where: { $0.hasPrefix(folder) }) { count.add() } } }
        defer { LogReader.readObserver.withLock { $0 = nil } }
        try body()
        return count.value
    }

    final class Counter: Sendable {
        private let count = Atomic<Int>(0)
        func add() { count.add(1, ordering: .relaxed) }
        var value: Int { count.load(ordering: .relaxed) }
    }

    func output(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("reads-\(UUID().uuidString)-\(name)").path
    }

    /// `report-cli quarterly`, with `--csv` as the command writes it: the tables from the report made.
    @Test(arguments: [false, true], [false, true])
    func quarterlyReadsTheLogAtMostTwice(dedupe: Bool, csv: Bool) throws {
        let log = try log(dedupe: dedupe)
        let (template, _) = try OptionValues.template("quarterly")
        var job = ReportJob.quarterly(period: period, filter: RecordFilter(offices: [jeonbuk]), language: .ko)
        job.activitiesReused = csv
        var listed = 0
        let count = try reads(of: log) {
            let made = try job.writeWorkbook(template, log: log, to: output("q.xlsx"), placing: { report, place in
                if csv {
                    // The activity list's CSV: a line for each activity of the period.
                    let files = try ReportCSVWriter().files(for: report)
                    let list = try #require(files.first { $0.name.contains("활동 목록") })
                    listed = String(decoding: list.bytes, as: UTF8.self).split(separator: "\r\n").count - 1
                }
                try place()
            })
            #expect(made.rows > 0)
            if csv { #expect(listed == made.rows) }
            #expect(made.read.duplicates.count >= 2)
        }
        #expect(count >= 1)
        #expect(count <= 2, "quarterly\(dedupe ? " --dedupe" : "")\(csv ? " --csv" : ""): \(count) reads")
    }

    @Test(arguments: [false, true], [CompareDimension.province, .office])
    func compareReadsTheLogAtMostTwice(dedupe: Bool, by: CompareDimension) throws {
        let log = try log(dedupe: dedupe)
        let (template, _) = try OptionValues.template("compare")
        let count = try reads(of: log) {
            // --by office without --offices: the offices present in the log.
            let job = try ReportJob.comparison(period: period, offices: [], by: by, language: .ko, log: log)
            _ = try job.writeWorkbook(template, log: log, to: output("c.xlsx"))
        }
        #expect(count >= 1)
        #expect(count <= 2, "compare --by \(by)\(dedupe ? " --dedupe" : ""): \(count) reads")
    }

    @Test(arguments: [false, true])
    func briefingReadsTheLogAtMostTwice(dedupe: Bool) throws {
        let log = try log(dedupe: dedupe)
        let (template, _) = try OptionValues.template("briefing")
        let count = try reads(of: log) {
            let job = ReportJob.briefing(period: period, office: jeonbuk, language: .ko, names: .ko)
            let made = try job.build(template, log: log)
            #expect(try !ReportCSVWriter().files(for: made.report).isEmpty)
        }
        #expect(count >= 1)
        #expect(count <= 2, "briefing\(dedupe ? " --dedupe" : ""): \(count) reads")
    }

    @Test(arguments: [false, true])
    func tablesAndTiesReadTheLogAtMostTwice(dedupe: Bool) throws {
        let log = try log(dedupe: dedupe)
        let tables = try reads(of: log) { _ = try TableJob.table(TableQuery(period: period), log: log) }
        let ties = try reads(of: log) { _ = try TieJob().run(log: log) }
        #expect(tables >= 1 && ties >= 1)
        #expect(tables <= 2, "tables\(dedupe ? " --dedupe" : ""): \(tables) reads")
        #expect(ties <= 2, "ties\(dedupe ? " --dedupe" : ""): \(ties) reads")
    }

    /// With `--dedupe` the numbers are those of the log with each activity logged twice counted
    /// once: the same as the rows in memory, merged, give.
    @Test func dedupedCountsAreThoseOfTheMergedRows() throws {
        let log = try log(dedupe: true)
        let query = TableQuery(period: .all, dimensions: [.office])
        let counted = try TableJob.table(query, log: log).table
        let (records, _) = try log.load()
        let inMemory = MetricsEngine(records: records).table(query)
        #expect(String(describing: counted) == String(describing: inMemory))
        var plain = log
        plain.dedupe = false
        #expect(try TableJob.table(query, log: plain).table.total.totals.activities > counted.total.totals.activities)
    }
}
