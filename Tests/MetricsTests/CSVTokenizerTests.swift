import Testing
@testable import TradeMetrics

/// Splits `text` into records as (line, fields), feeding it in chunks of `chunkSize` bytes.
func tokenize(_ text: String, chunkSize: Int = 1 << 20) throws -> [(line: Int, fields: [String])] {
    var tokenizer = CSVTokenizer()
    var records: [(Int, [String])] = []
    let collect: (borrowing CSVTokenizer.Record) -> Void = { record in
        records.append((record.line, (0..<record.count).map { String(decoding: record.field($0), as: UTF8.self) }))
    }
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
        let end = min(start + chunkSize, bytes.count)
        try bytes[start..<end].withUnsafeBytes { try tokenizer.feed($0, collect) }
        start = end
    }
    try tokenizer.finish(collect)
    return records
}

struct CSVTokenizerTests {
    @Test func plainAndQuotedFields() throws {
        let records = try tokenize("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", ""]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func lineBreaksInsideQuotesCountAsPhysicalLines() throws {
        let text = "id,title\n1,\"two\nlines\"\n2,\"three\r\nlines\r\nhere\"\n3,last"
        let records = try tokenize(text)
        #expect(records.map(\.fields) == [["id", "title"], ["1", "two\nlines"], ["2", "three\r\nlines\r\nhere"], ["3", "last"]])
        #expect(records.map(\.line) == [1, 2, 4, 7])
    }

    @Test func blankAndTrailingLinesAreSkipped() throws {
        let records = try tokenize("a,b\n\n1,2\r\n\r\n\n")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try tokenize(",,\n").map(\.fields) == [["", "", ""]])
        #expect(try tokenize("\"\"\n").map(\.fields) == [[""]])
    }

    @Test func crAloneEndsALine() throws {
        let records = try tokenize("a\rb\rc")
        #expect(records.map(\.fields) == [["a"], ["b"], ["c"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func lenientWhereExcelIs() throws {
        #expect(try tokenize("a, \"b,c\"\n").map(\.fields) == [["a", "b,c"]])
        #expect(try tokenize("5\" screen,x\n").map(\.fields) == [["5\" screen", "x"]])
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() {
        #expect(throws: CSVTokenizer.UnclosedQuote(line: 2, column: 2, preview: Array("never".utf8))) {
            _ = try tokenize("a,b\n1,\"never\nclosed,\n")
        }
    }

    @Test func chunkBoundariesDoNotMatter() throws {
        let text = "id,title\r\n1,\"a \"\"quoted\"\"\r\nvalue\"\r\n2,전북특별자치도\r\n\r\n3,\"\"\r\n"
        let whole = try tokenize(text)
        for size in 1...7 {
            let chunked = try tokenize(text, chunkSize: size)
            #expect(chunked.map(\.fields) == whole.map(\.fields))
            #expect(chunked.map(\.line) == whole.map(\.line))
        }
    }
}
