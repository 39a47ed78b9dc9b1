import Testing
@testable import TradeMetrics

/// `avg-2y` and `avg-3y`, worked by hand: the mean of each year's sums and counts, derived measures
/// derived from the years' sums, and an empty year counted as zeros.
struct MultiYearBaseTests {
    // 2025-Q3: a. 2024-Q3: b, c. 2023-Q3: nothing. 2022-Q3: d.
    static let log = engine("""
        a,2025-07-01,전북,forum,,US,bio,6,,,12,600000,30000
        b,2024-07-01,전북,forum,,US,bio,4,,,8,200000,10000
        c,2024-08-01,전북,forum,,JP,bio,2,,,0,0,0
        d,2022-09-01,전북,forum,,US,bio,3,,,3,90000,9000
        """ + "\n")
    static let q3 = try! Period(parsing: "2025-Q3")

    @Test func theBasePeriodsAreTheSameQuarterOfTheYearsBefore() {
        let query = TableQuery(period: Self.q3, base: .averageOf3Years)
        #expect(query.basePeriods.map(\.description) == ["2024-Q3", "2023-Q3", "2022-Q3"])
        #expect(TableQuery(period: .all, base: .averageOf2Years).basePeriods.isEmpty)
    }

    @Test func twoYearsOneOfThemEmpty() {
        let total = Self.log.table(TableQuery(period: Self.q3, base: .averageOf2Years)).total
        #expect(total.comparison(.activities)?.base == .ratio(1))        // (2 + 0) / 2
        #expect(total.comparison(.activities)?.change == .ratio(0))
        #expect(total.comparison(.companies)?.base == .ratio(3))         // (6 + 0) / 2
        #expect(total.comparison(.companies)?.changePercent == 100)      // 6 against 3
        #expect(total.comparison(.consultationUSD)?.base == .ratio(100_000))
        #expect(total.comparison(.countries)?.base == .ratio(1))         // (US, JP) and none
        // Derived from the two years' sums: 8 consultations over 6 companies; 10,000 of 200,000.
        #expect(total.comparison(.consultationsPerCompany)?.base == .ratio(8.0 / 6.0))
        #expect(total.comparison(.consultationsPerCompany)?.change == .ratio(2.0 - 8.0 / 6.0))
        #expect(total.comparison(.conversionPct)?.base == .ratio(5))
        #expect(total.comparison(.conversionPct)?.changePercent == 0)
    }

    @Test func threeYears() {
        let total = Self.log.table(TableQuery(period: Self.q3, base: .averageOf3Years)).total
        #expect(total.comparison(.activities)?.base == .ratio(1))        // (2 + 0 + 1) / 3
        #expect(total.comparison(.companies)?.base == .ratio(3))         // (6 + 0 + 3) / 3
        #expect(total.comparison(.consultations)?.base == .ratio(11.0 / 3.0))
        #expect(total.comparison(.conversionPct)?.base == .ratio(100 * 19_000.0 / 290_000.0))
        #expect(total.comparison(.contractUSDPerCompany)?.base == .ratio(19_000.0 / 9.0))
    }

    @Test func aGroupWithNoRowsInAnyBaseYear() {
        let table = Self.log.table(TableQuery(period: Self.q3, dimensions: [.country], base: .averageOf2Years))
        let us = table.rows.first { $0.keys.map { $0.key(.shared) } == ["US"] }!
        #expect(us.comparison(.activities)?.base == .ratio(0.5))         // (1 + 0) / 2
        #expect(us.comparison(.companies)?.changePercent == 200)          // 6 against (4 + 0) / 2
    }
}
