import Testing
@testable import Reports

struct CSVWriterTests {
    @Test func excelFormHasABOMAndCRLF() {
        var writer = CSVWriter(options: .excel)
        writer.writeRow(["key", "name"])
        writer.writeRow([.text("KR-45"), .text("전북특별자치도"), .number("1200000"), .empty])
        #expect(writer.text == "\u{FEFF}key,name\r\nKR-45,전북특별자치도,1200000,\r\n")
    }

    @Test func quotingPerRFC4180() {
        #expect(CSVWriter.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVWriter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(CSVWriter.field(.text("crlf\r\nhere")) == "\"crlf\r\nhere\"")
        #expect(CSVWriter.field(.text("plain")) == "plain")
        #expect(CSVWriter.field(.text("")) == "")
    }

    @Test(arguments: [("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("@SUM(1)", "'@SUM(1)"), ("+1", "'+1"),
                      ("-1+1", "'-1+1"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=1,2", "\"'=1,2\"")])
    func formulasAreGuarded(_ input: String, _ expected: String) {
        #expect(CSVWriter.field(.text(input)) == expected)
    }

    @Test func numbersAreNotGuarded() {
        #expect(CSVWriter.field(.number("-5")) == "-5")
    }
}
