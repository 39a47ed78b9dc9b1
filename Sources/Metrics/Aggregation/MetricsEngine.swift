/// Answers table queries over the records of a log in memory, exactly as `docs/activity-log.md`
/// defines the measures. Each query is one pass over the records.
public struct MetricsEngine: MetricsSource {
    public let records: [ActivityRecord]
    public let places: Gazetteer
    public init(records: [ActivityRecord], places: Gazetteer = .shared) {
        self.records = records
        self.places = places
    }

    public func table(_ query: TableQuery) -> MetricsTable {
        run(query).table(query)
    }

    /// The totals of the rows that fall, along the query's first dimension, in any of `groups`: the
    /// "all the rest" row of a table cut to its top groups, counted over the rows themselves.
    public func totals(_ query: TableQuery, anyOf groups: Set<GroupKey>) -> MetricsTable.Row {
        run(query).totals(query, anyOf: groups)
    }

    public func ties(asOf day: Day, matching filter: RecordFilter, dormantAfterMonths: Int) -> TieRegister.Result {
        var register = TieRegister(asOf: day)
        for record in records { register.add(record) }
        return register.finish(places, dormantAfterMonths: dormantAfterMonths, matching: filter)
    }

    private func run(_ query: TableQuery) -> ComputedMetrics {
        var accumulator = MetricsAccumulator(queries: [query], places: places)
        for record in records { accumulator.add(record) }
        return accumulator.finish()
    }
}
