/// What is counted or summed over the rows of a period (`docs/activity-log.md`, metric definitions).
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
    // Derived from a group's sums (never averaged from rows); empty when the divisor is 0.
    /// consultations / companies
    case consultationsPerCompany = "consultations_per_company"
    /// consultation_usd / companies
    case consultationUSDPerCompany = "consultation_usd_per_company"
    /// contract_usd / companies
    case contractUSDPerCompany = "contract_usd_per_company"
    /// 100 × contract_usd / consultation_usd
    case conversionPct = "conversion_pct"

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
        case .consultationsPerCompany: return "기업당 상담건수"
        case .consultationUSDPerCompany: return "기업당 상담액(달러)"
        case .contractUSDPerCompany: return "기업당 계약액(달러)"
        case .conversionPct: return "계약 전환율(%)"
        }
    }

    /// Shown in dollars: sums of amounts and amounts per company.
    public var isDollars: Bool {
        [.consultationUSD, .contractUSD, .consultationUSDPerCompany, .contractUSDPerCompany].contains(self)
    }

    /// A ratio of two sums rather than a sum or a count.
    public var isDerived: Bool {
        [.consultationsPerCompany, .consultationUSDPerCompany, .contractUSDPerCompany, .conversionPct].contains(self)
    }

    /// The decimals a reader is shown (CSV and JSON keep full precision).
    public var decimals: Int {
        self == .consultationsPerCompany || self == .conversionPct ? 1 : 0
    }

    /// The sums and counts, without the derived measures.
    public static var plain: [Measure] { allCases.filter { !$0.isDerived } }
}

/// The value of a measure: a count, dollars (exact, in cents), or a ratio (a derived measure, or a
/// mean over years) that is empty where its divisor is 0.
public enum MeasureValue: Hashable, Comparable, Sendable, CustomStringConvertible {
    case count(Int)
    case dollars(Dollars)
    case ratio(Double?)

    /// For ratios and percentages; 0 for an empty ratio.
    public var number: Double {
        switch self {
        case .count(let n): return Double(n)
        case .dollars(let d): return d.value
        case .ratio(let r): return r ?? 0
        }
    }

    /// A ratio whose divisor was 0: shown as nothing, never as infinity or NaN.
    public var isEmpty: Bool { self == .ratio(nil) }

    public var isZero: Bool { number == 0 }

    /// The difference; a ratio unless both are counts or both dollars, empty if either is.
    public static func - (a: MeasureValue, b: MeasureValue) -> MeasureValue {
        switch (a, b) {
        case (.count(let x), .count(let y)): return .count(x - y)
        case (.dollars(let x), .dollars(let y)): return .dollars(x - y)
        default: return a.isEmpty || b.isEmpty ? .ratio(nil) : .ratio(a.number - b.number)
        }
    }

    /// Empty ratios first.
    public static func < (a: MeasureValue, b: MeasureValue) -> Bool {
        if a.isEmpty || b.isEmpty { return a.isEmpty && !b.isEmpty }
        return a.number < b.number
    }

    /// Plain digits at full precision: `12`, `1200000.5`, `33.333333333333336`; nothing when empty.
    public var description: String {
        switch self {
        case .count(let n): return "\(n)"
        case .dollars(let d): return d.description
        case .ratio(let r?): return r == r.rounded() && abs(r) < 1e15 ? "\(Int64(r))" : "\(r)"
        case .ratio(nil): return ""
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
        case .consultationsPerCompany: return Self.ratio(Double(consultations), Double(companies))
        case .consultationUSDPerCompany: return Self.ratio(consultationUSD.value, Double(companies))
        case .contractUSDPerCompany: return Self.ratio(contractUSD.value, Double(companies))
        case .conversionPct: return Self.ratio(100 * contractUSD.value, consultationUSD.value)
        }
    }

    /// The sums of two groups (of two years, for a mean over years).
    public static func + (a: Totals, b: Totals) -> Totals {
        var sum = a
        sum.activities += b.activities
        sum.missions += b.missions
        sum.companies += b.companies
        sum.partnerCompanies += b.partnerCompanies
        sum.agreements += b.agreements
        sum.consultations += b.consultations
        sum.consultationUSD = sum.consultationUSD + b.consultationUSD
        sum.contractUSD = sum.contractUSD + b.contractUSD
        sum.countries += b.countries
        return sum
    }

    private static func ratio(_ numerator: Double, _ divisor: Double) -> MeasureValue {
        .ratio(divisor == 0 ? nil : numerator / divisor)
    }
}

/// A measure beside its comparison base: change and change in percent.
public struct Comparison: Equatable, Sendable {
    public let value: MeasureValue
    public let base: MeasureValue

    public var change: MeasureValue { value - base }

    /// 100 × change / base; nil when the base is 0 or either value is empty (never infinity or NaN).
    public var changePercent: Double? {
        base.isZero || change.isEmpty ? nil : 100 * change.number / base.number
    }
}
