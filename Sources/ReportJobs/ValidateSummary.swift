import TradeMetrics

/// The short summary `validate` prints after the diagnostics.
public struct ValidateSummary {
    let report: LogReadReport
    let summary: LogSummary
    let places: Gazetteer

    public init(_ check: LogCheck, places: Gazetteer = .shared) {
        report = check.report
        summary = check.summary
        self.places = places
    }

    public var lines: [String] {
        var lines = report.files.map { file in
            var line = "\(file.name)\(file.sheet.map { "[\($0)]" } ?? ""): \(plural(file.rows, "row"))"
            if file.rejectedRows > 0 { line += ", \(plural(file.rejectedRows, "row")) with errors" }
            if let encoding = file.encoding { line += ", \(encoding.rawValue.uppercased())" }
            if !file.extraColumns.isEmpty { line += "; extra columns ignored: \(file.extraColumns.joined(separator: ", "))" }
            return line
        }
        var total = "\(plural(report.files.count, "file")), \(plural(summary.rows, "row"))"
        if let first = summary.firstDate, let last = summary.lastDate { total += ", \(first) to \(last)" }
        lines.append(total)
        if summary.rows > 0 {
            let offices = summary.rowsPerOffice.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            lines.append("offices: " + offices.map { "\(places.displayName($0.key)) \($0.value)" }.joined(separator: ", "))
            let kinds = Kind.allCases.filter { summary.rowsPerKind[Int($0.rawValue)] > 0 }
            lines.append("kinds: " + kinds.map { "\($0.code) \(summary.rowsPerKind[Int($0.rawValue)])" }.joined(separator: ", "))
        }
        let diagnostics = report.diagnostics
        let counts = "\(plural(diagnostics.errorCount, "error")), \(plural(diagnostics.warningCount, "warning"))"
        lines.append(diagnostics.errorCount == 0 ? "ok: \(counts)" : "failed: \(counts)")
        return lines
    }
}
