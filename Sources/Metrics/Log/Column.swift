/// The columns of the activity-log contract (`docs/activity-log.md`), in its order.
public enum Column: String, CaseIterable, Sendable {
    case id, date
    case endDate = "end_date"
    case office, kind, trip
    case partnerCountry = "partner_country"
    case partnerCity = "partner_city"
    case partnerOrg = "partner_org"
    case sectors, companies
    case partnerCompanies = "partner_companies"
    case agreements, consultations
    case consultationUSD = "consultation_usd"
    case contractUSD = "contract_usd"
    case title, source

    /// The column's position in the contract (0 for `id`).
    public var ordinal: Int {
        switch self {
        case .id: return 0
        case .date: return 1
        case .endDate: return 2
        case .office: return 3
        case .kind: return 4
        case .trip: return 5
        case .partnerCountry: return 6
        case .partnerCity: return 7
        case .partnerOrg: return 8
        case .sectors: return 9
        case .companies: return 10
        case .partnerCompanies: return 11
        case .agreements: return 12
        case .consultations: return 13
        case .consultationUSD: return 14
        case .contractUSD: return 15
        case .title: return 16
        case .source: return 17
        }
    }

    /// The name of the contract: `partner_country`.
    public var name: String { rawValue }

    public var isRequired: Bool {
        switch self {
        case .id, .date, .office, .kind, .partnerCountry: return true
        default: return false
        }
    }

    /// The other headers accepted for the column (Korean first).
    public var aliases: [String] {
        switch self {
        case .id: return ["번호", "순번", "no"] + Column.automaticIDHeaders
        case .date: return ["일자", "날짜", "시작일", "시작일자", "start_date"]
        case .endDate: return ["종료일", "종료일자", "end"]
        case .office: return ["기관", "지자체", "기관명", "지자체명"]
        case .kind: return ["유형", "구분", "종류", "type"]
        case .trip: return ["출장", "출장번호", "trip_id"]
        case .partnerCountry: return ["국가", "상대국", "국가명", "country"]
        case .partnerCity: return ["도시", "상대도시", "city"]
        case .partnerOrg: return ["상대기관", "상대기관명", "organization", "org"]
        case .sectors: return ["분야", "산업", "산업분야", "sector"]
        case .companies: return ["참여기업", "참여기업수"]
        case .partnerCompanies: return ["상대기업", "상대기업수"]
        case .agreements: return ["협약", "협약건수", "mou"]
        case .consultations: return ["상담건수", "상담"]
        case .consultationUSD: return ["상담액", "상담금액", "상담액(달러)", "consultation (usd)"]
        case .contractUSD: return ["계약액", "계약추진액", "계약(추진)액", "계약금액", "계약액(달러)", "contracts (usd)"]
        case .title: return ["제목", "내용", "활동명"]
        case .source: return ["출처"]
        }
    }

    /// Headers of an id column whose empty cells get an id made from the row (the activity-log form's).
    public static let automaticIDHeaders = ["번호(자동)", "id (auto)"]

    /// True when `header` names the id column of a log whose empty ids are made from their rows.
    public static func isAutomaticID(header: some StringProtocol) -> Bool {
        automaticIDHeaders.contains { headerKey($0) == headerKey(header) }
    }

    /// A header as the column it names: case, surrounding spaces, and spaces or hyphens inside
    /// do not matter (`End Date`, `end-date`, `종료 일`).
    public init?(header: some StringProtocol) {
        // No header is this long: a cell of a title or of data is passed over at once (a workbook's
        // rows are searched for the header, and a cell may hold a megabyte).
        guard header.utf8.count <= Self.longestHeaderBytes, let column = Column.byHeader[Column.headerKey(header)] else { return nil }
        self = column
    }

    /// Four times the longest accepted header, for spaces and line breaks around its words.
    private static let longestHeaderBytes = 4 * allCases.flatMap { [$0.rawValue] + $0.aliases }.map(\.utf8.count).max()!

    /// A header as it is matched: any case, without spaces, dashes, underscores and line breaks
    /// (a header cell wrapped with Alt+Enter, `참여\n기업`).
    static func headerKey(_ header: some StringProtocol) -> String {
        var key = String.UnicodeScalarView()
        for scalar in header.lowercased().unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "-", "_", "\u{00A0}", "\u{3000}", "\u{FEFF}": continue
            default: key.append(scalar)
            }
        }
        return String(key)
    }

    private static let byHeader: [String: Column] = {
        var map: [String: Column] = [:]
        for column in allCases {
            for header in [column.rawValue] + column.aliases { map[headerKey(header)] = column }
        }
        return map
    }()
}
