import TradeMetrics

/// A log with errors: nothing is made from it. The report holds every error and warning found.
public struct LogHasErrors: Error, CustomStringConvertible {
    public let report: LogReadReport

    /// Throws when `report` has an error.
    static func check(_ report: LogReadReport) throws {
        if report.hasErrors { throw LogHasErrors(report: report) }
    }

    public var description: String {
        "\(plural(report.diagnostics.errorCount, "error")) in the log; nothing was made. "
            + "Run 'report-cli validate' after fixing them (the format: docs/activity-log.md)."
    }
}

/// An option given a value it cannot take (`--period 2024-Q5`, an unknown office): the request
/// itself is wrong, not the log. The command line exits 2; the web answers 400.
public struct UsageError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// "1 row", "2 rows".
public func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
