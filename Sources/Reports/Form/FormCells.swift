import TradeMetrics

/// A record of an older log as the form's cells: dates as dates, numbers as numbers, names as the
/// form's lists give them (the office by a name the reader accepts on the row's date), empty cells
/// where the log had none.
struct FormCells {
    let places: Gazetteer
    let language: Language

    func write(_ record: ActivityRecord, _ column: Column, to sheet: XLSXSheet, row: Int, column index: Int, style: CellStyle) throws {
        func text(_ value: String) throws {
            if !value.isEmpty { try sheet.writeText(value, row: row, column: index, style: style) }
        }
        func number(_ value: Double) throws { try sheet.writeNumber(value, row: row, column: index, style: style) }
        func date(_ day: Day) throws { try number(Double(day.ordinal + 25_569)) }   // Excel's serial: 1970-01-01 is 25,569
        switch column {
        case .id: try text(record.id)
        case .date: try date(record.date)
        case .endDate: if let end = record.endDate { try date(end) }
        case .office: try text(places.name(record.office, on: record.date, english: language == .en))
        case .kind: try text(language == .ko ? record.kind.korean : record.kind.code)
        case .trip: try text(record.trip)
        case .partnerCountry: try text(language == .ko ? places[record.country].korean : places[record.country].english)
        case .partnerCity: try text(record.partnerCity)
        case .partnerOrg: try text(record.partnerOrg)
        case .sectors: try text(record.sectors.map { language == .ko ? $0.shortKorean : $0.code }.joined(separator: "; "))
        case .companies: if record.companies != 0 { try number(Double(record.companies)) }
        case .partnerCompanies: if record.partnerCompanies != 0 { try number(Double(record.partnerCompanies)) }
        case .agreements:
            // Empty on an agreement row means one; a 0 written there is kept.
            if !record.agreementsImplied && (record.agreements != 0 || record.kind == .agreement) { try number(Double(record.agreements)) }
        case .consultations: if record.consultations != 0 { try number(Double(record.consultations)) }
        case .consultationUSD: if record.consultationUSD != .zero { try number(record.consultationUSD.value) }
        case .contractUSD: if record.contractUSD != .zero { try number(record.contractUSD.value) }
        case .title: try text(record.title)
        case .source: try text(record.source)
        }
    }

}
