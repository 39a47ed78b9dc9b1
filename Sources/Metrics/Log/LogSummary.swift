/// The overview of a log that `validate` prints: rows, first and last date, rows per office and kind.
public struct LogSummary: Sendable {
    public private(set) var rows = 0
    public private(set) var firstDate: Day?
    public private(set) var lastDate: Day?
    /// Rows per reporting office (as resolved: a former name counts under the current one).
    public private(set) var rowsPerOffice: [OfficeID: Int] = [:]
    /// Rows per kind, indexed by `Kind.rawValue`.
    public private(set) var rowsPerKind = [Int](repeating: 0, count: Kind.allCases.count)

    public init() {}

    public mutating func add(_ record: ActivityRecord) {
        rows += 1
        if firstDate.map({ record.date < $0 }) ?? true { firstDate = record.date }
        if lastDate.map({ record.date > $0 }) ?? true { lastDate = record.date }
        rowsPerOffice[record.office, default: 0] += 1
        rowsPerKind[Int(record.kind.rawValue)] += 1
    }
}

extension LogSummary: SplittableRecordSink {
    public func emptyCopy() -> LogSummary { LogSummary() }

    public mutating func absorb(_ later: LogSummary) {
        rows += later.rows
        if let first = later.firstDate, firstDate.map({ first < $0 }) ?? true { firstDate = first }
        if let last = later.lastDate, lastDate.map({ last > $0 }) ?? true { lastDate = last }
        rowsPerOffice.merge(later.rowsPerOffice, uniquingKeysWith: +)
        for index in rowsPerKind.indices { rowsPerKind[index] += later.rowsPerKind[index] }
    }
}
