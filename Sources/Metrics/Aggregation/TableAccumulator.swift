/// The running sums of one table query: its total, its groups (and for a matrix both margins) in
/// the period and in the comparison base, fed one row at a time.
struct TableAccumulator {
    let query: TableQuery
    let periods: [Period]
    /// With today's boundaries, for a period ending after a merger: the province each merged one
    /// counts under, by office index (nil for the others); empty when nothing is restated.
    private let restated: [OfficeID?]
    /// The query's filter and listed groups, on the same map as the rows.
    private let filter: RecordFilter
    private let groups: [GroupKey]
    private var totals: [Accumulator]
    private var cells: [[[GroupKey]: Accumulator]]
    private var firsts: [[GroupKey: Accumulator]]
    private var seconds: [[GroupKey: Accumulator]]
    /// For a table by sector: its rows by their set of sectors, so that "the rest" of a table cut
    /// to its top groups can count each row once.
    private var bySectorSet: [[UInt16: Accumulator]]

    init(_ query: TableQuery, _ places: Gazetteer) {
        self.query = query
        periods = [query.period] + query.basePeriods
        let map = query.boundaries == .current ? places.restatedProvinces(through: query.period.last) : [:]
        var restated: [OfficeID?] = []
        if !map.isEmpty {
            restated = Array(repeating: nil, count: places.offices.count)
            for (merged, successor) in map { restated[Int(merged.index)] = successor }
        }
        self.restated = restated
        let restate = { (id: OfficeID) in map[id] ?? id }
        var filter = query.filter
        filter.offices = filter.offices.map(restate)
        self.filter = filter
        groups = query.groups.map { key in
            if case .office(let id) = key { return .office(restate(id)) }
            return key
        }
        totals = Array(repeating: Accumulator(), count: periods.count)
        cells = Array(repeating: [:], count: periods.count)
        firsts = Array(repeating: [:], count: periods.count)
        seconds = Array(repeating: [:], count: periods.count)
        bySectorSet = Array(repeating: [:], count: periods.count)
    }

    mutating func add(_ record: ActivityRecord, trip: Int32, _ places: Gazetteer) {
        if !restated.isEmpty, let successor = restated[Int(record.province.index)] {
            // A row of a merged province, on today's map: the province, and the office when it is the province itself.
            var moved = record
            moved.province = successor
            if let office = restated[Int(record.office.index)] { moved.office = office }
            count(moved, trip: trip, places)
        } else {
            count(record, trip: trip, places)
        }
    }

    private mutating func count(_ record: ActivityRecord, trip: Int32, _ places: Gazetteer) {
        guard filter.matches(record) else { return }
        let dimensions = query.dimensions
        for p in periods.indices where periods[p].contains(record.date) {
            totals[p].add(record, trip: trip)
            guard let first = dimensions.first else { continue }
            let firstKeys = GroupKey.keys(of: record, first, places)
            if dimensions.count == 1 {
                for key in firstKeys { cells[p][[key], default: Accumulator()].add(record, trip: trip) }
                if first == .sector { bySectorSet[p][record.sectors.bits, default: Accumulator()].add(record, trip: trip) }
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

    /// Takes in the sums of the same query over a later part of the log, whose trips `tripNumbers` renumbers.
    mutating func absorb(_ later: TableAccumulator, tripNumbers: [Int32]) {
        func join<Key>(_ mine: inout [Key: Accumulator], _ theirs: [Key: Accumulator]) {
            for (key, accumulator) in theirs { mine[key, default: Accumulator()].absorb(accumulator, tripNumbers: tripNumbers) }
        }
        for p in periods.indices {
            totals[p].absorb(later.totals[p], tripNumbers: tripNumbers)
            join(&cells[p], later.cells[p])
            join(&firsts[p], later.firsts[p])
            join(&seconds[p], later.seconds[p])
            join(&bySectorSet[p], later.bySectorSet[p])
        }
    }

    private func finish(_ accumulator: Accumulator?, _ p: Int, _ keys: [GroupKey], _ firstDays: [Day]) -> Totals {
        guard let accumulator else { return Totals() }
        return accumulator.finished(firstDays: firstDays, periods: [periods[p]] + keys.compactMap(\.period))
    }

    /// A group's row: its totals in the period, and in the base the sums of its base periods.
    private func row(_ keys: [GroupKey], _ firstDays: [Day], _ pick: (Int) -> Accumulator?) -> MetricsTable.Row {
        let bases = (1..<periods.count).map { finish(pick($0), $0, keys, firstDays) }
        return MetricsTable.Row(keys: keys, totals: finish(pick(0), 0, keys, firstDays),
                                base: bases.isEmpty ? nil : bases.dropFirst().reduce(bases[0], +), baseYears: max(bases.count, 1))
    }

    func table(firstDays: [Day], _ places: Gazetteer) -> MetricsTable {
        let dimensions = query.dimensions
        var fixed = dimensions.map { GroupKey.fixedKeys($0, over: query.period, places, allProvinces: query.allProvinces, boundaries: query.boundaries) }
        if !fixed.isEmpty { fixed[0] += groups }
        var keySets = Set(cells.flatMap(\.keys))
        if dimensions.count == 1 { keySets.formUnion(fixed[0].map { [$0] }) }
        let sortKey = { (keys: [GroupKey]) in keys.map { $0.key(places) } }
        let rows = keySets.sorted { sortKey($0).lexicographicallyPrecedes(sortKey($1)) }
            .map { keys in row(keys, firstDays) { cells[$0][keys] } }
        var rowGroups: [GroupKey: MetricsTable.Row] = [:], columnGroups: [GroupKey: MetricsTable.Row] = [:]
        if dimensions.count == 2 {
            fixed[0] += firsts.flatMap(\.keys)
            fixed[1] += seconds.flatMap(\.keys)
            for key in fixed[0] { rowGroups[key] = row([key], firstDays) { firsts[$0][key] } }
            for key in fixed[1] { columnGroups[key] = row([key], firstDays) { seconds[$0][key] } }
        }
        return MetricsTable(query: query, basePeriod: query.basePeriod, rows: rows, total: row([], firstDays) { totals[$0] },
                            rowGroups: rowGroups, columnGroups: columnGroups)
    }

    /// The totals of the rows that fall, along the first dimension, in any of `groups`.
    func totals(anyOf groups: Set<GroupKey>, firstDays: [Day]) -> MetricsTable.Row {
        row([], firstDays) { p in
            var merged = Accumulator()
            if query.dimensions.first == .sector {
                let wanted = groups.reduce(UInt16(0)) { bits, key in
                    if case .sector(let sector) = key { return bits | 1 << sector.rawValue }
                    return bits
                }
                for (set, accumulator) in bySectorSet[p] {
                    let sectors = set == 0 ? UInt16(1) << Sector.other.rawValue : set
                    if sectors & wanted != 0 { merged.merge(accumulator) }
                }
            } else {
                for key in groups { if let accumulator = cells[p][[key]] { merged.merge(accumulator) } }
            }
            return merged
        }
    }
}
