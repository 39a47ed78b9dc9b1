import Foundation
import Testing
import ZIPFoundation
@testable import TradeMetrics

/// Workbooks that claim more than a log can hold: what is held of them stays bounded (a 7 MB zip
/// bomb of shared strings, 600 million empty strings, a row of 300 cells of 10 MB each), and the
/// reading stops with an error that names the limit.
struct HostileWorkbookTests {
    /// An .xlsx in memory: one sheet, the shared strings given, parts deflated as Excel's are.
    static func workbook(sheet: String, sharedStrings: String? = nil) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts = [
            "xl/workbook.xml": #"<workbook><sheets><sheet name="활동" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
            "xl/_rels/workbook.xml.rels": #"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>"#
                + (sharedStrings == nil ? "" : #"<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/>"#)
                + "</Relationships>",
            "xl/worksheets/sheet1.xml": "<worksheet><sheetData>\(sheet)</sheetData></worksheet>",
        ]
        if let sharedStrings { parts["xl/sharedStrings.xml"] = "<sst>\(sharedStrings)</sst>" }
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    static let header = #"<row r="1"><c t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>date</t></is></c>"#
        + #"<c t="inlineStr"><is><t>office</t></is></c><c t="inlineStr"><is><t>kind</t></is></c>"#
        + #"<c t="inlineStr"><is><t>partner_country</t></is></c></row>"#

    static func lines(_ bytes: [UInt8]) -> [String] {
        LogReader().readAll([.bytes(name: "log.xlsx", bytes)]).read.diagnostics.lines
    }

    @Test func aRowOverOneMegabyteIsRefusedAtItsCell() throws {
        let big = String(repeating: "가", count: 200_000)   // 600 KB a cell: the second goes over
        let row = #"<row r="2"><c r="A2" t="inlineStr"><is><t>\#(big)</t></is></c><c r="B2" t="inlineStr"><is><t>\#(big)</t></is></c></row>"#
        #expect(Self.lines(try Self.workbook(sheet: Self.header + row)) == [
            "log.xlsx[활동]:B2: error: row: the row holds more than 1 MB of text; is this an activity log? The rest of the sheet was not read",
        ])
    }

    /// The same through shared strings: each is checked before it is copied into the row.
    @Test func sharedStringsCountTowardsTheirRow() throws {
        let big = String(repeating: "x", count: 700_000)
        let row = #"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>0</v></c></row>"#
        #expect(Self.lines(try Self.workbook(sheet: Self.header + row, sharedStrings: "<si><t>\(big)</t></si>")) == [
            "log.xlsx[활동]:B2: error: row: the row holds more than 1 MB of text; is this an activity log? The rest of the sheet was not read",
        ])
    }

    /// The table of strings stops at its limits: the reader never holds more.
    @Test func sharedStringsStopAtTheirCountAndSize() throws {
        func strings(_ xml: String, bytes: Int = 1 << 20, count: Int = 1_000) throws -> Int {
            let archive = try WorkbookArchive(.bytes(name: "log.xlsx", try Self.workbook(sheet: "", sharedStrings: xml)))
            return try SharedStrings(archive, part: "xl/sharedStrings.xml", maximumBytes: bytes, maximumCount: count).count
        }
        #expect(try strings(String(repeating: "<si/>", count: 1_000)) == 1_000)
        #expect(throws: WorkbookError.file(.tooManySharedStrings(1_000))) {
            try strings(String(repeating: "<si/>", count: 1_001))
        }
        let tenKB = "<si><t>" + String(repeating: "x", count: 10_240) + "</t></si>"
        #expect(try strings(String(repeating: tenKB, count: 102)) == 102)
        #expect(throws: WorkbookError.file(.sharedStringsTooLarge(megabytes: 1))) {
            try strings(String(repeating: tenKB, count: 103))
        }
        // The real limits: far above a million-row log, far below the gigabytes of a bomb.
        #expect((SharedStrings.maximumBytes, SharedStrings.maximumCount) == (128 << 20, 8_000_000))
    }

    /// The workbook's other parts are held whole: past 16 MB unpacked (a zip bomb) they are refused.
    @Test func anIndexPartPast16MBIsRefused() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let bomb = Data(repeating: 0x20, count: WorkbookArchive.maximumIndexPartBytes + 1)
        try archive.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(bomb.count), compressionMethod: .deflate) { position, size in
            bomb.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect(Self.lines([UInt8](archive.data!)) == [
            "log.xlsx:1:1: error: file: is not a valid .xlsx workbook: xl/workbook.xml unpacks to more than 16 MB; open it in Excel and save it again",
        ])
    }

    /// FuzzWorkbook's first finding: bytes with no zip end record (ZIPFoundation leaked them); and
    /// an end record alone, or with a directory past the file's end, is no archive either.
    @Test func bytesWithoutAZipEndRecordAreRefused() throws {
        let stub: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 60)
        let refused = ["log.xlsx:1:1: error: file: is not a valid .xlsx workbook: its zip archive cannot be read; open it in Excel and save it again"]
        #expect(Self.lines(stub) == refused)
        let pastTheEnd = stub + [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0]
        #expect(Self.lines(pastTheEnd) == refused)
        #expect(LogReader().readAll([.bytes(name: "log.xlsx", try Self.workbook(sheet: Self.header))]).read.diagnostics.errorCount == 1)   // header, no rows
    }

    /// FuzzWorkbook: cells written outside any row were placed at row 0 (`B0`) when they broke the
    /// row limit; a finding is always at a row of the sheet.
    @Test func aCellOutsideAnyRowIsPlacedInRowOne() throws {
        let big = String(repeating: "가", count: 400_000)   // 1.2 MB
        let sheet = #"<c r="B1" t="inlineStr"><is><t>\#(big)</t></is></c>"#
        #expect(Self.lines(try Self.workbook(sheet: sheet)) == [
            "log.xlsx[활동]:B1: error: row: the row holds more than 1 MB of text; is this an activity log? The rest of the sheet was not read",
        ])
    }

    /// FuzzWorkbook again: a header of cells outside any row was row 0 (`G0`); such cells are row 1.
    @Test func aHeaderOutsideAnyRowIsRowOne() throws {
        let names = ["id", "date", "office", "kind", "partner_country", "id"]
        let cells = names.enumerated().map { index, name in
            #"<c r="\#(["A", "B", "C", "D", "E", "F"][index])1" t="inlineStr"><is><t>\#(name)</t></is></c>"#
        }.joined() + "</row>"   // the end of a row that never began
        let read = LogReader().readAll([.bytes(name: "log.xlsx", try Self.workbook(sheet: cells))])
        #expect(read.read.diagnostics.lines.first == "log.xlsx[활동]:F1: error: id: the column appears twice (also field 1) 'id'")
    }

    /// FuzzWorkbook: rows listed out of order (46, then 7) gave records out of row order, so an id
    /// used twice could name a later row as the earlier one. A sheet lists its rows in order.
    @Test func rowsOutOfOrderAreDamaged() throws {
        let row = { (number: Int) in #"<row r="\#(number)"><c t="inlineStr"><is><t>x\#(number)</t></is></c></row>"# }
        let expected = "log.xlsx:1:1: error: file: is not a valid .xlsx workbook: row '7' comes after row 46 (the rows are out of order); "
            + "open it in Excel and save it again"
        #expect(Self.lines(try Self.workbook(sheet: Self.header + row(46) + row(7))).contains(expected))
        #expect(Self.lines(try Self.workbook(sheet: Self.header + row(5) + row(5))).contains {
            $0.contains("row '5' comes after row 5 (the rows are out of order)")
        })
        // The file the fuzzer found.
        let found = try Array(Data(contentsOf: Self.crashers.appendingPathComponent("rows-out-of-order.xlsx")))
        let read = LogReader().readAll([.bytes(name: "log.xlsx", found)])
        #expect(read.read.diagnostics.lines.contains { $0.contains("(the rows are out of order)") })
        #expect(zip(read.records, read.records.dropFirst()).allSatisfy { $0.location.line < $1.location.line })
    }

    /// FuzzWorkbook's slow unit: a 2.9 KB workbook whose rows above the header hold a megabyte of
    /// text each took 1.7 s (12 s under the fuzzer), every cell turned into a header's key while
    /// the header was looked for. A cell longer than any header is passed over at once.
    @Test func aCellLongerThanAnyHeaderNamesNoColumn() throws {
        #expect(Column(header: "  참여\n기업 ") == .companies)
        #expect(Column(header: "id" + String(repeating: " ", count: 300)) == nil)
        #expect(Column(header: String(repeating: ">\"i", count: 300_000)) == nil)
        let found = try Array(Data(contentsOf: Self.crashers.appendingPathComponent("long-cells-before-the-header.xlsx")))
        #expect(Self.lines(found).first?.contains("xl/worksheets/sheet1.xml is damaged (its checksum differs)") == true)
    }

    /// FuzzWorkbook at 907,353 inputs: a `</row>`, then cells outside any row, then `</row>`
    /// again gave the last row twice (its cells kept, the same number), so an id "was used" at its
    /// own cell. Cells outside any row make the row after the last, on their own.
    @Test func cellsAfterARowsEndMakeTheNextRow() throws {
        let cell = { (text: String) in #"<c t="inlineStr"><is><t>\#(text)</t></is></c>"# }
        let row2 = #"<row r="2">"# + ["x1", "2024-01-10", "전북", "forum", "US"].map(cell).joined() + "</row>"
        let stray = ["x2", "2024-01-11", "전북", "forum", "JP"].map(cell).joined() + "</row>"
        let read = LogReader().readAll([.bytes(name: "log.xlsx", try Self.workbook(sheet: Self.header + row2 + stray))])
        #expect(read.read.diagnostics.lines == [])
        #expect(read.records.map(\.id) == ["x1", "x2"])
        #expect(read.records.map(\.location.line) == [2, 3])
        let found = try Array(Data(contentsOf: Self.crashers.appendingPathComponent("row-ended-twice.xlsx")))
        let again = LogReader().readAll([.bytes(name: "log.xlsx", found)])
        #expect(zip(again.records, again.records.dropFirst()).allSatisfy { $0.location.line < $1.location.line })
        #expect(!again.read.diagnostics.lines.contains { $0.contains("already used at log.xlsx[Activities]:A3") && $0.contains("[Activities]:A3:") })
    }

    static let crashers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Crashers/FuzzWorkbook")

    /// FuzzWorkbook's hang: a 6 KB workbook whose shared strings' deflate stream has no end mark
    /// made ZIPFoundation read past the part and loop at the file's end for ever. Each part is now
    /// unpacked within its own bytes: damaged, at once.
    @Test func aStreamWithoutItsEndIsDamagedNotAHang() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Workbooks/stream-without-end.xlsx")
        let read = LogReader().readAll([.file(path: url.path, name: "fuzz.xlsx")])
        #expect(read.read.diagnostics.lines == [
            "fuzz.xlsx:1:1: error: file: is not a valid .xlsx workbook: xl/sharedStrings.xml is damaged (its compressed data ends before its end mark); open it in Excel and save it again",
        ])
    }
}
