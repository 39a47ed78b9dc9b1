/// One finding about a log, printed compiler-style:
/// `FILE:LINE:COLUMN: error: COLUMN_NAME: MESSAGE 'VALUE'`, or for a workbook's sheet
/// `FILE[SHEET]:CELL: error: …` (`log.xlsx[활동]:B12`).
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    /// The file as the user named it.
    public var file: String
    /// The physical line where the record starts (the header is line 1); in a sheet, the row.
    public var line: Int
    /// The 1-based field number; in a sheet, the column (1 for A).
    public var column: Int
    /// The workbook's sheet, when the finding is about one of its cells.
    public var sheet: String?
    /// The column's name in the contract (`date`, `office`), or what the finding is about.
    public var columnName: String
    /// What was found, from the catalogue: each front end shows it in its user's language.
    public var message: Message
    /// The value as written; nil when there is none to show.
    public var value: String?
    /// What the user may do about it, which each front end words its own way (a command-line
    /// option, a check box on the page): the message itself names no option.
    public var hint: Hint?

    public enum Hint: Equatable, Sendable {
        /// Counting an activity logged twice once.
        case dedupe
        /// Reading the file in this encoding (`utf-8`, `cp949`).
        case encoding(String)
    }

    public init(_ severity: Severity, file: String, line: Int, column: Int, columnName: String,
                message: Message, value: String? = nil, sheet: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.message = message
        self.value = value
        self.sheet = sheet
    }

    /// `FILE:LINE:COLUMN`, or `FILE[SHEET]:CELL`.
    public var place: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file)[\(sheet)]:\(CellAddress(row: line, column: column))"
    }

    /// `FILE:LINE:COLUMN: error: COLUMN_NAME: MESSAGE 'VALUE'`, in English, without the hint.
    public var description: String { line(.en) { _ in "" } }

    /// The finding on one line, the message in `language` (the tokens `error:`/`warning:` and the
    /// column's contract name stay as they are, for scripts), its hint (if any) in a front end's
    /// words after the message: `, --dedupe counts it once`.
    public func line(_ language: Language = .en, hint words: (Hint) -> String) -> String {
        var text = "\(place): \(severity.rawValue): \(columnName): \(message.text(language))"
        if let hint { text += words(hint) }
        if let value { text += " '\(Diagnostic.printable(value))'" }
        return text
    }

    /// A value on one line and of readable length: control and invisible characters escaped
    /// (`\u{200b}`), long values cut.
    public static func printable(_ value: String) -> String {
        var out = ""
        var count = 0
        for character in value {
            if count == 80 { out += "…"; break }
            switch character {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            case "\t": out += "\\t"
            default:
                let scalars = character.unicodeScalars
                // An emoji sequence joins its pictures with U+200D: shown as it is.
                let isEmojiSequence = scalars.count > 1 && scalars.first!.properties.isEmojiPresentation
                if !isEmojiSequence && scalars.contains(where: isInvisible) {
                    for scalar in scalars {
                        if isInvisible(scalar) { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
                    }
                } else {
                    out.append(character)
                }
            }
            count += 1
        }
        return out
    }

    /// Characters a reader cannot see or that move the text: controls (C0, DEL, C1), format
    /// characters (zero-width space and joiners, direction marks and overrides, the byte order
    /// mark), line and paragraph separators, noncharacters (U+FFFE) and the Hangul fillers.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x115F, 0x1160, 0x3164, 0xFFA0: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.properties.isNoncharacterCodePoint
        }
    }
}

/// The findings of a read, at most `limitPerFile` errors and as many warnings a file kept in full;
/// beyond that only counted, so a broken million-row file does not flood the terminal or memory.
public struct DiagnosticLog: Sendable {
    public static let limitPerFile = 100

    public private(set) var kept: [Diagnostic] = []
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// Per file: how many errors and warnings were counted but not kept.
    public private(set) var dropped: [(file: String, errors: Int, warnings: Int)] = []
    private var perFile: [String: (errors: Int, warnings: Int)] = [:]

    public init() {}

    /// False once a file has reached its limit for that severity: the caller may skip building
    /// the message (hints are costly) and call `count` instead.
    public func wantsMore(_ severity: Severity, in file: String) -> Bool {
        let counts = perFile[file, default: (0, 0)]
        return (severity == .error ? counts.errors : counts.warnings) < Self.limitPerFile
    }

    public typealias Severity = Diagnostic.Severity

    public mutating func add(_ diagnostic: Diagnostic) {
        if wantsMore(diagnostic.severity, in: diagnostic.file) { kept.append(diagnostic) }
        count(diagnostic.severity, in: diagnostic.file)
    }

    /// Takes in the findings of a later part of a file read on its own, as if they had been added here.
    mutating func append(_ later: DiagnosticLog) {
        for diagnostic in later.kept { add(diagnostic) }
        for entry in later.dropped {
            for _ in 0..<entry.errors { count(.error, in: entry.file) }
            for _ in 0..<entry.warnings { count(.warning, in: entry.file) }
        }
    }

    /// Keeps `diagnostic` even past the limit: the last word on a file whose reading stopped.
    mutating func addFinal(_ diagnostic: Diagnostic) {
        kept.append(diagnostic)
        var counts = perFile[diagnostic.file, default: (0, 0)]
        if diagnostic.severity == .error { counts.errors += 1; errorCount += 1 } else { counts.warnings += 1; warningCount += 1 }
        perFile[diagnostic.file] = counts
    }

    /// Places the findings kept from index `start` on, made of a sheet's rows as fields, in the
    /// sheet: field 1 is column `firstColumn`.
    mutating func place(keptFrom start: Int, inSheet sheet: String, firstColumn: Int) {
        for index in start..<kept.count where kept[index].sheet == nil {
            kept[index].sheet = sheet
            kept[index].column += firstColumn - 1
        }
    }

    public mutating func count(_ severity: Severity, in file: String) {
        let keep = wantsMore(severity, in: file)
        var counts = perFile[file, default: (0, 0)]
        if severity == .error { counts.errors += 1; errorCount += 1 } else { counts.warnings += 1; warningCount += 1 }
        perFile[file] = counts
        guard !keep else { return }
        if let at = dropped.firstIndex(where: { $0.file == file }) {
            if severity == .error { dropped[at].errors += 1 } else { dropped[at].warnings += 1 }
        } else {
            dropped.append((file, severity == .error ? 1 : 0, severity == .error ? 0 : 1))
        }
    }

    /// Every kept finding, then a line per file for those not shown, in English.
    public var lines: [String] { lines(.en) { _ in "" } }

    /// The same in `language`, each hint in a front end's words.
    public func lines(_ language: Language = .en, hint words: (Diagnostic.Hint) -> String) -> [String] {
        kept.map { $0.line(language, hint: words) } + dropped.flatMap { entry -> [String] in
            var lines: [String] = []
            if entry.errors > 0 { lines.append("\(entry.file): error: \(Message.moreNotShown(entry.errors, .error).text(language))") }
            if entry.warnings > 0 { lines.append("\(entry.file): warning: \(Message.moreNotShown(entry.warnings, .warning).text(language))") }
            return lines
        }
    }
}
