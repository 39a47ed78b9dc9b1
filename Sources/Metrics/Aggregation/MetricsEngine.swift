/// Answers table queries over the records of a log, exactly as `shared/activity-log.md` defines the
/// measures. Each query is one pass over the records.
public struct MetricsEngine: Sendable {
    public let records: [ActivityRecord]
    public let places: Gazetteer
    /// For each record, its trip's number (see `missionKey`), or -1.
    private let tripOfRecord: [Int32]
    /// For each trip, the date of its first row in the whole log.
    private let firstDays: [Day]

    public init(records: [ActivityRecord], places: Gazetteer = .shared) {
        self.records = records
        self.places = places
        var numbers: [String: Int32] = [:]
        var firstDays: [Day] = []
        tripOfRecord = records.map { record in
            guard let key = record.missionKey else { return -1 }
            if let number = numbers[key] {
                if record.date < firstDays[Int(number)] { firstDays[Int(number)] = record.date }
                return number
            }
            let number = Int32(firstDays.count)
            numbers[key] = number
            firstDays.append(record.date)
            return number
        }
        self.firstDays = firstDays
    }

    /// The totals of the rows that fall, along the query's first dimension, in any of `groups`: the
    /// "all the rest" row of a table cut to its top groups, counted over the rows themselves.
    public func totals(_ query: TableQuery, anyOf groups: Set<GroupKey>) -> MetricsTable.Row {
        let basePeriod = query.basePeriod
        let periods = [query.period] + (basePeriod.map { [$0] } ?? [])
        var totals = [Accumulator](repeating: Accumulator(), count: periods.count)
        let dimension = query.dimensions.first
        for (index, record) in records.enumerated() where query.filter.matches(record) {
            guard let dimension, GroupKey.keys(of: record, dimension, places).contains(where: groups.contains) else { continue }
            for (p, period) in periods.enumerated() where period.contains(record.date) {
                totals[p].add(record, trip: tripOfRecord[index])
            }
        }
        let finished = totals.enumerated().map { p, accumulator in
            accumulator.finished(firstDays: firstDays, periods: [periods[p]])
        }
        return MetricsTable.Row(keys: [], totals: finished[0], base: finished.count > 1 ? finished[1] : nil)
    }

    public func table(_ query: TableQuery) -> MetricsTable {
        let basePeriod = query.basePeriod
        let periods = [query.period] + (basePeriod.map { [$0] } ?? [])
        let dimensions = query.dimensions
        var totals = [Accumulator](repeating: Accumulator(), count: periods.count)
        var cells = [[[GroupKey]: Accumulator]](repeating: [:], count: periods.count)
        var firsts = [[GroupKey: Accumulator]](repeating: [:], count: periods.count)
        var seconds = [[GroupKey: Accumulator]](repeating: [:], count: periods.count)

        for (index, record) in records.enumerated() where query.filter.matches(record) {
            for (p, period) in periods.enumerated() where period.contains(record.date) {
                let trip = tripOfRecord[index]
                totals[p].add(record, trip: trip)
                guard let firstDimension = dimensions.first else { continue }
                let firstKeys = GroupKey.keys(of: record, firstDimension, places)
                if dimensions.count == 1 {
                    for key in firstKeys { cells[p][[key], default: Accumulator()].add(record, trip: trip) }
                    continue
                }
                let secondKeys = GroupKey.keys(of: record, dimensions[1], places)
                for key in firstKeys { firsts[p][key, default: Accumulator()].add(record, trip: trip) }
                for key in secondKeys { seconds[p][key, default: Accumulator()].add(record, trip: trip) }
                for a in firstKeys {
                    for b in secondKeys { cells[p][[a, b], default: Accumulator()].add(record, trip: trip) }
                }
            }
        }

        func finish(_ accumulator: Accumulator?, _ p: Int, _ keys: [GroupKey]) -> Totals {
            guard let accumulator else { return Totals() }
            return accumulator.finished(firstDays: firstDays, periods: [periods[p]] + keys.compactMap(\.period))
        }
        func row(_ keys: [GroupKey], _ pick: (Int) -> Accumulator?) -> MetricsTable.Row {
            MetricsTable.Row(keys: keys, totals: finish(pick(0), 0, keys),
                             base: periods.count > 1 ? finish(pick(1), 1, keys) : nil)
        }

        var fixed = dimensions.map { GroupKey.fixedKeys($0, over: query.period, places, allProvinces: query.allProvinces) }
        if !fixed.isEmpty { fixed[0] += query.groups }
        var keySets = Set(cells.flatMap(\.keys))
        if dimensions.count == 1 { keySets.formUnion(fixed[0].map { [$0] }) }
        let sortKey = { (keys: [GroupKey]) in keys.map { $0.key(places) } }
        let rows = keySets.sorted { sortKey($0).lexicographicallyPrecedes(sortKey($1)) }
            .map { keys in row(keys) { cells[$0][keys] } }

        var rowGroups: [GroupKey: MetricsTable.Row] = [:], columnGroups: [GroupKey: MetricsTable.Row] = [:]
        if dimensions.count == 2 {
            fixed[0] += firsts.flatMap(\.keys)
            fixed[1] += seconds.flatMap(\.keys)
            for key in fixed[0] { rowGroups[key] = row([key]) { firsts[$0][key] } }
            for key in fixed[1] { columnGroups[key] = row([key]) { seconds[$0][key] } }
        }
        return MetricsTable(query: query, basePeriod: basePeriod, rows: rows, total: row([]) { totals[$0] },
                            rowGroups: rowGroups, columnGroups: columnGroups)
    }
}
