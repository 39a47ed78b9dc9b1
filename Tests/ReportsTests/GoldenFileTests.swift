import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// The XML parts of the sample quarterly report and its CSV files, compared with the files under
/// `Golden/`. The creation time is fixed, so nothing needs normalising. After an intended change,
/// run `UPDATE_GOLDEN=1 swift test --filter GoldenFileTests` and review the diff.
struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil

    func check(_ name: String, _ data: Data) throws {
        let url = Self.folder.appendingPathComponent(name)
        if Self.updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: url.path), "missing golden file \(name)")
        #expect(data == expected, "\(name) differs from its golden file")
    }

    @Test func quarterlyXLSXParts() throws {
        let url = try Sample.temporaryFolder().appendingPathComponent("q.xlsx")
        try XLSXReportWriter().write(try Sample.report(), to: url.path)
        let parts = try XLSXContents(url).parts
        let checked = parts.keys.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }.sorted()
        #expect(checked.contains("xl/worksheets/sheet1.xml"))
        #expect(checked.contains("xl/styles.xml"))
        #expect(checked.contains("xl/charts/chart1.xml"))
        for part in checked { try check("quarterly-xlsx/\(part)", parts[part]!) }
    }

    @Test func compareXLSXParts() throws {
        let url = try Sample.temporaryFolder().appendingPathComponent("c.xlsx")
        let three = ReportContext.Selection(dimension: .province, offices: Sample.provinces("전북", "제주", "경북"))
        try XLSXReportWriter().write(try Sample.report(template: "compare", period: "2024", office: nil, selection: three), to: url.path)
        let parts = try XLSXContents(url).parts
        for part in parts.keys.filter({ $0.hasPrefix("xl/worksheets/") || $0.hasPrefix("xl/charts/") }).sorted() {
            try check("compare-xlsx/\(part)", parts[part]!)
        }
    }

    @Test func benchXLSXParts() throws {
        let url = try Sample.temporaryFolder().appendingPathComponent("b.xlsx")
        try XLSXReportWriter().write(try Sample.report(template: "bench", period: "all", office: nil), to: url.path)
        let parts = try XLSXContents(url).parts
        for part in parts.keys.filter({ $0.hasPrefix("xl/worksheets/sheet") }).sorted() {
            try check("bench-xlsx/\(part)", parts[part]!)
        }
    }

    @Test func briefingCSVFiles() throws {
        let files = try ReportCSVWriter().files(for: try Sample.report(template: "briefing", period: "2024-Q1", officeFileName: "전북"))
        #expect(files.map(\.name) == ["2024-Q1_전북_요약.csv", "2024-Q1_전북_시도별.csv", "2024-Q1_전북_권역별.csv",
                                       "2024-Q1_전북_분야별.csv", "2024-Q1_전북_유형별.csv", "2024-Q1_전북_활동목록.csv"])
        for file in files { try check("briefing-csv/\(file.name)", Data(file.bytes)) }
    }

    @Test func quarterlyCSVFiles() throws {
        let files = try ReportCSVWriter().files(for: try Sample.report())
        #expect(files.map(\.name).first == "01-요약-1.csv")
        for file in files { try check("quarterly-csv/\(file.name)", Data(file.bytes)) }
    }

    @Test func csvFilesOpenInKoreanExcel() throws {
        let files = try ReportCSVWriter().files(for: try Sample.report())
        #expect(files.allSatisfy { $0.bytes.starts(with: [0xEF, 0xBB, 0xBF]) })
        let cp949 = try ReportCSVWriter(encoding: .cp949).files(for: try Sample.report())
        for (utf8, legacy) in zip(files, cp949) {
            #expect(!legacy.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(String(data: Data(legacy.bytes), encoding: String.Encoding(rawValue: 0x8000_0422))
                    == String(decoding: utf8.bytes.dropFirst(3), as: UTF8.self), "\(utf8.name)")
        }
    }
}
