import Foundation
import Testing
import ReportJobs
import Reports
import TradeMetrics

/// Reports made in process through the path `report-cli` and the server take (`ReportJob`: the
/// counting pass on its own thread, the activity list streamed first, the file put in place whole).
struct ReportJobTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let log = LogInput(files: ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map {
        LogSource.file(path: ReportJobTests.root.appendingPathComponent("seeds/\($0)").path)
    })
    let period = Period.quarter(2024, 1)
    let jeonbuk = Gazetteer.shared.province(code: "KR-45")!

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func job(for template: String) throws -> ReportJob {
        var job: ReportJob
        switch template {
        case "compare":
            job = try ReportJob.comparison(period: period, offices: [], by: .province, language: .ko, log: log)
        case "briefing":
            job = ReportJob.briefing(period: period, office: jeonbuk, language: .ko, names: .ko)
        default:
            job = ReportJob.quarterly(period: period, filter: RecordFilter(offices: [jeonbuk]), language: .ko)
        }
        job.created = 1_700_000_000
        return job
    }

    /// Every built-in template, as a workbook: its sheets are the report's, and the rows of the period
    /// are those `tables` counts.
    @Test(arguments: TemplateCatalog.builtInNames)
    func everyBuiltInTemplateIsMadeInProcess(_ name: String) throws {
        let (template, _) = try OptionValues.template(name)
        let job = try job(for: name)
        let url = try folder().appendingPathComponent("\(name).xlsx")
        let made = try job.writeWorkbook(template, log: log, to: url.path)
        let text = try WorkbookText.of(url)
        let sheets = text.split(separator: "\n").filter { $0.hasPrefix("== ") }.map { String($0.dropFirst(3)) }
        #expect(sheets == made.report.sheets.map(\.name))
        #expect(!sheets.isEmpty)
        let filter = name == "compare" ? RecordFilter() : RecordFilter(offices: [jeonbuk])
        let expected = try TableJob.table(TableQuery(period: period, filter: filter), log: log).table.total.totals.activities
        #expect(made.rows == expected)
        #expect(made.rows > 0)
    }

    /// The quarterly report of the sample log as `report-cli quarterly` writes it, cell by cell with
    /// number formats and bold (not bytes: style indexes follow the order the writer meets them).
    /// After an intended change: `UPDATE_GOLDEN=1 swift test --filter ReportJobTests`, then review.
    @Test func theQuarterlyReportCellByCell() throws {
        let (template, _) = try OptionValues.template("quarterly")
        let url = try folder().appendingPathComponent("q.xlsx")
        _ = try job(for: "quarterly").writeWorkbook(template, log: log, to: url.path)
        let text = try WorkbookText.of(url)
            // The about sheet names the files by their paths on this machine.
            .replacingOccurrences(of: Self.root.path + "/", with: "")
        let golden = Self.golden.appendingPathComponent("quarterly.txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try text.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(text == expected)
        // Spot checks a reader sees: a date cell with its format, a count, the header in bold.
        #expect(text.contains(" [yyyy-mm-dd]"))
        #expect(text.contains("[#,##0, bold]") || text.contains("[bold]"))
    }
}
