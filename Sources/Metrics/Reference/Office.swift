/// A reporting government: a province or one of its municipalities, including those that have
/// ceased (광주광역시 and 전라남도 until 2026-06-30) or exist only from a date (전남광주통합특별시, 영종구).
public struct OfficeID: Hashable, Comparable, Sendable {
    /// Index into `Gazetteer.offices`; provinces come first.
    public let index: UInt16
    public static func < (a: OfficeID, b: OfficeID) -> Bool { a.index < b.index }
}

public struct Office: Sendable {
    public enum Level: String, Sendable {
        case province
        /// 시 (city).
        case city = "si"
        /// 군 (county).
        case county = "gun"
        /// 자치구 (autonomous district).
        case district = "gu"
        /// 행정시: an administrative city of a special self-governing province (제주시, 서귀포시).
        case administrativeCity = "admin"
    }

    public let id: OfficeID
    /// The current Korean name: `전북특별자치도`, `전주시`.
    public let korean: String
    /// The current English name: `Jeonbuk State`, `Jeonju-si`.
    public let english: String
    /// The usual short form: `전북` for a province, the name itself for a municipality.
    public let shortKorean: String
    public let level: Level
    /// The ISO 3166-2:KR code of a province (`KR-45`); nil for a municipality.
    public let isoCode: String?
    /// The province over time, oldest first: the province is `province` on days before `until`,
    /// and the last entry's (with `until` nil) from then on. A province is its own province.
    let memberships: [(until: Day?, province: OfficeID)]
    /// True when another municipality has the same Korean name (중구, 고성군).
    public let nameIsShared: Bool
    /// The first day the office exists; nil when it existed before the tables begin.
    public let from: Day?
    /// The day it ceased (its last day is the day before); nil while it exists.
    public let until: Day?
    /// The offices its territory went to when it ceased: one for a province merged into another
    /// (광주광역시 → 전남광주통합특별시), one or more for a municipality (인천 중구 → 제물포구, 영종구).
    public let successors: [OfficeID]
    /// The office whose names this one continues: 서해구 continues 서구, 전남광주통합특별시 none.
    let continues: OfficeID?

    /// True on the days the office exists.
    public func exists(on day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day < $0 } ?? true)
    }

    /// True when the office exists on some day of `period`.
    public func exists(during period: Period) -> Bool {
        (from.map { $0 <= period.last } ?? true) && (until.map { period.first < $0 } ?? true)
    }

    /// Its last day, for an office that ceased.
    public var lastDay: Day? { until.map { $0.adding(days: -1) } }

    /// True for a province whose rows tables restate under its successor (a merger, not a division).
    public var isMerged: Bool { isProvince && until != nil && successors.count == 1 }

    public var isProvince: Bool { level == .province }

    /// The province this office belonged to on `day` (군위군: 경상북도 before 2023-07-01, then 대구광역시).
    public func province(on day: Day) -> OfficeID {
        for membership in memberships {
            if let until = membership.until, day < until { return membership.province }
            if membership.until == nil { return membership.province }
        }
        return memberships[memberships.count - 1].province
    }

    public var currentProvince: OfficeID { memberships[memberships.count - 1].province }

    /// True when this office is, or was at some time, a municipality of `province`.
    func hasBelonged(to province: OfficeID) -> Bool {
        !isProvince && memberships.contains { $0.province == province }
    }
}

/// A partner country (ISO 3166-1).
public struct CountryID: Hashable, Comparable, Sendable {
    public let index: UInt16
    public static func < (a: CountryID, b: CountryID) -> Bool { a.index < b.index }
}

public struct Country: Sendable {
    public let id: CountryID
    /// ISO 3166-1 alpha-2: `KZ`.
    public let alpha2: String
    public let alpha3: String
    public let english: String
    public let korean: String
    public let region: RegionID
}

/// A UN M49 sub-region (Taiwan counted in Eastern Asia).
public struct RegionID: Hashable, Comparable, Sendable {
    public let index: UInt8
    public static func < (a: RegionID, b: RegionID) -> Bool { a.index < b.index }
}

public struct Region: Sendable {
    public let id: RegionID
    /// The English name, which is the region's key in tables: `Central Asia`.
    public let key: String
    /// The M49 code: `143`.
    public let m49: String
    public let korean: String
}
