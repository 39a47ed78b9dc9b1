/// A workbook's table of shared strings (`xl/sharedStrings.xml`), which cells of type `s` name by
/// index: held as one run of UTF-8 bytes, since a large log has as many strings as cells. Its
/// size is bounded whatever the file claims (a zip bomb inflates to gigabytes, or holds 600
/// million empty strings): past `maximumBytes` of text or `maximumCount` strings it is refused.
struct SharedStrings {
    /// A million-row log of a few text columns holds far less.
    static let maximumBytes = 128 << 20
    static let maximumCount = 8_000_000

    private var bytes: [UInt8] = []
    /// String `i` is `bytes[ends[i - 1]..<ends[i]]` (4 bytes a string: the text is under 4 GB).
    private var ends: [UInt32] = []

    init() {}

    /// Reads the strings: each `<si>` is one, its text in `<t>` or in rich-text runs `<r><t>`;
    /// phonetic guides (`<rPh>`) are not part of it.
    /// - Throws: `WorkbookError` when the part cannot be read.
    init(_ archive: WorkbookArchive, part: String, maximumBytes: Int = maximumBytes, maximumCount: Int = maximumCount) throws {
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        var inText = false, inPhonetic = false
        try archive.scan(part, limit: nil) { token in
            switch token.kind {
            case .start:
                if token.isNamed("t") { inText = !inPhonetic }
                else if token.isNamed("rPh") { inPhonetic = true }
            case .end:
                if token.isNamed("t") { inText = false }
                else if token.isNamed("rPh") { inPhonetic = false }
                else if token.isNamed("si") {
                    guard ends.count < maximumCount else { throw WorkbookError.file(.tooManySharedStrings(maximumCount)) }
                    ends.append(UInt32(bytes.count))
                }
            case .text:
                if inText {
                    if token.isLiteral { bytes.append(contentsOf: token.content) }
                    else { XMLText.append(token.content, to: &bytes, escapes: true) }
                    guard bytes.count <= maximumBytes else { throw WorkbookError.file(.sharedStringsTooLarge(megabytes: maximumBytes >> 20)) }
                }
            }
        }
        self.bytes = bytes
        self.ends = ends
    }


    var count: Int { ends.count }

    /// The bytes of string `index`; nil when there is no such string.
    func range(of index: Int) -> Range<Int>? {
        guard index >= 0, index < ends.count else { return nil }
        return (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    /// Appends string `index` to `out`; false when there is no such string.
    func append(_ index: Int, to out: inout [UInt8]) -> Bool {
        guard let range = range(of: index) else { return false }
        out.append(contentsOf: bytes[range])
        return true
    }
}
