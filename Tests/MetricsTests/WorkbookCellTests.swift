import Testing
@testable import TradeMetrics

/// The pieces of the .xlsx reader: a cell's number as text, date serials and formats, XML text,
/// cell addresses, and the XML scanner fed in chunks.
struct WorkbookCellTests {
    static func decimal(_ raw: String) -> String? {
        var out: [UInt8] = []
        let bytes = Array(raw.utf8)
        let ok = bytes.withUnsafeBufferPointer { CellText.appendDecimal($0, to: &out) }
        return ok ? String(decoding: out, as: UTF8.self) : nil
    }

    static func date(_ raw: String, uses1904: Bool = false) -> String? {
        var out: [UInt8] = []
        let bytes = Array(raw.utf8)
        let ok = bytes.withUnsafeBufferPointer { CellText.appendDate($0, uses1904: uses1904, to: &out) }
        return ok ? String(decoding: out, as: UTF8.self) : nil
    }

    @Test(arguments: [("12", "12"), ("-3", "-3"), ("0", "0"), ("30000.5", "30000.5"), ("1234.5599999999999", "1234.56"),
                      ("300.29999999999995", "300.3"), ("0.30000000000000004", "0.3"), ("1.2E+6", "1200000"),
                      ("1.5E-3", "0.0015"), ("12.0", "12"), ("-0", "0"), ("007", "7"), ("1E+20", "100000000000000000000"),
                      ("9.9999999999999999", "10"), ("123456789012345678", "123456789012346000")])
    func numbersArePlainDecimals(_ raw: String, _ text: String) {
        #expect(Self.decimal(raw) == text)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1E", "--1", "#N/A"])
    func whatIsNoNumberIsLeftAsItIs(_ raw: String) {
        #expect(Self.decimal(raw) == nil)
    }

    @Test func serialsAreDays() {
        #expect(Self.date("45299") == "2024-01-08")
        #expect(Self.date("45299.75") == "2024-01-08")            // the time of day is dropped
        #expect(Self.date("4.5299E4") == "2024-01-08")
        #expect(Self.date("1") == "1900-01-01")
        #expect(Self.date("59") == "1900-02-28")
        #expect(Self.date("60") == "1900-02-29")                  // Excel's false leap day, refused by the row's check
        #expect(Self.date("61") == "1900-03-01")
        #expect(Self.date("0") == "1900-01-00")
        #expect(Self.date("2958465") == "9999-12-31")
        #expect(Self.date("2958466") == nil)
        #expect(Self.date("-1") == nil)
        #expect(Self.date("43837", uses1904: true) == "2024-01-08")
        #expect(Self.date("0", uses1904: true) == "1904-01-01")
        // The 1904 system reaches 9999-12-31 1,462 serials sooner: past it is no day (it was a trap).
        #expect(Self.date("2957003", uses1904: true) == "9999-12-31")
        #expect(Self.date("2957004", uses1904: true) == nil)
        #expect(Self.date("2958465.5", uses1904: true) == nil)
        // What a date check then says of Excel's 29 February 1900.
        #expect(Day.parse("1900-02-29") == .failure(.impossible))
    }

    @Test(arguments: [(14, nil, true), (22, nil, true), (45, nil, true), (31, nil, true), (1, nil, false), (164, nil, false),
                      (164, "yyyy-mm-dd", true), (164, #"yyyy\-mm\-dd"#, true), (164, #"yyyy"년" m"월" d"일""#, true),
                      (164, "mmm-yy", true), (164, "[$-412]yyyy/mm/dd", true), (164, "h:mm", false), (164, "[h]:mm", false),
                      (164, "[h]:mm:ss", false), (164, "mm:ss", false), (164, "#,##0", false), (164, #""days" 0"#, false),
                      (164, "[Red]0.00", false), (164, "General", false), (164, "0.00E+00", false)] as [(Int, String?, Bool)])
    func dateFormatsAreKnown(_ id: Int, _ code: String?, _ isDate: Bool) {
        #expect(DateStyles.isDateFormat(id: id, code: code) == isDate)
    }

    @Test func xmlTextIsMadePlain() {
        func plain(_ raw: String, escapes: Bool = true) -> String {
            var out: [UInt8] = []
            Array(raw.utf8).withUnsafeBufferPointer { XMLText.append($0, to: &out, escapes: escapes) }
            return String(decoding: out, as: UTF8.self)
        }
        #expect(plain("R&amp;D &lt;a&gt; &quot;b&quot; &apos;c&apos;") == "R&D <a> \"b\" 'c'")
        #expect(plain("a&#10;b&#x20;c&#xAC00;") == "a\nb c가")
        #expect(plain("a_x000D__x000A_b_x005F_x0041_") == "a\r\nb_x0041_")
        #expect(plain("a_x000A_b", escapes: false) == "a_x000A_b")
        #expect(plain("AT&T & co &unknown; _x12_") == "AT&T & co &unknown; _x12_")
    }

    @Test func addressesHaveLetters() {
        #expect(CellAddress(row: 12, column: 2).description == "B12")
        #expect(CellAddress(row: 1, column: 27).description == "AA1")
        #expect(CellAddress(row: 1, column: 16_384).description == "XFD1")
        func column(_ reference: String) -> Int? { Array(reference.utf8).withUnsafeBufferPointer { CellAddress.column(of: $0) } }
        #expect(column("B12") == 2)
        #expect(column("aa3") == 27)
        #expect(column("XFD1") == 16_384)
        #expect(column("XFE1") == nil)
        #expect(column("12") == nil)
    }

    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:worksheet xmlns:x="main"><!-- a comment with <c> inside -->\
        <x:sheetData><x:row r="2"><x:c r="B2" t="s" s='3'><x:v>12</x:v></x:c>\
        <c r="C2" t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t></is></c>\
        <c r="D2" a="x>y"><![CDATA[<raw>&amp;]]></c><c r="E2"/></x:row></x:sheetData></x:worksheet>
        """

    /// The tokens of `document` as text, read in chunks of `size` bytes.
    static func tokens(_ document: String, chunk size: Int) throws -> [String] {
        var scanner = XMLScanner()
        var tokens: [String] = []
        let bytes = Array(document.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            try bytes[start..<end].withUnsafeBytes { chunk in
                try scanner.feed(chunk) { token in
                    let name = String(decoding: token.name, as: UTF8.self)
                    switch token.kind {
                    case .start: tokens.append("<\(name) r=\(token.attribute("r").map { String(decoding: $0, as: UTF8.self) } ?? "-")>")
                    case .end: tokens.append("</\(name)>")
                    case .text: tokens.append((token.isLiteral ? "cdata:" : "") + String(decoding: token.content, as: UTF8.self))
                    }
                }
            }
            start = end
        }
        try scanner.finish()
        return tokens
    }

    @Test func theScannerReadsTagsTextAndCDATA() throws {
        let tokens = try Self.tokens(Self.document, chunk: 1 << 16)
        #expect(tokens == ["\n", "<worksheet r=->", "<sheetData r=->", "<row r=2>", "<c r=B2>", "<v r=->", "12", "</v>", "</c>",
                           "<c r=C2>", "<is r=->", "<t r=->", " a &amp; b ", "</t>", "</is>", "</c>",
                           "<c r=D2>", "cdata:<raw>&amp;", "</c>", "<c r=E2>", "</c>", "</row>", "</sheetData>", "</worksheet>"])
    }

    @Test func chunksCutAnywhereReadTheSame() throws {
        let whole = try Self.tokens(Self.document, chunk: 1 << 16)
        for size in 1...40 {
            // Text cut by a chunk's end comes in one piece once its end is seen.
            #expect(try Self.tokens(Self.document, chunk: size) == whole, "chunks of \(size)")
        }
    }

    @Test func aDocumentCutInsideATagIsMalformed() {
        #expect(throws: XMLScanner.Malformed.self) { try Self.tokens("<a><b c=\"1", chunk: 4) }
    }
}
