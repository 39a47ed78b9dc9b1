/// Answers a set of table queries in one pass over a log, fed one row at a time, so that a report
/// never needs the log's rows in memory.
public struct MetricsAccumulator: SplittableRecordSink {
    public let places: Gazetteer
    private var trips = TripRegistry()
    private var tables: [TableAccumulator]
    private var index: [String: Int] = [:]
    /// The ties of every office as of a day, when the report asks for them.
    private var ties: TieRegister?

    /// - Parameter tiesAsOf: the day of the tie register the report shows, if it shows one.
    public init(queries: [TableQuery], tiesAsOf: Day? = nil, places: Gazetteer = .shared) {
        self.places = places
        ties = tiesAsOf.map { TieRegister(asOf: $0) }
        var unique: [TableQuery] = []
        for query in queries where index[query.identity] == nil {
            index[query.identity] = unique.count
            unique.append(query)
        }
        tables = unique.map { TableAccumulator($0, places) }
    }

    public mutating func add(_ record: ActivityRecord) {
        let trip = trips.number(of: record)
        for i in tables.indices { tables[i].add(record, trip: trip, places) }
        ties?.add(record)
    }

    public func emptyCopy() -> MetricsAccumulator {
        var empty = self
        empty.trips = TripRegistry()
        empty.tables = tables.map { TableAccumulator($0.query, places) }
        empty.ties = ties.map { TieRegister(asOf: $0.asOf) }
        return empty
    }

    public mutating func absorb(_ later: MetricsAccumulator) {
        let tripNumbers = trips.absorb(later.trips)
        for i in tables.indices { tables[i].absorb(later.tables[i], tripNumbers: tripNumbers) }
        if let theirs = later.ties { ties?.absorb(theirs) }
    }

    /// The answers.
    public func finish() -> ComputedMetrics {
        ComputedMetrics(places: places, firstDays: trips.firstDays, tables: tables, index: index, tieRegister: ties)
    }
}

/// What a `MetricsAccumulator` computed; asked for a query it was not given, it is a bug.
public struct ComputedMetrics: MetricsSource {
    public let places: Gazetteer
    let firstDays: [Day]
    let tables: [TableAccumulator]
    let index: [String: Int]
    let tieRegister: TieRegister?

    private func accumulator(_ query: TableQuery) -> TableAccumulator {
        guard let position = index[query.identity] else { preconditionFailure("query was not planned: \(query.identity)") }
        return tables[position]
    }

    public func table(_ query: TableQuery) -> MetricsTable {
        accumulator(query).table(firstDays: firstDays, places)
    }

    public func totals(_ query: TableQuery, anyOf groups: Set<GroupKey>) -> MetricsTable.Row {
        accumulator(query).totals(anyOf: groups, firstDays: firstDays)
    }

    public func ties(asOf day: Day, matching filter: RecordFilter, dormantAfterMonths: Int) -> TieRegister.Result {
        guard let tieRegister, tieRegister.asOf == day else { preconditionFailure("ties as of \(day) were not planned") }
        return tieRegister.finish(places, dormantAfterMonths: dormantAfterMonths, matching: filter)
    }
}

/// Where a report's numbers come from: the log in memory (`MetricsEngine`) or computed in one pass
/// (`ComputedMetrics`).
public protocol MetricsSource: Sendable {
    var places: Gazetteer { get }
    func table(_ query: TableQuery) -> MetricsTable
    /// The totals of the rows that fall, along the query's first dimension, in any of `groups`.
    func totals(_ query: TableQuery, anyOf groups: Set<GroupKey>) -> MetricsTable.Row
    /// The ties of the offices `filter` names (a province with its 시·군·구) as of `day`.
    func ties(asOf day: Day, matching filter: RecordFilter, dormantAfterMonths: Int) -> TieRegister.Result
}

extension TableQuery {
    /// Equal for the same question, to share one accumulator.
    var identity: String {
        let filterText = "\(filter.offices.map(\.index))|\(filter.exactOffices)|\(filter.countries.map(\.index))|\(filter.sectors.map(\.rawValue))|\(filter.kinds.map(\.rawValue))"
        return "\(period)|\(dimensions.map(\.rawValue))|\(base?.rawValue ?? "-")|\(allProvinces)|\(groups.map { "\($0)" })|\(filterText)|\(boundaries.rawValue)"
    }
}
