import Foundation
import Testing

/// Commands on logs kept in .xlsx workbooks: the same results as from their CSV twin, errors named
/// by cell, `--sheet` to choose the sheet.
struct WorkbookLogCommandTests {
    static let folder = "Tests/MetricsTests/Fixtures/Workbooks/"

    @Test func validateReadsTheFirstSheet() throws {
        let result = try CLIRunner.run(["validate", Self.folder + "openpyxl.xlsx"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdoutLines == [
            "\(Self.folder)openpyxl.xlsx[활동]: 6 rows; extra columns ignored: 확인, 비고",
            "1 file, 6 rows, 2024-01-08 to 2024-03-14",
            "offices: 전북특별자치도 4, 전주시 2",
            "kinds: mission 1, delegation 1, agreement 1, forum 1, expo 1, consultation 1",
            "ok: 0 errors, 0 warnings",
        ])
    }

    @Test func validateNamesTheCellOfEachError() throws {
        let result = try CLIRunner.run(["validate", Self.folder + "bad.xlsx"])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(Self.folder)bad.xlsx[활동]:B4: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '2024-3월-05'",
            "\(Self.folder)bad.xlsx[활동]:A5: error: id: already used at \(Self.folder)bad.xlsx[활동]:A3 'r1'",
            "\(Self.folder)bad.xlsx[활동]:F5: error: companies: not a number (write digits, e.g. 12) 'three'",
            "\(Self.folder)bad.xlsx[활동]:B6: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '45299'",
        ])
        #expect(result.stdoutLines.last == "failed: 4 errors, 0 warnings")
    }

    @Test func sheetChoosesTheSheet() throws {
        let workbook = Self.folder + "openpyxl-1904.xlsx"
        let chosen = try CLIRunner.run(["validate", "--sheet", "활동", workbook])
        #expect(chosen.status == 0)
        #expect(chosen.stdoutLines.first == "\(workbook)[활동]: 6 rows; extra columns ignored: 확인, 비고")
        let unknown = try CLIRunner.run(["validate", "--sheet", "Activities", workbook])
        #expect(unknown.status == 1)
        #expect(unknown.stderrLines == ["\(workbook):1:1: error: sheet: the workbook has no sheet named 'Activities'; its sheets are 요약, 활동"])
        let first = try CLIRunner.run(["validate", workbook])
        #expect(first.status == 1)
        #expect(first.stderrLines.first == "\(workbook)[요약]:A1: error: id: required column is missing; name it in the first line (id, 번호, 순번)")
    }

    @Test func reportsFromAWorkbookAreThoseOfItsTwin() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = CLIRunner.projectRoot.path + "/" + Self.folder
        for (log, name) in [("log.csv", "csv"), ("libreoffice.xlsx", "xlsx")] {
            let result = try CLIRunner.run(["quarterly", root + log, "--period", "2024-Q1", "--office", "전북",
                                            "-o", "\(name).xlsx", "--csv", name], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdoutLines == ["wrote \(name)/: 15 CSV files", "wrote \(name).xlsx: 7 sheets, 6 activities in 2024-Q1 (전북특별자치도)"])
        }
        // Every table but the about sheet's list of inputs is the same.
        let tables = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("csv").path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("xlsx").path).sorted() == tables)
        for table in tables where !table.contains("about") && !table.contains("정보") {
            let csv = try Data(contentsOf: dir.appendingPathComponent("csv/" + table))
            let xlsx = try Data(contentsOf: dir.appendingPathComponent("xlsx/" + table))
            #expect(csv == xlsx, "\(table)")
        }
        let csvTables = try CLIRunner.run(["tables", root + "log.csv", "--period", "all", "--by", "office,sector", "--format", "csv"])
        let xlsxTables = try CLIRunner.run(["tables", root + "openpyxl.xlsx", "--period", "all", "--by", "office,sector", "--format", "csv"])
        #expect(xlsxTables.status == 0)
        #expect(xlsxTables.stdout == csvTables.stdout)
        #expect(xlsxTables.stdoutLines.count > 3)
    }

    @Test func aFileThatIsNoWorkbookIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = CLIRunner.projectRoot.path + "/" + Self.folder + "not-a-workbook.xlsx"
        let result = try CLIRunner.run(["quarterly", log, "--period", "2024-Q1", "-o", "q.xlsx"], in: dir)
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
        #expect(result.stderrLines.first == "\(log):1:1: error: file: is a zip archive but not an Excel workbook (it has no xl/workbook.xml); save the log as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"")
    }
}
