import Foundation
import TradeMetrics
import Synchronization

/// Reads the log once on a thread of its own and answers the report's questions, while the main
/// thread writes the activity list (the second core of the machine does the counting). With
/// `--dedupe`, two reads: one checks the log and finds the activities logged twice, the other
/// counts and holds the rows of the list (`listed`); a log already in memory is not read.
final class CountingPass: @unchecked Sendable {
    private let reader: LogReader
    private let log: LogInput
    private var counting: PlannedSink<MetricsAccumulator>
    private let done = DispatchSemaphore(value: 0)
    private var finished = false
    /// Set once the log is found to have errors: the writing can stop.
    let failed = Atomic<Bool>(false)
    private(set) var read: LogReadReport?
    /// How activities logged twice count (`--dedupe`).
    private(set) var plan = MergePlan()
    /// With `--dedupe` or a log in memory, the rows `listing` accepts, as counted, in the log's order.
    private(set) var listed: [ActivityRecord] = []
    private let listing: @Sendable (ActivityRecord) -> Bool
    private let loaded: LoadedLog?

    private let rows: RowCounter

    init(reader: LogReader, log: LogInput, queries: [TableQuery], tiesAsOf: Day?, places: Gazetteer,
         rows: RowCounter, loaded: LoadedLog? = nil, listing: @escaping @Sendable (ActivityRecord) -> Bool = { _ in false }) {
        self.reader = reader
        self.rows = rows
        self.log = log
        self.loaded = loaded
        self.listing = listing
        counting = PlannedSink(MetricsAccumulator(queries: queries, tiesAsOf: tiesAsOf, places: places), plan: MergePlan(), rows: rows)
    }

    func start() {
        Thread { [self] in
            let read: LogReadReport
            if let loaded {
                read = loaded.read
                plan = loaded.plan
                for record in loaded.records { counting.add(record) }
                listed = loaded.records.filter(listing)
            } else if log.dedupe {
                var checking = PlannedSink(NoSink(), plan: MergePlan(), rows: rows)
                read = reader.read(log.sources, into: &checking)
                if !read.hasErrors { (plan, listed) = log.rereadDeduped(read, into: &counting.inner, keeping: listing) }
            } else {
                read = reader.read(log.sources, into: &counting)
            }
            self.read = read
            if read.hasErrors { failed.store(true, ordering: .relaxed) }
            done.signal()
        }.start()
    }

    /// Waits for the counting; returns the answers.
    func finish() -> (ComputedMetrics, LogReadReport) {
        if !finished {
            done.wait()
            finished = true
        }
        return (counting.inner.finish(), read!)
    }
}

/// A log read into memory once (a comparison of the offices it names), with the read's findings and
/// the rows as `--dedupe` counts them: a report made from it reads the log no more.
struct LoadedLog: Sendable {
    let names: [String]
    let dedupe: Bool
    let records: [ActivityRecord]
    let read: LogReadReport
    let plan: MergePlan
}
