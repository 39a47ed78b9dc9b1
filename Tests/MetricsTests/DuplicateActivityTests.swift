import Testing
@testable import TradeMetrics

/// A province's log and a municipality's log that share activities, worked out by hand, counted
/// both ways: every row (the default) and each activity once (`--dedupe`).
struct DuplicateActivityTests {
    static let header = "id,date,office,kind,trip,partner_country,partner_city,sectors,companies,consultations,consultation_usd,contract_usd,title\n"
    static let files: [(name: String, text: String)] = [
        ("jeonbuk.csv", header + """
            p1,2024-01-09,전북,mission,T1,US,Las Vegas,bio,10,30,1000000,100000,CES 2024 참가
            p2,2024-01-10,전북,forum,,US,Las Vegas,,5,,,,전북 투자설명회
            p3,2024-02-01,전북,agreement,,KZ,Almaty,,,,,,MOU 체결
            p4,2024-03-01,전북,delegation,,JP,,,2,,,,일본 방문단 접견
            """ + "\n"),
        ("jeonju.csv", header + """
            m1,2024-01-09,전주시,mission,T1,US,las vegas,mobility,4,40,800000,150000,CES 2024 참가 (전주)
            m2,2024-01-10,전주시,forum,,US,Las Vegas,,7,,,,"전북 투자 설명회!"
            m3,2024-02-01,전주시,agreement,,KZ,Almaty,,,,,,업무협약 체결
            m4,2024-03-01,전주시,delegation,,JP,,,1,,,,일본 방문단 접견
            """ + "\n"),
        ("gumi.csv", header + "g1,2024-03-01,구미시,delegation,,JP,,,,,,,일본 방문단 접견\n"),
    ]

    static let quarter = TableQuery(period: try! Period(parsing: "2024-Q1"), dimensions: [])

    @Test func eachPairIsAWarningNamingBothPlaces() {
        let log = readLog(Self.files)
        #expect(log.lines == [
            "jeonju.csv:2:1: warning: row: the same activity as jeonbuk.csv:2 (전북특별자치도 and 전주시); both rows count",
            "jeonju.csv:3:1: warning: row: the same activity as jeonbuk.csv:3 (전북특별자치도 and 전주시); both rows count",
            "jeonju.csv:5:1: warning: row: the same activity as jeonbuk.csv:5 (전북특별자치도 and 전주시); both rows count",
        ])
        #expect(log.read.duplicates.count == 3)
        // What to do about it is a hint each front end words its own way (the library names no option).
        #expect(log.read.diagnostics.kept.map(\.hint) == [.dedupe, .dedupe, .dedupe])
        #expect(log.read.diagnostics.lines { _ in " (HINT)" }.first?.hasSuffix("both rows count (HINT)") == true)
    }

    @Test func byDefaultEveryRowCounts() {
        let totals = MetricsEngine(records: readLog(Self.files).records).table(Self.quarter).total.totals
        #expect(totals.activities == 9)
        #expect(totals.companies == 10 + 5 + 2 + 4 + 7 + 1)
        #expect(totals.missions == 1)   // trip T1, shared by both offices
        #expect(totals.agreements == 2)
        #expect(totals.consultations == 70)
        #expect(totals.consultationUSD == Dollars(1_800_000))
        #expect(totals.contractUSD == Dollars(250_000))
    }

    @Test func withDedupeEachActivityCountsOnceUnderTheMunicipality() {
        let sources = Self.files.map { LogSource.bytes(name: $0.name, Array($0.text.utf8)) }
        let reader = LogReader()
        let (records, report) = reader.readAll(sources)
        let plan = reader.mergePlan(for: report, in: sources)
        #expect(plan.merges.map { "\($0.kept.id)←\($0.merged.map(\.id).joined(separator: ","))" } == ["m1←p1", "m2←p2", "m4←p4"])
        let counted = records.compactMap(plan.apply)
        #expect(counted.map(\.id) == ["p3", "m1", "m2", "m3", "m4", "g1"])
        let engine = MetricsEngine(records: counted)
        let totals = engine.table(Self.quarter).total.totals
        #expect(totals.activities == 6)
        #expect(totals.companies == 10 + 7 + 2)   // the larger of each pair's numbers
        #expect(totals.consultations == 40)
        #expect(totals.consultationUSD == Dollars(1_000_000))
        #expect(totals.contractUSD == Dollars(150_000))
        #expect(totals.agreements == 2)
        #expect(totals.missions == 1)
        let offices = engine.table(TableQuery(period: Self.quarter.period, dimensions: [.office]))
        #expect(offices.keys == ["KR-45", "KR-45/전주시", "KR-47/구미시"])
        #expect(offices.rows.map(\.totals.activities) == [1, 4, 1])   // 전북특별자치도 (p3), 전주시, 구미시
        let sectors = engine.table(TableQuery(period: Self.quarter.period, dimensions: [.sector]))
        #expect(sectors.keys == ["bio", "mobility", "other"])   // m1 takes p1's bio beside its mobility
        #expect(sectors.rows.map(\.totals.activities) == [1, 1, 5])
    }

    @Test func titlesMatchWithoutSpacesAndPunctuationOnly() {
        #expect(SameActivity.fingerprint("전북 투자설명회") == SameActivity.fingerprint("전북 투자 설명회!"))
        #expect(SameActivity.fingerprint("CES 2024") == SameActivity.fingerprint("ces-2024"))
        #expect(SameActivity.fingerprint("CES 2024") != SameActivity.fingerprint("CES 2025"))
        #expect(SameActivity.fingerprint("업무협약 체결") != SameActivity.fingerprint("MOU 체결"))
    }

    @Test func rowsOfOneOfficeInOneFileAreItsOwnRecord() {
        let text = Self.header + "a,2024-01-09,전북,forum,T1,US,Dallas,,,,,,만찬\nb,2024-01-09,전북,forum,T1,US,Dallas,,,,,,면담\n"
        #expect(readLog(text).lines == [])
        let twoFiles = readLog([("a.csv", Self.header + "a,2024-01-09,전북,forum,T1,US,Dallas,,,,,,만찬\n"),
                                ("b.csv", Self.header + "b,2024-01-09,전북특별자치도,forum,T1,US,Dallas,,,,,,만찬\n")])
        #expect(twoFiles.lines == ["b.csv:2:1: warning: row: the same activity as a.csv:2 (전북특별자치도); both rows count"])
    }

    @Test func aHeaderWrappedOnTwoLinesIsRecognised() {
        let log = readLog("번호,일자,기관,유형,국가,\"참여\n기업\"\nx1,2024-01-10,전북,forum,US,3\n")
        #expect(log.lines == [])
        #expect(log.records.map(\.companies) == [3])
    }
}
