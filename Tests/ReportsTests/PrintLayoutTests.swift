import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// The quarterly report of a generated 3,000-row log as it prints: every sheet at 70 % or more on
/// A4 landscape with a footer, no chart across a page break, long tables folded, the list as a
/// register, and the warnings on a sheet of their own outside the printed report.
struct PrintLayoutTests {
    static let generated = Sample.root.appendingPathComponent("Tests/MetricsTests/Fixtures/Generated/log-3000.csv")

    static func workbook() throws -> (Report, XLSXContents) {
        let read = LogReader().readAll([.file(path: generated.path)])
        let jeonbuk = Gazetteer.shared.province(code: "KR-45")!
        let template = try TemplateLoader().load(yaml: BuiltInTemplates.all.first { $0.name == "quarterly" }!.yaml, file: "quarterly")
        let context = ReportContext(period: .quarter(2024, 3), filter: RecordFilter(offices: [jeonbuk]), officeName: "전북특별자치도",
                                    warnings: read.read.diagnostics.kept.filter { $0.severity == .warning }.map(\.description),
                                    created: 1_700_000_000)
        let report = ReportBuilder(template: template, engine: MetricsEngine(records: read.records), context: context).build()
        let url = try Sample.temporaryFolder().appendingPathComponent("q.xlsx")
        try XLSXReportWriter().write(report, to: url.path)
        return (report, try XLSXContents(url))
    }

    static func text(_ xlsx: XLSXContents, _ part: String) -> String { String(decoding: xlsx.parts[part] ?? Data(), as: UTF8.self) }

    static func numbers(_ text: String, after key: String) -> [Int] {
        text.components(separatedBy: key).dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    @Test func everySheetPrintsAtSeventyPercentOrMoreWithAFooter() throws {
        let (report, xlsx) = try Self.workbook()
        #expect(xlsx.sheetNames == ["요약", "권역·국가별", "분야별", "유형별", "교류 협력 현황", "활동 목록", "정보", "경고 목록"])
        #expect(report.sheets.last?.screenOnly == true)
        for index in xlsx.sheetNames.indices {
            let sheet = Self.text(xlsx, "xl/worksheets/sheet\(index + 1).xml")
            #expect(!sheet.contains("fitToPage"), "\(xlsx.sheetNames[index])")
            #expect(sheet.contains("paperSize=\"9\"") && sheet.contains("orientation=\"landscape\""))
            let scale = Self.numbers(sheet, after: "scale=\"").first ?? 100
            #expect((70...100).contains(scale), "\(xlsx.sheetNames[index]) prints at \(scale) %")
            #expect(sheet.contains("<oddFooter>&amp;L전북특별자치도 · &amp;A&amp;C&amp;P / &amp;N&amp;R2024년 3분기</oddFooter>"))
        }
        let workbook = Self.text(xlsx, "xl/workbook.xml")
        // The list prints its register (the first ten columns); the warnings sheet nothing.
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"5\">'활동 목록'!$A$1:$J$"))
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"7\">'경고 목록'!$D$1</definedName>"))
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"5\">'활동 목록'!$2:$2</definedName>"))
        #expect(xlsx.cells("활동 목록")["H2"]?.value == "제목")
    }

    @Test func noChartSpansAPageBreak() throws {
        let (_, xlsx) = try Self.workbook()
        var charts = 0
        for index in xlsx.sheetNames.indices {
            let rels = Self.text(xlsx, "xl/worksheets/_rels/sheet\(index + 1).xml.rels")
            guard let drawing = rels.components(separatedBy: "../drawings/").dropFirst().first?.prefix(while: { $0 != "\"" }) else { continue }
            let sheet = Self.text(xlsx, "xl/worksheets/sheet\(index + 1).xml")
            let breaks = Self.numbers(sheet, after: "<brk id=\"")
            let anchors = Self.text(xlsx, "xl/drawings/\(drawing)").components(separatedBy: "<xdr:twoCellAnchor").dropFirst()
            for anchor in anchors {
                let rows = Self.numbers(anchor, after: "<xdr:row>")
                #expect(rows.count == 2)
                // A break before row b (0-based id b) cuts a chart from row `from` to row `to` when from < b <= to.
                #expect(!breaks.contains { rows[0] < $0 && $0 <= rows[1] }, "\(xlsx.sheetNames[index]): chart rows \(rows), breaks \(breaks)")
                charts += 1
            }
        }
        #expect(charts == 3)
        // The regions' chart (17 categories) is horizontal bars.
        #expect(Self.text(xlsx, "xl/charts/chart2.xml").contains("<c:barDir val=\"bar\"/>"))
    }

    @Test func groupsPastATopAreFoldedAndTheRestRowSumsThem() throws {
        let (report, xlsx) = try Self.workbook()
        guard case .table(let countries) = report.sheets[1].blocks[2] else { Issue.record("no table"); return }
        #expect(countries.rows.count == 12)   // ten countries, the rest, the total
        #expect(!countries.folded.isEmpty)
        let sheet = Self.text(xlsx, "xl/worksheets/sheet2.xml")
        #expect(sheet.components(separatedBy: "hidden=\"1\" outlineLevel=\"1\"").count - 1
                == report.sheets[1].blocks.compactMap { if case .table(let t) = $0 { return t.folded.count } else { return nil } }.reduce(0, +))
        #expect(sheet.contains("collapsed=\"1\""))
        // CSV keeps the rest row only.
        let files = try ReportCSVWriter().files(for: report)
        #expect(!files.contains { $0.name.contains("경고") })
    }
}
