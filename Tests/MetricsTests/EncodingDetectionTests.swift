import Testing
@testable import TradeMetrics

/// CP949 Hangul whose bytes are also valid UTF-8 (짜짙 reads as ¥£): Korean in one reading and
/// none in the other is read as Korean, with a warning that says how to force UTF-8.
struct EncodingDetectionTests {
    let header = Array("id,date,office,kind,partner_country,title\na1,2024-01-08,KR-45,forum,US,".utf8)
    /// 짜짙 in CP949: C2 A5 C2 A3, which is ¥£ in UTF-8.
    let jjajjit: [UInt8] = [0xC2, 0xA5, 0xC2, 0xA3]

    func read(_ title: [UInt8], encoding: TextEncoding? = nil) -> (records: [ActivityRecord], read: LogReadReport) {
        LogReader(encoding: encoding).readAll([.bytes(name: "k.csv", header + title + [0x0A])])
    }

    @Test func hangulThatIsAlsoUTF8IsReadAsCP949WithAWarning() throws {
        let log = read(jjajjit)
        #expect(try #require(log.records.first).title == "짜짙")
        #expect(log.read.files[0].encoding == .cp949)
        #expect(log.read.diagnostics.lines == [
            "k.csv:2:6: warning: title: read as CP949 text, as Korean; its bytes also read as UTF-8 '¥£' '짜짙'"])
        #expect(log.read.diagnostics.kept.first?.hint == .encoding("utf-8"))
    }

    @Test func forcedUTF8IsReadAsUTF8() throws {
        let log = read(jjajjit, encoding: .utf8)
        #expect(try #require(log.records.first).title == "¥£")
        #expect(log.read.diagnostics.lines == [])
    }

    /// UTF-8 letters whose bytes are also CP949 Hangul (é is 챕) are read as UTF-8, with a warning.
    @Test func lettersThatAreAlsoHangulStayUTF8WithAWarning() throws {
        let log = read(Array("café".utf8))
        #expect(try #require(log.records.first).title == "café")
        #expect(log.read.files[0].encoding == .utf8)
        #expect(log.read.diagnostics.lines == [
            "k.csv:2:6: warning: title: read as UTF-8 text; its bytes also read as CP949 'caf챕' 'café'"])
        #expect(log.read.diagnostics.kept.first?.hint == .encoding("cp949"))
    }

    /// UTF-8 with Hangul, or whose CP949 reading is not all Hangul, is UTF-8 without a word.
    @Test(arguments: ["전북 ¥£", "café 전북", "naïve ☃"])
    func otherUTF8StaysUTF8(_ title: String) throws {
        let log = read(Array(title.utf8))
        #expect(try #require(log.records.first).title == title)
        #expect(log.read.files[0].encoding == .utf8)
        #expect(log.read.diagnostics.lines == [])
    }
}
