/// What a table asks: a period, up to two dimensions, a filter, and a comparison base.
public struct TableQuery: Sendable {
    public enum Base: String, CaseIterable, Sendable {
        /// The period of the same length just before.
        case previous
        /// The same period a year before.
        case lastYear = "last-year"
    }

    public var period: Period
    /// None (one total row), one (a table) or two (a matrix).
    public var dimensions: [Dimension]
    public var filter: RecordFilter
    public var base: Base?
    /// List all 17 provinces along a province dimension, with zeros where they have no rows.
    public var allProvinces: Bool
    /// Groups of the first dimension listed even without rows (the offices a comparison selects).
    public var groups: [GroupKey]

    public init(period: Period, dimensions: [Dimension] = [], filter: RecordFilter = RecordFilter(),
                base: Base? = nil, allProvinces: Bool = false, groups: [GroupKey] = []) {
        precondition(dimensions.count <= 2, "a table has at most two dimensions")
        self.period = period
        self.dimensions = dimensions
        self.filter = filter
        self.base = base
        self.allProvinces = allProvinces
        self.groups = groups
    }

    /// The comparison period, when there is one (`all` has none).
    public var basePeriod: Period? {
        switch base {
        case .previous?: return period.previous
        case .lastYear?: return period.lastYear
        case nil: return nil
        }
    }
}

/// The answer to a `TableQuery`: a row per group, sorted by key, and a total computed over the
/// rows themselves (a row with two sectors counts once in it).
public struct MetricsTable: Sendable {
    public struct Row: Sendable {
        /// One key per dimension; empty for the total.
        public let keys: [GroupKey]
        public let totals: Totals
        /// The same group in the base period.
        public let base: Totals?

        public func comparison(_ measure: Measure) -> Comparison? {
            base.map { Comparison(value: totals[measure], base: $0[measure]) }
        }
    }

    public let query: TableQuery
    public let basePeriod: Period?
    public let rows: [Row]
    public let total: Row
    /// With two dimensions: the totals of each group of the first dimension (the matrix's rows)
    /// and of the second (its columns), over the rows themselves.
    public let rowGroups: [GroupKey: Row]
    public let columnGroups: [GroupKey: Row]

    /// A table with no rows and zero totals: what a query planner answers.
    public static func empty(_ query: TableQuery) -> MetricsTable {
        let zero = Row(keys: [], totals: Totals(), base: query.basePeriod == nil ? nil : Totals())
        return MetricsTable(query: query, basePeriod: query.basePeriod, rows: [], total: zero, rowGroups: [:], columnGroups: [:])
    }

    /// A matrix cell's share of its row's or column's total, as a fraction; nil when that total is 0,
    /// and for a derived measure (a ratio has no share).
    public func share(of row: Row, _ measure: Measure, ofColumn: Bool) -> Double? {
        guard row.keys.count == 2, !measure.isDerived,
              let whole = (ofColumn ? columnGroups[row.keys[1]] : rowGroups[row.keys[0]])?.totals[measure],
              !whole.isZero else { return nil }
        return row.totals[measure].number / whole.number
    }
}
