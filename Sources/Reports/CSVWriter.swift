/// Writes tables as CSV text per RFC 4180, for Korean Excel or for scripts.
///
/// Text cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// CR) get a leading `'`, so nothing a user wrote is ever evaluated. Numbers are written plainly.
public struct CSVWriter: Sendable {
    public enum Cell: Equatable, Sendable {
        case text(String)
        /// A number, written as given (`1200000`, `12.5`): no thousands separators.
        case number(String)
        case empty
    }

    public struct Options: Sendable {
        /// Start with a UTF-8 byte order mark, which Korean Excel needs to read UTF-8.
        public var byteOrderMark: Bool
        /// `\r\n` (RFC 4180, Excel) or `\n` (scripts).
        public var lineEnding: String

        public init(byteOrderMark: Bool, lineEnding: String) {
            self.byteOrderMark = byteOrderMark
            self.lineEnding = lineEnding
        }

        /// For Excel: BOM and CRLF.
        public static let excel = Options(byteOrderMark: true, lineEnding: "\r\n")
        /// For scripts: no BOM, LF.
        public static let plain = Options(byteOrderMark: false, lineEnding: "\n")
    }

    public var options: Options
    public private(set) var text: String

    public init(options: Options) {
        self.options = options
        text = options.byteOrderMark ? "\u{FEFF}" : ""
    }

    public mutating func writeRow(_ cells: [Cell]) {
        text += cells.map(Self.field).joined(separator: ",")
        text += options.lineEnding
    }

    public mutating func writeRow(_ texts: [String]) {
        writeRow(texts.map(Cell.text))
    }

    /// One cell as a CSV field: guarded against formulas, quoted when it holds `,`, `"`, CR or LF.
    static func field(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let number): return number
        case .text(let value):
            var value = value
            if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                value = "'" + value
            }
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
                return value
            }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
