import TradeMetrics

/// The short summary `validate` prints after the diagnostics.
public struct ValidateSummary {
    let read: LogReadReport
    let summary: LogSummary
    let places: Gazetteer

    public init(_ check: LogCheck, places: Gazetteer = .shared) {
        read = check.read
        summary = check.summary
        self.places = places
    }

    /// The lines in English.
    public var lines: [String] { lines(.en) }

    public func lines(_ language: Language) -> [String] { messages.map { $0.text(language) } }

    /// Each file, the whole log, its offices and kinds, and the count of errors and warnings.
    public var messages: [Message] {
        var lines = read.files.map { file in
            Message.fileSummary("\(file.name)\(file.sheet.map { "[\($0)]" } ?? "")", rows: file.rows, rejected: file.rejectedRows,
                                encoding: file.encoding, extraColumns: file.extraColumns)
        }
        lines.append(.logSummary(files: read.files.count, rows: summary.rows, first: summary.firstDate, last: summary.lastDate))
        if summary.rows > 0 {
            let offices = summary.rowsPerOffice.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            lines.append(.officesSummary(offices.map { (places.displayName($0.key), $0.value) }))
            let kinds = Kind.allCases.filter { summary.rowsPerKind[Int($0.rawValue)] > 0 }
            lines.append(.kindsSummary(kinds.map { ($0.code, $0.shortKorean, summary.rowsPerKind[Int($0.rawValue)]) }))
        }
        lines.append(.resultSummary(errors: read.diagnostics.errorCount, warnings: read.diagnostics.warningCount))
        return lines
    }
}
