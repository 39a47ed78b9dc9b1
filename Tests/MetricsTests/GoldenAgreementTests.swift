import Foundation
import Testing
@testable import TradeMetrics

/// Our tables against golden ones that `bench/golden-tables.py` computed, in plain Python and
/// independently of this code, from a 3,000-row log made by `scripts/generate-log`: every key and
/// every measure, exactly, for each period and dimension. Both are committed in
/// `Fixtures/Generated` (its README.md gives the commands that made them), so no Python is needed
/// here. After an intended change to the reference tables, regenerate the golden files with the
/// command in that README and review the diff.
struct GoldenAgreementTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("Generated")
    static let log = folder.appendingPathComponent("log-3000.csv")
    static let periods = ["all", "2024-Q3", "2025-H1", "2026-Q2"]
    static let dimensions: [TradeMetrics.Dimension] = [.province, .office, .region, .country, .sector, .kind, .quarter]
    static let measures: [Measure] = [.activities, .missions, .companies, .partnerCompanies, .agreements,
                                      .consultations, .consultationUSD, .contractUSD, .countries]
    static let header = (["key"] + measures.map(\.name)).joined(separator: ",")
    static let remedy = "see Tests/MetricsTests/Fixtures/Generated/README.md for the commands that make it"

    static func goldenFile(_ period: String, _ dimension: TradeMetrics.Dimension) -> URL {
        folder.appendingPathComponent("golden").appendingPathComponent("\(period)_\(dimension.rawValue).csv")
    }

    /// A row of a table as CSV writes it: its key and its measures.
    struct TableRow {
        let key: String
        let values: [String]
    }

    /// The rows of a golden file (header checked): key → the measures as written.
    static func golden(_ file: URL) throws -> [TableRow] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        try #require(lines.first == header, "\(file.lastPathComponent): the header is not \(header)")
        lines.removeFirst()
        return try lines.map { line in
            // Keys hold no comma or quote (codes, `KR-11/중구`, M49 region names), so a plain split reads them.
            try #require(!line.contains("\""), "\(file.lastPathComponent): a quoted field in '\(line)'")
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == measures.count + 1, "\(file.lastPathComponent): '\(line)' has \(fields.count) fields")
            return TableRow(key: fields[0], values: Array(fields.dropFirst()))
        }
    }

    @Test func theLogAndEveryGoldenFileArePresent() {
        #expect(FileManager.default.fileExists(atPath: Self.log.path), "missing: the generated log \(Self.log.path); \(Self.remedy)")
        for period in Self.periods {
            for dimension in Self.dimensions {
                let file = Self.goldenFile(period, dimension)
                #expect(FileManager.default.fileExists(atPath: file.path),
                        "missing: the golden table of \(period) by \(dimension.rawValue), \(file.path); \(Self.remedy)")
            }
        }
    }

    @Test(arguments: periods)
    func tablesEqualTheGoldenOnes(_ periodText: String) throws {
        try #require(FileManager.default.fileExists(atPath: Self.log.path),
                     "missing: the generated log \(Self.log.path); \(Self.remedy)")
        let read = LogReader().readAll([.file(path: Self.log.path)])
        #expect(!read.read.hasErrors, "\(read.read.diagnostics.lines.prefix(5))")
        #expect(read.records.count == 3000)
        let engine = MetricsEngine(records: read.records)
        let period = try Period(parsing: periodText)
        for dimension in Self.dimensions {
            let file = Self.goldenFile(periodText, dimension)
            guard FileManager.default.fileExists(atPath: file.path) else {
                Issue.record("missing: the golden table of \(periodText) by \(dimension.rawValue), \(file.path); \(Self.remedy)")
                continue
            }
            let expected = try Self.golden(file)
            // As logged: the independent computation knows no restatement (RestatementTests checks that by hand).
            let table = engine.table(TableQuery(period: period, dimensions: [dimension], boundaries: .asLogged))
            var ours = table.rows.map { (row: MetricsTable.Row) -> TableRow in
                TableRow(key: row.keys[0].key(Gazetteer.shared), values: Self.measures.map { row.totals[$0].description })
            }
            ours.append(TableRow(key: "total", values: Self.measures.map { table.total.totals[$0].description }))
            let what = "\(periodText) by \(dimension.rawValue)"
            let ourKeys = ours.map { $0.key }, goldenKeys = expected.map { $0.key }
            #expect(ourKeys == goldenKeys, "\(what): the keys differ")
            #expect(expected.count >= 2, "\(what): the golden table has a group and the total")
            var oursByKey: [String: [String]] = [:]
            for row in ours where oursByKey[row.key] == nil { oursByKey[row.key] = row.values }
            for row in expected {
                guard let found = oursByKey[row.key] else { continue }   // reported with the keys
                for (index, measure) in Self.measures.enumerated() where found[index] != row.values[index] {
                    Issue.record("\(what), \(row.key), \(measure.name): ours \(found[index]), golden \(row.values[index])")
                }
            }
        }
    }
}
