import Metrics

extension ReportBuilder {
    /// The rows of the period, in date order (or as in the log), with the chosen columns: dates as
    /// dates, numbers as numbers (empty cells stay empty, as in the log), web sources as links.
    func activities(_ block: ActivitiesBlock) -> ReportTable {
        var selected = engine.records.filter { context.period.contains($0.date) && context.filter.matches($0) }
        if block.order == .date {
            selected.sort { ($0.date, $0.location.file, $0.location.line) < ($1.date, $1.location.file, $1.location.line) }
        }
        let codes = block.headers == .codes
        let columns = block.columns.map { ReportColumn(Labels.column($0, block.headers, language)) }
        let rows = selected.map { record in
            block.columns.map { column -> ReportCell in
                switch column {
                case .id: return .text(record.id)
                case .date: return .date(record.date)
                case .endDate: return record.endDate.map(ReportCell.date) ?? .empty
                case .office: return .text(codes || language == .ko ? places.displayName(record.office) : places[record.office].english)
                case .kind: return .text(codes ? record.kind.code : Labels.kind(record.kind, language))
                case .trip: return text(record.trip)
                case .partnerCountry:
                    let country = places[record.country]
                    return .text(codes ? country.alpha2 : language == .ko ? country.korean : country.english)
                case .partnerCity: return text(record.partnerCity)
                case .partnerOrg: return text(record.partnerOrg)
                case .sectors:
                    let sectors = Array(record.sectors)
                    return text(codes ? sectors.map(\.code).joined(separator: ";")
                                : sectors.map { language == .ko ? $0.korean : $0.code }.joined(separator: ", "))
                case .companies: return count(record.companies)
                case .partnerCompanies: return count(record.partnerCompanies)
                case .agreements: return record.agreementsImplied ? .empty : count(record.agreements)
                case .consultations: return count(record.consultations)
                case .consultationUSD: return record.consultationUSD == .zero ? .empty : .dollars(record.consultationUSD)
                case .contractUSD: return record.contractUSD == .zero ? .empty : .dollars(record.contractUSD)
                case .title: return text(record.title)
                case .source:
                    let lower = record.source.lowercased()
                    return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? .link(record.source) : text(record.source)
                }
            }
        }
        return ReportTable(id: "activities", title: block.title?.text(language), columns: columns, rows: rows, isList: true)
    }

    private func text(_ value: String) -> ReportCell { value.isEmpty ? .empty : .text(value) }
    private func count(_ value: Int) -> ReportCell { value == 0 ? .empty : .count(value) }
}
