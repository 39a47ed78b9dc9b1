import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// A log written as a workbook by our own writer (`XLSXWorkbook`, libxlsxwriter) reads to exactly
/// the records of its CSV twin: shared strings, or inline strings in constant-memory mode; dates
/// as serials with a date format, counts and amounts as numbers.
struct OwnWorkbookLogTests {
    static let twin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MetricsTests/Fixtures/Workbooks/log.csv")

    /// The twin's fields, row by row, header first.
    static func fields() throws -> [[String]] {
        var rows: [[String]] = []
        var tokenizer = CSVTokenizer()
        let bytes = [UInt8](try Data(contentsOf: twin))
        let collect: (borrowing CSVTokenizer.Record) -> Void = { record in
            rows.append((0..<record.count).map { String(decoding: record.field($0), as: UTF8.self) })
        }
        try bytes.withUnsafeBytes { try tokenizer.feed($0, collect) }
        try tokenizer.finish(collect)
        return rows
    }

    /// Writes the twin's rows below a title, each column as a spreadsheet would hold it.
    static func writeWorkbook(to path: String, constantMemory: Bool) throws {
        let rows = try fields()
        let workbook = try XLSXWorkbook(path: path, constantMemory: constantMemory, fontName: "Calibri", fontSize: 11)
        let sheet = try workbook.addSheet(named: "활동 로그")
        try sheet.writeText("활동 로그 (자체 작성)", row: 0, column: 0, style: CellStyle(bold: true))
        let header = rows[0]
        for (column, name) in header.enumerated() { try sheet.writeText(name, row: 2, column: column) }
        let dates: Set<String> = ["일자", "종료일"], numbers: Set<String> = ["참여기업", "상대기업", "협약", "상담건수", "상담액", "계약액"]
        for (index, row) in rows.dropFirst().enumerated() {
            for (column, text) in row.enumerated() where !text.isEmpty {
                let name = header[column]
                if dates.contains(name), case .success(let day) = Day.parse(text) {
                    let format = column == 1 ? "yyyy-mm-dd" : "mm-dd-yy"     // custom, and built-in 14
                    try sheet.writeNumber(Double(day.ordinal + 25569), row: 3 + index, column: column,
                                          style: CellStyle(numberFormat: format))
                } else if numbers.contains(name), let number = Double(text) {
                    try sheet.writeNumber(number, row: 3 + index, column: column)
                } else {
                    try sheet.writeText(text, row: 3 + index, column: column)
                }
            }
        }
        try workbook.close()
    }

    @Test(arguments: [false, true])
    func readsAsItsCSVTwin(constantMemory: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("own-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("log.xlsx").path
        try Self.writeWorkbook(to: path, constantMemory: constantMemory)

        let twin = LogReader().readAll([.file(path: Self.twin.path)])
        let read = LogReader().readAll([.file(path: path)])
        #expect(read.read.diagnostics.lines == [])
        #expect(read.read.files.map(\.sheet) == ["활동 로그"])
        #expect(read.records.count == 6)
        #expect(read.records.map(\.location.line) == Array(4...9))
        func placeless(_ records: [ActivityRecord]) -> [ActivityRecord] {
            records.map { var record = $0; record.location = SourceLocation(file: 0, line: 0); return record }
        }
        #expect(placeless(read.records) == placeless(twin.records))
        #expect(read.records.first?.extras == ["TRUE", ""])
        #expect(read.records.last?.consultationUSD == Dollars(cents: 123_456))
    }
}
