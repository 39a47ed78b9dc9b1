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
        #expect(places.allProvinceIDs.count == 18)
        #expect(places.provinceIDs(for: .year(2025)).count == 17)
        #expect(places.provinceIDs(for: .quarter(2026, 3)).count == 16)
        let municipalities = places.offices.filter { !$0.isProvince }
        let before = municipalities.filter { $0.exists(on: day("2026-06-30")) }
        let after = municipalities.filter { $0.exists(on: day("2026-07-01")) }
        #expect(before.filter { $0.level != .administrativeCity }.count == 226)
        #expect(after.filter { $0.level != .administrativeCity }.count == 227)
        #expect(before.filter { $0.level == .city }.count == 75)
        #expect(before.filter { $0.level == .county }.count == 82)
        #expect(before.filter { $0.level == .district }.count == 69)
        #expect(after.filter { $0.level == .district }.count == 70)
        #expect(municipalities.filter { $0.level == .district }.count == 73)
        #expect(municipalities.filter { $0.level == .administrativeCity }.map(\.korean) == ["제주시", "서귀포시"])
        #expect(places.countries.count == 250)   // ISO 3166-1's 249 and Kosovo
        #expect(places.regions.count == 18)
        #expect(Kind.allCases.count == 9)
        #expect(Sector.allCases.count == 15)
        #expect(places.collisions == [])
    }

    @Test func municipalitiesPerProvince() {
        let expected = ["KR-11": 25, "KR-26": 16, "KR-27": 9, "KR-28": 10, "KR-29": 5, "KR-30": 5, "KR-31": 5,
                        "KR-50": 0, "KR-41": 31, "KR-42": 18, "KR-43": 11, "KR-44": 15, "KR-45": 14,
                        "KR-46": 22, "KR-47": 22, "KR-48": 18, "KR-49": 2]
        for (date, changes) in [("2026-06-30", [:]), ("2026-07-01", ["KR-28": 11, "KR-29": 0, "KR-46": 0, "KR-12": 27])] {
            for (code, count) in expected.merging(changes, uniquingKeysWith: { $1 }) {
                let province = places.province(code: code)!
                let members = places.offices.filter { !$0.isProvince && $0.exists(on: day(date)) && $0.province(on: day(date)) == province }
                #expect(members.count == count, "\(code) on \(date)")
            }
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
                    == FoundInEnglish(places.province(code: "KR-45")!, "\(name) is 전북특별자치도 since 2024-01-18"))
        }
        #expect(places.lookUpOffice("강원도", on: day("2023-06-10")) == .found(places.province(code: "KR-42")!, formerName: nil))
        // ISO kept KR-42 and KR-45 through the renames (ProvinceKeyTests has the ministry's 51 and 52).
        for code in ["KR-42", "KR-45"] {
            #expect(places.lookUpOffice(code, on: day("2022-01-01")) == .found(places.province(code: code)!, formerName: nil))
            #expect(places.lookUpOffice(code, on: day("2026-11-30")) == .found(places.province(code: code)!, formerName: nil))
        }
        #expect(places.lookUpOffice("제주도", on: day("2023-10-11"))
                == FoundInEnglish(places.province(code: "KR-49")!, "제주도 is 제주특별자치도 since 2006-07-01"))
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
        for (name, count) in [("중구", 6), ("고성군", 2), ("고성", 2), ("남구", 4), ("광주시", 2), ("강서구", 2), ("동구", 6), ("서구", 5)] {
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
                == FoundInEnglish(gunwi, "군위군 is part of 대구광역시 since 2023-07-01"))
        #expect(places.lookUpOffice("대구 군위군", on: day("2024-01-01")) == .found(gunwi, formerName: nil))
    }

    @Test func renamedMunicipalities() {
        let michuhol = office("미추홀구")!
        #expect(places.lookUpOffice("인천광역시 남구", on: day("2018-06-30")) == .found(michuhol, formerName: nil))
        #expect(places.lookUpOffice("인천 남구", on: day("2019-01-01"))
                == FoundInEnglish(michuhol, "남구 is 미추홀구 since 2018-07-01"))
        #expect(korean("여주군", on: "2013-01-01") == "여주시")
    }

    @Test func unknownOfficesGetAHint() {
        #expect(places.lookUpOffice("Jeonbok-do", on: day("2025-01-01")) == .unknown(suggestion: nil))
        #expect(places.suggestOffice(for: "Jeonbok-do").map { places[$0].korean } == "전북특별자치도")
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
        #expect(Set(places.countries.map(\.alpha2)).count == 250)
        #expect(Set(places.countries.map(\.alpha3)).count == 250)
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

/// The reorganisations of 2026-07-01: 전남광주통합특별시, and Incheon's 제물포구, 영종구, 서해구 and 검단구.
struct ReorganisationTests {
    let places = Gazetteer.shared

    func day(_ text: String) -> Day { try! Day.parse(text).get() }
    func id(_ code: String) -> OfficeID { places.province(code: code)! }
    func incheon(_ name: String) -> OfficeID {
        places.offices.first { $0.korean == name && $0.currentProvince == id("KR-28") }!.id
    }
    func lookUp(_ name: String, _ date: String) -> OfficeLookup { places.lookUpOffice(name, on: day(date)) }

    @Test func theSpecialCity() {
        let city = places[id("KR-12")]
        #expect(city.korean == "전남광주통합특별시")
        #expect(city.shortKorean == "전남광주")
        #expect(city.from == day("2026-07-01"))
        for name in ["전남광주통합특별시", "전남광주특별시", "광주특별시", "전남광주", "KR-12", "kr-12", "Jeonnam-Gwangju Special City",
                     "전남광주 통합특별시"] {
            #expect(lookUp(name, "2026-07-01") == .found(city.id, formerName: nil), "\(name)")
            #expect(places.officeNameError(name, on: day("2026-06-30"))
                    == "전남광주통합특별시 exists from 2026-07-01; before, write 광주광역시 or 전라남도", "\(name)")
        }
        // The provinces it replaced: themselves until 2026-06-30, the special city with a warning from 2026-07-01.
        for (code, names) in [("KR-29", ["광주광역시", "광주", "Gwangju", "KR-29"]), ("KR-46", ["전라남도", "전남", "Jeollanam-do", "KR-46"])] {
            #expect(places[id(code)].until == day("2026-07-01"))
            #expect(places[id(code)].successors == [city.id])
            for name in names {
                #expect(lookUp(name, "2026-06-30") == .found(id(code), formerName: nil), "\(name)")
                #expect(lookUp(name, "2026-07-01") == FoundInEnglish(city.id, "\(name) is 전남광주통합특별시 since 2026-07-01"), "\(name)")
            }
        }
        // 광주시 is still 광주광역시 (now the special city) or 경기도 광주시.
        guard case .ambiguous(let gwangju) = lookUp("광주시", "2026-08-01") else { Issue.record("광주시"); return }
        #expect(gwangju.map { places.displayName($0) } == ["전남광주통합특별시", "경기도 광주시"])
    }

    @Test func itsMunicipalitiesMovedIntoIt() {
        let city = id("KR-12")
        guard case .found(let mokpo, nil) = lookUp("목포시", "2025-01-01") else { Issue.record("목포시"); return }
        #expect(places[mokpo].province(on: day("2026-06-30")) == id("KR-46"))
        #expect(places[mokpo].province(on: day("2026-07-01")) == city)
        #expect(lookUp("전라남도 목포시", "2025-01-01") == .found(mokpo, formerName: nil))
        #expect(lookUp("전남 목포시", "2026-07-01") == FoundInEnglish(mokpo, "목포시 is part of 전남광주통합특별시 since 2026-07-01"))
        #expect(lookUp("전남광주통합특별시 목포시", "2026-07-01") == .found(mokpo, formerName: nil))
        #expect(places.officeNameError("전남광주 목포시", on: day("2026-06-30"))
                == "전남광주통합특별시 exists from 2026-07-01; before, write 광주광역시 or 전라남도")
        guard case .found(let gwangsan, nil) = lookUp("광산구", "2025-01-01") else { Issue.record("광산구"); return }
        #expect(lookUp("광주광역시 광산구", "2026-09-01") == FoundInEnglish(gwangsan, "광산구 is part of 전남광주통합특별시 since 2026-07-01"))
        #expect(lookUp("광주 동구", "2026-09-01") == lookUp("전남광주 동구", "2026-09-01").withFormerName("동구 is part of 전남광주통합특별시 since 2026-07-01"))
        #expect(GroupKey.office(gwangsan).key(places) == "KR-12/광산구")
    }

    @Test func incheonsNewDistricts() {
        let (jung, dong, seo) = (incheon("중구"), incheon("동구"), incheon("서구"))
        let (jemulpo, yeongjong, seohae, geomdan) = (incheon("제물포구"), incheon("영종구"), incheon("서해구"), incheon("검단구"))
        #expect(places[jung].successors == [jemulpo, yeongjong])
        #expect(places[dong].successors == [jemulpo])
        #expect(places[seo].successors == [seohae, geomdan])
        for office in [jung, dong, seo] { #expect(places[office].lastDay == day("2026-06-30")) }
        // Before: the old districts; the new names are errors.
        #expect(lookUp("인천 중구", "2026-06-30") == .found(jung, formerName: nil))
        #expect(lookUp("인천광역시 서구", "2025-08-01") == .found(seo, formerName: nil))
        #expect(places.officeNameError("영종구", on: day("2025-08-01")) == "영종구 exists from 2026-07-01; before, write 인천광역시 중구")
        #expect(places.officeNameError("인천 제물포구", on: day("2026-06-30"))
                == "제물포구 exists from 2026-07-01; before, write 인천광역시 중구 or 인천광역시 동구")
        #expect(places.officeNameError("서해구", on: day("2026-06-30")) == "서해구 exists from 2026-07-01; before, write 인천광역시 서구")
        #expect(places.officeNameError("검단구", on: day("2026-06-30")) == "검단구 exists from 2026-07-01; before, write 인천광역시 서구")
        // From 2026-07-01: the new ones; 서구 is 서해구 and 동구 제물포구, with a warning; 중구 was divided.
        for (name, office) in [("영종구", yeongjong), ("Yeongjong-gu", yeongjong), ("인천 제물포구", jemulpo), ("서해구", seohae),
                               ("검단구", geomdan), ("Geomdan District", geomdan)] {
            #expect(lookUp(name, "2026-07-01") == .found(office, formerName: nil), "\(name)")
        }
        #expect(lookUp("인천 서구", "2026-07-01") == FoundInEnglish(seohae, "서구 is 서해구 since 2026-07-01"))
        #expect(lookUp("인천광역시 동구", "2026-07-01") == FoundInEnglish(jemulpo, "동구 is 제물포구 since 2026-07-01"))
        #expect(lookUp("인천 중구", "2026-07-01") == .ambiguous([jemulpo, yeongjong]))
        #expect(places.officeNameError("인천 중구", on: day("2026-07-01"))
                == "인천광역시 중구 was divided on 2026-07-01 into 제물포구 and 영종구; write the one meant")
        // Alone, 중구 names the other five and what 인천 중구 became.
        guard case .ambiguous(let jungs) = lookUp("중구", "2026-08-01") else { Issue.record("중구"); return }
        #expect(jungs.map { places.displayName($0) }
                == ["서울특별시 중구", "부산광역시 중구", "대구광역시 중구", "제물포구", "영종구", "대전광역시 중구", "울산광역시 중구"])
    }

    /// The tables agree with themselves: every office exists over one unbroken range of days, a
    /// ceased one has successors that exist from the day it ceased, in its province, and a new one
    /// has predecessors that ceased that day; every municipality's province exists while it belongs to it.
    @Test func theTablesAreConsistent() {
        for office in places.offices {
            if let from = office.from, let until = office.until { #expect(from < until, "\(office.korean)") }
            if let until = office.until {
                #expect(!office.successors.isEmpty, "\(office.korean) ceased without successors")
                for successor in office.successors.map({ places[$0] }) {
                    #expect(successor.isProvince == office.isProvince, "\(office.korean) → \(successor.korean)")
                    #expect(successor.exists(on: until) && !successor.exists(on: until.adding(days: -1)) || successor.from == nil,
                            "\(successor.korean) does not start when \(office.korean) ends")
                    #expect(successor.exists(on: until), "\(successor.korean) does not exist on \(until)")
                    if !office.isProvince {
                        #expect(successor.province(on: until) == office.province(on: until.adding(days: -1))
                                || places[office.province(on: until.adding(days: -1))].until == until,
                                "\(successor.korean) is not in \(office.korean)'s province")
                    }
                }
            } else {
                #expect(office.successors.isEmpty, "\(office.korean)")
            }
            if let from = office.from {
                let predecessors = places.offices.filter { $0.successors.contains(office.id) }
                #expect(!predecessors.isEmpty, "\(office.korean) comes from nowhere")
                #expect(predecessors.allSatisfy { $0.until == from }, "\(office.korean)")
            }
            if !office.isProvince {
                // Its province exists on every day it belongs to it.
                var start = office.from ?? day("2000-01-01")
                for (until, province) in office.memberships {
                    let end = until ?? office.until ?? day("2100-01-01")
                    if start < end {
                        #expect(places[province].exists(on: start) && places[province].exists(on: end.adding(days: -1)),
                                "\(office.korean) in \(places[province].korean) from \(start)")
                    }
                    if let until { start = until }
                }
            }
        }
        // Names continued by a successor are continued by one only.
        let continued = places.offices.compactMap(\.continues)
        #expect(Set(continued).count == continued.count)
        // On any day, each name proper of a current office names it (or is shared): no office is unreachable.
        for date in ["2025-01-01", "2026-07-01"] {
            for office in places.offices where office.exists(on: day(date)) {
                let name = office.isProvince ? office.korean : "\(places[office.province(on: day(date))].korean) \(office.korean)"
                #expect(places.lookUpOffice(name, on: day(date)) == .found(office.id, formerName: nil), "\(name) on \(date)")
            }
        }
    }
}

extension OfficeLookup {
    func withFormerName(_ note: String) -> FoundInEnglish? {
        if case .found(let id, _) = self { return FoundInEnglish(id, note) }
        return nil
    }
}
