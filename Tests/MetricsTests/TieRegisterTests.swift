import Testing
@testable import TradeMetrics

/// The tie register, worked by hand on small logs.
struct TieRegisterTests {
    let places = Gazetteer.shared
    static let header = "id,date,office,kind,partner_country,partner_city,partner_org,agreements\n"

    func day(_ text: String) -> Day { try! Day.parse(text).get() }

    func register(_ rows: String, asOf: String? = nil, months: Int = 24, offices: [String] = [])
        -> (ties: [Tie], near: [NearPartners], partnerless: [PartnerlessAgreement]) {
        let log = readLog(Self.header + rows)
        precondition(!log.read.hasErrors, "\(log.lines)")
        var filter = RecordFilter()
        filter.offices = offices.map { name in
            guard case .found(let id, _) = places.lookUpOffice(name, on: day("2026-01-01")) else { fatalError(name) }
            return id
        }
        var register = TieRegister(asOf: asOf.map(day))
        for record in log.records { register.add(record) }
        let found = register.finish(places, dormantAfterMonths: months, matching: filter)
        return (found.ties, found.nearPartners, found.partnerless)
    }

    /// `office|country|partner|first|agreements|activities|last|days|status`.
    func lines(_ ties: [Tie]) -> [String] {
        ties.map { t in
            [places.displayName(t.office), places[t.country].alpha2, t.partner, "\(t.firstAgreement)", "\(t.agreements)",
             "\(t.activities)", "\(t.lastActivity)", "\(t.daysSinceLast)", t.status.rawValue].joined(separator: "|")
        }
    }

    /// A forum before the first agreement counts as history; a forum with a partner never signed
    /// with is no tie; the register's day is the log's last date (2024-02-01).
    @Test func historyBeforeTheFirstAgreementCounts() {
        let result = register("""
            a1,2022-01-10,전북,forum,KZ,Almaty Province,,
            a2,2023-05-01,전북,agreement,KZ,Almaty Province,,
            a3,2024-02-01,전북,forum,KZ,Almaty Province,,
            b1,2023-06-01,전북,forum,UZ,Tashkent,,
            """)
        // 2024-02-01 − 2024-02-01 = 0 days.
        #expect(lines(result.ties) == ["전북특별자치도|KZ|Almaty Province|2023-05-01|1|3|2024-02-01|0|active"])
        #expect(result.near == [] && result.partnerless == [])
    }

    /// Two agreements (one row of kind agreement, one forum with agreements 2) make 3; the partner is
    /// matched in any case and punctuation and shown as first written.
    @Test func twoAgreementsAndTwoSpellingsAreOneTie() {
        let result = register("""
            k1,2023-03-01,전주시,agreement,US,Kansas City,,
            k2,2025-10-14,전주시,forum,US,KANSAS-CITY,,2
            k3,2025-11-01,전주시,delegation,US,kansas city,,
            """, asOf: "2026-09-30")
        // 2026-09-30 − 2025-11-01 = 333 days.
        #expect(lines(result.ties) == ["전주시|US|Kansas City|2023-03-01|3|3|2025-11-01|333|active"])
    }

    /// A municipality's tie is its own, listed after its province's (dormant first, then by partner);
    /// `--office 전북` holds both, `--office 전주시` only the city's.
    @Test func aMunicipalitysTieIsListedUnderItsProvince() {
        let rows = """
            j1,2024-05-01,전주시,agreement,US,Kansas City,,
            p1,2021-01-05,전북,agreement,JP,Osaka,,
            p2,2025-06-01,전북,agreement,KZ,Almaty Province,,
            s1,2025-01-01,서울,agreement,FR,Paris,,
            """
        let jeonbuk = register(rows, asOf: "2026-09-30", offices: ["전북"])
        #expect(lines(jeonbuk.ties) == [
            "전북특별자치도|JP|Osaka|2021-01-05|1|1|2021-01-05|2094|dormant",
            "전북특별자치도|KZ|Almaty Province|2025-06-01|1|1|2025-06-01|486|active",
            "전주시|US|Kansas City|2024-05-01|1|1|2024-05-01|882|dormant",   // before 2024-09-30
        ])
        #expect(register(rows, asOf: "2026-09-30", offices: ["전주시"]).ties.map(\.partner) == ["Kansas City"])
        #expect(register(rows, asOf: "2026-09-30").ties.count == 4)
    }

    /// Dormant after 24 months: a last activity exactly 24 months before the register's day is still
    /// active; one day earlier is dormant. Rows after the day are not counted, and a partner first
    /// signed with after it is no tie yet.
    @Test func dormancyAtTheBoundary() {
        let result = register("""
            a1,2020-01-01,제주,agreement,US,Fullerton,,
            a2,2024-09-30,제주,forum,US,Fullerton,,
            b1,2020-01-01,제주,agreement,JP,Kobe,,
            b2,2024-09-29,제주,forum,JP,Kobe,,
            b3,2026-10-01,제주,forum,JP,Kobe,,
            c1,2026-10-01,제주,agreement,CN,Hangzhou,,
            """, asOf: "2026-09-30")
        #expect(lines(result.ties) == [
            "제주특별자치도|JP|Kobe|2020-01-01|1|2|2024-09-29|731|dormant",
            "제주특별자치도|US|Fullerton|2020-01-01|1|2|2024-09-30|730|active",
        ])
        let twelve = register("a1,2023-02-28,제주,agreement,US,Fullerton,,\n", asOf: "2024-02-29", months: 12)
        #expect(twelve.ties.map(\.status) == [.active])   // 2024-02-29 − 12 months = 2023-02-28
    }

    /// An agreement naming no partner makes no tie and is reported where it is; a partner given only
    /// as an organisation is a tie by that name.
    @Test func aTieNeedsAPartner() {
        let result = register("""
            x1,2024-01-10,전북,agreement,US,,,
            x2,2024-01-11,전북,agreement,US,,CES (Consumer Technology Association),
            """)
        #expect(result.ties.map(\.partner) == ["CES (Consumer Technology Association)"])
        let jeonbuk = places.province(code: "KR-45")!
        #expect(result.partnerless == [PartnerlessAgreement(location: SourceLocation(file: 0, line: 2), date: day("2024-01-10"),
                                                            office: jeonbuk, province: jeonbuk)])
    }

    /// `Almaty` and `Almaty Province` may be one partner: listed apart, with a warning at the first row
    /// of the second name.
    @Test func nearIdenticalPartnersAreWarnedNotMerged() {
        let result = register("""
            a1,2023-05-01,전북,agreement,KZ,Almaty Province,,
            a2,2024-06-01,전북,forum,KZ,Almaty,,
            a3,2024-07-01,전북,agreement,KZ,Astana,,
            """)
        #expect(result.ties.map(\.partner) == ["Almaty Province", "Astana"])
        let jeonbuk = places.province(code: "KR-45")!, kazakhstan = places.country(named: "KZ")!
        #expect(result.near == [NearPartners(office: jeonbuk, country: kazakhstan, names: ["Almaty", "Almaty Province"],
                                             location: SourceLocation(file: 0, line: 2), isCity: true)])
        #expect(TieRegister.alike("tashkent", "toshkent") && !TieRegister.alike("almaty", "astana"))
    }

    @Test func monthsAreAddedToTheCalendar() {
        #expect(day("2026-09-30").adding(months: -24) == day("2024-09-30"))
        #expect(day("2026-03-31").adding(months: -1) == day("2026-02-28"))
        #expect(day("2024-02-29").adding(months: 12) == day("2025-02-28"))
        // Total at the calendar's ends.
        #expect(Day(year: 1, month: 3, day: 1)!.adding(months: -24) == Day(year: 1, month: 1, day: 1)!)
        #expect(Day(year: 9999, month: 11, day: 30)!.adding(months: 24) == Day(year: 9999, month: 12, day: 31)!)
    }
}
