import ReportJobs
import TradeMetrics

/// What `/api/check` answers (and a request refused for its log's errors, with 422).
struct CheckJSON: Encodable {
    struct File: Encodable {
        let name: String
        let sheet: String?
        let rows: Int
        let rejected_rows: Int
        let encoding: String?
    }

    struct Finding: Encodable {
        let file: String
        /// The physical line of a CSV record (the header is 1); nil in a workbook.
        let line: Int?
        /// The cell in a workbook (`B12`); nil in a CSV file.
        let cell: String?
        let sheet: String?
        /// The 1-based field number (the column in a workbook).
        let field: Int
        /// The column's name in the log format (`date`, `office`).
        let column: String
        let value: String?
        let message: String
        /// The whole finding on one line, as the command line lays it out, its hint in the page's words.
        let text: String

        /// Absent values as `null`, so that every finding has the same keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(cell, forKey: .cell)
            try container.encode(sheet, forKey: .sheet)
            try container.encode(field, forKey: .field)
            try container.encode(column, forKey: .column)
            try container.encode(value, forKey: .value)
            try container.encode(message, forKey: .message)
            try container.encode(text, forKey: .text)
        }

        enum CodingKeys: String, CodingKey {
            case file, line, cell, sheet, field, column, value, message, text
        }
    }

    struct Count: Encodable {
        let key: String
        let name: String
        let rows: Int
    }

    let ok: Bool
    let files: [File]
    let errors: [Finding]
    let warnings: [Finding]
    let error_count: Int
    let warning_count: Int
    let rows: Int
    let first_date: String?
    let last_date: String?
    let offices: [Count]
    let kinds: [Count]

    enum CodingKeys: String, CodingKey {
        case ok, files, errors, warnings, error_count, warning_count, rows, first_date, last_date, offices, kinds
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(files, forKey: .files)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(error_count, forKey: .error_count)
        try container.encode(warning_count, forKey: .warning_count)
        try container.encode(rows, forKey: .rows)
        try container.encode(first_date, forKey: .first_date)   // null when the log has no row
        try container.encode(last_date, forKey: .last_date)
        try container.encode(offices, forKey: .offices)
        try container.encode(kinds, forKey: .kinds)
    }

    /// A finding's hint in the page's words: its controls, not the command line's options.
    static func pageHint(_ hint: Diagnostic.Hint, _ language: Language) -> String {
        switch hint {
        case .dedupe: return Message.dedupeCheckboxHint.text(language)
        case .encoding(let name): return Message.encodingChoiceHint(name.uppercased()).text(language)
        }
    }

    /// The findings' messages in `language`.
    init(_ read: LogReadReport, summary: LogSummary? = nil, language: Language = .en, places: Gazetteer = .shared) {
        let pageHint = { (hint: Diagnostic.Hint) in Self.pageHint(hint, language) }
        ok = !read.hasErrors
        files = read.files.map {
            File(name: $0.name, sheet: $0.sheet, rows: $0.rows, rejected_rows: $0.rejectedRows, encoding: $0.encoding?.rawValue)
        }
        let findings = read.diagnostics.kept.map { diagnostic in
            (diagnostic.severity, Finding(
                file: diagnostic.file, line: diagnostic.sheet == nil ? diagnostic.line : nil,
                cell: diagnostic.sheet == nil ? nil : String(diagnostic.place.split(separator: ":").last ?? ""),
                sheet: diagnostic.sheet, field: diagnostic.column, column: diagnostic.columnName,
                value: diagnostic.value, message: diagnostic.message.text(language) + (diagnostic.hint.map(pageHint) ?? ""),
                text: diagnostic.line(language, hint: pageHint)))
        }
        errors = findings.filter { $0.0 == .error }.map(\.1)
        warnings = findings.filter { $0.0 == .warning }.map(\.1)
        error_count = read.diagnostics.errorCount
        warning_count = read.diagnostics.warningCount
        rows = summary?.rows ?? read.files.reduce(0) { $0 + $1.rows }
        first_date = summary?.firstDate?.description
        last_date = summary?.lastDate?.description
        offices = (summary?.rowsPerOffice ?? [:])
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { Count(key: places.displayName($0.key), name: places.displayName($0.key), rows: $0.value) }
        kinds = Kind.allCases.compactMap { kind in
            let count = summary?.rowsPerKind[Int(kind.rawValue)] ?? 0
            return count > 0 ? Count(key: kind.code, name: kind.shortKorean, rows: count) : nil
        }
    }
}
