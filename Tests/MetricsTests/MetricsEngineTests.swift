import Foundation
import Testing
@testable import TradeMetrics

/// Builds an engine from log rows under a fixed header.
func engine(_ rows: String) -> MetricsEngine {
    let header = "id,date,office,kind,trip,partner_country,sectors,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd\n"
    let log = readLog(header + rows)
    precondition(!log.read.hasErrors, "test log has errors: \(log.lines)")
    return MetricsEngine(records: log.records)
}

extension MetricsTable {
    /// The row whose keys print as `keys`, or the total for "total".
    func row(_ keys: String...) -> Row? {
        if keys == ["total"] { return total }
        return rows.first { $0.keys.map { $0.key(.shared) } == keys }
    }

    var keys: [String] { rows.map { $0.keys.map { $0.key(.shared) }.joined(separator: "|") } }
}

struct MetricsEngineTests {
    func period(_ text: String) -> Period { try! Period(parsing: text) }

    /// A small log worked out by hand:
    /// - trip T1 (전북): a mission 2024-03-30 (Q1, US, bio;mobility, 5 companies) and an agreement
    ///   2024-04-02 (Q2, KZ, agrifood, agreements empty → 1), so the trip spans two quarters;
    /// - 전주시 (a municipality of 전북) consultation 2024-02-10, US, no sector, 3 companies,
    ///   consultations 12, $1,500,000 under consultation, $30,000.50 contracted;
    /// - 전라북도 (former name, used before 2024-01-18) forum 2024-01-05, JP, bio;
    /// - 제주 expo 2024-02-20, JP, agrifood;trade, 7 companies, 2 partner companies;
    /// - 경북 mission without trip 2023-02-01, CN (a mission of its own, in 2023-Q1);
    /// - 군위군 forum 2023-06-30 (경북 then) and 2023-07-01 (대구 from then), VN.
    let log = engine("""
        t1a,2024-03-30,전북,mission,T1,US,bio;mobility,5,,,,,
        t1b,2024-04-02,Jeonbuk State,agreement,T1,KZ,agrifood,,,,,,
        jj1,2024-02-10,전주시,consultation,,미국,,3,,,12,"1,500,000",30000.50
        jb0,2024-01-05,전라북도,forum,,JP,bio,,,,,,
        jj2,2024-02-20,제주,expo,,일본,agrifood; trade,7,2,,,,
        gb1,2023-02-01,경북,mission,,CN,,,,,,,
        gw1,2023-06-30,군위군,forum,,VN,,,,,,,
        gw2,2023-07-01,군위군,forum,,VN,,,,,,,
        """)

    @Test func totalsOfAQuarter() {
        let table = log.table(TableQuery(period: period("2024-Q1")))
        let total = table.total.totals
        #expect(table.rows.isEmpty)
        #expect(total.activities == 4)          // t1a, jj1, jb0, jj2
        #expect(total.missions == 1)            // T1, first row 2024-03-30
        #expect(total.companies == 15)          // 5 + 3 + 7
        #expect(total.partnerCompanies == 2)
        #expect(total.agreements == 0)
        #expect(total.consultations == 12)
        #expect(total.consultationUSD == Dollars(1_500_000))
        #expect(total.contractUSD == Dollars(cents: 3_000_050))
        #expect(total.countries == 2)           // US, JP
    }

    @Test func aTripSpanningTwoQuartersCountsInTheQuarterOfItsFirstRow() {
        let q2 = log.table(TableQuery(period: period("2024-Q2"), dimensions: [.kind])).total.totals
        #expect(q2.activities == 1)
        #expect(q2.missions == 0)
        #expect(q2.agreements == 1)             // empty on an agreement row counts 1
        let h1 = log.table(TableQuery(period: period("2024-H1"), dimensions: [.quarter]))
        #expect(h1.keys == ["2024-Q1", "2024-Q2"])
        #expect(h1.row("2024-Q1")?.totals.missions == 1)
        #expect(h1.row("2024-Q2")?.totals.missions == 0)
        #expect(h1.total.totals.missions == 1)
        #expect(h1.total.totals.activities == 5)
    }

    @Test func anEmptyPeriodHasZerosAndNoRows() {
        let table = log.table(TableQuery(period: period("2022-Q3"), dimensions: [.sector]))
        #expect(table.rows.isEmpty)
        #expect(table.total.totals == Totals())
        let series = log.table(TableQuery(period: period("2022"), dimensions: [.quarter]))
        #expect(series.keys == ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"])
        #expect(series.rows.allSatisfy { $0.totals == Totals() })
    }

    @Test func aTripUnderSeveralSectorsAndRegionsCountsOnceInEach() {
        let sectors = log.table(TableQuery(period: period("2024-H1"), dimensions: [.sector]))
        #expect(sectors.keys == ["agrifood", "bio", "mobility", "other", "trade"])
        #expect(sectors.rows.map(\.totals.missions) == [1, 1, 1, 0, 0])
        #expect(sectors.rows.map(\.totals.activities) == [2, 2, 1, 1, 1])   // bio: t1a, jb0; agrifood: t1b, jj2
        #expect(sectors.total.totals.activities == 5)                      // a row with two sectors counts once
        #expect(sectors.total.totals.missions == 1)
        let regions = log.table(TableQuery(period: period("2024-H1"), dimensions: [.region]))
        #expect(regions.keys == ["Central Asia", "Eastern Asia", "Northern America"])
        #expect(regions.rows.map(\.totals.missions) == [1, 0, 1])
        #expect(regions.rows.map(\.totals.activities) == [1, 2, 2])
        #expect(regions.row("Central Asia")?.keys.first?.name(.shared) == "중앙아시아")
    }

    @Test func municipalitiesRollUpIntoTheirProvinceAndFormerNamesAreOneOffice() {
        let provinces = log.table(TableQuery(period: period("2024-Q1"), dimensions: [.province]))
        #expect(provinces.keys == ["KR-45", "KR-49"])
        #expect(provinces.row("KR-45")?.totals.activities == 3)          // 전북 mission, 전주시, 전라북도
        #expect(provinces.row("KR-45")?.totals.companies == 8)
        let offices = log.table(TableQuery(period: period("2024-Q1"), dimensions: [.office]))
        #expect(offices.keys == ["KR-45", "KR-45/전주시", "KR-49"])
        #expect(offices.row("KR-45")?.totals.activities == 2)
        #expect(offices.row("KR-45/전주시")?.keys.first?.name(.shared) == "전주시")
    }

    @Test func gunwisProvinceFollowsTheRowsDate() {
        let table = log.table(TableQuery(period: period("2023"), dimensions: [.province]))
        #expect(table.keys == ["KR-27", "KR-47"])
        #expect(table.row("KR-27")?.totals.activities == 1)
        #expect(table.row("KR-47")?.totals.activities == 2)              // gb1 and gw1
        #expect(table.row("KR-47")?.totals.missions == 1)                // gb1: a mission without trip
    }

    @Test func comparisonsWithChangeAndPercent() throws {
        // 2024-Q1 against 2023-Q4 (empty) and 2024-Q2 against 2024-Q1.
        let q1 = log.table(TableQuery(period: period("2024-Q1"), base: .previous))
        #expect(q1.basePeriod == .quarter(2023, 4))
        let activities = try #require(q1.total.comparison(.activities))
        #expect(activities.base == .count(0))
        #expect(activities.change == .count(4))
        #expect(activities.changePercent == nil)
        let q2 = log.table(TableQuery(period: period("2024-Q2"), base: .previous)).total
        #expect(q2.comparison(.activities)?.changePercent == -75)          // 1 against 4
        #expect(q2.comparison(.companies)?.changePercent == -100)
        #expect(q2.comparison(.consultationUSD)?.change == .dollars(Dollars(-1_500_000)))
        let lastYear = log.table(TableQuery(period: period("2024-Q1"), dimensions: [.kind], base: .lastYear))
        #expect(lastYear.basePeriod == .quarter(2023, 1))
        #expect(lastYear.row("mission")?.comparison(.missions)?.base == .count(1))        // gb1 in 2023-Q1
        #expect(lastYear.row("mission")?.comparison(.missions)?.changePercent == 0)
        #expect(lastYear.row("forum")?.base == Totals())
    }

    @Test func groupsOnlyInTheBasePeriodStillShow() {
        let table = log.table(TableQuery(period: period("2024-Q2"), dimensions: [.country], base: .previous))
        #expect(table.keys == ["JP", "KZ", "US"])
        #expect(table.row("JP")?.totals.activities == 0)
        #expect(table.row("JP")?.base?.activities == 2)
    }

    @Test func matrixWithSharesOfRowAndColumn() throws {
        let table = log.table(TableQuery(period: period("2024-Q1"), dimensions: [.province, .sector]))
        #expect(table.keys == ["KR-45|bio", "KR-45|mobility", "KR-45|other", "KR-49|agrifood", "KR-49|trade"])
        let cell = try #require(table.row("KR-45", "bio"))
        #expect(cell.totals.activities == 2)
        #expect(table.share(of: cell, .activities, ofColumn: false) == 2.0 / 3.0)   // 전북 has 3 rows
        #expect(table.share(of: cell, .activities, ofColumn: true) == 1.0)          // all bio rows are 전북's
        #expect(table.rowGroups[.office(Gazetteer.shared.province(code: "KR-49")!)]?.totals.activities == 1)
        let trade = try #require(table.row("KR-49", "trade"))
        #expect(table.share(of: trade, .consultations, ofColumn: false) == nil)     // 제주 has none
    }

    @Test func allProvincesListsEveryProvince() {
        let table = log.table(TableQuery(period: period("2024-Q1"), dimensions: [.province], allProvinces: true))
        #expect(table.rows.count == 17)
        #expect(table.row("KR-11")?.totals == Totals())
    }

    @Test func filters() {
        let places = Gazetteer.shared
        let jeonbuk = places.province(code: "KR-45")!
        func total(_ filter: RecordFilter) -> Totals {
            log.table(TableQuery(period: period("2024-H1"), filter: filter)).total.totals
        }
        #expect(total(RecordFilter(offices: [jeonbuk])).activities == 4)           // includes 전주시
        #expect(total(RecordFilter(offices: [places.offices.first { $0.korean == "전주시" }!.id])).activities == 1)
        #expect(total(RecordFilter(countries: [places.country(named: "US")!])).activities == 2)
        #expect(total(RecordFilter(sectors: [.agrifood])).activities == 2)
        #expect(total(RecordFilter(sectors: [.other])).activities == 1)           // jj1 has no sector
        #expect(total(RecordFilter(kinds: [.mission, .agreement])).missions == 1)
        #expect(total(RecordFilter(offices: [jeonbuk], kinds: [.forum])).activities == 1)
    }

    @Test func cp949InputGivesTheSameTable() throws {
        let utf8 = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent("korean-utf8.csv")))
        let cp949 = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent("korean-cp949.csv")))
        func table(_ bytes: [UInt8]) -> MetricsTable {
            let records = LogReader().readAll([.bytes(name: "k.csv", bytes)]).records
            return MetricsEngine(records: records).table(TableQuery(period: .all, dimensions: [.sector]))
        }
        let a = table(utf8), b = table(cp949)
        #expect(a.keys == ["agrifood", "battery", "bio", "mobility", "other"])
        #expect(a.keys == b.keys)
        #expect(a.rows.map(\.totals) == b.rows.map(\.totals))
        #expect(a.total.totals == b.total.totals)
        #expect(a.total.totals.missions == 1)
        #expect(a.total.totals.agreements == 1)
        #expect(a.total.totals.consultationUSD == Dollars(1_200_000))
    }
}

struct RestRowTests {
    /// Four rows worked out by hand, 2024-Q1, by sector:
    /// r1 bio;mobility, trip T, US, 2 companies; r2 mobility, trip T, JP, 3 companies;
    /// r3 agrifood;trade, no trip (forum), KZ, 5 companies; r4 trade, mission without trip, VN, 7 companies.
    /// Sectors by activities: mobility 2, trade 2, agrifood 1, bio 1.
    let log = engine("""
        r1,2024-01-10,전북,forum,T,US,bio;mobility,2,,,,,
        r2,2024-01-11,전북,forum,T,JP,mobility,3,,,,,
        r3,2024-02-01,전북,forum,,KZ,agrifood;trade,5,,,,,
        r4,2024-03-01,전북,mission,,VN,trade,7,,,,,
        """)
    let query = TableQuery(period: .quarter(2024, 1), dimensions: [.sector])

    @Test func theRestOfASectorTableCountsEachRowOnce() {
        // The rest of {bio, agrifood}: r1 (bio) and r3 (agrifood): 2 rows, one trip (T), 2 countries.
        let rest = log.totals(query, anyOf: [.sector(.bio), .sector(.agrifood)]).totals
        #expect(rest.activities == 2)
        #expect(rest.companies == 7)
        #expect(rest.missions == 1)
        #expect(rest.countries == 2)
        // {mobility, trade}: all four rows, counted once each though r1… have two sectors.
        let both = log.totals(query, anyOf: [.sector(.mobility), .sector(.trade)]).totals
        #expect(both.activities == 4)
        #expect(both.companies == 17)
        #expect(both.missions == 2)   // T and r4
        #expect(both.countries == 4)
    }

    @Test func theRestOfASingleKeyTableMergesItsGroups() {
        let byCountry = TableQuery(period: .quarter(2024, 1), dimensions: [.country])
        let places = Gazetteer.shared
        let rest = log.totals(byCountry, anyOf: [.country(places.country(named: "US")!), .country(places.country(named: "JP")!)]).totals
        #expect(rest.activities == 2)
        #expect(rest.missions == 1)   // trip T once, though it has a row in each country
        #expect(rest.countries == 2)
    }

    @Test func manyQueriesInOnePassAnswerAsOneAtATime() {
        let queries = [query, TableQuery(period: .quarter(2024, 1), dimensions: [.kind], base: .previous),
                       TableQuery(period: .year(2024), dimensions: [.province, .sector]), query]
        var accumulator = MetricsAccumulator(queries: queries)
        for record in log.records { accumulator.add(record) }
        let computed = accumulator.finish()
        for query in queries {
            let a = computed.table(query), b = log.table(query)
            #expect(a.rows.map(\.keys) == b.rows.map(\.keys))
            #expect(a.rows.map(\.totals) == b.rows.map(\.totals))
            #expect(a.rows.map(\.base) == b.rows.map(\.base))
            #expect(a.total.totals == b.total.totals)
        }
    }
}
