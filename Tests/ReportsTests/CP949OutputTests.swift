import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// CSV in CP949: a cell holding a character CP949 lacks is written as near as it can be, with a
/// warning naming the file, line, column and what became of it.
struct CP949OutputTests {
    func report(title: String) throws -> Report {
        let log = "id,date,office,kind,partner_country,title\na1,2024-01-08,전북,forum,US,\(title)\na2,2024-01-09,전북,forum,US,전북 출장\n"
        let read = LogReader().readAll([.bytes(name: "log.csv", Array(log.utf8))])
        return try Sample.report(period: "2024", records: read.records)
    }

    @Test func eachCellWithACharacterCP949LacksIsWarnedOf() throws {
        let (files, warnings) = try ReportCSVWriter(encoding: .cp949).filesAndWarnings(for: try report(title: "café 😀 전북"))
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first).description
        let list = try #require(files.first { $0.name.contains("활동") })
        #expect(warning.hasPrefix("\(list.name):2:"))
        #expect(warning.hasSuffix(": warning: 제목: CP949 has no 'é', '😀'; written as 'caf? ? 전북' 'café 😀 전북'"))
    }

    @Test func textCP949HoldsAndUTF8HaveNoWarning() throws {
        #expect(try ReportCSVWriter(encoding: .cp949).filesAndWarnings(for: try report(title: "전북 CES ½")).warnings == [])
        #expect(try ReportCSVWriter(encoding: .utf8BOM).filesAndWarnings(for: try report(title: "café 😀")).warnings == [])
    }

    @Test func warningsStopAtAHundredAFileThenACount() throws {
        let lacking = CP949Lacking()
        for line in 2...151 { try lacking.check("😀", file: "t.csv", line: line, column: 1, header: "title") }
        lacking.finish(file: "t.csv")
        #expect(lacking.warnings.count == 101)
        #expect(lacking.warnings.last?.description == "t.csv: warning: 50 more cells with characters CP949 lacks not shown")
    }
}
