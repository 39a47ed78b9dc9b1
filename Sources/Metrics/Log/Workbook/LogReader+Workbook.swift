extension LogReader {
    /// Reads a workbook's sheet (the first, or the one the source names) through `parser`, as the
    /// CSV path feeds it lines: each row after the header a record whose fields are its cells from
    /// the header's first column on, and whose line is the row's number. The findings about its
    /// rows are then placed in the sheet (`log.xlsx[활동]:B12`).
    /// - Throws: `WorkbookError` when the file is no workbook that can be read, or the sheet does not
    ///   exist or is empty; `LogSource.ReadError`; `RowParser.Stop` as for a CSV file.
    func readWorkbook(_ source: LogSource, _ parser: inout RowParser, _ diagnostics: inout DiagnosticLog,
                      _ ids: inout IDRegistry, _ summary: inout LogFileSummary,
                      _ body: (ActivityRecord) -> Void) throws {
        switch try source.form() {
        case .zip:
            break
        case .compoundFile where try source.isEncryptedWorkbook():
            throw WorkbookError.file(.workbookWithPassword)
        case .compoundFile:
            throw WorkbookError.file(.oldWorkbook)
        case .other:
            throw WorkbookError.file(.notZip)
        }
        let archive = try WorkbookArchive(source)
        let index = try WorkbookIndex(archive)
        let sheet = try index.sheet(named: source.chosenSheet)
        summary.sheet = sheet.name
        var reader = SheetReader(
            strings: try index.sharedStringsPart.map { try SharedStrings(archive, part: $0) } ?? SharedStrings(),
            dates: try index.stylesPart.map { try DateStyles(archive, part: $0) } ?? DateStyles(),
            uses1904: index.uses1904)
        var search = HeaderSearch()
        var headerFound = false
        var firstColumn = 1
        var ends: [Int] = []
        let firstFinding = diagnostics.kept.count
        defer { diagnostics.place(keptFrom: firstFinding, inSheet: sheet.name, firstColumn: firstColumn) }

        /// A row as a record of fields, field 1 being the header's first column.
        func handOn(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ cells: UnsafeBufferPointer<SheetReader.Cell>) throws {
            let first = cells.firstIndex { $0.column >= firstColumn } ?? cells.count
            let base = first < cells.count ? cells[first].start : bytes.count
            ends.removeAll(keepingCapacity: true)
            var column = firstColumn
            for cell in cells[first...] {
                while column < cell.column { ends.append(cell.start - base); column += 1 }
                ends.append(cell.end - base)
                column += 1
            }
            try ends.withUnsafeBufferPointer { ends in
                let record = CSVTokenizer.Record(line: number, bytes: UnsafeBufferPointer(rebasing: bytes[base...]), ends: ends)
                try parser.handle(record, &diagnostics, &ids, &summary, body)
            }
        }

        /// The header is row `position` of those kept: it and the rows after it go on.
        func found(_ position: Int) throws {
            let header = search.rows[position]
            firstColumn = header.cells[0].column
            summary.firstColumn = firstColumn
            parser.sheets[parser.file] = SheetPlace(sheet: sheet.name, firstColumn: firstColumn,
                                                    idColumn: HeaderSearch.column(of: .id, in: header))
            headerFound = true
            for row in search.rows[position...] {
                try row.bytes.withUnsafeBufferPointer { bytes in
                    try row.cells.withUnsafeBufferPointer { try handOn(row.number, bytes, $0) }
                }
            }
            search = HeaderSearch()
        }

        do {
            try archive.scan(sheet.part, limit: nil) { token in
                try reader.handle(token) { row in
                    if headerFound {
                        try handOn(row.number, row.bytes, row.cells)
                    } else if let position = search.consider(row) {
                        try found(position)
                    }
                }
            }
        } catch var failure as WorkbookError where failure.columnName == "row" {
            failure.sheet = sheet.name
            throw failure
        }
        if !headerFound {
            guard let position = search.best else {
                throw WorkbookError(columnName: "header", message: .emptySheet,
                                    sheet: sheet.name)
            }
            try found(position)
        }
    }
}
