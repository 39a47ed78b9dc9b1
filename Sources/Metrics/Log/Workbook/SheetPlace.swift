/// Where the rows of a workbook file were read: its sheet and the column of its ids, so that an
/// id used again names the first one's cell (`log.xlsx[활동]:A5`).
struct SheetPlace: Sendable {
    let sheet: String
    /// The column of the header's first cell: field 1 of each row.
    let firstColumn: Int
    let idColumn: Int?

    /// The id cell of `row` of `file`.
    func idCell(of file: String, row: Int) -> String {
        cell(of: file, row: row, column: idColumn ?? firstColumn)
    }

    /// A cell of this sheet of `file`: `log.xlsx[활동]:B5`.
    func cell(of file: String, row: Int, column: Int) -> String {
        "\(file)[\(sheet)]:\(CellAddress(row: row, column: column))"
    }
}
