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

    /// Reads the log once, answering every question the template asks on the way (nothing of the
    /// log is held), and builds the report; its activity list is read again as it is written.
    func build(_ template: ReportTemplate, log: some LogArguments, progress: Progress) throws -> (Report, records: Int) {
        var context = ReportContext(period: period, filter: filter, selection: selection, officeName: officeName,
                                    language: language, created: creationTime())
        context.officeFileName = officeFileName
        context.fileLanguage = fileLanguage
        var plan = ReportBuilder.plan(template, context: context, places: places)
        let selected = TableQuery(period: period, filter: filter)
        plan.append(selected)
        var metrics = MetricsAccumulator(queries: plan, places: places)
        progress.say("reading the log")
        let read = LogReader(encoding: log.inputEncoding, gazetteer: places).read(log.sources) { metrics.add($0) }
        for line in read.diagnostics.lines { printError(line) }
        if read.hasErrors {
            printError("\(read.diagnostics.errorCount) errors in the log; nothing was made. Run 'report-cli validate' after fixing them.")
            throw ExitCode(1)
        }
        context.files = try zip(log.logs, read.files).map { path, file in
            ReportContext.InputFile(name: path, sha256: template.needsFileDigests ? try fileDigest(path) : "", rows: file.rows)
        }
        context.warnings = read.diagnostics.kept.filter { $0.severity == .warning }.map(\.description)
        progress.say("building the report")
        let computed = metrics.finish()
        let report = ReportBuilder(template: template, metrics: computed,
                                   activities: RecordsFromLog(sources: log.sources, encoding: log.inputEncoding),
                                   context: context).build()
        return (report, computed.table(selected).total.totals.activities)
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
