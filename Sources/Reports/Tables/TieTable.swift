import TradeMetrics

/// The tie register as a table: for CSV and JSON the contract's columns and codes (`office,
/// partner_country, partner, first_agreement, agreements, activities, last_activity,
/// days_since_last, status`); for people, the same in their language.
public enum TieTable {
    public static let columns = ["office", "partner_country", "partner", "first_agreement", "agreements", "activities",
                                 "last_activity", "days_since_last", "status"]

    static func headers(_ language: Language) -> [String] {
        language == .ko ? ["기관", "상대국", "상대", "첫 협약", "협약", "활동", "마지막 활동", "경과일", "상태"]
            : ["Office", "Country", "Partner", "First agreement", "Agreements", "Activities", "Last activity", "Days since", "Status"]
    }

    static func status(_ status: Tie.Status, _ language: Language) -> String {
        switch (status, language) {
        case (.active, .ko): return "활동 중"
        case (.dormant, .ko): return "휴면"
        case (.active, .en): return "active"
        case (.dormant, .en): return "dormant"
        }
    }

    /// For a file (`words: nil`: codes and contract names) or for people in `words`' language.
    public static func layout(_ ties: [Tie], words language: Language? = nil, places: Gazetteer = .shared) -> TableLayout {
        let rows: [[TableCell]] = ties.map { tie in
            let country = places[tie.country]
            let office = language == .en ? places[tie.office].english : places.displayName(tie.office)
            return [.text(office),
                    .text(language.map { $0 == .ko ? country.korean : country.english } ?? country.alpha2),
                    .text(tie.partner), .text(tie.firstAgreement.description), .count(tie.agreements), .count(tie.activities),
                    .text(tie.lastActivity.description), .count(tie.daysSinceLast),
                    .text(language.map { status(tie.status, $0) } ?? tie.status.rawValue)]
        }
        return TableLayout(columns: language.map(headers) ?? columns, rows: rows)
    }
}
