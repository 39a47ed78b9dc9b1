import TradeMetrics

extension ReportCell {
    /// The cell as a reader sees it in the workbook, as text: `1,200`, `$1,500,000`, `12.5%`,
    /// `2024-01-09` (amounts in the report's unit, as its number format shows them).
    public func displayText(_ style: ReportStyle) -> String {
        let divisor = style.amounts.divisor
        switch self {
        case .text(let text), .link(let text): return text
        case .count(let count): return NumberText.grouped(Int64(count))
        case .dollars(let amount):
            return "$" + (divisor == 1 ? NumberText.dollars(amount) : NumberText.decimal(amount.value / divisor, 0))
        case .percent(let fraction?): return NumberText.decimal(fraction * 100, 1) + "%"
        case .ratio(let value?, let decimals, let dollars):
            return dollars ? "$" + NumberText.decimal(value / divisor, decimals) : NumberText.decimal(value, decimals)
        case .date(let day): return day.description
        case .percent(nil), .ratio(nil, _, _), .empty: return ""
        }
    }

    /// The number a chart plots: counts, dollars (in the report's unit), ratios; nil for text.
    public func plotted(_ style: ReportStyle) -> Double? {
        switch self {
        case .count(let count): return Double(count)
        case .dollars(let amount): return amount.value / style.amounts.divisor
        case .percent(let fraction): return fraction.map { $0 * 100 }
        case .ratio(let value, _, let dollars): return value.map { dollars ? $0 / style.amounts.divisor : $0 }
        default: return nil
        }
    }
}
