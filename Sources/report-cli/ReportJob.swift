import ArgumentParser
import Foundation
import Metrics
import Reports

/// What the report commands share: read the log, describe the inputs, build the report.
struct ReportJob {
    let places = Gazetteer.shared
    var period: Period
    var filter = RecordFilter()
    var selection: ReportContext.Selection?
    var officeName: String?
    var officeFileName: String?
    var language: Language
    /// The language of CSV file names, when not the report's.
    var fileLanguage: Language?

    /// Reads the log and builds the report from `template`.
    func build(_ template: ReportTemplate, log: some LogArguments, progress: Progress) throws -> (Report, records: Int) {
        progress.say("reading the log")
        let (records, read) = try log.loadWithReport()
        let context = ReportContext(
            period: period, filter: filter, selection: selection, officeName: officeName,
            files: try zip(log.logs, read.files).map { path, file in
                ReportContext.InputFile(name: path, sha256: try fileDigest(path), rows: file.rows)
            },
            warnings: read.diagnostics.kept.filter { $0.severity == .warning }.map(\.description),
            language: language, created: creationTime())
        var officeContext = context
        officeContext.officeFileName = officeFileName
        officeContext.fileLanguage = fileLanguage
        progress.say("building the report")
        let report = ReportBuilder(template: template, engine: MetricsEngine(records: records, places: places), context: officeContext).build()
        let selected = records.filter { period.contains($0.date) && filter.matches($0) }.count
        return (report, selected)
    }

    /// Writes the workbook in place atomically; prints what had to be cut to fit Excel.
    static func writeWorkbook(_ report: Report, to output: String) throws {
        var warnings: [String] = []
        try AtomicOutput.writeFile(output) { temporary in
            warnings = try XLSXReportWriter().write(report, to: temporary)
        }
        for warning in warnings { printError("\(output): warning: \(warning)") }
    }

    /// How a file name carries an office: `전북` or `Jeonbuk`, `전주시` or `Jeonju-si`.
    static func fileName(of office: OfficeID, _ places: Gazetteer, english: Bool) -> String {
        let entry = places[office]
        guard english else { return entry.shortKorean }
        guard entry.isProvince else { return entry.english }
        return entry.english.replacingOccurrences(of: " State", with: "").replacingOccurrences(of: "-do", with: "")
            .replacingOccurrences(of: " ", with: "-")
    }
}
