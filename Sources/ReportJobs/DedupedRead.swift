import TradeMetrics
import Reports

extension LogInput {
    /// The second of the two reads `--dedupe` takes, after a read that checked the log and found its
    /// activities logged twice (`first`): gives `sink` every row as `--dedupe` counts it, holding
    /// only the rows of the pairs, which are given last (in the log's order) once the plan is made
    /// from them. Returns the plan and the rows, as counted, that `keeping` accepts, in the log's order.
    /// The sinks given (metrics, ties) count the same whatever order their rows come in.
    func rereadDeduped<Sink: RecordSink>(_ first: LogReadReport, into sink: inout Sink,
                                         keeping: (ActivityRecord) -> Bool = { _ in false })
        -> (plan: MergePlan, kept: [ActivityRecord]) {
        let reader = self.reader()
        let locations = first.duplicateLocations
        var held: [ActivityRecord] = []
        var kept: [ActivityRecord] = []
        reader.reread(sources, selecting: { _ in true }) { record in
            if locations.contains(record.location) {
                held.append(record)
            } else {
                sink.add(record)
                if keeping(record) { kept.append(record) }
            }
        }
        let plan = MergePlan(pairs: first.duplicates, records: Dictionary(held.map { ($0.location, $0) }) { a, _ in a },
                             places: reader.places)
        var keptTwins: [ActivityRecord] = []
        for record in held {
            guard let row = plan.apply(record) else { continue }
            sink.add(row)
            if keeping(row) { keptTwins.append(row) }
        }
        if !keptTwins.isEmpty { kept = (kept + keptTwins).sorted { $0.location < $1.location } }
        return (plan, kept)
    }
}

/// The rows of a report's activity list, held (with `--dedupe`: read with the counting); set
/// before the list is written.
final class HeldActivities: ActivitySource, @unchecked Sendable {
    var rows: [ActivityRecord] = []

    func forEach(in period: Period, matching filter: RecordFilter, byDate: Bool, _ body: (ActivityRecord) throws -> Void) throws {
        try RecordsInMemory(rows).forEach(in: period, matching: filter, byDate: byDate, body)
    }
}
