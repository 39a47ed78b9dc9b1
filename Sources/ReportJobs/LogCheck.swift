import TradeMetrics

/// A log checked without making anything: every error and warning, and what the log holds.
public struct LogCheck: Sendable {
    public let read: LogReadReport
    public let summary: LogSummary

    /// Reads every file of the log once.
    public init(_ log: LogInput, rowsRead: RowCounter = RowCounter()) {
        var counted = CountedSummary(summary: LogSummary(), rows: rowsRead)
        read = log.reader(counting: rowsRead).read(log.sources, into: &counted)
        summary = counted.summary
    }

    public var hasErrors: Bool { read.hasErrors }
}

/// A log's overview, its rows told to a progress line.
private struct CountedSummary: SplittableRecordSink {
    var summary: LogSummary
    let rows: RowCounter

    mutating func add(_ record: ActivityRecord) {
        rows.count()
        summary.add(record)
    }

    func emptyCopy() -> CountedSummary { CountedSummary(summary: LogSummary(), rows: rows) }

    mutating func absorb(_ later: CountedSummary) { summary.absorb(later.summary) }
}
