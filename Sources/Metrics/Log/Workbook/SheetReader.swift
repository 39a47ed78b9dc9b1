/// The rows of a sheet (`xl/worksheets/sheetN.xml`), fed its XML token by token: each row's
/// cells as the text a CSV field would hold. Shared and inline strings (rich-text runs joined)
/// are their text, formulas their cached value, numbers plain decimals, date cells their day,
/// booleans `TRUE` or `FALSE`; empty cells are left out.
struct SheetReader {
    /// A cell's text is `Row.bytes[start..<end]`.
    struct Cell {
        /// 1 for A.
        let column: Int
        let start: Int
        let end: Int
    }

    /// One row with at least one cell that is not empty, its cells in column order; valid only
    /// inside the callback that receives it.
    struct Row: ~Copyable {
        /// 1-based, as Excel numbers it.
        let number: Int
        let bytes: UnsafeBufferPointer<UInt8>
        let cells: UnsafeBufferPointer<Cell>
    }

    private enum CellType {
        case number, shared, inline, formulaText, boolean, error, isoDate
    }

    /// The text of one row (CSV's limit for a line): a row of 300 cells of 10 MB each would
    /// otherwise be held whole.
    static let maximumRowBytes = CSVTokenizer.maximumRecordBytes

    let strings: SharedStrings
    let dates: DateStyles
    let uses1904: Bool

    private var bytes: [UInt8] = []
    private var cells: [Cell] = []
    private var scratch: [UInt8] = []
    private var rowNumber = 0
    /// Inside a `<row>`; cells outside any (never written by Excel) make the row after the last.
    private var inRow = false
    private var column = 0
    private var inOrder = true
    private var type = CellType.number
    private var style = 0
    private var valueStart = 0
    private var inCell = false, inInline = false, inPhonetic = false, capturing = false

    init(strings: SharedStrings, dates: DateStyles, uses1904: Bool) {
        self.strings = strings
        self.dates = dates
        self.uses1904 = uses1904
    }

    /// Takes the next token of the sheet's XML, calling `emit` when it completes a row.
    /// - Throws: `WorkbookError` when a cell names a shared string that does not exist; what `emit` throws.
    mutating func handle(_ token: borrowing XMLScanner.Token, _ emit: (borrowing Row) throws -> Void) throws {
        switch token.kind {
        case .text:
            guard capturing else { return }
            if token.isLiteral || type == .number || type == .shared {
                bytes.append(contentsOf: token.content)
            } else {
                XMLText.append(token.content, to: &bytes, escapes: true)
            }
            try checkRowSize(adding: 0)
        case .start:
            if token.isNamed("c") {
                startCell(token)
            } else if inCell && token.isNamed("v") {
                capturing = true
            } else if inCell && token.isNamed("is") {
                inInline = true
            } else if inInline && token.isNamed("t") {
                capturing = !inPhonetic
            } else if inInline && token.isNamed("rPh") {
                inPhonetic = true
            } else if token.isNamed("row") {
                rowNumber = try Self.rowNumber(token.attribute("r"), after: rowNumber)
                inRow = true
                column = 0
                inOrder = true
                bytes.removeAll(keepingCapacity: true)
                cells.removeAll(keepingCapacity: true)
            }
        case .end:
            if token.isNamed("v") || token.isNamed("t") {
                capturing = false
            } else if token.isNamed("c") {
                try endCell()
            } else if token.isNamed("rPh") {
                inPhonetic = false
            } else if token.isNamed("is") {
                inInline = false
            } else if token.isNamed("row") {
                try endRow(emit)
                inRow = false
                column = 0
                bytes.removeAll(keepingCapacity: true)
                cells.removeAll(keepingCapacity: true)
            }
        }
    }

    private mutating func startCell(_ token: borrowing XMLScanner.Token) {
        let previous = column
        var reference: Int?, style: Int?, type = CellType.number
        token.forEachAttribute { name, value in
            if XMLScanner.equal(name, "r") { reference = CellAddress.column(of: value) }
            else if XMLScanner.equal(name, "s") { style = DateStyles.integer(value) }
            else if XMLScanner.equal(name, "t") { type = Self.cellType(value) }
        }
        column = reference ?? previous + 1
        if column <= previous { inOrder = false }
        self.style = style ?? 0
        self.type = type
        valueStart = bytes.count
        inCell = true
    }

    /// A row's number (`r`, as written), or the one after the last when it has none.
    /// - Throws: `WorkbookError` when it is no row number of a sheet (1 to 1,048,576), or not after
    ///   the row before it (a sheet lists its rows in order; a log's rows must keep theirs).
    private static func rowNumber(_ written: UnsafeBufferPointer<UInt8>?, after previous: Int) throws -> Int {
        guard let written else { return previous + 1 }
        let shown = WorkbookPart.row(Diagnostic.printable(String(decoding: written, as: UTF8.self)))
        guard let number = DateStyles.integer(written), (1...1_048_576).contains(number) else {
            throw WorkbookError.damaged(shown, .notARowNumber)
        }
        guard number > previous else { throw WorkbookError.damaged(shown, .rowsOutOfOrder(after: previous)) }
        return number
    }

    private static func cellType(_ name: UnsafeBufferPointer<UInt8>) -> CellType {
        if XMLScanner.equal(name, "s") { return .shared }
        if XMLScanner.equal(name, "inlineStr") { return .inline }
        if XMLScanner.equal(name, "str") { return .formulaText }
        if XMLScanner.equal(name, "b") { return .boolean }
        if XMLScanner.equal(name, "e") { return .error }
        if XMLScanner.equal(name, "d") { return .isoDate }
        return .number
    }

    /// Turns the value read into the cell's text, in place at the end of `bytes`.
    private mutating func endCell() throws {
        inCell = false
        capturing = false
        guard bytes.count > valueStart else { return }
        switch type {
        case .inline, .formulaText, .error:
            break
        case .shared:
            let written = bytes[valueStart...].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            let index = bytes[valueStart...].withUnsafeBufferPointer { DateStyles.integer($0) } ?? -1
            bytes.removeSubrange(valueStart...)
            try checkRowSize(adding: strings.range(of: index)?.count ?? 0)
            guard strings.append(index, to: &bytes) else {
                throw WorkbookError.damaged(.cell("\(CellAddress(row: currentRow, column: max(column, 1)))"),
                                            .noSharedString(Diagnostic.printable(written)))
            }
        case .boolean:
            let isTrue = bytes[valueStart] == UInt8(ascii: "1")
            bytes.removeSubrange(valueStart...)
            bytes.append(contentsOf: (isTrue ? "TRUE" : "FALSE").utf8)
        case .isoDate:
            // `2024-01-08T00:00:00`: the day.
            if let time = bytes[valueStart...].firstIndex(of: UInt8(ascii: "T")) { bytes.removeSubrange(time...) }
        case .number:
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: bytes[valueStart...])
            bytes.removeSubrange(valueStart...)
            let isDate = dates.isDate(style: style)
            let converted = scratch.withUnsafeBufferPointer { raw in
                (isDate && CellText.appendDate(raw, uses1904: uses1904, to: &bytes)) || CellText.appendDecimal(raw, to: &bytes)
            }
            if !converted { bytes.append(contentsOf: scratch) }
        }
        if bytes.count > valueStart { cells.append(Cell(column: column, start: valueStart, end: bytes.count)) }
    }

    /// - Throws: `WorkbookError` at the cell when the row would hold more than `maximumRowBytes`.
    private func checkRowSize(adding count: Int) throws {
        guard bytes.count + count > Self.maximumRowBytes else { return }
        throw WorkbookError(columnName: "row", message: .rowTooLarge, row: currentRow, column: max(column, 1))
    }

    /// The row the cells read now belong to: the `<row>` they are in, or the one after the last.
    private var currentRow: Int { inRow ? rowNumber : rowNumber + 1 }

    private mutating func endRow(_ emit: (borrowing Row) throws -> Void) throws {
        guard !cells.isEmpty else { return }
        if !inOrder { putInOrder() }
        let number = currentRow
        rowNumber = number
        try bytes.withUnsafeBufferPointer { bytes in
            try cells.withUnsafeBufferPointer { cells in
                try emit(Row(number: number, bytes: bytes, cells: cells))
            }
        }
    }

    /// Cells written out of column order (never by Excel): sorted, the last of a column kept.
    private mutating func putInOrder() {
        var byColumn: [Int: Cell] = [:]
        for cell in cells { byColumn[cell.column] = cell }
        var sorted: [UInt8] = []
        cells = byColumn.keys.sorted().map { column in
            let cell = byColumn[column]!
            let start = sorted.count
            sorted.append(contentsOf: bytes[cell.start..<cell.end])
            return Cell(column: column, start: start, end: sorted.count)
        }
        bytes = sorted
    }
}
