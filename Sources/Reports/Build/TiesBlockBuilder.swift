import TradeMetrics

extension ReportBuilder {
    /// The day a report's tie register is made for: the period's last day, or the day the report is
    /// made when that comes first (a period still running, or `all`).
    static func tiesDay(_ context: ReportContext) -> Day {
        min(context.period.last, Day(ordinal: context.created / 86_400))
    }

    /// The tie register of the report's offices, dormant ties marked; or, as a summary, the ties
    /// and dormant ties of each compared office.
    func ties(_ block: TiesBlock) -> ReportTable {
        let ko = language == .ko
        let day = Self.tiesDay(context)
        if block.summary {
            let offices = selection.offices
            let rows: [[ReportCell]] = offices.map { office in
                var filter = RecordFilter(offices: [office])
                filter.exactOffices = selection.dimension == .office
                let ties = metrics.ties(asOf: day, matching: filter, dormantAfterMonths: block.dormantAfterMonths).ties
                    .filter { !filter.exactOffices || $0.office == office }
                return [.text(places.displayName(office)), .count(ties.count), .count(ties.filter { $0.status == .dormant }.count)]
            }
            let columns = [ReportColumn(Labels.dimension(selection.dimension, language)),
                           ReportColumn(ko ? "교류 협력" : "Ties", role: .value),
                           ReportColumn(ko ? "휴면" : "Dormant ties", role: .value)]
            return ReportTable(id: block.id, title: block.title?.text(language) ?? (ko ? "교류 협력 (\(day) 기준)" : "Ties abroad (as of \(day))"),
                               columns: columns, rows: rows)
        }
        let found = metrics.ties(asOf: day, matching: context.filter, dormantAfterMonths: block.dormantAfterMonths)
        let rows: [[ReportCell]] = found.ties.map { tie in
            let country = places[tie.country]
            return [.text(ko ? places.displayName(tie.office) : places[tie.office].english), .text(ko ? country.korean : country.english),
                    .text(tie.partner), .date(tie.firstAgreement), .count(tie.agreements), .count(tie.activities),
                    .date(tie.lastActivity), .count(tie.daysSinceLast), .text(TieTable.status(tie.status, language))]
        }
        let headers = TieTable.headers(language)
        var columns = headers.enumerated().map { index, header in
            ReportColumn(header, role: [4, 5, 7].contains(index) ? .value : .label)
        }
        columns[8].centered = true
        let dormant = found.ties.filter { $0.status == .dormant }.count
        let title = block.title?.text(language) ?? (ko
            ? "교류 협력 현황 (\(day) 기준: \(found.ties.count)건, 휴면 \(dormant)건)"
            : "Ties abroad as of \(day): \(found.ties.count), \(dormant) dormant")
        return ReportTable(id: block.id, title: title, columns: columns, rows: rows)
    }
}
