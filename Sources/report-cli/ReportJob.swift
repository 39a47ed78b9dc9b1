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
        var context = self.context
        var queries = ReportBuilder.plan(template, context: context, places: places)
        let selected = TableQuery(period: period, filter: filter)
        queries.append(selected)
        var metrics = MetricsAccumulator(queries: queries, places: places)
        progress.say("reading the log")
        let plan = log.mergePlan()
        let read = LogReader(encoding: log.inputEncoding, gazetteer: places).read(log.sources) { record in
            if let record = plan.apply(record) { metrics.add(record) }
        }
        try log.check(read)
        try describe(&context, template, log, read, plan)
        progress.say("building the report")
        let computed = metrics.finish()
        var activities = RecordsFromLog(sources: log.sources, encoding: log.inputEncoding)
        activities.plan = plan
        let report = ReportBuilder(template: template, metrics: computed, activities: activities, context: context).build()
        return (report, computed.table(selected).total.totals.activities)
    }

    /// Makes the workbook from the log: the counting runs on its own thread while the activity
    /// lists are written, then the other sheets; the file appears in place only when complete.
    /// Returns the report (its activity lists read the log again if iterated) and the rows of the period.
    func writeWorkbook(_ template: ReportTemplate, log: some LogArguments, to output: String,
                       progress: Progress) throws -> (report: Report, rows: Int) {
        var context = self.context
        let reader = LogReader(encoding: log.inputEncoding, gazetteer: places)
        let box = StopBox()
        let stop: @Sendable () -> Bool = { box.pass?.failed.load(ordering: .relaxed) ?? false }
        let plan = log.mergePlan()
        var activities = RecordsFromLog(sources: log.sources, encoding: log.inputEncoding, shouldStop: stop)
        activities.plan = plan
        var (queries, skeleton) = ReportBuilder.plan(template, context: context, activities: activities, places: places)
        let selected = TableQuery(period: period, filter: filter)
        queries.append(selected)
        let counting = CountingPass(reader: reader, sources: log.sources, queries: queries, places: places, plan: plan)
        box.pass = counting
        progress.say("reading the log")
        counting.start()
        var warnings: [String] = []
        var rows = 0
        var made = skeleton
        try AtomicOutput.writeFile(output) { temporary in
            let session = try XLSXReportSession(path: temporary, report: skeleton)
            let streamed = skeleton.sheets.indices.filter { skeleton.sheets[$0].isOnlyActivities }
            do {
                for index in streamed { try session.write(sheet: index, skeleton.sheets[index]) }
            } catch is RecordsFromLog.Stopped {
                // The log has errors: reported below.
            }
            let (computed, read) = counting.finish()
            try log.check(read)
            try describe(&context, template, log, read, plan)
            progress.say("writing \(output)")
            let report = ReportBuilder(template: template, metrics: computed, activities: activities, context: context).build()
            for index in report.sheets.indices where !streamed.contains(index) {
                try session.write(sheet: index, report.sheets[index])
            }
            warnings = try session.close()
            rows = computed.table(selected).total.totals.activities
            made = report
        }
        for warning in warnings { printError(output + warning) }
        return (made, rows)
    }

    private final class StopBox: @unchecked Sendable {
        var pass: CountingPass?
    }

    /// What the about sheet says of the inputs: files (with their SHA-256 when shown) and warnings.
    private func describe(_ context: inout ReportContext, _ template: ReportTemplate, _ log: some LogArguments,
                          _ read: LogReadReport, _ plan: MergePlan) throws {
        context.files = try zip(log.logs, read.files).map { path, file in
            ReportContext.InputFile(name: path, sha256: template.needsFileDigests ? try fileDigest(path) : "", rows: file.rows)
        }
        context.warnings = read.diagnostics.kept.filter { $0.severity == .warning }.map(\.description)
        context.merges = plan.merges.map { merge in
            ReportContext.Merge(kept: place(merge.kept, log), merged: merge.merged.map { place($0, log) })
        }
    }

    /// Where a row is, and what: `jeonju.csv:3 전주시 2024-01-09 CES 2024 참가`.
    private func place(_ record: ActivityRecord, _ log: some LogArguments) -> String {
        "\(log.logs[record.location.file]):\(record.location.line) \(places.displayName(record.office)) \(record.date) \(record.title)"
    }

    private var context: ReportContext {
        var context = ReportContext(period: period, filter: filter, selection: selection, officeName: officeName,
                                    language: language, created: creationTime())
        context.officeFileName = officeFileName
        context.fileLanguage = fileLanguage
        return context
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
