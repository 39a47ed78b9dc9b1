/// Why a workbook, or its sheet, cannot be read as a log; reported at the file's first line
/// (`log.xlsx:1:1: error: file: …`), or at the sheet's first cell when it is about the sheet.
struct WorkbookError: Error, Equatable {
    /// What the finding is about: `file`, `sheet` or `header`.
    let columnName: String
    let message: Message
    /// The sheet, when the finding is about one.
    var sheet: String?
    /// The row and column of the cell concerned; 1 and 1 for the file or sheet as a whole.
    var row = 1, column = 1

    static func file(_ message: Message) -> WorkbookError {
        WorkbookError(columnName: "file", message: message)
    }

    /// A workbook whose parts cannot be read as SpreadsheetML.
    static func damaged(_ part: WorkbookPart, _ damage: WorkbookDamage) -> WorkbookError {
        .file(.damagedWorkbook(part, damage))
    }

    static func damaged(_ part: String, _ damage: WorkbookDamage) -> WorkbookError {
        damaged(.part(part), damage)
    }
}
