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
        var files: [(String, [UInt8])] = []
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
                    throw EncodingError(description: "two tables of the report would both be written as \(name); give each sheet of the template its own file")
                }
                files.append((name, try bytes(try csv(table, style: report.style))))
            }
        }
        return files
    }

    /// A table as CSV: amounts in plain dollars, or as the workbook shows them (`csv_amounts: as-shown`).
    func csv(_ table: ReportTable, style: ReportStyle = ReportStyle()) throws -> String {
        var writer = CSVWriter(options: CSVWriter.Options(byteOrderMark: encoding == .utf8BOM, lineEnding: "\r\n"))
        let scaled = style.csvAmountsAsShown && style.amounts != .dollars
        writer.writeRow(table.columns.map { scaled ? $0.header : $0.dollarHeader ?? $0.header })
        let divisor = scaled ? style.amounts.divisor : 1
        func write(_ row: [ReportCell]) {
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
        table.rows.forEach(write)
        try table.stream?.forEach(write)
        return writer.text
    }

    public struct EncodingError: Error, CustomStringConvertible {
        public let description: String
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

/// UTF-8 to CP949 through iconv; a character CP949 lacks becomes `?`.
enum CP949Encoder {
    static func encode(_ text: String) throws -> [UInt8] {
        let handle = iconv_open("CP949//TRANSLIT", "UTF-8")
        guard handle != iconv_t(bitPattern: -1) else { throw ReportCSVWriter.EncodingError(description: "iconv has no CP949 converter") }
        defer { iconv_close(handle) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        var written = 0
        try input.withUnsafeMutableBufferPointer { inBuffer in
            try output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                while inLeft > 0 {
                    if iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        guard errno == EILSEQ, outLeft > 0 else {
                            throw ReportCSVWriter.EncodingError(description: "cannot write CP949: \(String(cString: strerror(errno)))")
                        }
                        // Skip the character CP949 cannot hold and put a question mark.
                        var skip = 1
                        let lead = UInt8(bitPattern: inPointer!.pointee)
                        if lead >= 0xF0 { skip = 4 } else if lead >= 0xE0 { skip = 3 } else if lead >= 0xC0 { skip = 2 }
                        inPointer = inPointer! + min(skip, inLeft)
                        inLeft -= min(skip, inLeft)
                        outPointer!.pointee = 0x3F
                        outPointer = outPointer! + 1
                        outLeft -= 1
                    }
                }
                written = outBuffer.count - outLeft
            }
        }
        return Array(output[0..<written])
    }
}
