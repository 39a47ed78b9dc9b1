import Foundation
import Testing
@testable import TradeMetrics

/// Logs kept in .xlsx workbooks (`Fixtures/Workbooks`, made by `make-workbooks.py`): each reads to
/// exactly the records of its CSV twin `log.csv`, and problems are named by cell.
struct WorkbookLogTests {
    static let folder = fixtures.appendingPathComponent("Workbooks")

    /// A fixture as bytes under its own name, so that messages name it shortly.
    static func source(_ name: String) throws -> LogSource {
        .bytes(name: name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
    }

    static func read(_ sources: [LogSource]) -> (records: [ActivityRecord], read: LogReadReport, lines: [String]) {
        let (records, report) = LogReader().readAll(sources)
        return (records, report, report.diagnostics.lines)
    }

    /// Records as the twin's, but for where they were read.
    static func placeless(_ records: [ActivityRecord]) -> [ActivityRecord] {
        records.map { record in
            var record = record
            record.location = SourceLocation(file: 0, line: 0)
            return record
        }
    }

    static let twin = read([.file(path: folder.appendingPathComponent("log.csv").path)])

    @Test func theTwinIsValid() {
        #expect(Self.twin.lines == [])
        #expect(Self.twin.records.count == 6)
        #expect(Self.twin.read.files.first?.extraColumns == ["확인", "비고"])
    }

    @Test(arguments: [("openpyxl.xlsx", nil, "활동", 4), ("openpyxl-1904.xlsx", "활동", "활동", 3),
                      ("handmade.xlsx", nil, "Activities", 2), ("libreoffice.xlsx", nil, "log", 2)] as [(String, String?, String, Int)])
    func readsAsItsCSVTwin(_ name: String, _ sheet: String?, _ sheetRead: String, _ firstRow: Int) throws {
        let log = Self.read([try Self.source(name).choosingSheet(sheet)])
        #expect(log.lines == [])
        #expect(Self.placeless(log.records) == Self.placeless(Self.twin.records))
        #expect(log.records.map(\.location.line) == Array(firstRow..<firstRow + 6))
        let file = try #require(log.read.files.first)
        #expect((file.name, file.sheet, file.rows, file.encoding) == (name, sheetRead, 6, nil))
        #expect(file.extraColumns == ["확인", "비고"])
    }

    /// The cells of `openpyxl.xlsx` that are stored otherwise than as plain text, as they read.
    @Test func cellsReadAsTheirValues() throws {
        let records = Self.read([try Self.source("openpyxl.xlsx")]).records
        let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        let ces = try #require(byID["jb-01"])
        #expect((ces.date.description, ces.endDate?.description) == ("2024-01-09", "2024-01-12"))   // yyyy-mm-dd, built-in 14
        #expect(ces.consultationUSD == Dollars(1_200_000))                                           // typed as "1,200,000"
        #expect(ces.contractUSD == Dollars(cents: 3_000_050))
        #expect(ces.extras == ["TRUE", ""])                                                          // a boolean
        let mou = try #require(byID["jb-02"])
        #expect(mou.date.description == "2024-01-10")                                                // typed as 2024.01.10
        #expect(mou.partnerOrg == "R&D <Center> \"K\"")
        #expect((mou.agreements, mou.agreementsImplied) == (1, true))
        #expect(mou.extras == ["FALSE", "두 줄\n메모"])
        let visit = try #require(byID["jj-01"])
        #expect(visit.title == "전주 방문단")                                                          // rich text
        #expect(visit.partnerOrg == "Kansas City Council")                                           // a formula's cached text
        #expect(visit.endDate?.description == "2024-02-06")                                          // typed as 2024/2/6
        let vietnam = try #require(byID["jb-03"])
        #expect(vietnam.date.description == "2024-03-14")                                            // built-in 22, 15:30
        #expect(vietnam.companies == 12)                                                             // =4*3, cached
        #expect(vietnam.consultationUSD == Dollars(cents: 30_030))                                   // 300.29999999999995
        let forum = try #require(byID["jj-02"])
        #expect(forum.date.description == "2024-01-08")                                              // typed as 2024. 1. 8.
        #expect((forum.partnerCity, forum.sectors.isEmpty, forum.companies, forum.extras) == ("", true, 0, ["", ""]))
        let mission = try #require(byID["jb-04"])
        #expect(mission.date.description == "2024-02-29")                                            // yyyy"년" m"월" d"일"
        #expect(mission.consultationUSD == Dollars(cents: 123_456))
    }

    @Test func theFirstSheetIsReadUnlessOneIsNamed() throws {
        let first = Self.read([try Self.source("openpyxl-1904.xlsx")])
        #expect(first.records == [])
        #expect(first.lines.first == "openpyxl-1904.xlsx[요약]:A1: error: id: required column is missing; name it in the first line (id, 번호, 순번)")
        let named = Self.read([try Self.source("openpyxl-1904.xlsx").choosingSheet("활동")])
        #expect(named.records.count == 6)
        let unknown = Self.read([try Self.source("openpyxl-1904.xlsx").choosingSheet("활동2")])
        #expect(unknown.lines == ["openpyxl-1904.xlsx:1:1: error: sheet: the workbook has no sheet named '활동2'; its sheets are 요약, 활동"])
        // A CSV file has no sheets: it is read as it is.
        let csv = Self.read([LogSource.file(path: Self.folder.appendingPathComponent("log.csv").path).choosingSheet("활동")])
        #expect(csv.records == Self.twin.records)
    }

    @Test func errorsNameTheCell() throws {
        let log = Self.read([try Self.source("bad.xlsx")])
        #expect(log.lines == [
            "bad.xlsx[활동]:B4: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '2024-3월-05'",
            "bad.xlsx[활동]:A5: error: id: already used at bad.xlsx[활동]:A3 'r1'",
            "bad.xlsx[활동]:F5: error: companies: not a number (write digits, e.g. 12) 'three'",
            // A day number without a date format is a number, not a date.
            "bad.xlsx[활동]:B6: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '45299'",
        ])
        #expect(log.records.map(\.id) == ["r1"])
    }

    @Test func aTableFromColumnBIsAddressedFromColumnB() throws {
        // The second sheet of openpyxl-1904.xlsx has its header at B2; every id of the second file is used there.
        let log = Self.read([try Self.source("openpyxl-1904.xlsx").choosingSheet("활동"), try Self.source("openpyxl.xlsx")])
        #expect(log.lines.first == "openpyxl.xlsx[활동]:A4: error: id: already used at openpyxl-1904.xlsx[활동]:B3 'jb-01'")
        #expect(log.lines.count == 6)
    }

    @Test func csvAndWorkbooksMixInOneLog() throws {
        let csv = LogSource.bytes(name: "log.csv", [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("log.csv"))))
        let log = Self.read([try Self.source("handmade.xlsx"), csv])
        #expect(log.read.files.map(\.rows) == [6, 0])
        #expect(log.lines.first == "log.csv:2:1: error: id: already used at handmade.xlsx[Activities]:A2 'jb-01'")
        let reversed = Self.read([csv, try Self.source("handmade.xlsx")])
        #expect(reversed.lines.first == "handmade.xlsx[Activities]:A2: error: id: already used at log.csv:2 'jb-01'")
    }

    @Test func anActivityInAWorkbookAndInACSVFileIsNamedByCell() throws {
        var text = try String(contentsOf: Self.folder.appendingPathComponent("log.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\njb-", with: "\ncopy-jb-").replacingOccurrences(of: "\njj-", with: "\ncopy-jj-")
        let log = Self.read([try Self.source("openpyxl-1904.xlsx").choosingSheet("활동"), .bytes(name: "copy.csv", Array(text.utf8))])
        #expect(log.lines.first == "copy.csv:2:1: warning: row: the same activity as openpyxl-1904.xlsx[활동]:B3 (전북특별자치도); both rows count")
        let reversed = Self.read([.bytes(name: "copy.csv", Array(text.utf8)), try Self.source("openpyxl-1904.xlsx").choosingSheet("활동")])
        #expect(reversed.lines.first == "openpyxl-1904.xlsx[활동]:B3: warning: row: the same activity as copy.csv:2 (전북특별자치도); both rows count")
    }

    @Test func whatIsNoWorkbookIsRefusedAtItsFirstLine() throws {
        let notZip = Self.read([.bytes(name: "notes.xlsx", Array("id,date\n".utf8))])
        #expect(notZip.lines == ["notes.xlsx:1:1: error: file: is not an Excel workbook: an .xlsx file is a zip archive and this one is not; if it is a CSV file, name it .csv"])
        let zip = Self.read([try Self.source("not-a-workbook.xlsx")])
        #expect(zip.lines == ["not-a-workbook.xlsx:1:1: error: file: is a zip archive but not an Excel workbook (it has no xl/workbook.xml); save the log as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\""])
        // A workbook named .csv is still read as one (by its first bytes).
        let renamed = Self.read([.bytes(name: "log.csv", [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("openpyxl.xlsx"))))])
        #expect(renamed.records.count == 6)
        let old = Self.read([.bytes(name: "old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))])
        #expect(old.lines == ["old.xls:1:1: error: file: is an Excel 97–2003 workbook (.xls) or one with a password; save it as \"Excel Workbook (.xlsx)\" without a password, or as \"CSV UTF-8\""])
        var cut = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("openpyxl.xlsx")))
        cut.removeLast(cut.count / 2)
        let damaged = Self.read([.bytes(name: "cut.xlsx", cut)])
        #expect(damaged.lines == ["cut.xlsx:1:1: error: file: is not a valid .xlsx workbook: its zip archive cannot be read; open it in Excel and save it again"])
        let missing = Self.read([.file(path: "/nonexistent/log.xlsx")])
        #expect(missing.lines == ["/nonexistent/log.xlsx:1:1: error: file: cannot be read: No such file or directory"])
    }

    @Test func aSecondReadOfOnePeriodSkipsTheOthers() throws {
        var days: [String] = []
        LogReader().reread([try Self.source("openpyxl.xlsx")], selecting: { $0.month == 1 }) { days.append($0.date.description) }
        #expect(days == ["2024-01-09", "2024-01-10", "2024-01-08"])
    }
}
