import TradeMetrics
import Synchronization

/// Where a report's activity list comes from: the rows of a period that match a filter, in log
/// order or by date.
public protocol ActivitySource: Sendable {
    /// Calls `body` with each selected row.
    func forEach(in period: Period, matching filter: RecordFilter, byDate: Bool, _ body: (ActivityRecord) throws -> Void) throws
}

/// Rows held in memory.
public struct RecordsInMemory: ActivitySource {
    public let records: [ActivityRecord]

    public init(_ records: [ActivityRecord]) { self.records = records }

    public func forEach(in period: Period, matching filter: RecordFilter, byDate: Bool, _ body: (ActivityRecord) throws -> Void) throws {
        var selected = records.filter { period.contains($0.date) && filter.matches($0) }
        if byDate { selected.sort(by: ActivityRecord.byDate) }
        for record in selected { try body(record) }
    }
}

/// Rows read again from the log files when they are written: nothing held, but for date order the
/// period's rows (sorted before they are written).
public struct RecordsFromLog: ActivitySource {
    public let sources: [LogSource]
    public let encoding: TextEncoding?
    /// Asked now and then; true stops the reading (with `Stopped`).
    public let shouldStop: @Sendable () -> Bool
    /// How activities logged twice count (`--dedupe`); by default every row.
    public var plan = MergePlan()
    /// Keeps the rows of a reading to its end and gives them again when the same rows are asked for
    /// (a list written to the workbook and then to CSV is read from the log once), up to
    /// `keptRowsLimit` rows: a longer list is read again rather than held.
    public var keepsRows = false
    public var keptRowsLimit = 100_000
    private let kept = KeptRows()

    public struct Stopped: Error {}

    public init(sources: [LogSource], encoding: TextEncoding?, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.sources = sources
        self.encoding = encoding
        self.shouldStop = shouldStop
    }

    public func forEach(in period: Period, matching filter: RecordFilter, byDate: Bool, _ body: (ActivityRecord) throws -> Void) throws {
        let question = "\(period)|\(filter)|\(byDate)"
        if keepsRows, let rows = kept.rows(for: question) {
            for record in rows { try body(record) }
            return
        }
        let reader = LogReader(encoding: encoding)
        var failure: Error?
        var held: [ActivityRecord] = []
        var seen = 0
        var keeping = keepsRows
        reader.reread(sources, selecting: { period.contains($0) }) { record in
            guard failure == nil, let record = plan.apply(record), filter.matches(record) else { return }
            seen += 1
            if seen & 1023 == 0, shouldStop() { failure = Stopped(); return }
            if keeping && seen > keptRowsLimit {
                keeping = false
                if !byDate { held = [] }
            }
            if byDate || keeping { held.append(record) }
            if byDate { return }
            do { try body(record) } catch { failure = error }
        }
        if let failure { throw failure }
        guard byDate else {
            if keeping { kept.keep(held, for: question) }
            return
        }
        held.sort(by: ActivityRecord.byDate)
        for record in held { try body(record) }
        if keeping { kept.keep(held, for: question) }
    }
}

/// The rows of a reading of the log, kept for the same question asked again.
private final class KeptRows: Sendable {
    private let rows = Mutex<(question: String, rows: [ActivityRecord])?>(nil)

    func rows(for question: String) -> [ActivityRecord]? {
        rows.withLock { kept in kept?.question == question ? kept?.rows : nil }
    }

    func keep(_ records: [ActivityRecord], for question: String) {
        rows.withLock { $0 = (question, records) }
    }
}

/// Nothing: what a planning pass gives.
struct NoActivities: ActivitySource {
    func forEach(in period: Period, matching filter: RecordFilter, byDate: Bool, _ body: (ActivityRecord) throws -> Void) throws {}
}

extension ActivityRecord {
    /// By date, then as in the log.
    static func byDate(_ a: ActivityRecord, _ b: ActivityRecord) -> Bool {
        (a.date, a.location.file, a.location.line) < (b.date, b.location.file, b.location.line)
    }
}
