import Testing
@testable import TradeMetrics

struct GazetteerTests {
    let places = Gazetteer.shared

    func day(_ text: String) -> Day { try! Day.parse(text).get() }

    func office(_ name: String, on date: String = "2025-01-01") -> OfficeID? {
        if case .found(let id, _) = places.lookUpOffice(name, on: day(date)) { return id }
        return nil
    }

    func korean(_ name: String, on date: String = "2025-01-01") -> String? {
        office(name, on: date).map { places[$0].korean }
    }

    @Test func counts() {
        #expect(places.provinceIDs.count == 17)
        let municipalities = places.offices.filter { !$0.isProvince }
        #expect(municipalities.filter { $0.level != .administrativeCity }.count == 226)
        #expect(municipalities.filter { $0.level == .city }.count == 75)
        #expect(municipalities.filter { $0.level == .county }.count == 82)
        #expect(municipalities.filter { $0.level == .district }.count == 69)
        #expect(municipalities.filter { $0.level == .administrativeCity }.map(\.korean) == ["제주시", "서귀포시"])
        #expect(places.countries.count == 249)
        #expect(places.regions.count == 18)
        #expect(Kind.allCases.count == 9)
        #expect(Sector.allCases.count == 15)
        #expect(places.collisions == [])
    }

    @Test func municipalitiesPerProvince() {
        let expected = ["KR-11": 25, "KR-26": 16, "KR-27": 9, "KR-28": 10, "KR-29": 5, "KR-30": 5, "KR-31": 5,
                        "KR-50": 0, "KR-41": 31, "KR-42": 18, "KR-43": 11, "KR-44": 15, "KR-45": 14,
                        "KR-46": 22, "KR-47": 22, "KR-48": 18, "KR-49": 2]
        for (code, count) in expected {
            let province = places.province(code: code)!
            let members = places.offices.filter { !$0.isProvince && $0.currentProvince == province }
            #expect(members.count == count, "\(code)")
        }
    }

    @Test func provinceNamesInEveryForm() {
        for name in ["전북특별자치도", "전북", "Jeonbuk State", "Jeonbuk Special Self-Governing Province", "JEONBUK STATE",
                     "North Jeolla", "Jeonbuk", "KR-45", "kr-52", "전북 특별자치도"] {
            #expect(korean(name) == "전북특별자치도", "\(name)")
        }
        #expect(korean("경북") == "경상북도")
        #expect(korean("제주") == "제주특별자치도")
        #expect(korean("서울") == "서울특별시")
        #expect(korean("강원") == "강원특별자치도")
        #expect(korean("Gangwon State") == "강원특별자치도")
        #expect(places[places.province(code: "KR-45")!].english == "Jeonbuk State")
    }

    @Test func formerNamesAreTheSameOfficeAndDatedWarnings() {
        for name in ["전라북도", "Jeollabuk-do"] {
            #expect(places.lookUpOffice(name, on: day("2024-01-17")) == .found(places.province(code: "KR-45")!, formerName: nil))
            #expect(places.lookUpOffice(name, on: day("2024-01-18"))
                    == .found(places.province(code: "KR-45")!, formerName: "\(name) is 전북특별자치도 since 2024-01-18"))
        }
        #expect(places.lookUpOffice("강원도", on: day("2023-06-10")) == .found(places.province(code: "KR-42")!, formerName: nil))
        // ISO kept KR-42 and KR-45 through the renames; the ministry's numbers 51 and 52 are plain aliases.
        for (code, alias) in [("KR-42", "KR-51"), ("KR-45", "KR-52")] {
            for name in [code, alias] {
                #expect(places.lookUpOffice(name, on: day("2022-01-01")) == .found(places.province(code: code)!, formerName: nil))
                #expect(places.lookUpOffice(name, on: day("2026-11-30")) == .found(places.province(code: code)!, formerName: nil))
            }
        }
        #expect(places.lookUpOffice("제주도", on: day("2023-10-11"))
                == .found(places.province(code: "KR-49")!, formerName: "제주도 is 제주특별자치도 since 2006-07-01"))
    }

    @Test func municipalitiesAloneAndAfterTheirProvince() {
        let jeonju = office("전주시")!
        #expect(places[jeonju].english == "Jeonju-si")
        #expect(places[places[jeonju].currentProvince].korean == "전북특별자치도")
        for name in ["전주", "Jeonju", "Jeonju-si", "Jeonju City", "전북 전주시", "전북특별자치도 전주시", "전라북도 전주시"] {
            #expect(office(name, on: "2023-01-01") == jeonju, "\(name)")
        }
        #expect(korean("Pohang") == "포항시")
        #expect(korean("Changwon") == "창원시")
        #expect(korean("서울특별시 강남구") == "강남구")
        #expect(korean("Gangnam District") == "강남구")
        #expect(korean("부산광역시 중구").map { _ in places.displayName(office("부산광역시 중구")!) } == "부산광역시 중구")
        #expect(korean("Jung-gu, Busan") == "중구")
        #expect(korean("경기도 광주시") == "광주시")
        #expect(korean("광주") == "광주광역시")
        #expect(places.displayName(office("경기도 광주시")!) == "경기도 광주시")
    }

    @Test func sharedNamesAreAmbiguousAlone() {
        for (name, count) in [("중구", 6), ("고성군", 2), ("고성", 2), ("남구", 4), ("광주시", 2), ("강서구", 2)] {
            guard case .ambiguous(let candidates) = places.lookUpOffice(name, on: day("2025-01-01")) else {
                Issue.record("\(name) should be ambiguous"); continue
            }
            #expect(candidates.count == count, "\(name)")
        }
        guard case .ambiguous(let gwangju) = places.lookUpOffice("광주시", on: day("2025-01-01")) else { return }
        #expect(gwangju.map { places.displayName($0) } == ["광주광역시", "경기도 광주시"])
    }

    @Test func aRowsDateDecidesGunwisProvince() {
        let gunwi = office("군위군")!
        #expect(places[places[gunwi].province(on: day("2023-06-30"))].korean == "경상북도")
        #expect(places[places[gunwi].province(on: day("2023-07-01"))].korean == "대구광역시")
        #expect(places.lookUpOffice("경상북도 군위군", on: day("2023-06-30")) == .found(gunwi, formerName: nil))
        #expect(places.lookUpOffice("경북 군위군", on: day("2024-01-01"))
                == .found(gunwi, formerName: "군위군 is part of 대구광역시 since 2023-07-01"))
        #expect(places.lookUpOffice("대구 군위군", on: day("2024-01-01")) == .found(gunwi, formerName: nil))
    }

    @Test func renamedMunicipalities() {
        let michuhol = office("미추홀구")!
        #expect(places.lookUpOffice("인천광역시 남구", on: day("2018-06-30")) == .found(michuhol, formerName: nil))
        #expect(places.lookUpOffice("인천 남구", on: day("2019-01-01"))
                == .found(michuhol, formerName: "남구 is 미추홀구 since 2018-07-01"))
        #expect(korean("여주군", on: "2013-01-01") == "여주시")
    }

    @Test func unknownOfficesGetAHint() {
        #expect(places.lookUpOffice("Jeonbuk-do", on: day("2025-01-01")) == .unknown(suggestion: nil))
        #expect(places.suggestOffice(for: "Jeonbuk-do").map { places[$0].korean } == "전북특별자치도")
        #expect(places.suggestOffice(for: "전부특별자치도").map { places[$0].korean } == "전북특별자치도")
        #expect(places.suggestOffice(for: "xyzzy") == nil)
    }

    @Test func countries() {
        for name in ["미국", "US", "us", "USA", "United States", "United States of America", "U.S.A."] {
            #expect(places.country(named: name).map { places[$0].alpha2 } == "US", "\(name)")
        }
        for (name, code) in [("중국", "CN"), ("일본", "JP"), ("카자흐스탄", "KZ"), ("Kazakhstan", "KZ"), ("Viet Nam", "VN"),
                             ("베트남", "VN"), ("대만", "TW"), ("튀르키예", "TR"), ("Turkey", "TR"), ("UK", "GB"),
                             ("영국", "GB"), ("Czechia", "CZ"), ("Russian Federation", "RU"), ("Lao PDR", "LA")] {
            #expect(places.country(named: name).map { places[$0].alpha2 } == code, "\(name)")
        }
        let kz = places[places.country(named: "KZ")!]
        #expect((kz.english, kz.korean, kz.alpha3) == ("Kazakhstan", "카자흐스탄", "KAZ"))
        #expect(places[kz.region].key == "Central Asia")
        #expect(places[kz.region].korean == "중앙아시아")
        #expect(places[places[places.country(named: "TW")!].region].key == "Eastern Asia")
        #expect(places[places[places.country(named: "MX")!].region].key == "Latin America and the Caribbean")
        #expect(places[places[places.country(named: "KE")!].region].key == "Sub-Saharan Africa")
        #expect(places[places[places.country(named: "US")!].region].korean == "북아메리카")
        #expect(places.suggestCountry(for: "Kazakstan").map { places[$0].alpha2 } == "KZ")
    }

    @Test func everyCountryHasARegionAndUniqueCodes() {
        #expect(Set(places.countries.map(\.alpha2)).count == 249)
        #expect(Set(places.countries.map(\.alpha3)).count == 249)
        #expect(places.countries.allSatisfy { $0.alpha2.count == 2 && $0.alpha3.count == 3 })
        #expect(Set(places.countries.map(\.region)).count == 18)
    }

    @Test func kindsAndSectorsByCodeOrKoreanLabel() {
        #expect(places.kind(named: "업무협약") == .agreement)
        #expect(places.kind(named: "MOU") == .agreement)
        #expect(places.kind(named: "경제사절단") == .mission)
        #expect(places.kind(named: "수출상담회") == .consultation)
        #expect(places.kind(named: "Forum") == .forum)
        #expect(places.kind(named: "자문관 위촉") == .advisor)
        #expect(places.sector(named: "농생명") == .agrifood)
        #expect(places.sector(named: "이차전지") == .battery)
        #expect(places.sector(named: "UAM") == .aerospace)
        #expect(places.sector(named: "수소") == .energy)
        #expect(places.sector(named: "바이오·헬스") == .bio)
        #expect(Sector.agrifood.korean == "농생명·식품·스마트팜·주류")
        #expect(Kind.mission.shortKorean == "경제사절단")
        #expect(places.suggestKind(for: "agrement") == .agreement)
        #expect(places.suggestSector(for: "mobilty") == .mobility)
    }

    @Test func aHintBetweenEquallyNearNamesIsTheSameInEveryRun() {
        // XX is one letter from many codes; the first of them in order is chosen, not the first a
        // dictionary happens to give.
        let hint = Gazetteer.shared.suggestCountry(for: "XX").map { Gazetteer.shared[$0].alpha2 }
        #expect(hint == "AX")
    }
}
