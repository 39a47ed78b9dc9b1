import TradeMetrics
import Reports

/// `report-cli form` and the web page's form download: the activity-log form for an office, in a
/// language, pre-filled with an older log when one is given.
public struct ActivityFormJob: Sendable {
    public var office: OfficeID?
    public var language: Language
    /// Offices that exist on this day are offered (today, or `SOURCE_DATE_EPOCH`'s day).
    public var today = Day(ordinal: creationTime() / 86_400)

    public init(office: OfficeID? = nil, language: Language = .ko) {
        self.office = office
        self.language = language
    }

    /// What was written: the rows moved in from the older log, and that read's report.
    public struct Outcome: Sendable {
        public let rows: Int
        public let read: LogReadReport?
    }

    /// Writes the form to `output`; it appears whole or not at all, over an existing file only when `replacing`.
    /// - Throws: `LogHasErrors` when the log to move in has errors (no file is written); an I/O error.
    public func write(to output: String, replacing: Bool = false, from log: LogInput? = nil) throws -> Outcome {
        var records: [ActivityRecord] = []
        var read: LogReadReport?
        if let log, !log.files.isEmpty {
            (records, read) = try log.load()
        }
        let form = ActivityForm(office: office, language: language, records: records, today: today)
        try AtomicOutput.writeFile(output, replacing: replacing) { temporary in try form.write(to: temporary) }
        return Outcome(rows: records.count, read: read)
    }
}
