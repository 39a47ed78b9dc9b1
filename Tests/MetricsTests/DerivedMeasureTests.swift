import Testing
@testable import TradeMetrics

/// The derived measures, worked by hand: computed from a group's sums (never averaged from rows),
/// empty where the divisor is 0, and compared as derived values.
struct DerivedMeasureTests {
    // 2024-Q3: 전북 a and b, 경북 c (no companies), 제주 d (no consultation amount); 2023-Q3: 전북 e.
    static let log = engine("""
        a,2024-07-01,전북,forum,,US,bio,2,,,10,100000,5000
        b,2024-08-01,전북,forum,,JP,bio,8,,,10,300000,0
        c,2024-08-02,경북,forum,,US,mobility,0,,,4,50000,1000
        d,2024-09-03,제주,forum,,US,agrifood,3,,,0,0,0
        e,2023-07-01,전북,forum,,US,bio,4,,,4,40000,4000
        """ + "\n")
    static let q3 = try! Period(parsing: "2024-Q3")

    @Test func theTotalIsARatioOfSums() {
        let totals = Self.log.table(TableQuery(period: Self.q3)).total.totals
        #expect(totals[.consultationsPerCompany] == .ratio(24.0 / 13.0))
        #expect(totals[.consultationUSDPerCompany] == .ratio(450_000.0 / 13.0))
        #expect(totals[.contractUSDPerCompany] == .ratio(6_000.0 / 13.0))
        #expect(totals[.conversionPct] == .ratio(100 * 6_000.0 / 450_000.0))
        // Not the mean of the rows' own ratios (10/2, 10/8 and 0/3 average 2.08…).
        #expect(totals[.consultationsPerCompany] != .ratio((5.0 + 1.25 + 0) / 3))
    }

    @Test func aGroupWithoutCompaniesOrAmountsIsEmptyNotInfinite() {
        let table = Self.log.table(TableQuery(period: Self.q3, dimensions: [.province]))
        #expect(table.keys == ["KR-45", "KR-47", "KR-49"])   // 전북, 경북, 제주
        let (jeonbuk, gyeongbuk, jeju) = (table.rows[0].totals, table.rows[1].totals, table.rows[2].totals)
        #expect(gyeongbuk[.consultationsPerCompany] == .ratio(nil))
        #expect(gyeongbuk[.contractUSDPerCompany] == .ratio(nil))
        #expect(gyeongbuk[.conversionPct] == .ratio(2.0))
        #expect(jeju[.consultationsPerCompany] == .ratio(0))
        #expect(jeju[.consultationUSDPerCompany] == .ratio(0))
        #expect(jeju[.conversionPct] == .ratio(nil))
        #expect(jeonbuk[.consultationsPerCompany] == .ratio(2.0))
        #expect(jeonbuk[.consultationUSDPerCompany] == .ratio(40_000))
        #expect(jeonbuk[.contractUSDPerCompany] == .ratio(500))
        #expect(jeonbuk[.conversionPct] == .ratio(1.25))
        #expect(gyeongbuk[.conversionPct].description == "2" && gyeongbuk[.consultationsPerCompany].description == "")
    }

    @Test func theChangeComparesTheDerivedValues() {
        let table = Self.log.table(TableQuery(period: Self.q3, dimensions: [.province], base: .lastYear))
        let jeonbuk = table.rows[0]
        let perCompany = jeonbuk.comparison(.consultationsPerCompany)!
        #expect(perCompany.base == .ratio(1.0))   // 2023-Q3: 4 consultations, 4 companies
        #expect(perCompany.change == .ratio(1.0))
        #expect(perCompany.changePercent == 100)
        let conversion = jeonbuk.comparison(.conversionPct)!
        #expect(conversion.base == .ratio(10))
        #expect(conversion.change == .ratio(1.25 - 10))
        #expect(conversion.changePercent == 100 * (1.25 - 10) / 10)
        // 경북 had no row a year before: no base, no change.
        let gyeongbuk = table.rows[1].comparison(.conversionPct)!
        #expect(gyeongbuk.base == .ratio(nil))
        #expect(gyeongbuk.change == .ratio(nil))
        #expect(gyeongbuk.changePercent == nil)
    }

    @Test func anEmptyBasePeriodGivesNoChange() {
        let total = Self.log.table(TableQuery(period: Self.q3, base: .previous)).total   // 2024-Q2 has no rows
        #expect(total.comparison(.consultationsPerCompany)?.base == .ratio(nil))
        #expect(total.comparison(.consultationsPerCompany)?.changePercent == nil)
        #expect(total.comparison(.companies)?.changePercent == nil)
    }

    @Test func aRatioHasNoShareInAMatrix() {
        let matrix = Self.log.table(TableQuery(period: Self.q3, dimensions: [.province, .sector]))
        let cell = matrix.rows.first { $0.keys.map { $0.key(.shared) } == ["KR-45", "bio"] }!
        #expect(matrix.share(of: cell, .companies, ofColumn: false) == 1)
        #expect(matrix.share(of: cell, .conversionPct, ofColumn: false) == nil)
        #expect(cell.totals[.conversionPct] == .ratio(1.25))
    }
}
