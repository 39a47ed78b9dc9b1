import Foundation
import Testing
import ZIPFoundation
@testable import TradeMetrics

/// What the reader says of workbooks it cannot read: a password named as such, a damaged part's
/// values shown as written.
struct WorkbookMessageTests {
    /// A one-sheet workbook whose sheet data is `rows` (and shared strings `strings`).
    /// Style 1 is a date (format 14); `date1904` sets the 1904 date system.
    static func workbook(rows: String, strings: [String] = [], date1904: Bool = false) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let properties = date1904 ? "<workbookPr date1904=\"1\"/>" : ""
        let parts = [
            "xl/workbook.xml": "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">\(properties)<sheets><sheet name=\"활동\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels": """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId3" Type="\(relationships)/styles" Target="styles.xml"/></Relationships>
                """,
            "xl/worksheets/sheet1.xml": "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>",
            "xl/sharedStrings.xml": "<sst xmlns=\"\(main)\">" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>",
            "xl/styles.xml": "<styleSheet xmlns=\"\(main)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
        ]
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }

    static let header = "<row r=\"1\">" + ["id", "date", "office", "kind", "partner_country"].enumerated()
        .map { "<c r=\"\(["A", "B", "C", "D", "E"][$0.offset])1\" t=\"inlineStr\"><is><t>\($0.element)</t></is></c>" }.joined() + "</row>"

    static func lines(_ bytes: [UInt8]) -> [String] {
        LogReader().readAll([.bytes(name: "log.xlsx", bytes)]).read.diagnostics.lines
    }

    @Test(arguments: ["7", "abc", "99999999999", "-1"])
    func aSharedStringIndexIsShownAsWritten(_ index: String) throws {
        let rows = Self.header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>\(index)</v></c></row>"
        #expect(Self.lines(try Self.workbook(rows: rows, strings: ["a"])) == [
            "log.xlsx:1:1: error: file: is not a valid .xlsx workbook: cell A2 names shared string '\(index)', which the workbook does not have; open it in Excel and save it again"])
    }

    @Test(arguments: ["0", "abc", "1048577", "99999999999"])
    func aRowNumberThatIsNoneIsShownAsWritten(_ number: String) throws {
        let rows = Self.header + "<row r=\"\(number)\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
        #expect(Self.lines(try Self.workbook(rows: rows)) == [
            "log.xlsx:1:1: error: file: is not a valid .xlsx workbook: row '\(number)' is not a row number (1 to 1,048,576); open it in Excel and save it again"])
    }

    /// A date serial past 9999-12-31 in the 1904 system (it reaches it 1,462 serials sooner) is no
    /// date: in the date column an error, in a column the reader ignores nothing (it was a trap).
    @Test func aDateSerialPastTheCalendarIsNotADate() throws {
        func row(_ date: String, _ ignored: String) -> String {
            "<row r=\"2\">" + ["<c r=\"A2\" t=\"inlineStr\"><is><t>a1</t></is></c>", "<c r=\"B2\" s=\"1\"><v>\(date)</v></c>",
                               "<c r=\"C2\" t=\"inlineStr\"><is><t>전북</t></is></c>", "<c r=\"D2\" t=\"inlineStr\"><is><t>forum</t></is></c>",
                               "<c r=\"E2\" t=\"inlineStr\"><is><t>US</t></is></c>", "<c r=\"F2\" s=\"1\"><v>\(ignored)</v></c>"].joined() + "</row>"
        }
        let header = Self.header.replacingOccurrences(of: "</row>", with: "<c r=\"F1\" t=\"inlineStr\"><is><t>note</t></is></c></row>")
        #expect(Self.lines(try Self.workbook(rows: header + row("43837", "2957004"), date1904: true)) == [])
        #expect(Self.lines(try Self.workbook(rows: header + row("2957004", "1"), date1904: true)) == [
            "log.xlsx[활동]:B2: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '2957004'"])
    }

    /// An encrypted .xlsx is a compound file holding an `EncryptedPackage` stream, named anywhere in
    /// it (here across the reader's 1 MB chunks, as a file).
    @Test(arguments: [600, (1 << 20) - 10])
    func aWorkbookWithAPasswordSaysSo(_ offset: Int) throws {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: offset + 100)
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        bytes.replaceSubrange(offset..<(offset + name.count), with: name)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("locked-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let read = LogReader().readAll([.file(path: url.path)])
        #expect(read.read.diagnostics.lines == [
            "\(url.path):1:1: error: file: has a password; save it again without one (File › Info › Protect Workbook), or as \"CSV UTF-8\""])
    }
}
