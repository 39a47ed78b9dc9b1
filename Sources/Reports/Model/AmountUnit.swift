import TradeMetrics

/// How a report shows amounts: in dollars, thousands or millions of dollars. The cell keeps the
/// exact amount; its number format scales what is shown, and the header names the unit.
public enum AmountUnit: String, CaseIterable, Sendable {
    case dollars
    case thousands
    case millions

    /// What an amount is divided by to be shown in this unit.
    public var divisor: Double {
        switch self {
        case .dollars: return 1
        case .thousands: return 1_000
        case .millions: return 1_000_000
        }
    }

    /// Excel's scaling format: each trailing comma divides what is shown by 1,000.
    var numberFormat: String {
        switch self {
        case .dollars: return "$#,##0"
        case .thousands: return "#,##0,"
        case .millions: return "#,##0.0,,"
        }
    }

    /// `상담액(달러)` → `상담액(천 달러)`, `Consultation (USD)` → `Consultation (USD thousand)`.
    func relabel(_ header: String) -> String {
        switch self {
        case .dollars: return header
        case .thousands: return header.replacingOccurrences(of: "(달러)", with: "(천 달러)").replacingOccurrences(of: "(USD)", with: "(USD thousand)")
        case .millions: return header.replacingOccurrences(of: "(달러)", with: "(백만 달러)").replacingOccurrences(of: "(USD)", with: "(USD million)")
        }
    }
}

extension Report {
    /// The headers of amount columns with the template's unit; the dollar headers are kept for CSV
    /// files written in plain dollars.
    mutating func labelAmounts() {
        let unit = style.amounts
        guard unit != .dollars else { return }
        for sheet in sheets.indices {
            for block in sheets[sheet].blocks.indices {
                guard case .table(var table) = sheets[sheet].blocks[block] else { continue }
                for column in table.columns.indices where table.columns[column].measure?.isDollars == true
                    && [.value, .base, .change].contains(table.columns[column].role) {
                    table.columns[column].dollarHeader = table.columns[column].header
                    table.columns[column].header = unit.relabel(table.columns[column].header)
                }
                sheets[sheet].blocks[block] = .table(table)
            }
        }
    }
}
