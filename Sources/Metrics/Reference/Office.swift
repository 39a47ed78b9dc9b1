/// A reporting government: one of the 17 provinces or one of their municipalities.
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
