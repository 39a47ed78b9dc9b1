import Foundation
import Testing
@testable import TradeMetrics

/// Tables across the reorganisations of 2026-07-01, worked out by hand. The log:
/// - 2025-Q3: 광주광역시 (2 companies), 전라남도, 목포시 (then of 전라남도), 인천 중구, 인천 서구, 인천 동구;
/// - 2026-Q2: 전라남도 (before the merger);
/// - 2026-Q3: 전남광주통합특별시 (a mission, trip T9, 4 companies), 광주광역시 and 전남 목포시 (former names:
///   the special city and 목포시, with warnings), 영종구, 인천 제물포구, 인천 서구 (서해구, with a warning),
///   검단구, 인천 동구 (제물포구, with a warning).
///
/// With today's boundaries a table of 2026-Q3 has 전남광주통합특별시 with 3 rows against 3 in 2025-Q3
/// (광주광역시, 전라남도 and 목포시 restated), 1 in 2026-Q2; Incheon 5 against 3. Incheon's old districts
/// keep their 2025 rows; the new ones start empty.
struct RestatementTests {
    /// The hand-worked log (`Fixtures/restatement.csv`, also read by the report tests), without its header.
    static let log: String = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/restatement.csv")
        let text = try! String(contentsOf: file, encoding: .utf8)
        return String(text.drop { $0 != "\n" }.dropFirst())
    }()
    let places = Gazetteer.shared
    let log = engine(Self.log)

    func period(_ text: String) -> Period { try! Period(parsing: text) }

    /// Activities and their base, by key.
    func counts(_ text: String, by dimension: TradeMetrics.Dimension, base: TableQuery.Base? = nil, boundaries: Boundaries = .current,
                filter: RecordFilter = RecordFilter()) -> [String: [Int]] {
        let table = log.table(TableQuery(period: period(text), dimensions: [dimension], filter: filter, base: base,
                                            boundaries: boundaries))
        var result: [String: [Int]] = [:]
        for row in table.rows + [table.total] {
            let key = row.keys.first?.key(places) ?? "total"
            result[key] = [row.totals.activities] + (row.base.map { [$0.activities] } ?? [])
        }
        return result
    }

    @Test func theReaderWarnsAboutFormerNames() {
        let header = "id,date,office,kind,trip,partner_country,sectors,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd\n"
        let read = readLog(header + Self.log)
        #expect(read.lines == [
            "log.csv:10:3: warning: office: 광주광역시 is 전남광주통합특별시 since 2026-07-01; counted as 전남광주통합특별시 '광주광역시'",
            "log.csv:11:3: warning: office: 목포시 is part of 전남광주통합특별시 since 2026-07-01; counted as 목포시 '전남 목포시'",
            "log.csv:14:3: warning: office: 서구 is 서해구 since 2026-07-01; counted as 서해구 '인천 서구'",
            "log.csv:16:3: warning: office: 동구 is 제물포구 since 2026-07-01; counted as 제물포구 '인천 동구'",
        ])
    }

    @Test func namesOnTheWrongSideOfTheLineAreErrors() {
        let read = readLog("""
            id,date,office,kind,partner_country
            a,2025-08-01,영종구,forum,JP
            b,2026-06-30,전남광주통합특별시,forum,JP
            c,2026-07-01,인천 중구,forum,JP
            d,2026-07-01,인천광역시 중구,forum,JP
            e,2026-06-30,서해구,forum,JP
            f,2026-06-30,인천 중구,forum,JP

            """)
        #expect(read.lines == [
            "log.csv:2:3: error: office: 영종구 exists from 2026-07-01; before, write 인천광역시 중구 '영종구'",
            "log.csv:3:3: error: office: 전남광주통합특별시 exists from 2026-07-01; before, write 광주광역시 or 전라남도 '전남광주통합특별시'",
            "log.csv:4:3: error: office: 인천광역시 중구 was divided on 2026-07-01 into 제물포구 and 영종구; write the one meant '인천 중구'",
            "log.csv:5:3: error: office: 인천광역시 중구 was divided on 2026-07-01 into 제물포구 and 영종구; write the one meant '인천광역시 중구'",
            "log.csv:6:3: error: office: 서해구 exists from 2026-07-01; before, write 인천광역시 서구 '서해구'",
        ])
        #expect(read.records.map(\.id) == ["f"])
    }

    @Test func byProvinceWithEveryBase() {
        // 2026-Q3 against 2025-Q3: the merged provinces' rows of 2025 count under the special city.
        #expect(counts("2026-Q3", by: .province, base: .lastYear) == ["KR-12": [3, 3], "KR-28": [5, 3], "total": [8, 6]])
        #expect(counts("2026-Q3", by: .province, base: .previous) == ["KR-12": [3, 1], "KR-28": [5, 0], "total": [8, 1]])
        #expect(counts("2026-Q3", by: .province, base: .averageOf2Years) == ["KR-12": [3, 3], "KR-28": [5, 3], "total": [8, 6]])
        #expect(counts("2026-Q3", by: .province, base: .averageOf3Years) == ["KR-12": [3, 3], "KR-28": [5, 3], "total": [8, 6]])
        // 2026 as a year holds both halves.
        #expect(counts("2026", by: .province, base: .previous) == ["KR-12": [4, 3], "KR-28": [5, 3], "total": [9, 6]])
        #expect(counts("all", by: .province) == ["KR-12": [7], "KR-28": [8], "total": [15]])
        // A period that ends before the merger: as logged.
        #expect(counts("2025-Q3", by: .province, base: .lastYear) == ["KR-29": [1, 0], "KR-46": [2, 0], "KR-28": [3, 0], "total": [6, 0]])
        #expect(counts("2026-Q2", by: .province) == ["KR-46": [1], "total": [1]])
        // Turned off: every row under the office of its own date.
        #expect(counts("2026-Q3", by: .province, base: .lastYear, boundaries: .asLogged)
                == ["KR-12": [3, 0], "KR-29": [0, 1], "KR-46": [0, 2], "KR-28": [5, 3], "total": [8, 6]])
        #expect(counts("2026", by: .province, boundaries: .asLogged) == ["KR-12": [3], "KR-46": [1], "KR-28": [5], "total": [9]])
    }

    @Test func theAveragesAndMeasuresOfTheRestatedBase() throws {
        let table = log.table(TableQuery(period: period("2026-Q3"), dimensions: [.province], base: .averageOf2Years))
        let city = try #require(table.row("KR-12"))
        #expect(city.totals.missions == 1)
        #expect(city.totals.companies == 4)
        #expect(city.comparison(.companies)?.base == .ratio(1.5))    // (2 + 1) companies in 2025-Q3, none in 2024-Q3, over 2 years
        #expect(city.comparison(.activities)?.base == .ratio(1.5))
        #expect(city.base?.countries == 3)
    }

    @Test func byOfficeTheDividedDistrictsKeepTheirRows() {
        #expect(counts("2026-Q3", by: .office, base: .lastYear) == [
            "KR-12": [2, 2], "KR-12/목포시": [1, 1],
            "KR-28/중구": [0, 1], "KR-28/동구": [0, 1], "KR-28/서구": [0, 1],
            "KR-28/영종구": [1, 0], "KR-28/제물포구": [2, 0], "KR-28/서해구": [1, 0], "KR-28/검단구": [1, 0],
            "total": [8, 6],
        ])
        let table = log.table(TableQuery(period: period("2026-Q3"), dimensions: [.office], base: .lastYear))
        let names = table.rows.map { $0.keys[0].name(places, in: table.query.period) }
        #expect(names.contains("인천광역시 중구 (~2026-06-30)"))
        #expect(names.contains("인천광역시 서구 (~2026-06-30)"))
        #expect(names.contains("서해구"))
        // Before the line, no mark.
        let before = log.table(TableQuery(period: period("2025-Q3"), dimensions: [.office]))
        #expect(before.rows.map { $0.keys[0].name(places, in: before.query.period) }.contains("인천광역시 중구"))
        // As logged, the merged provinces themselves show with their last day.
        #expect(counts("2026-Q3", by: .office, base: .lastYear, boundaries: .asLogged)["KR-29"] == [0, 1])
        #expect(GroupKey.office(places.province(code: "KR-29")!).name(places, in: period("2026-Q3")) == "광주광역시 (~2026-06-30)")
    }

    @Test func aFilterOnAMergedProvinceFollowsIt() {
        let jeonnam = places.province(code: "KR-46")!, city = places.province(code: "KR-12")!
        #expect(counts("2026-Q3", by: .province, base: .lastYear, filter: RecordFilter(offices: [jeonnam])) == ["KR-12": [3, 3], "total": [3, 3]])
        #expect(counts("2026-Q3", by: .province, base: .lastYear, filter: RecordFilter(offices: [city])) == ["KR-12": [3, 3], "total": [3, 3]])
        #expect(counts("2025-Q3", by: .province, filter: RecordFilter(offices: [city])) == ["total": [0]])
        #expect(counts("2025-Q3", by: .province, filter: RecordFilter(offices: [jeonnam])) == ["KR-46": [2], "total": [2]])
        #expect(counts("2026-Q3", by: .province, base: .lastYear, boundaries: .asLogged, filter: RecordFilter(offices: [jeonnam]))
                == ["KR-46": [0, 2], "total": [0, 2]])
    }

    @Test func everyProvinceOfThePeriod() {
        func names(_ text: String, _ boundaries: Boundaries = .current) -> [String] {
            log.table(TableQuery(period: period(text), dimensions: [.province], allProvinces: true, boundaries: boundaries))
                .rows.map { places[$0.keys[0].officeID!].shortKorean }
        }
        #expect(names("2025").count == 17)
        #expect(names("2026-Q3").count == 16)
        #expect(names("2026-Q3").contains("전남광주") && !names("2026-Q3").contains("전남"))
        #expect(names("2025").contains("광주") && names("2025").contains("전남") && !names("2025").contains("전남광주"))
        #expect(names("2026", .asLogged).count == 18)
        #expect(places.provinceIDs(for: period("2026-Q3")).map { places[$0].isoCode! }.prefix(3) == ["KR-11", "KR-12", "KR-26"])
    }

    @Test func theChangesOfAPeriod() {
        let changes = places.boundaryChanges(in: Day(year: 2025, month: 7, day: 1)!...Day(year: 2026, month: 9, day: 30)!)
        #expect(changes.count == 4)
        #expect(changes.filter(\.isRestated).map { $0.before.map { places[$0].korean } } == [["광주광역시", "전라남도"]])
        #expect(changes.filter { !$0.isRestated }.map { places.displayName($0.before[0]) } == ["인천광역시 중구", "인천광역시 동구", "인천광역시 서구"])
        #expect(places.boundaryChanges(in: Day(year: 2024, month: 1, day: 1)!...Day(year: 2026, month: 6, day: 30)!).isEmpty)
        let gunwi = places.boundaryChanges(in: Day(year: 2023, month: 1, day: 1)!...Day(year: 2023, month: 12, day: 31)!)
        #expect(gunwi.map(\.kind) == [.moved])
        #expect(gunwi.map { places[$0.municipality!].korean } == ["군위군"])
        #expect(gunwi.map { places[$0.before[0]].korean + "→" + places[$0.after[0]].korean } == ["경상북도→대구광역시"])
    }
}

extension GroupKey {
    var officeID: OfficeID? {
        if case .office(let id) = self { return id }
        return nil
    }
}
