import TradeMetrics

/// A sink given the rows as `--dedupe` counts them (`MergePlan`), each row also told to a progress
/// line; split as its inner sink is when a long file is read on several threads.
struct PlannedSink<Inner: SplittableRecordSink>: SplittableRecordSink {
    var inner: Inner
    let plan: MergePlan
    let rows: RowCounter

    init(_ inner: Inner, plan: MergePlan, rows: RowCounter = RowCounter()) {
        self.inner = inner
        self.plan = plan
        self.rows = rows
    }

    mutating func add(_ record: ActivityRecord) {
        rows.count()
        if let record = plan.apply(record) { inner.add(record) }
    }

    func emptyCopy() -> PlannedSink { PlannedSink(inner.emptyCopy(), plan: plan, rows: rows) }

    mutating func absorb(_ later: PlannedSink) { inner.absorb(later.inner) }
}

/// A sink that keeps nothing: a read for its findings alone.
struct NoSink: SplittableRecordSink {
    func add(_ record: ActivityRecord) {}
    func emptyCopy() -> NoSink { NoSink() }
    func absorb(_ later: NoSink) {}
}
