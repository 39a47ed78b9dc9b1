import TradeMetrics

/// Records the questions a report asks, answering each with an empty table: the plan of a
/// one-pass read.
final class QueryRecorder: MetricsSource, @unchecked Sendable {
    let places: Gazetteer
    private(set) var queries: [TableQuery] = []

    init(places: Gazetteer) { self.places = places }

    func table(_ query: TableQuery) -> MetricsTable {
        queries.append(query)
        return .empty(query)
    }

    func totals(_ query: TableQuery, anyOf groups: Set<GroupKey>) -> MetricsTable.Row {
        queries.append(query)
        return MetricsTable.empty(query).total
    }

    func ties(asOf day: Day, matching filter: RecordFilter, dormantAfterMonths: Int) -> TieRegister.Result {
        TieRegister(asOf: day).finish(places)
    }
}
