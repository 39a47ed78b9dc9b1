import Foundation
import TradeMetrics
import Reports

/// What the report commands and requests share: read the log, describe the inputs, build the report.
public struct ReportJob: Sendable {
    let places = Gazetteer.shared
    public var period: Period
    public var filter = RecordFilter()
    public var selection: ReportContext.Selection?
    public var officeName: String?
    public var officeFileName: String?
    public var language: Language
    /// The language of CSV file names, when not the report's.
    public var fileLanguage: Language?
    /// Seconds since 1970 written as the document's creation time.
    public var created = creationTime()
    /// Today's boundaries (the default) or as logged.
    public var boundaries = Boundaries.current
    /// Told how many rows have been read, every few thousand, while a long log is read.
    public var rowsRead: RowCounter = RowCounter()
    /// The activity list is written twice (the workbook and its CSV tables): its rows are kept
    /// after the first writing rather than read from the log again.
    public var activitiesReused = false
    /// The log, when it was read into memory already (a comparison of the offices it names).
    var loaded: LoadedLog?

    public init(period: Period, filter: RecordFilter = RecordFilter(), language: Language) {
        self.period = period
        self.filter = filter
        self.language = language
    }

    /// A report made: the report (its activity lists read the log again if iterated), the rows of
    /// the period, the log's read (files, warnings) and what writing it warned of (cut cells).
    public struct Outcome: Sendable {
        public let report: Report
        public let rows: Int
        public let read: LogReadReport
        public var writeWarnings: [OutputWarning] = []
    }

    /// Reads the log once, answering every question the template asks on the way (nothing of the
    /// log is held), and builds the report; its activity list is read again as it is written. With
    /// `--dedupe`, a read checks the log and finds the activities logged twice, and a second counts
    /// and holds the rows of the list.
    /// - Throws: `LogHasErrors` when the log has errors.
    public func build(_ template: ReportTemplate, log: LogInput, progress: (Message) -> Void = { _ in }) throws -> Outcome {
        var context = self.context
        let (activities, held) = activitySource(log)
        var (queries, skeleton) = ReportBuilder.plan(template, context: context, activities: activities, places: places)
        let selected = TableQuery(period: period, filter: filter, boundaries: boundaries)
        queries.append(selected)
        progress(.readingLog)
        let counting = countingPass(template, log, queries, skeleton)
        counting.start()
        let (computed, read) = counting.finish()
        try LogHasErrors.check(read)
        held?.rows = counting.listed
        describe(&context, template, log, read, counting.plan)
        progress(.buildingReport)
        let report = ReportBuilder(template: template, metrics: computed, activities: activities, context: context).build()
        return Outcome(report: report, rows: computed.table(selected).total.totals.activities, read: read)
    }

    /// Makes the workbook from the log: the counting runs on its own thread while the activity
    /// lists are written (with `--dedupe`, after it: the counting holds their rows), then the other
    /// sheets; the file appears in place only when complete,
    /// over an existing one only when `replacing`. `placing` is given the report and the call
    /// that puts the workbook in place, to put other outputs in place with it (both or neither).
    /// - Throws: `LogHasErrors` when the log has errors (no file is left); an I/O error.
    public func writeWorkbook(_ template: ReportTemplate, log: LogInput, to output: String, replacing: Bool = false,
                              placing: (_ report: Report, _ place: () throws -> Void) throws -> Void = { try $1() },
                              progress: (Message) -> Void = { _ in }) throws -> Outcome {
        var context = self.context
        let box = StopBox()
        let stop: @Sendable () -> Bool = { box.pass?.failed.load(ordering: .relaxed) ?? false }
        let (activities, held) = activitySource(log, shouldStop: stop)
        var (queries, skeleton) = ReportBuilder.plan(template, context: context, activities: activities, places: places)
        let selected = TableQuery(period: period, filter: filter, boundaries: boundaries)
        queries.append(selected)
        let counting = countingPass(template, log, queries, skeleton)
        box.pass = counting
        progress(.readingLog)
        counting.start()
        var outcome: Outcome?
        try AtomicOutput.writeFile(output, replacing: replacing, { temporary in
            let session = try XLSXReportSession(path: temporary, report: skeleton)
            let streamed = skeleton.sheets.indices.filter { skeleton.sheets[$0].isOnlyActivities }
            if let held {
                // The list's rows are read with the counting.
                _ = counting.finish()
                held.rows = counting.listed
            }
            do {
                for index in streamed { try session.write(sheet: index, skeleton.sheets[index]) }
            } catch is RecordsFromLog.Stopped {
                // The log has errors: reported below.
            }
            let (computed, read) = counting.finish()
            try LogHasErrors.check(read)
            describe(&context, template, log, read, counting.plan)
            progress(.writing(output))
            let report = ReportBuilder(template: template, metrics: computed, activities: activities, context: context).build()
            for index in report.sheets.indices where !streamed.contains(index) {
                try session.write(sheet: index, report.sheets[index])
            }
            outcome = Outcome(report: report, rows: computed.table(selected).total.totals.activities, read: read,
                              writeWarnings: try session.close())
        }, placing: { place in
            try withoutActuallyEscaping(place) { place in try placing(outcome!.report, place) }
        })
        return outcome!
    }

    /// Where the activity list's rows come from: the log read again as the list is written, or with
    /// `--dedupe` or a log in memory the rows held by the counting (`HeldActivities`, filled after it).
    private func activitySource(_ log: LogInput, shouldStop: @escaping @Sendable () -> Bool = { false })
        -> (ActivitySource, HeldActivities?) {
        if log.dedupe || loaded(log) != nil {
            let held = HeldActivities()
            return (held, held)
        }
        var activities = RecordsFromLog(sources: log.sources, encoding: log.encoding, shouldStop: shouldStop)
        activities.keepsRows = activitiesReused
        return (activities, nil)
    }

    /// The counting of a report: with `--dedupe` or a log in memory, it holds the rows of the period
    /// the report lists (all of them when the report lists them by office).
    private func countingPass(_ template: ReportTemplate, _ log: LogInput, _ queries: [TableQuery], _ skeleton: Report) -> CountingPass {
        let lists = skeleton.sheets.contains { sheet in
            sheet.blocks.contains { block in
                if case .table(let table) = block { return table.stream != nil }
                return false
            }
        }
        let (period, filter, byOffice) = (period, filter, selection != nil)
        return CountingPass(reader: log.reader(places, digests: template.needsFileDigests, counting: rowsRead), log: log, queries: queries,
                            tiesAsOf: context.tiesDay(for: template), places: places, rows: rowsRead, loaded: loaded(log),
                            listing: { lists && period.contains($0.date) && (byOffice || filter.matches($0)) })
    }

    /// The log read into memory for this job, when it is `log`.
    private func loaded(_ log: LogInput) -> LoadedLog? {
        guard let loaded, loaded.names == log.names, loaded.dedupe == log.dedupe else { return nil }
        return loaded
    }

    private final class StopBox: @unchecked Sendable {
        var pass: CountingPass?
    }

    /// What the about sheet says of the inputs: files (with their SHA-256 when shown) and warnings.
    private func describe(_ context: inout ReportContext, _ template: ReportTemplate, _ log: LogInput,
                          _ read: LogReadReport, _ plan: MergePlan) {
        context.files = zip(log.files, read.files).map { source, file in
            ReportContext.InputFile(name: source.name, sha256: file.sha256 ?? "", rows: file.rows)
        }
        // In the report's language, as the page and the command line show them in their user's.
        context.warnings = read.diagnostics.kept.filter { $0.severity == .warning }.map { $0.line(language) { _ in "" } }
        context.merges = plan.merges.map { merge in
            ReportContext.Merge(kept: place(merge.kept, log), merged: merge.merged.map { place($0, log) })
        }
    }

    /// Where a row is, and what: `jeonju.csv:3 전주시 2024-01-09 CES 2024 참가`.
    private func place(_ record: ActivityRecord, _ log: LogInput) -> String {
        "\(log.names[record.location.file]):\(record.location.line) \(places.displayName(record.office)) \(record.date) \(record.title)"
    }

    private var context: ReportContext {
        var context = ReportContext(period: period, filter: filter, selection: selection, officeName: officeName,
                                    language: language, created: created)
        context.officeFileName = officeFileName
        context.fileLanguage = fileLanguage
        context.boundaries = boundaries
        return context
    }

    /// How a file name carries an office: `전북` or `Jeonbuk`, `전주시` or `Jeonju-si`.
    public static func fileName(of office: OfficeID, _ places: Gazetteer = .shared, english: Bool) -> String {
        let entry = places[office]
        guard english else { return entry.shortKorean }
        guard entry.isProvince else { return entry.english }
        return entry.english.replacingOccurrences(of: " State", with: "").replacingOccurrences(of: "-do", with: "")
            .replacingOccurrences(of: " ", with: "-")
    }
}
