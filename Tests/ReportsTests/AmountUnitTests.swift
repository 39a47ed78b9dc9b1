import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// A template's amount unit: the header names it, the XLSX cell keeps the exact dollars under a
/// scaling number format, and CSV keeps plain dollars unless the template asks otherwise.
struct AmountUnitTests {
    static let log = "id,date,office,kind,partner_country,companies,consultation_usd,contract_usd\n"
        + "a,2024-02-01,전북,forum,US,4,1234567,89000\n"

    static func report(_ style: String) throws -> Report {
        let yaml = """
            title: "{office} {period}"
            style: { \(style) }
            sheets:
              - name: 요약
                blocks:
                  - table: { by: country, measures: [companies, consultation_usd, contract_usd_per_company], compare: last-year }
            """
        let template = try TemplateLoader().load(yaml: yaml, file: "t.yaml")
        let records = LogReader().readAll([.bytes(name: "l.csv", Array(log.utf8))]).records
        let context = ReportContext(period: try Period(parsing: "2024-Q1"), language: .ko, created: 1_700_000_000)
        return ReportBuilder(template: template, engine: MetricsEngine(records: records), context: context).build()
    }

    static func table(_ report: Report) -> ReportTable {
        guard case .table(let table) = report.sheets[0].blocks[0] else { fatalError("no table") }
        return table
    }

    @Test func thousandsInTheWorkbookDollarsInCSV() throws {
        let report = try Self.report("amounts: thousands")
        #expect(report.style.dollarFormat == "#,##0,")
        let headers = Self.table(report).columns.map(\.header)
        #expect(headers.contains("상담액(천 달러)"))
        #expect(headers.contains("기업당 계약액(천 달러)"))
        #expect(headers.contains("참여기업"))
        let url = try Sample.temporaryFolder().appendingPathComponent("t.xlsx")
        _ = try XLSXReportWriter().write(report, to: url.path)
        let cells = try XLSXContents(url).cells("요약")
        #expect(cells.values.contains { $0.value == "1234567" && $0.type == "n" })   // the exact amount
        let csv = try ReportCSVWriter().csv(Self.table(report), style: report.style)
        #expect(csv.contains("상담액(달러)"))
        #expect(csv.contains(",1234567,"))
        #expect(csv.contains(",22250,"))   // 89,000 over 4 companies
    }

    @Test func csvAsShownWhenAsked() throws {
        let report = try Self.report("amounts: millions, csv_amounts: as-shown")
        #expect(report.style.dollarFormat == "#,##0.0,,")
        let csv = try ReportCSVWriter().csv(Self.table(report), style: report.style)
        #expect(csv.contains("상담액(백만 달러)"))
        #expect(csv.contains(",1.234567,"))
        #expect(csv.contains(",0.02225,"))
    }

    @Test func anExplicitFormatWinsAndUnknownUnitsAreNamed() throws {
        #expect(try Self.report("number_formats: { dollars: \"0.00,\" }, amounts: thousands").style.dollarFormat == "0.00,")
        #expect(throws: TemplateError.self) { try Self.report("amounts: billions") }
    }
}
