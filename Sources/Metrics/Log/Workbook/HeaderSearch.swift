/// Finds a sheet's header row: the first that names every required column of the contract, so
/// that a title, merged title cells or blank rows above it are passed over. When none of the
/// first 20 rows does, the one naming most columns is the header (its missing columns are then
/// reported as in a CSV file), or the first row when none names any.
struct HeaderSearch {
    static let rowsSearched = 20

    /// A row kept until the header is known.
    struct KeptRow {
        let number: Int
        let bytes: [UInt8]
        let cells: [SheetReader.Cell]
    }

    /// The rows seen so far (none of them blank).
    private(set) var rows: [KeptRow] = []
    private var named: [Int] = []

    /// Looks at the next row; returns the position in `rows` of the header once it is decided.
    mutating func consider(_ row: borrowing SheetReader.Row) -> Int? {
        rows.append(KeptRow(number: row.number, bytes: Array(row.bytes), cells: Array(row.cells)))
        let columns = Set(row.cells.compactMap { cell in
            Column(header: String(decoding: UnsafeBufferPointer(rebasing: row.bytes[cell.start..<cell.end]), as: UTF8.self))
        })
        if Column.allCases.allSatisfy({ !$0.isRequired || columns.contains($0) }) { return rows.count - 1 }
        named.append(columns.count)
        return rows.count == Self.rowsSearched ? best : nil
    }

    /// At the end of a sheet of fewer rows: the row naming most columns; nil for an empty sheet.
    var best: Int? {
        guard let most = named.max() else { return nil }
        return named.firstIndex(of: most)
    }

    /// The column of the header cell naming `column`.
    static func column(of column: Column, in header: KeptRow) -> Int? {
        header.cells.first { cell in
            Column(header: String(decoding: header.bytes[cell.start..<cell.end], as: UTF8.self)) == column
        }?.column
    }
}
