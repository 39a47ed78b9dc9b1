import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// Text from a log that tries to run or to break a report stays text: a string cell in XLSX (cut
/// to Excel's limit with a warning), a guarded field in CSV, never a formula.
struct HostileTextTests {
    static let hostile = ["=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1+1", "=HYPERLINK(\"http://x\",\"y\")",
                          "\u{202E}evil\u{202C} mark", "🚀 emoji 전북 👩‍👩‍👧", "ctl\u{7}bell\u{1B}", "\"quoted\", and\nlines",
                          String(repeating: "x", count: 40_000)]
    static let textColumns = ["id", "trip", "partner_city", "partner_org", "title", "source"]

    /// One row per hostile text, in every text column (ids made unique by a prefix), quoted per
    /// RFC 4180 but not guarded: a hostile file as it may come.
    static func log() -> [UInt8] {
        func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var text = (["date", "office", "kind", "partner_country"] + textColumns).joined(separator: ",") + "\n"
        for (index, hostile) in hostile.enumerated() {
            let values = ["2024-02-0\(index % 9 + 1)", "전북", "forum", "US", "\(index)\(hostile)"]
                + Array(repeating: hostile, count: textColumns.count - 1)
            text += values.map(field).joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }

    /// How libxlsxwriter stores control characters, which XML cannot hold: `_x0007_`.
    static func stored(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" && $0 != "\t"
            ? String(format: "_x%04X_", $0.value) : String($0) }.joined())
    }

    @Test func xlsxKeepsEveryTextAsAStringCell() throws {
        let read = LogReader().readAll([.bytes(name: "hostile.csv", Self.log())])
        #expect(read.read.diagnostics.lines == [])
        #expect(read.records.map(\.title) == Self.hostile)
        let url = try Sample.temporaryFolder().appendingPathComponent("h.xlsx")
        let warnings = try XLSXReportWriter().write(try Sample.report(records: read.records), to: url.path)
        // The 40,000 characters in each of the six text columns (the id has its row number before them).
        #expect(warnings.count == 6)
        #expect(warnings.filter { $0.description.hasSuffix(": warning: text: 40000 characters cut to Excel's limit of 32767 '\(String(repeating: "x", count: 80))…'") }.count == 5)
        let contents = try XLSXContents(url)
        for sheet in contents.sheetNames {
            #expect(contents.cells(sheet).values.allSatisfy { !$0.hasFormula }, "\(sheet)")
        }
        let list = contents.cells("활동 목록").values
        for text in Self.hostile.dropLast() {
            let cells = list.filter { $0.value == Self.stored(text) }
            #expect(cells.count == 5, "\(text)")   // trip, city, organisation, title, source
            #expect(cells.allSatisfy { $0.type == "s" || $0.type == "inlineStr" })
        }
        #expect(list.filter { $0.value == String(repeating: "x", count: 32_766) }.count == 5)
    }

    @Test func csvGuardsEveryFormulaStart() throws {
        let records = LogReader().readAll([.bytes(name: "hostile.csv", Self.log())]).records
        let files = try ReportCSVWriter(encoding: .utf8BOM).files(for: try Sample.report(records: records))
        let list = try #require(files.first { $0.name.contains("활동") })
        let text = String(decoding: list.bytes, as: UTF8.self)
        for formula in Self.hostile.prefix(5) {
            let field = CSVWriter.field(.text(formula))
            #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(formula)")
            #expect(text.components(separatedBy: field).count - 1 >= 5, "\(formula)")
        }
    }
}
