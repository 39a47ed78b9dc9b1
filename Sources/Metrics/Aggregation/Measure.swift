/// What is counted or summed over the rows of a period (`shared/activity-log.md`, metric definitions).
public enum Measure: String, CaseIterable, Sendable {
    /// Number of rows.
    case activities
    /// Distinct trips: a row's `trip`, or its `id` when it is a mission without one.
    case missions
    case companies
    case partnerCompanies = "partner_companies"
    case agreements
    case consultations
    case consultationUSD = "consultation_usd"
    case contractUSD = "contract_usd"
    /// Distinct partner countries.
    case countries

    /// The name in tables and CSV headers.
    public var name: String { rawValue }

    public var korean: String {
        switch self {
        case .activities: return "활동"
        case .missions: return "출장"
        case .companies: return "참여기업"
        case .partnerCompanies: return "상대기업"
        case .agreements: return "협약"
        case .consultations: return "상담건수"
        case .consultationUSD: return "상담액(달러)"
        case .contractUSD: return "계약액(달러)"
        case .countries: return "국가"
        }
    }

    public var isDollars: Bool { self == .consultationUSD || self == .contractUSD }
}

/// The value of a measure: a count, or dollars (exact, in cents).
public enum MeasureValue: Hashable, Comparable, Sendable, CustomStringConvertible {
    case count(Int)
    case dollars(Dollars)

    /// For ratios and percentages.
    public var number: Double {
        switch self {
        case .count(let n): return Double(n)
        case .dollars(let d): return d.value
        }
    }

    public var isZero: Bool { number == 0 }

    public static func - (a: MeasureValue, b: MeasureValue) -> MeasureValue {
        switch (a, b) {
        case (.count(let x), .count(let y)): return .count(x - y)
        case (.dollars(let x), .dollars(let y)): return .dollars(x - y)
        default: preconditionFailure("measures of different units")
        }
    }

    public static func < (a: MeasureValue, b: MeasureValue) -> Bool { a.number < b.number }

    /// Plain digits: `12`, `1200000.5`.
    public var description: String {
        switch self {
        case .count(let n): return "\(n)"
        case .dollars(let d): return d.description
        }
    }
}

/// Every measure of one group of rows.
public struct Totals: Equatable, Sendable {
    public var activities = 0
    public var missions = 0
    public var companies = 0
    public var partnerCompanies = 0
    public var agreements = 0
    public var consultations = 0
    public var consultationUSD = Dollars.zero
    public var contractUSD = Dollars.zero
    public var countries = 0

    public init() {}

    public subscript(measure: Measure) -> MeasureValue {
        switch measure {
        case .activities: return .count(activities)
        case .missions: return .count(missions)
        case .companies: return .count(companies)
        case .partnerCompanies: return .count(partnerCompanies)
        case .agreements: return .count(agreements)
        case .consultations: return .count(consultations)
        case .consultationUSD: return .dollars(consultationUSD)
        case .contractUSD: return .dollars(contractUSD)
        case .countries: return .count(countries)
        }
    }
}

/// A measure beside its comparison base: change and change in percent.
public struct Comparison: Equatable, Sendable {
    public let value: MeasureValue
    public let base: MeasureValue

    public var change: MeasureValue { value - base }

    /// 100 × change / base; nil when the base is 0 (never infinity or NaN).
    public var changePercent: Double? {
        base.isZero ? nil : 100 * change.number / base.number
    }
}
