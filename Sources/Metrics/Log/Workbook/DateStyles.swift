/// Which cell styles of a workbook show a number as a date (`xl/styles.xml`): Excel stores a date
/// as a number of days, and only its number format tells it from a count.
struct DateStyles {
    /// By style index (a cell's `s`): true when its number format is a date format.
    private var isDate: [Bool] = []

    init() {}

    /// - Throws: `WorkbookError` when the part cannot be read.
    init(_ archive: WorkbookArchive, part: String) throws {
        var customFormats: [Int: String] = [:]
        var inCellFormats = false
        var isDate: [Bool] = []
        try archive.scan(part) { token in
            switch token.kind {
            case .start:
                if token.isNamed("numFmt"), let id = token.attribute("numFmtId").flatMap(Self.integer),
                   let code = token.attribute("formatCode") {
                    customFormats[id] = XMLText.string(code)
                } else if token.isNamed("cellXfs") {
                    inCellFormats = true
                } else if inCellFormats && token.isNamed("xf") {
                    let id = token.attribute("numFmtId").flatMap(Self.integer) ?? 0
                    isDate.append(Self.isDateFormat(id: id, code: customFormats[id]))
                }
            case .end:
                if token.isNamed("cellXfs") { inCellFormats = false }
            case .text:
                break
            }
        }
        self.isDate = isDate
    }

    /// Whether the style at `index` shows dates; false for an index the workbook does not have.
    func isDate(style index: Int) -> Bool {
        index >= 0 && index < isDate.count && isDate[index]
    }

    /// Excel's built-in date formats (14–22, 45–47, and the dates among those that Korean, Japanese
    /// and Chinese Excel reserve: 27–31, 34–36, 50–58), or a format of the workbook's own that writes
    /// a year, month or day. Elapsed times (`[h]:mm`) and plain times are not dates.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code else { return (27...31).contains(id) || (34...36).contains(id) || (50...58).contains(id) }
        // Only what the format writes counts: not quoted text, escaped characters or [colour]
        // sections; an elapsed time's `[h]` counts as the hours it shows.
        var letters: [Character] = []
        var bracket: [Character]?
        var quoted = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = []
            case "]" where !quoted:
                if let inside = bracket, inside.allSatisfy({ "hms".contains($0) }) { letters += inside }
                bracket = nil
            default:
                if quoted { continue }
                if bracket != nil { bracket!.append(character) } else { letters.append(character) }
            }
        }
        // `m` is a month beside a year or day, a minute beside hours or seconds.
        return letters.contains("y") || letters.contains("d")
            || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count < 10 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
