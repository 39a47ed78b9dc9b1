import TradeMetrics

extension ReportBuilder {
    /// The rows of the period, in date order (or as in the log), with the chosen columns: dates as
    /// dates, numbers as numbers (empty cells stay empty, as in the log), web sources as links. The
    /// rows are produced while the table is written, never all held.
    func activities(_ block: ActivitiesBlock) -> ReportTable {
        let columns = block.columns.map { column in
            var heading = ReportColumn(Labels.column(column, block.headers, language))
            heading.expectedWidth = ActivityCells.width(column)
            return heading
        }
        var table = ReportTable(id: "activities", title: block.title?.text(language), columns: columns, rows: [], isList: true)
        let register = ActivityCells.register.compactMap { block.columns.firstIndex(of: $0) }
        if !register.isEmpty, register.count < block.columns.count { table.printColumns = register }
        let source = activitySource, period = context.period, filter = context.filter
        let cells = ActivityCells(columns: block.columns, codes: block.headers == .codes, links: block.links, language: language, places: places)
        let byDate = block.order == .date
        table.stream = RowStream { emit in
            try source.forEach(in: period, matching: filter, byDate: byDate) { try emit(cells.row($0)) }
        }.prefetched()
        return table
    }
}

/// One activity as the cells of a list.
struct ActivityCells: Sendable {
    let columns: [Column]
    let codes: Bool
    let links: Bool
    let language: Language
    let places: Gazetteer

    func row(_ record: ActivityRecord) -> [ReportCell] {
        columns.map { column -> ReportCell in
            switch column {
            case .id: return .text(record.id)
            case .date: return .date(record.date)
            case .endDate: return record.endDate.map(ReportCell.date) ?? .empty
            // By its name on the row's date: the list, saved as CSV, reads back as the same offices.
            case .office: return .text(places.name(record.office, on: record.date, english: !codes && language == .en))
            case .kind: return .text(codes || language == .en ? record.kind.code : record.kind.korean)
            case .trip: return text(record.trip)
            case .partnerCountry:
                let country = places[record.country]
                return .text(codes ? country.alpha2 : language == .ko ? country.korean : country.english)
            case .partnerCity: return text(record.partnerCity)
            case .partnerOrg: return text(record.partnerOrg)
            case .sectors:
                let sectors = Array(record.sectors)
                // `;` between them, as a log writes them: the list, saved as CSV, is a log.
                return text(sectors.map { codes || language == .en ? $0.code : $0.korean }.joined(separator: "; "))
            case .companies: return count(record.companies)
            case .partnerCompanies: return count(record.partnerCompanies)
            case .agreements: return record.agreementsImplied ? .empty : count(record.agreements)
            case .consultations: return count(record.consultations)
            case .consultationUSD: return record.consultationUSD == .zero ? .empty : .dollars(record.consultationUSD)
            case .contractUSD: return record.contractUSD == .zero ? .empty : .dollars(record.contractUSD)
            case .title: return text(record.title)
            case .source:
                let lower = record.source.lowercased()
                return links && (lower.hasPrefix("http://") || lower.hasPrefix("https://")) ? .link(record.source) : text(record.source)
            }
        }
    }

    /// The columns a printed list keeps, in this order: which row, when, by whom, what, with whom,
    /// and its yield.
    static let register: [Column] = [.id, .date, .office, .kind, .partnerCountry, .partnerCity, .partnerOrg, .title,
                                     .companies, .agreements]

    /// Column widths of a list whose rows are not measured beforehand; longer text wraps (the
    /// register's columns are narrow enough for a landscape page).
    static func width(_ column: Column) -> Int {
        switch column {
        case .date, .endDate: return 10
        case .companies, .partnerCompanies, .agreements, .consultations: return 6
        case .consultationUSD, .contractUSD: return 14
        case .kind, .partnerCountry: return 10
        case .partnerCity, .id: return 12
        case .office: return 14
        case .trip: return 18
        case .partnerOrg: return 18
        case .sectors, .source: return 24
        case .title: return 30
        }
    }

    private func text(_ value: String) -> ReportCell { value.isEmpty ? .empty : .text(value) }
    private func count(_ value: Int) -> ReportCell { value == 0 ? .empty : .count(value) }
}
