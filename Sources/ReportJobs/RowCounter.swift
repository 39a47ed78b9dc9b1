/// Counts the rows of a log as they are read and tells `report` every `step` rows: what a long job
/// shows while it works (the web page's "rows read").
public struct RowCounter: Sendable {
    private let report: (@Sendable (Int) -> Void)?
    private let step: Int
    private let counted = Counter()

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
        guard let report else { return }
        let rows = counted.increment()
        if rows % step == 0 { report(rows) }
    }

    private final class Counter: @unchecked Sendable {
        // One reader thread counts; others only read what `report` is given.
        private var value = 0
        func increment() -> Int {
            value += 1
            return value
        }
    }
}
