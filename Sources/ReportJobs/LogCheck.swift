import TradeMetrics

/// A log checked without making anything: every error and warning, and what the log holds.
public struct LogCheck: Sendable {
    public let report: LogReadReport
    public let summary: LogSummary

    /// Reads every file of the log once.
    public init(_ log: LogInput, rowsRead: RowCounter = RowCounter()) {
        var summary = LogSummary()
        report = log.reader(counting: rowsRead).read(log.sources) { record in
            rowsRead.count()
            summary.add(record)
        }
        self.summary = summary
    }

    public var hasErrors: Bool { report.hasErrors }
}
