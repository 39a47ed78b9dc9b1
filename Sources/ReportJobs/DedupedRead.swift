import TradeMetrics
import Reports

extension LogInput {
    /// The second of the two reads `--dedupe` takes, after a read that checked the log and found its
    /// activities logged twice (`first`): gives `sink` every row as `--dedupe` counts it, in the log's
    /// order, holding only the rows of the pairs until the plan is made from them at the end (the
    /// rows between two of them are counted apart and joined as a file read in parts is). Returns
    /// the plan and the rows, as counted, that `keeping` accepts, in the log's order.
    func rereadDeduped<Sink: SplittableRecordSink>(_ first: LogReadReport, into sink: inout Sink,
                                                   keeping: (ActivityRecord) -> Bool = { _ in false })
        -> (plan: MergePlan, kept: [ActivityRecord]) {
        let reader = self.reader()
        let locations = first.duplicateLocations
        // segments[i + 1] counts the rows after held[i].
        var segments = [sink]
        var held: [ActivityRecord] = []
        var kept: [ActivityRecord] = []
        reader.reread(sources, selecting: { _ in true }) { record in
            if locations.contains(record.location) {
                held.append(record)
                segments.append(segments[0].emptyCopy())
            } else {
                segments[segments.count - 1].add(record)
                if keeping(record) { kept.append(record) }
            }
        }
        let plan = MergePlan(pairs: first.duplicates, records: Dictionary(held.map { ($0.location, $0) }) { a, _ in a },
                             places: reader.places)
        var joined = segments[0]
        var keptTwins: [ActivityRecord] = []
        for (index, record) in held.enumerated() {
            if let row = plan.apply(record) {
                var one = joined.emptyCopy()
                one.add(row)
                joined.absorb(one)
                if keeping(row) { keptTwins.append(row) }
            }
            joined.absorb(segments[index + 1])
        }
        sink = joined
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
