/// A workbook's table of shared strings (`xl/sharedStrings.xml`), which cells of type `s` name by
/// index: held as one run of UTF-8 bytes, since a large log has as many strings as cells.
struct SharedStrings {
    private var bytes: [UInt8] = []
    /// String `i` is `bytes[ends[i - 1]..<ends[i]]`.
    private var ends: [Int] = []

    init() {}

    /// Reads the strings: each `<si>` is one, its text in `<t>` or in rich-text runs `<r><t>`;
    /// phonetic guides (`<rPh>`) are not part of it.
    /// - Throws: `WorkbookError` when the part cannot be read.
    init(_ archive: WorkbookArchive, part: String) throws {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var inText = false, inPhonetic = false
        try archive.scan(part) { token in
            switch token.kind {
            case .start:
                if token.isNamed("t") { inText = !inPhonetic }
                else if token.isNamed("rPh") { inPhonetic = true }
            case .end:
                if token.isNamed("t") { inText = false }
                else if token.isNamed("rPh") { inPhonetic = false }
                else if token.isNamed("si") { ends.append(bytes.count) }
            case .text:
                if inText {
                    if token.isLiteral { bytes.append(contentsOf: token.content) }
                    else { XMLText.append(token.content, to: &bytes, escapes: true) }
                }
            }
        }
        self.bytes = bytes
        self.ends = ends
    }

    var count: Int { ends.count }

    /// Appends string `index` to `out`; false when there is no such string.
    func append(_ index: Int, to out: inout [UInt8]) -> Bool {
        guard index >= 0, index < ends.count else { return false }
        out.append(contentsOf: bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]])
        return true
    }
}
