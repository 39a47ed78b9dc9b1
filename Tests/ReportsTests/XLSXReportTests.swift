import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

struct XLSXReportTests {
    func write(_ report: Report) throws -> (URL, XLSXContents) {
        let folder = try Sample.temporaryFolder()
        let url = folder.appendingPathComponent("r.xlsx")
        try XLSXReportWriter().write(report, to: url.path)
        return (url, try XLSXContents(url))
    }

    @Test func theQuarterlyReportReadsBackToTheMetrics() throws {
        let (_, xlsx) = try write(try Sample.report())
        #expect(xlsx.sheetNames == ["요약", "권역·국가별", "분야별", "유형별", "교류 협력 현황", "활동 목록", "정보"])
        let summary = xlsx.cells("요약")
        #expect(summary["A1"]?.value == "전북특별자치도 국제통상 활동 보고서 (2024년 1분기)")
        // Key figures: title on row 3, header on row 4, activities on row 5.
        #expect(summary["A5"]?.value == "활동")
        let engine = MetricsEngine(records: Sample.records())
        let jeonbuk = Gazetteer.shared.province(code: "KR-45")!
        let totals = engine.table(TableQuery(period: .quarter(2024, 1), filter: RecordFilter(offices: [jeonbuk]))).total.totals
        #expect(summary["B5"] == XLSXContents.Cell(type: "n", value: "\(totals.activities)", hasFormula: false))
        #expect(summary["B5"]?.value == "10")
        #expect(summary["B6"]?.value == "1")       // missions: the CES trip
        #expect(summary["B7"]?.value == "8")       // companies
        #expect(summary["B8"]?.value == "1")       // agreements: OKTA, empty cell counts 1
        // The activity list holds the ten rows of the quarter, dates as Excel dates.
        let list = xlsx.cells("활동 목록")
        #expect(list["A2"]?.value == "번호")
        #expect(list["A3"]?.value == "jb-2024-01")
        #expect(list["B3"] == XLSXContents.Cell(type: "n", value: "45299", hasFormula: false))   // 2024-01-08
        #expect(list["A12"]?.value == "jb-2024-10")
        #expect(list["A13"] == nil)
    }

    @Test func noCellIsAFormulaWhateverUsersWrote() throws {
        let hostile = "=cmd|' /C calc'!A0"
        let text = "id,date,office,kind,partner_country,title,source,partner_org\n"
            + "h1,2024-02-01,전북,forum,US,\"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))\",@SUM(1),+1\n"
            + "h2,2024-02-02,전북,forum,US,-1+1,https://example.go.kr/a?b=1,\"\t tab\"\n"
        let records = LogReader().readAll([.bytes(name: "h.csv", Array(text.utf8))]).records
        let (_, xlsx) = try write(try Sample.report(records: records))
        for sheet in xlsx.sheetNames {
            #expect(xlsx.cells(sheet).values.allSatisfy { !$0.hasFormula }, "\(sheet)")
        }
        let list = xlsx.cells("활동 목록").values
        #expect(list.contains(XLSXContents.Cell(type: "inlineStr", value: hostile, hasFormula: false)))
        #expect(list.contains(XLSXContents.Cell(type: "inlineStr", value: "@SUM(1)", hasFormula: false)))
        #expect(list.contains(XLSXContents.Cell(type: "inlineStr", value: "-1+1", hasFormula: false)))
        // An http(s) source becomes a link.
        let sheetIndex = xlsx.sheetNames.firstIndex(of: "활동 목록")! + 1
        let rels = String(decoding: xlsx.parts["xl/worksheets/_rels/sheet\(sheetIndex).xml.rels"] ?? Data(), as: UTF8.self)
        #expect(rels.contains("https://example.go.kr/a?b=1"))
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let report = try Sample.report()
        let (a, _) = try write(report)
        let (b, _) = try write(report)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func documentPropertiesAndCharts() throws {
        let (_, xlsx) = try write(try Sample.report())
        let core = String(decoding: xlsx.parts["docProps/core.xml"]!, as: UTF8.self)
        #expect(core.contains("<dc:title>전북특별자치도 국제통상 활동 보고서 (2024년 1분기)</dc:title>"))
        #expect(core.contains("<dc:creator>전북특별자치도</dc:creator>"))
        #expect(core.contains("2023-11-14T22:13:20Z"))
        let charts = xlsx.parts.keys.filter { $0.hasPrefix("xl/charts/chart") }.sorted()
        #expect(charts.count == 3)
        let first = String(decoding: xlsx.parts["xl/charts/chart1.xml"]!, as: UTF8.self)
        #expect(first.contains("분야별 활동"))
        #expect(first.contains("<c:barDir val=\"bar\"/>"))
    }

    /// Our words, from our check, not libxlsxwriter's (which would say "Worksheet name exceeds Excel's limit").
    @Test func excelsLimitsAreCheckedBeforeC() throws {
        var report = try Sample.report()
        let long = String(repeating: "가", count: 32)
        report.sheets[0].name = long
        let folder = try Sample.temporaryFolder()
        let tooLong = #expect(throws: XLSXError.self) { try XLSXReportWriter().write(report, to: folder.appendingPathComponent("x.xlsx").path) }
        #expect(tooLong?.description == "sheet name '\(long)' exceeds Excel's limit of 31 characters")
        report.sheets[0].name = "a[1]"
        let forbidden = #expect(throws: XLSXError.self) { try XLSXReportWriter().write(report, to: folder.appendingPathComponent("y.xlsx").path) }
        #expect(forbidden?.description == "sheet name 'a[1]' contains '[', which Excel forbids ([ ] : * ? / \\)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.xlsx").path))
    }

    @Test func textBeyondExcelsLimitIsCutWithAWarning() throws {
        let long = String(repeating: "가", count: 40_000)
        let text = "id,date,office,kind,partner_country,title\nl1,2024-02-01,전북,forum,US,\(long)\n"
        let records = LogReader().readAll([.bytes(name: "l.csv", Array(text.utf8))]).records
        let folder = try Sample.temporaryFolder()
        let url = folder.appendingPathComponent("l.xlsx")
        let warnings = try XLSXReportWriter().write(try Sample.report(records: records), to: url.path)
        #expect(warnings.map(\.description) == ["[활동 목록]:H3: warning: text: 40000 characters cut to Excel's limit of 32767 '\(String(repeating: "가", count: 80))…'"])
        let cell = try XLSXContents(url).cells("활동 목록").values.first { $0.value.hasPrefix("가가") }
        #expect(cell?.value.count == 32_766)
    }
}
