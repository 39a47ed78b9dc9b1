/// Which map a table counts rows on.
public enum Boundaries: String, CaseIterable, Sendable {
    /// Today's: in a table whose period ends on or after a merger of provinces, the rows of the
    /// merged ones count under their successor, in the period and in every base (광주광역시 and
    /// 전라남도 under 전남광주통합특별시 from 2026-07-01). A municipality that ceased cannot be
    /// restated: its rows stay under it.
    case current
    /// Every row under the office of its own date.
    case asLogged = "as-logged"
}

/// What a table asks: a period, up to two dimensions, a filter, and a comparison base.
public struct TableQuery: Sendable {
    public enum Base: String, CaseIterable, Sendable {
        /// The period of the same length just before.
        case previous
        /// The same period a year before.
        case lastYear = "last-year"
        /// The mean of the same period over the two years before.
        case averageOf2Years = "avg-2y"
        /// The mean of the same period over the three years before.
        case averageOf3Years = "avg-3y"

        /// How many periods the base averages.
        public var years: Int {
            switch self {
            case .previous, .lastYear: return 1
            case .averageOf2Years: return 2
            case .averageOf3Years: return 3
            }
        }
    }

    public var period: Period
    /// None (one total row), one (a table) or two (a matrix).
    public var dimensions: [Dimension]
    public var filter: RecordFilter
    public var base: Base?
    /// List every province of the period along a province dimension (`Gazetteer.provinceIDs(for:boundaries:)`),
    /// with zeros where they have no rows.
    public var allProvinces: Bool
    /// Groups of the first dimension listed even without rows (the offices a comparison selects).
    public var groups: [GroupKey]
    /// Today's boundaries (the default) or as logged.
    public var boundaries: Boundaries

    public init(period: Period, dimensions: [Dimension] = [], filter: RecordFilter = RecordFilter(),
                base: Base? = nil, allProvinces: Bool = false, groups: [GroupKey] = [], boundaries: Boundaries = .current) {
        precondition(dimensions.count <= 2, "a table has at most two dimensions")
        self.period = period
        self.dimensions = dimensions
        self.filter = filter
        self.base = base
        self.allProvinces = allProvinces
        self.groups = groups
        self.boundaries = boundaries
    }

    /// The comparison periods, most recent first; none without a base, or for `all`.
    public var basePeriods: [Period] {
        switch base {
        case .previous?: return period.previous.map { [$0] } ?? []
        case nil: return []
        case let base?:
            var periods: [Period] = []
            var year = period.lastYear
            while let earlier = year, periods.count < base.years {
                periods.append(earlier)
                year = earlier.lastYear
            }
            return periods.count == base.years ? periods : []
        }
    }

    /// The comparison period (the most recent, for a mean over years), when there is one.
    public var basePeriod: Period? { basePeriods.first }
}

/// The answer to a `TableQuery`: a row per group, sorted by key, and a total computed over the
/// rows themselves (a row with two sectors counts once in it).
public struct MetricsTable: Sendable {
    public struct Row: Sendable {
        /// One key per dimension; empty for the total.
        public let keys: [GroupKey]
        public let totals: Totals
        /// The same group in the base period; for a mean over years, its sums over those years.
        public let base: Totals?
        /// How many years `base` sums (1 but for `avg-2y` and `avg-3y`).
        public var baseYears = 1

        public init(keys: [GroupKey], totals: Totals, base: Totals?, baseYears: Int = 1) {
            self.keys = keys
            self.totals = totals
            self.base = base
            self.baseYears = baseYears
        }

        /// The measure beside its base. Over several years the base is the mean of each year's
        /// sum or count; a derived measure's base is derived from the years' sums.
        public func comparison(_ measure: Measure) -> Comparison? {
            guard let base else { return nil }
            let value = base[measure]
            guard baseYears > 1, !measure.isDerived else { return Comparison(value: totals[measure], base: value) }
            return Comparison(value: totals[measure], base: .ratio(value.number / Double(baseYears)))
        }
    }

    public let query: TableQuery
    public let basePeriod: Period?
    /// Every period of the base, most recent first.
    public var basePeriods: [Period] { query.basePeriods }
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
