import Foundation
import TradeMetrics
import Synchronization

/// Reads the log once on a thread of its own and answers the report's questions, while the main
/// thread writes the activity list (the second core of the machine does the counting).
final class CountingPass: @unchecked Sendable {
    private let reader: LogReader
    private let sources: [LogSource]
    private var counting: PlannedSink<MetricsAccumulator>
    private let done = DispatchSemaphore(value: 0)
    /// Set once the log is found to have errors: the writing can stop.
    let failed = Atomic<Bool>(false)
    private(set) var report: LogReadReport?

    private let rows: RowCounter

    init(reader: LogReader, sources: [LogSource], queries: [TableQuery], tiesAsOf: Day?, places: Gazetteer, plan: MergePlan,
         rows: RowCounter) {
        self.reader = reader
        self.rows = rows
        self.sources = sources
        counting = PlannedSink(MetricsAccumulator(queries: queries, tiesAsOf: tiesAsOf, places: places), plan: plan, rows: rows)
    }

    func start() {
        Thread { [self] in
            let read = reader.read(sources, into: &counting)
            report = read
            if read.hasErrors { failed.store(true, ordering: .relaxed) }
            done.signal()
        }.start()
    }

    /// Waits for the counting; returns the answers.
    func finish() -> (ComputedMetrics, LogReadReport) {
        done.wait()
        return (counting.inner.finish(), report!)
    }
}
