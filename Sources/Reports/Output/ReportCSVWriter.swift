import Foundation
import TradeMetrics

/// Writes each table of a report as a CSV file that opens cleanly in Korean Excel: UTF-8 with a BOM
/// (or CP949 for older systems), CRLF, RFC 4180 quoting, formulas guarded, plain numbers.
public struct ReportCSVWriter {
    public enum Encoding: String, CaseIterable, Sendable {
        case utf8BOM = "utf-8-bom"
        case cp949
    }

    public let encoding: Encoding

    public init(encoding: Encoding = .utf8BOM) {
        self.encoding = encoding
    }

    /// The files a report makes: name and content, one per table block, named after the sheet
    /// (and numbered when a sheet has several tables).
    public func files(for report: Report) throws -> [(name: String, bytes: [UInt8])] {
        try filesAndWarnings(for: report).files
    }

    /// The files, and in CP949 a warning for each cell holding a character CP949 lacks (written as
    /// its nearest, or `?`): `FILE:LINE:COLUMN: warning: HEADER: …` (up to 100 a file, then a count).
    public func filesAndWarnings(for report: Report) throws -> (files: [(name: String, bytes: [UInt8])], warnings: [OutputWarning]) {
        var files: [(String, [UInt8])] = []
        let lacking = encoding == .cp949 ? CP949Lacking() : nil
        for (sheetIndex, sheet) in report.sheets.enumerated() where !sheet.screenOnly {
            let tables = sheet.blocks.compactMap { block -> ReportTable? in
                if case .table(let table) = block { return table }
                return nil
            }
            for (index, table) in tables.enumerated() {
                let suffix = tables.count > 1 ? "-\(index + 1)" : ""
                let name = table.fileName.map { Self.fileName($0) + suffix + ".csv" }
                    ?? String(format: "%02d-", sheetIndex + 1) + Self.fileName(sheet.name) + suffix + ".csv"
                // Two tables under one name would leave only the last: refused (a sheet made per office).
                guard !files.contains(where: { $0.0.lowercased() == name.lowercased() }) else {
                    throw EncodingError(message: .csvFileTwiceInReport(name))
                }
                let text = try csv(table, style: report.style) { text, line, column, header in
                    try lacking?.check(text, file: name, line: line, column: column, header: header)
                }
                lacking?.finish(file: name)
                files.append((name, try bytes(text)))
            }
        }
        return (files, lacking?.warnings ?? [])
    }

    /// A table as CSV: amounts in plain dollars, or as the workbook shows them (`csv_amounts: as-shown`).
    /// `eachText` is told every text cell: its text, line (the header is 1), column and header.
    func csv(_ table: ReportTable, style: ReportStyle = ReportStyle(),
             eachText: (String, Int, Int, String) throws -> Void = { _, _, _, _ in }) throws -> String {
        var writer = CSVWriter(options: CSVWriter.Options(byteOrderMark: encoding == .utf8BOM, lineEnding: "\r\n"))
        let scaled = style.csvAmountsAsShown && style.amounts != .dollars
        let headers = table.columns.map { scaled ? $0.header : $0.dollarHeader ?? $0.header }
        writer.writeRow(headers)
        for (column, header) in headers.enumerated() { try eachText(header, 1, column + 1, header) }
        var line = 1
        let divisor = scaled ? style.amounts.divisor : 1
        func write(_ row: [ReportCell]) throws {
            line += 1
            for (column, cell) in row.enumerated() {
                switch cell {
                case .text(let text), .link(let text): try eachText(text, line, column + 1, column < headers.count ? headers[column] : "")
                default: break
                }
            }
            writer.writeRow(row.map { cell -> CSVWriter.Cell in
                switch cell {
                case .text(let text), .link(let text): return .text(text)
                case .count(let n): return .number("\(n)")
                case .dollars(let d) where divisor != 1: return .number(MeasureValue.ratio(d.value / divisor).description)
                case .ratio(let r?, _, true) where divisor != 1: return .number(MeasureValue.ratio(r / divisor).description)
                case .dollars(let d): return .number(d.description)
                case .percent(let p): return p.map { .number("\($0 * 100)") } ?? .empty
                case .ratio(let r, _, _): return r.map { .number(MeasureValue.ratio($0).description) } ?? .empty
                case .date(let day): return .text(day.description)
                case .empty: return .empty
                }
            })
        }
        try table.rows.forEach(write)
        try table.stream?.forEach(write)
        return writer.text
    }

    public struct EncodingError: Error, CustomStringConvertible {
        public let message: Message
        public var description: String { message.text(.en) }
    }

    private func bytes(_ text: String) throws -> [UInt8] {
        switch encoding {
        case .utf8BOM: return Array(text.utf8)
        case .cp949: return try CP949Encoder.encode(text)
        }
    }

    /// A sheet name as a file name: path separators and characters Windows forbids become `_`.
    static func fileName(_ name: String) -> String {
        String(name.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 })
    }
}
