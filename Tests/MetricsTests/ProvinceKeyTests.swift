import Foundation
import Testing
@testable import TradeMetrics

/// Issue 22's audit of the reference tables: ISO keys, names in use, Kosovo, mergers since 2010.
struct ProvinceKeyTests {
    let places = Gazetteer.shared

    func day(_ text: String) -> Day { try! Day.parse(text).get() }

    /// ISO 3166-2:KR, the 17 first-level subdivisions as ISO lists them (ISO 3166 Maintenance Agency's
    /// Online Browsing Platform; Debian iso-codes 4.17 `iso_3166-2.json`), checked 2026-12-01. The
    /// 2023-11-23 change only altered KR-42's category; 전북 kept KR-45. No code for 전남광주통합특별시 yet.
    static let iso3166_2KR: [String: String] = [
        "KR-11": "서울특별시", "KR-26": "부산광역시", "KR-27": "대구광역시", "KR-28": "인천광역시",
        "KR-29": "광주광역시", "KR-30": "대전광역시", "KR-31": "울산광역시", "KR-41": "경기도",
        "KR-42": "강원특별자치도", "KR-43": "충청북도", "KR-44": "충청남도", "KR-45": "전북특별자치도",
        "KR-46": "전라남도", "KR-47": "경상북도", "KR-48": "경상남도", "KR-49": "제주특별자치도",
        "KR-50": "세종특별자치시",
    ]

    @Test func everyProvinceKeyIsItsISOCodeExceptTheNewProvince() {
        let keys = Dictionary(uniqueKeysWithValues: places.allProvinceIDs.map { (places[$0].isoCode!, places[$0].korean) })
        var expected = Self.iso3166_2KR
        expected["KR-12"] = "전남광주통합특별시"   // the ministry's number in ISO's form, until ISO assigns one
        #expect(keys == expected)
    }

    @Test func theMinistrysNumbersAreReadWithAWarningNamingTheISOCode() {
        for (number, code, korean) in [("KR-51", "KR-42", "강원특별자치도"), ("KR-52", "KR-45", "전북특별자치도")] {
            let note = "\(number) is not an ISO 3166-2 code (it is the Ministry of the Interior's number); \(korean) is \(code)"
            for date in ["2022-01-01", "2026-11-30"] {
                #expect(places.lookUpOffice(number, on: day(date)) == FoundInEnglish(places.province(code: code)!, note))
                #expect(places.lookUpOffice(code, on: day(date)) == .found(places.province(code: code)!, formerName: nil))
            }
        }
        // After the number, a municipality is still found, with the same warning.
        let jeonju = places.lookUpOffice("KR-52 전주시", on: day("2025-05-05"))
        guard case .found(let office, let note) = jeonju else { Issue.record("KR-52 전주시: \(jeonju)"); return }
        #expect(places[office].korean == "전주시")
        #expect(note?.text(.en).hasPrefix("KR-52 is not an ISO 3166-2 code") == true)
    }

    @Test func namesJeonbukUsesForItself() {
        let jeonbuk = places.province(code: "KR-45")!
        for name in ["전북자치도", "Jeonbuk-do", "전북자치도 전주시"] {
            guard case .found(let office, let note) = places.lookUpOffice(name, on: day("2025-03-01")) else {
                Issue.record("\(name) not found"); continue
            }
            #expect(places[office].isProvince ? office == jeonbuk : places[office].currentProvince == jeonbuk, "\(name)")
            #expect(note == nil, "\(name)")
        }
    }

    @Test func countriesAsKoreanGovernmentAndPressWriteThem() {
        let expected = [
            "튀르키예공화국": "TR", "키르기즈공화국": "KG", "키르기즈": "KG", "미크로네시아": "FM", "Micronesia": "FM",
            // CLDR's Korean names where they differ from ours
            "남아프리카": "ZA", "콩고-킨샤사": "CD", "팔레스타인 지구": "PS", "네덜란드령 카리브": "BQ",
            // and its English ones
            "Congo - Kinshasa": "CD", "Antigua & Barbuda": "AG",
        ]
        for (name, alpha2) in expected {
            #expect(places.country(named: name).map { places[$0].alpha2 } == alpha2, "\(name)")
        }
        #expect(places.collisions == [])
    }

    @Test func kosovoIsXKInSouthernEurope() {
        for name in ["XK", "XKX", "Kosovo", "코소보", "코소보 공화국"] {
            let id = places.country(named: name)
            #expect(id.map { places[$0].alpha2 } == "XK", "\(name)")
            #expect(id.map { places[places[$0].region].key } == "Southern Europe")
        }
        #expect(places.country(named: "Serbia").map { places[places[$0].region].key } == "Southern Europe")
    }

    /// The names CLDR gives every country, as this toolchain's Foundation carries them, all read as that
    /// country. When it fails after a toolchain update, run scripts/generate-cldr-country-names.
    @Test func everyCLDRNameOfACountryIsThatCountry() {
        var misread: [String] = []
        for country in places.countries {
            for locale in ["ko", "en"] {
                guard let name = Locale(identifier: locale).localizedString(forRegionCode: country.alpha2) else { continue }
                if places.country(named: name) != country.id { misread.append("\(country.alpha2) \(name)") }
            }
        }
        #expect(misread == [])
    }

    @Test func municipalitiesMergedSince2010CountAsTheirSuccessors() {
        let cases: [(name: String, successor: String, changed: String, note: String)] = [
            ("마산시", "창원시", "2010-07-01", "마산시 is part of 창원시 since 2010-07-01"),
            ("진해시", "창원시", "2010-07-01", "진해시 is part of 창원시 since 2010-07-01"),
            ("Masan City", "창원시", "2010-07-01", "Masan City is part of 창원시 since 2010-07-01"),
            ("경남 진해시", "창원시", "2010-07-01", "진해시 is part of 창원시 since 2010-07-01"),
            ("연기군", "세종특별자치시", "2012-07-01", "연기군 is 세종특별자치시 since 2012-07-01"),
            ("충남 연기군", "세종특별자치시", "2012-07-01", "충남 연기군 is 세종특별자치시 since 2012-07-01"),
            ("청원군", "청주시", "2014-07-01", "청원군 is part of 청주시 since 2014-07-01"),
            ("충청북도 청원군", "청주시", "2014-07-01", "청원군 is part of 청주시 since 2014-07-01"),
            ("청원", "청주시", "2014-07-01", "청원 is part of 청주시 since 2014-07-01"),
        ]
        for c in cases {
            let changed = day(c.changed)
            let before = places.lookUpOffice(c.name, on: changed.adding(days: -1))
            let after = places.lookUpOffice(c.name, on: changed)
            guard case .found(let was, let noteBefore) = before, case .found(let now, let noteAfter) = after else {
                Issue.record("\(c.name): \(before), \(after)"); continue
            }
            #expect(places[was].korean == c.successor && places[now].korean == c.successor, "\(c.name)")
            #expect(noteBefore == nil, "\(c.name)")
            #expect(noteAfter == c.note, "\(c.name)")
        }
    }

    /// Worked by hand: 마산시 2009 and 진해시 2011 are two activities of 창원시 (one with a warning);
    /// 청원군 in 2013 and 청주시 in 2014 are two of 청주시; 연기군 2011 is one of 세종.
    @Test func mergedMunicipalitiesInTables() {
        let log = readLog("id,date,office,kind,partner_country\n"
                          + "m1,2009-05-01,마산시,forum,US\nm2,2011-05-01,진해시,forum,US\nm3,2011-05-02,창원시,forum,US\n"
                          + "c1,2013-05-01,청원군,expo,JP\nc2,2014-08-01,청주시,expo,JP\ny1,2011-05-01,연기군,forum,CN\n")
        #expect(log.lines == ["log.csv:3:3: warning: office: 진해시 is part of 창원시 since 2010-07-01; counted as 창원시 '진해시'"])
        let table = MetricsEngine(records: log.records).table(TableQuery(period: .all, dimensions: [.office]))
        var counts: [String: Int] = [:]
        for row in table.rows { counts[row.keys[0].key(.shared)] = row.totals.activities }
        #expect(counts == ["KR-48/창원시": 3, "KR-43/청주시": 2, "KR-50": 1])
    }
}
