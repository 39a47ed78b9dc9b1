/// What rows are grouped by.
public enum Dimension: String, CaseIterable, Sendable {
    /// The province, a municipality rolled up into it (on the row's date).
    case province
    /// The reporting government itself, under its current name.
    case office
    /// The UN M49 sub-region of the partner country.
    case region
    case country
    /// Each of the row's sectors; `other` when it has none.
    case sector
    case kind
    /// Calendar quarter of the row's date: a time series.
    case quarter
    /// Calendar month of the row's date: a time series.
    case month

    public var isTime: Bool { self == .quarter || self == .month }

    public var korean: String {
        switch self {
        case .province: return "시·도"
        case .office: return "기관"
        case .region: return "권역"
        case .country: return "국가"
        case .sector: return "분야"
        case .kind: return "유형"
        case .quarter: return "분기"
        case .month: return "월"
        }
    }
}

/// One group of a dimension.
public enum GroupKey: Hashable, Sendable {
    case office(OfficeID)
    case region(RegionID)
    case country(CountryID)
    case sector(Sector)
    case kind(Kind)
    /// `year * 10 + quarter`.
    case quarter(Int32)
    /// `year * 100 + month`.
    case month(Int32)

    /// The groups a record falls into along `dimension` (several only for sectors).
    static func keys(of record: ActivityRecord, _ dimension: Dimension, _ places: Gazetteer) -> [GroupKey] {
        switch dimension {
        case .province: return [.office(record.province)]
        case .office: return [.office(record.office)]
        case .region: return [.region(places[record.country].region)]
        case .country: return [.country(record.country)]
        case .sector: return record.sectors.isEmpty ? [.sector(.other)] : record.sectors.map(GroupKey.sector)
        case .kind: return [.kind(record.kind)]
        case .quarter: return [.quarter(Int32(record.date.year * 10 + record.date.quarter))]
        case .month: return [.month(Int32(record.date.year * 100 + record.date.month))]
        }
    }

    /// The time period of a quarter or month group.
    public var period: Period? {
        switch self {
        case .quarter(let q): return .quarter(Int(q / 10), Int(q % 10))
        case .month(let m): return .month(Int(m / 100), Int(m % 100))
        default: return nil
        }
    }

    /// The code that keys tables: `KR-45`, `KR-45/전주시`, `Central Asia`, `KZ`, `bio`, `mission`, `2024-Q1`, `2024-03`.
    public func key(_ places: Gazetteer) -> String {
        switch self {
        case .office(let id):
            let office = places[id]
            return office.isoCode ?? "\(places[office.currentProvince].isoCode!)/\(office.korean)"
        case .region(let id): return places[id].key
        case .country(let id): return places[id].alpha2
        case .sector(let sector): return sector.code
        case .kind(let kind): return kind.code
        case .quarter, .month: return period!.description
        }
    }

    /// The Korean name: `전북특별자치도`, `중앙아시아`, `카자흐스탄`, `바이오·헬스`, `2024년 1분기`; an office
    /// that ceased by the end of `period` with its last day: `인천광역시 중구 (~2026-06-30)`.
    public func name(_ places: Gazetteer, in span: Period = .all) -> String {
        switch self {
        case .office(let id): return places.displayName(id) + places.endMark(id, in: span)
        case .region(let id): return places[id].korean
        case .country(let id): return places[id].korean
        case .sector(let sector): return sector.korean
        case .kind(let kind): return kind.korean
        case .quarter, .month: return period!.korean
        }
    }

    /// Every group of `dimension` that must show even without rows: each quarter or month of a
    /// time series over `period`, and each province when `allProvinces` is asked for.
    static func fixedKeys(_ dimension: Dimension, over period: Period, _ places: Gazetteer, allProvinces: Bool,
                          boundaries: Boundaries = .current) -> [GroupKey] {
        switch dimension {
        case .province where allProvinces: return places.provinceIDs(for: period, boundaries: boundaries).map(GroupKey.office)
        case .quarter, .month:
            guard period.length != .all else { return [] }
            var keys: [GroupKey] = []
            var year = period.first.year, month = period.first.month
            // Compared as year and month, never as a day: the month after 9999-12 is no day.
            while (year, month) <= (period.last.year, period.last.month) {
                if dimension == .month {
                    keys.append(.month(Int32(year * 100 + month)))
                } else if (month - 1) % 3 == 0 || keys.isEmpty {
                    keys.append(.quarter(Int32(year * 10 + (month - 1) / 3 + 1)))
                }
                month += 1
                if month > 12 { month = 1; year += 1 }
            }
            return keys
        default: return []
        }
    }
}
