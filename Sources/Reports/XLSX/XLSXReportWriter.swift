import TradeMetrics

/// Renders a `Report` as an XLSX workbook: each sheet's blocks top to bottom (so every sheet is
/// written in row order and the workbook can stream in constant memory), header rows bold on the
/// template's fill, numbers with the template's formats, negative changes red, column widths from
/// the content, and print set-up on every sheet.
public struct XLSXReportWriter {
    public init() {}

    /// Writes `report` to `path`. Returns warnings (text cut to fit Excel's limits and the like).
    /// - Throws: an error naming what Excel or libxlsxwriter refused; the file is then incomplete
    ///   and the caller discards it.
    @discardableResult
    public func write(_ report: Report, to path: String) throws -> [String] {
        let session = try XLSXReportSession(path: path, report: report)
        for (index, sheet) in report.sheets.enumerated() { try session.write(sheet: index, sheet) }
        return try session.close()
    }
}

/// A workbook being written sheet by sheet, in any order: each sheet keeps its rows in order (so
/// the workbook streams in constant memory) but a long activity list can be written while the
/// numbers of the other sheets are still being counted.
public final class XLSXReportSession {
    private let workbook: XLSXWorkbook
    private let sheets: [XLSXSheet]
    private let style: ReportStyle
    private let title: String?

    /// Creates the workbook and its sheets, named as in `report` (whose content may come later).
    public init(path: String, report: Report) throws {
        workbook = try XLSXWorkbook(path: path, constantMemory: true, fontName: report.style.font, fontSize: report.style.fontSize)
        try workbook.setProperties(title: report.title, subject: report.subject, author: report.author, created: report.created)
        var sheets: [XLSXSheet] = []
        for sheet in report.sheets { sheets.append(try workbook.addSheet(named: sheet.name)) }
        sheets.first?.activate()
        self.sheets = sheets
        style = report.style
        title = report.showsTitle ? report.title : nil
    }

    /// Writes the content of sheet `index` (once).
    public func write(sheet index: Int, _ content: ReportSheet) throws {
        var renderer = SheetRenderer(workbook: workbook, sheet: sheets[index], style: style)
        try renderer.render(content, title: index == 0 ? title : nil)
    }

    /// Writes the file; returns warnings (text cut to fit Excel's limits and the like).
    public func close() throws -> [String] {
        try workbook.close()
        return workbook.warnings
    }
}

extension ReportSheet {
    /// True when the sheet is nothing but activity lists: its content depends on no count, so it
    /// can be written while the log is still being counted.
    public var isOnlyActivities: Bool {
        !blocks.isEmpty && blocks.allSatisfy { if case .table(let table) = $0 { return table.stream != nil } else { return false } }
    }
}

/// Lays out one sheet.
private struct SheetRenderer {
    let workbook: XLSXWorkbook
    let sheet: XLSXSheet
    let style: ReportStyle
    /// Where each table landed: its header row and first data row.
    var placed: [String: (headerRow: Int, table: ReportTable)] = [:]
    var row = 0
    /// Column widths in characters, from the content.
    var widths: [Int: Int] = [:]
    /// Formats by kind of cell (see `format(_:bold:wrap:change:_:)`).
    var formatIDs: [Int: FormatID] = [:]
    /// Rows where a printed page starts, so that a chart is never cut in two.
    var pageBreaks: [Int] = []
    var pageStart = 0
    /// The table written last and the row it starts on: a chart drawn from it goes beside it.
    var lastTable: (id: String, row: Int)?
    /// Lines taken by tall rows since `pageStart`, beyond one line each.
    var extraLines = 0
    /// Lines of a printed landscape A4 page, near enough for the short sheets that carry charts.
    static let linesPerPage = 34

    init(workbook: XLSXWorkbook, sheet: XLSXSheet, style: ReportStyle) {
        self.workbook = workbook
        self.sheet = sheet
        self.style = style
    }

    static let chartRows = 16
    static let chartRowsBeside = 15

    mutating func render(_ content: ReportSheet, title: String?) throws {
        widths = Self.columnWidths(content)
        for (column, width) in widths { try sheet.setColumn(column, width: Double(width)) }
        var repeated: ClosedRange<Int>?
        if let title {
            try sheet.writeText(title, row: row, column: 0, style: CellStyle(bold: true, fontSize: style.fontSize + 4))
            row += 2
        }
        for block in content.blocks {
            switch block {
            case .table(let table):
                if table.isList { repeated = (row + (table.title == nil ? 0 : 1))...(row + (table.title == nil ? 0 : 1)) }
                try write(table)
            case .chart(let chart):
                try insert(chart)
            }
        }
        try sheet.setUpPrinting(repeatRows: repeated)
        try sheet.setPageBreaks(before: pageBreaks)
    }

    private mutating func write(_ table: ReportTable) throws {
        lastTable = (table.id, row)
        if let title = table.title {
            try sheet.writeText(title, row: row, column: 0, style: CellStyle(bold: true, fontSize: style.fontSize + 1))
            row += 1
        }
        let header = CellStyle(bold: true, fill: style.headerFill, wrap: true, bottomBorder: true, alignment: .center)
        let headerCells = table.columns.map { ReportCell.text($0.header) }
        try fitHeight(headerCells.indices.map { lines(of: headerCells[$0], $0) })
        for (column, heading) in table.columns.enumerated() {
            try sheet.writeText(heading.header, row: row, column: column, style: header)
        }
        let headerRow = row
        placed[table.id] = (headerRow, table)
        row += 1
        for (index, cells) in table.rows.enumerated() {
            try write(cells, of: table, bold: table.hasTotal && index == table.rows.count - 1)
        }
        try table.stream?.forEach { cells in try write(cells, of: table, bold: false) }
        if let columns = table.colourScale, table.dataRowCount > 0 {
            try sheet.colourScale(rows: (headerRow + 1)...(headerRow + table.dataRowCount), columns: columns, strongest: 0x63BE7B)
        }
        if table.isList {
            sheet.freezePanes(row: headerRow + 1, column: 0)
            if row > headerRow + 1 {
                try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: row - 1, lastColumn: table.columns.count - 1)
            }
        }
        row += 1
    }

    private mutating func write(_ cells: [ReportCell], of table: ReportTable, bold: Bool) throws {
        let lineCounts = cells.indices.map { lines(of: cells[$0], $0) }
        try fitHeight(lineCounts)
        for (column, cell) in cells.enumerated() {
            try write(cell, column: column, role: table.columns[column].role, bold: bold, wrap: lineCounts[column] > 1)
        }

        row += 1
    }

    /// The format of a kind of cell, made once: kinds × bold × wrap × change.
    private mutating func format(_ kind: Int, bold: Bool, wrap: Bool, change: Bool, _ make: () -> CellStyle) throws -> FormatID {
        let key = kind << 3 | (bold ? 4 : 0) | (wrap ? 2 : 0) | (change ? 1 : 0)
        if let id = formatIDs[key] { return id }
        let id = try workbook.formatID(make())
        formatIDs[key] = id
        return id
    }

    private mutating func write(_ cell: ReportCell, column: Int, role: ReportColumn.Role, bold: Bool, wrap: Bool) throws {
        let isChange = role == .change || role == .changePercent
        let style = self.style
        func number(_ kind: Int, _ format: String) throws -> FormatID {
            try self.format(kind, bold: bold, wrap: false, change: isChange) {
                CellStyle(bold: bold, numberFormat: isChange && style.negativeRed ? "\(format);[Red]-\(format)" : format)
            }
        }
        switch cell {
        case .text(let text):
            try sheet.writeText(text, row: row, column: column, format: try format(0, bold: bold, wrap: wrap, change: false) { CellStyle(bold: bold, wrap: wrap) })
        case .count(let n): try sheet.writeNumber(Double(n), row: row, column: column, format: try number(1, style.countFormat))
        case .dollars(let d): try sheet.writeNumber(d.value, row: row, column: column, format: try number(2, style.dollarFormat))
        case .percent(let p?): try sheet.writeNumber(p, row: row, column: column, format: try number(3, style.percentFormat))
        case .percent(nil), .ratio(nil, _, _): try sheet.writeText("–", row: row, column: column, style: CellStyle(bold: bold, alignment: .right))
        case .ratio(let r?, let decimals, let dollars):
            let format = dollars ? style.dollarFormat : decimals == 0 ? style.countFormat : style.decimalFormat
            try sheet.writeNumber(r, row: row, column: column, format: try number(dollars ? 2 : decimals == 0 ? 1 : 5, format))
        case .date(let day):
            try sheet.writeNumber(Double(day.ordinal + 25569), row: row, column: column,
                                  format: format(4, bold: bold, wrap: false, change: false) {
                                      CellStyle(bold: bold, numberFormat: style.dateFormat, alignment: .left)
                                  })
        case .link(let url):
            try sheet.writeLink(url, row: row, column: column, style: CellStyle(fontColor: 0x0563C1, underline: true))
        case .empty: break
        }
    }

    /// A chart goes beside the table it draws from when that table is the block just above it and
    /// not too wide (a dashboard look, and it keeps both on one page); otherwise below it.
    private mutating func insert(_ chart: ReportChart) throws {
        guard let (headerRow, table) = placed[chart.table], table.dataRowCount > 0 else { return }
        let beside = lastTable?.id == chart.table && table.columns.count <= 6
        let top = beside ? lastTable!.row : row
        let rows = beside ? Self.chartRowsBeside : Self.chartRows
        if top - pageStart + extraLines + max(rows, row - top) > Self.linesPerPage, top > pageStart {
            pageBreaks.append(top)
            pageStart = top
            extraLines = 0
        }
        let xlsxChart = try workbook.addChart(chart.kind)
        let dataRows = (headerRow + 1)...(headerRow + table.dataRowCount)
        let columns = chart.kind == .doughnut ? Array(chart.valueColumns.prefix(1)) : chart.valueColumns
        for column in columns {
            try xlsxChart.addSeries(sheet: sheet.name, nameCell: (headerRow, column),
                                categories: (table.labelColumn, dataRows), values: (column, dataRows))
        }
        xlsxChart.setTitle(chart.title)
        xlsxChart.setAxes(x: chart.xAxis, y: chart.yAxis, valueFormat: chart.valueFormat)
        xlsxChart.setLegend(shown: columns.count > 1 || chart.kind == .doughnut)
        if beside {
            try sheet.insert(xlsxChart, row: top, column: table.columns.count + 1, widthScale: 1.2, heightScale: 1.0)
            row = max(row, top + rows + 1)
        } else {
            try sheet.insert(xlsxChart, row: row, column: 0, widthScale: 1.5, heightScale: 1.1)
            row += rows + 1
        }
        lastTable = nil
    }

    /// How many lines a cell needs in its column (wide characters count two).
    private func lines(of cell: ReportCell, _ column: Int) -> Int {
        guard case .text(let text) = cell else { return 1 }
        let width = max((widths[column] ?? 10) - 1, 1)
        // Most cells are short, single-line text.
        if text.utf8.count <= width { return 1 }
        if !text.utf8.contains(0x0A) { return max(1, (DisplayWidth.of(text) + width - 1) / width) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, (DisplayWidth.of(String($0)) + width - 1) / width) }.reduce(0, +)
    }

    /// Makes the current row tall enough for its wrapped text (up to five lines), given each cell's lines.
    private mutating func fitHeight(_ lineCounts: [Int]) throws {
        let needed = min(lineCounts.max() ?? 1, 5)
        if needed > 1 {
            try sheet.setRow(row, height: 15 * Double(needed))
            extraLines += needed - 1
        }
    }

    /// Widths from the content: wide characters (Hangul) count two, capped so that one long title
    /// does not push the rest of the sheet off the page (long text wraps instead).
    static func columnWidths(_ content: ReportSheet) -> [Int: Int] {
        var widths: [Int: Int] = [:]
        for case .table(let table) in content.blocks {
            let cap = table.columns.count <= 3 ? 90 : table.isList ? 22 : 36
            for (column, heading) in table.columns.enumerated() {
                let longestWord = heading.header.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
                widths[column] = max(widths[column] ?? 0, min(longestWord, 10), heading.expectedWidth ?? 0)
            }
            for cells in table.rows.prefix(5000) {
                for (column, cell) in cells.enumerated() {
                    widths[column] = max(widths[column] ?? 0, min(Self.width(of: cell), cap))
                }
            }
        }
        return widths.mapValues { max($0, 6) + 2 }
    }

    static func width(of cell: ReportCell) -> Int {
        // The widest line of a text; numbers as formatted.
        switch cell {
        case .text(let text), .link(let text):
            return text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
        case .count(let n): return NumberText.grouped(Int64(n)).count
        case .dollars(let d): return NumberText.dollars(d).count + 1
        case .percent: return 7
        case .ratio(let r, let decimals, _): return r.map { NumberText.decimal($0, decimals).count + 1 } ?? 1
        case .date: return 10
        case .empty: return 0
        }
    }
}
