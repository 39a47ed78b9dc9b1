import TradeMetrics

/// A log with errors: nothing is made from it. The read holds every error and warning found.
public struct LogHasErrors: Error, CustomStringConvertible {
    public let read: LogReadReport

    /// Throws when `read` has an error.
    static func check(_ read: LogReadReport) throws {
        if read.hasErrors { throw LogHasErrors(read: read) }
    }

    public var message: Message { .logHasErrors(read.diagnostics.errorCount) }
    public var description: String { message.text(.en) }
}

/// An option given a value it cannot take (`--period 2024-Q5`, an unknown office): the request
/// itself is wrong, not the log. The command line exits 2; the web answers 400.
public struct UsageError: Error, CustomStringConvertible {
    public let message: Message

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.text(.en) }
}

/// "1 row", "2 rows".
public func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
