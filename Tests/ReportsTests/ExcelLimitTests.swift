import Foundation
import Testing
@testable import Reports

/// A report past Excel's rows is bad input (`ReportTooLarge`, exit 1), said in our words; the C
/// library's own words never reach the user.
struct ExcelLimitTests {
    @Test func aRowPastExcelsLastIsReportTooLarge() throws {
        let url = try Sample.temporaryFolder().appendingPathComponent("x.xlsx")
        let workbook = try XLSXWorkbook(path: url.path, constantMemory: true, fontName: "Arial", fontSize: 10)
        let sheet = try workbook.addSheet(named: "활동 목록")
        try sheet.writeText("last", row: ExcelLimits.rows - 1, column: 0)
        #expect(throws: ReportTooLarge(sheet: "활동 목록")) { try sheet.writeText("one more", row: ExcelLimits.rows, column: 0) }
        #expect(throws: ReportTooLarge(sheet: "활동 목록")) { try sheet.writeNumber(1, row: ExcelLimits.rows, column: 0) }
        #expect(ReportTooLarge(sheet: "활동 목록").description
                == "the sheet '활동 목록' would need more than Excel's 1,048,576 rows; make the report for a shorter period or fewer offices")
    }

    @Test func theLibrarysFailuresAreInOurWords() {
        let writing = XLSXError.Place(what: "writing the workbook", sheet: nil, row: nil, column: nil)
        for code in UInt32(1)...40 {
            let message = XLSXError.library(code: code, at: writing).description
            #expect(message.hasPrefix("writing the workbook: "))
            #expect(!message.contains("Usually") && !message.contains("Error ") && !message.contains("lxw"), "\(code): \(message)")
        }
        #expect(XLSXError.library(code: 2, at: writing).description == "writing the workbook: the file cannot be created (is the folder writable?)")
        let cell = XLSXError.Place(what: "text", sheet: "요약", row: 2, column: 0)
        #expect(XLSXError.library(code: 2, at: cell).description == "sheet '요약', text at row 3, column 1: the file cannot be created (is the folder writable?)")
        // Each limit is a case of its own, with the values a front end needs.
        #expect(ExcelLimits.problem(withSheetName: String(repeating: "가", count: 32)) == .sheetName(String(repeating: "가", count: 32), .tooLong))
        #expect(ExcelLimits.problem(withSheetName: "a/b") == .sheetName("a/b", .forbidden("/")))
        #expect(ExcelLimits.problem(withSheetName: "요약") == nil)
    }
}
