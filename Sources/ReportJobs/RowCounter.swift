import Synchronization

/// Counts the rows and bytes of a log as they are read, for whoever shows progress: `report` is told
/// every `step` rows (the web page's "rows read"), and `rows` and `bytes` may be read at any time from
/// any thread (the terminal's progress line).
public struct RowCounter: Sendable {
    private let report: (@Sendable (Int) -> Void)?
    private let step: Int
    private let counts = Counts()

    /// A counter that tells no one.
    public init() {
        report = nil
        step = .max
    }

    public init(every step: Int = 5_000, _ report: @escaping @Sendable (Int) -> Void) {
        self.report = report
        self.step = step
    }

    func count() {
        let rows = counts.rows.add(1, ordering: .relaxed).newValue
        if let report, rows % step == 0 { report(rows) }
    }

    /// `count` more bytes of the log were read.
    func countBytes(_ count: Int) {
        counts.bytes.add(count, ordering: .relaxed)
    }

    public var rows: Int { counts.rows.load(ordering: .relaxed) }
    public var bytes: Int { counts.bytes.load(ordering: .relaxed) }

    private final class Counts: Sendable {
        let rows = Atomic<Int>(0)
        let bytes = Atomic<Int>(0)
    }
}
