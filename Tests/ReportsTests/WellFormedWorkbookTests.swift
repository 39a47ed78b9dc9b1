import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TradeMetrics
@testable import Reports

/// Every text that reaches a workbook's XML leaves it well-formed and reads back as written:
/// characters XML cannot hold replaced (with a warning naming the cell), Excel's `_xHHHH_` escape
/// written as text guarded, addresses that cannot be links left as text, template text as text.
struct WellFormedWorkbookTests {
    @Test func cellTextIsGuardedOnlyWhereItMustBe() {
        #expect(WorkbookText.cell("전북 CES 2024") == ("전북 CES 2024", []))
        #expect(WorkbookText.cell("lit_x0001_eral").text == "lit_x005F_x0001_eral")
        #expect(WorkbookText.cell("_x005F_").text == "_x005F_x005F_")
        #expect(WorkbookText.cell("_x12_ _xZZZZ_ snake_case _x0041").text == "_x12_ _xZZZZ_ snake_case _x0041")
        let replaced = WorkbookText.cell("a\u{FFFE}b\u{FFFF}c\u{0}d")
        #expect(replaced.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(replaced.replaced == ["\u{FFFE}", "\u{FFFF}", "\u{0}"])
    }

    /// Read as Excel reads a cell's text: `_xHHHH_` is the character HHHH.
    static func excelText(_ stored: String) -> String {
        var out: [UInt8] = []
        Array(stored.utf8).withUnsafeBufferPointer { XMLText.append($0, to: &out, escapes: true) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: ["lit_x0001_eral", "_x005F_", "a_x00e9_b_X0041_", "ctl\u{1}z_x0001_", "plain", "tab\tand\nline"])
    func guardedTextReadsBackAsWritten(_ text: String) {
        #expect(Self.excelText(WorkbookText.cell(text).text.replacingOccurrences(of: "\u{1}", with: "_x0001_")) == text)
    }

    @Test func linksHoldNoControlOrSpace() {
        #expect(WorkbookText.isLinkable("https://example.com/a?b=1&c=%20"))
        #expect(!WorkbookText.isLinkable("http://example.com/a\u{1}b"))
        #expect(!WorkbookText.isLinkable("http://example.com/a b"))
        #expect(!WorkbookText.isLinkable("http://example.com/\u{FFFE}"))
        #expect(!WorkbookText.isLinkable("http://example.com/\u{85}"))
        #expect(!WorkbookText.isLinkable("http://example.com/a_x0041_b"))   // its cell would read "aAb"
    }

    static let hostile = ["a\u{FFFE}b\u{FFFF}c", "lit_x0001_eral", "http://example.com/a\u{1}b"]

    @Test func aLogsHostileTextMakesAWellFormedWorkbook() throws {
        let header = "id,date,office,kind,partner_country,title,source\n"
        let rows = "h1,2024-01-08,전북,forum,US,\(Self.hostile[0]),\(Self.hostile[2])\nh2,2024-01-09,전북,forum,US,\(Self.hostile[1]),https://example.com/ok\n"
        let read = LogReader().readAll([.bytes(name: "hostile.csv", Array((header + rows).utf8))])
        #expect(read.read.diagnostics.lines == [])
        let url = try Sample.temporaryFolder().appendingPathComponent("h.xlsx")
        let warnings = try XLSXReportWriter().write(try Sample.report(records: read.records), to: url.path)
        #expect(warnings.count == 1)
        #expect(warnings.first?.description.hasSuffix(": warning: text: holds U+FFFE, U+FFFF, which a workbook cannot hold; written as U+FFFD 'a\\u{fffe}b\\u{ffff}c'") == true)
        let contents = try XLSXContents(url)
        for (name, data) in contents.parts where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            #expect(XMLParser(data: data).parse(), "\(name) is not well-formed")
        }
        let texts = contents.cells("활동 목록").values.map { Self.excelText($0.value) }
        #expect(texts.contains("a\u{FFFD}b\u{FFFD}c"))
        #expect(texts.contains("lit_x0001_eral"))
        #expect(texts.contains("http://example.com/a\u{1}b"))   // as text, not a link
        let relationships = contents.parts.filter { $0.key.hasSuffix(".rels") }.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(relationships.contains { $0.contains("https://example.com/ok") })
        #expect(!relationships.contains { $0.contains("example.com/a") })
    }

    let chartTemplate = """
        sheets:
          - name: "=Sheet"
            blocks:
              - table: { id: t, by: kind, measures: [activities] }
              - chart: { type: bar, from: t, measures: [activities], title: "=Sheet!$A$1", x_axis: "=x", y_axis: "=1+1" }

        """

    @Test func templateTextStartingWithEqualsIsTextInCharts() throws {
        let template = try TemplateLoader().load(yaml: chartTemplate, file: "t.yaml")
        let context = ReportContext(period: try Period(parsing: "2024"), language: .ko, created: 1_700_000_000)
        let report = ReportBuilder(template: template, engine: MetricsEngine(records: Sample.records()), context: context).build()
        let url = try Sample.temporaryFolder().appendingPathComponent("c.xlsx")
        try XLSXReportWriter().write(report, to: url.path)
        let chart = String(decoding: try #require(try XLSXContents(url).parts["xl/charts/chart1.xml"]), as: UTF8.self)
        #expect(!chart.contains("<c:f>Sheet!$A$1</c:f>") && !chart.contains("<c:f>x</c:f>") && !chart.contains("<c:f>1+1</c:f>"))
        // Horizontal bars (9 kinds) name no category axis on paper: the title and the value axis are text.
        for title in ["=Sheet!$A$1", "=1+1"] { #expect(chart.contains("<a:t>\(title)</a:t>")) }
    }

    @Test(arguments: [("\"a\\x01b\"", "U+0001", "a\\u{1}b"), ("\"a\\0b\"", "U+0000", "a\\u{0}b"), ("\"a\\uFFFEb\"", "U+FFFE", "a\\u{fffe}b")])
    func aSheetNameWithAControlCharacterIsRefused(_ name: String, _ code: String, _ shown: String) {
        let yaml = "sheets:\n  - name: \(name)\n    blocks:\n      - table: { by: sector }\n"
        #expect(throws: TemplateError(file: "t.yaml", line: 2, column: 11, problem: .controlCharacter("name", code: code, text: shown))) {
            try TemplateLoader().load(yaml: yaml, file: "t.yaml")
        }
    }

    @Test func anyTemplateTextWithAControlCharacterIsRefused() {
        let yaml = "title: \"report\\x1B\"\nsheets:\n  - name: a\n    blocks:\n      - table: { by: sector, title: { ko: \"표\\x07\", en: t } }\n"
        #expect(throws: TemplateError(file: "t.yaml", line: 1, column: 8,
                                      problem: .controlCharacter("title", code: "U+001B", text: "report\\u{1b}"))) {
            try TemplateLoader().load(yaml: yaml, file: "t.yaml")
        }
        #expect(ExcelLimits.problem(withSheetName: "a\u{1}b") != nil)
    }
}
