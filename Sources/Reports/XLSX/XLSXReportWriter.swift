import TradeMetrics

/// Renders a `Report` as an XLSX workbook: each sheet's blocks top to bottom (so every sheet is
/// written in row order and the workbook can stream in constant memory), header rows bold on the
/// template's fill, numbers with the template's formats, negative changes red, column widths from
/// the content, and every sheet laid out for A4 landscape paper (see `SheetRenderer`).
public struct XLSXReportWriter {
    public init() {}

    /// Writes `report` to `path`. Returns warnings (text cut to fit Excel's limits and the like).
    /// - Throws: an error naming what Excel or libxlsxwriter refused; the file is then incomplete
    ///   and the caller discards it.
    @discardableResult
    public func write(_ report: Report, to path: String) throws -> [OutputWarning] {
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
    private var sheets: [XLSXSheet]
    private let style: ReportStyle
    private let title: String?
    private let footer: (office: String, period: String)

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
        footer = report.footer
    }

    /// Writes the content of sheet `index` (once). A sheet beyond the skeleton's (the list of the
    /// log's warnings, known once the log is read) is added after the others.
    public func write(sheet index: Int, _ content: ReportSheet) throws {
        while sheets.count <= index { sheets.append(try workbook.addSheet(named: content.name)) }
        var renderer = SheetRenderer(workbook: workbook, sheet: sheets[index], style: style, footer: footer)
        try renderer.render(content, title: index == 0 ? title : nil)
    }

    /// Writes the file; returns warnings (text cut to fit Excel's limits and the like).
    public func close() throws -> [OutputWarning] {
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

/// Lays out one sheet for the screen and for A4 landscape paper: a table too wide for the page is
/// split into labelled parts, the sheet prints at one scale (70–100 %) chosen from its widest
/// block, page breaks keep each table (and each chart) whole when it fits on a page, a long
/// table's header repeats, and a chart of many categories is drawn as horizontal bars as tall as
/// they need.
private struct SheetRenderer {
    let workbook: XLSXWorkbook
    let sheet: XLSXSheet
    let style: ReportStyle
    let footer: (office: String, period: String)
    /// Where each source table's parts landed, by the source table's id.
    var placed: [String: [(headerRow: Int, part: PrintedTable)]] = [:]
    var row = 0
    /// Column widths in units, from the content.
    var widths: [Int: Int] = [:]
    var flow = PageFlow(capacity: PrintPage.height)
    /// Heights of the rows not of the default height; folded rows (0 on screen and paper).
    var heights: [Int: Double] = [:]
    var foldedRows: Set<Int> = []
    /// The part written last and its first row: a chart drawn from it may go beside it.
    var lastTable: (part: PrintedTable, row: Int)?
    var plan = SheetPlan()

    init(workbook: XLSXWorkbook, sheet: XLSXSheet, style: ReportStyle, footer: (office: String, period: String)) {
        self.workbook = workbook
        self.sheet = sheet
        self.style = style
        self.footer = footer
    }

    mutating func render(_ content: ReportSheet, title: String?) throws {
        let blocks = Self.printed(content.blocks)
        widths = ColumnWidths.of(blocks.compactMap(\.table).map(\.table))
        // Columns right of the tables, where charts go, get a width too: readers disagree on the default.
        let used = (widths.keys.max() ?? 0) + 1
        if blocks.contains(where: { if case .chart = $0 { return true } else { return false } }) {
            for column in used..<(used + ColumnWidths.besideCharts) { widths[column] = ColumnWidths.plain }
        }
        for (column, width) in widths { try sheet.setColumn(column, width: Double(width)) }
        sheet.setDefaultRowHeight(PrintPage.rowHeight)
        plan = SheetPlan(blocks, widths: widths, title: title != nil)
        flow = PageFlow(capacity: PrintPage.capacity(scale: plan.scale))
        if let title {
            try setHeight(PrintPage.titleHeight)
            try sheet.writeText(title, row: row, column: 0, style: CellStyle(bold: true, fontSize: style.fontSize + 4))
            flow.add(PrintPage.titleHeight + PrintPage.rowHeight)
            row += 2
        }
        var repeated: ClosedRange<Int>?
        var printColumns: Int?
        for (index, block) in blocks.enumerated() {
            switch block {
            case .table(let part):
                let headerRow = try write(part, index: index)
                if plan.repeatsHeader == index { repeated = headerRow...headerRow }
                printColumns = part.table.printColumns?.count
            case .chart(let chart):
                try insert(chart, index: index)
            }
        }
        if content.screenOnly {
            // An empty cell right of the list: nothing of it prints.
            let beyond = max(widths.keys.max() ?? 0, 0) + 2
            try sheet.setPrintArea(rows: 0...0, columns: beyond...beyond)
        } else if let printColumns, row > 0 {
            try sheet.setPrintArea(rows: 0...(row - 1), columns: 0...(printColumns - 1))
        }
        try sheet.setUpPrinting(scale: plan.scale, repeatRows: repeated, footer: (footer.office, footer.period))
        try sheet.setPageBreaks(before: flow.breaks)
    }

    /// The blocks as printed: wide tables split into parts, a list's printed columns first.
    static func printed(_ blocks: [ReportBlock]) -> [PrintedBlock] {
        let budget = Int(PrintPage.width * 100 / Double(PrintPage.splitScale) / PrintPage.pointsPerWidthUnit - 1)
        return blocks.flatMap { block -> [PrintedBlock] in
            switch block {
            case .chart(let chart): return [.chart(chart)]
            case .table(let table):
                if let register = table.printColumns { return [.table(PrintedTable(whole: table.registerFirst(register)))] }
                let own = ColumnWidths.of([table])
                return table.printParts(budget: budget, width: { (own[$0] ?? 8) + 1 }).map(PrintedBlock.table)
            }
        }
    }

    /// Writes a table (or part); returns its header row.
    private mutating func write(_ part: PrintedTable, index: Int) throws -> Int {
        let table = part.table
        let estimate = plan.heights[index] ?? SheetPlan.Estimate(head: 0, block: 0)
        let repeatsHeader = plan.repeatsHeader == index
        flow.start(block: estimate.block, keeping: estimate.head + 3 * PrintPage.rowHeight, at: row)
        lastTable = (part, row)
        if let title = table.title {
            try sheet.writeText(title, row: row, column: 0, style: CellStyle(bold: true, fontSize: style.fontSize + 1))
            flow.add(PrintPage.rowHeight)
            row += 1
        }
        let header = CellStyle(bold: true, fill: style.headerFill, wrap: true, bottomBorder: true, alignment: .center)
        let headerCells = table.columns.map { ReportCell.text($0.header) }
        let headerHeight = try fitHeight(headerCells.indices.map { lines(of: headerCells[$0], $0) })
        for (column, heading) in table.columns.enumerated() {
            try sheet.writeText(heading.header, row: row, column: column, style: header)
        }
        flow.add(headerHeight)
        let headerRow = row
        placed[part.sourceID, default: []].append((headerRow, part))
        row += 1
        let repeatHeight = repeatsHeader ? headerHeight : 0
        let restIndex = table.hasRest ? table.rows.count - (table.hasTotal ? 2 : 1) : nil
        for (index, cells) in table.rows.enumerated() {
            if index == restIndex, !table.folded.isEmpty {
                for folded in table.folded { try write(folded, of: table, bold: false, folded: true, repeatHeight: repeatHeight) }
            }
            try write(cells, of: table, bold: table.hasTotal && index == table.rows.count - 1,
                      collapsed: index == restIndex && !table.folded.isEmpty, repeatHeight: repeatHeight)
        }
        try table.stream?.forEach { cells in try write(cells, of: table, bold: false, repeatHeight: repeatHeight) }
        if let columns = table.colourScale, table.dataRowCount > 0 {
            try sheet.colourScale(rows: (headerRow + 1)...(headerRow + table.dataRowCount), columns: columns, strongest: 0x63BE7B)
        }
        if table.isList {
            sheet.freezePanes(row: headerRow + 1, column: 0)
            if row > headerRow + 1 {
                try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: row - 1, lastColumn: table.columns.count - 1)
            }
        }
        flow.add(PrintPage.rowHeight)
        row += 1
        return headerRow
    }

    private mutating func write(_ cells: [ReportCell], of table: ReportTable, bold: Bool, folded: Bool = false,
                                collapsed: Bool = false, repeatHeight: Double) throws {
        // A register's rows are as tall as its printed columns need; the others keep one line.
        let printed = table.printColumns?.count ?? cells.count
        let lineCounts = cells.indices.map { $0 < printed ? lines(of: cells[$0], $0) : 1 }
        if folded || collapsed {
            try sheet.setRow(row, height: nil, folded: folded, collapsed: collapsed)
            if folded { foldedRows.insert(row) }
        } else {
            let height = try fitHeight(lineCounts)
            flow.fit(height, at: row, repeating: repeatHeight)
        }
        if collapsed { flow.add(PrintPage.rowHeight) }
        let tall = lineCounts.contains { $0 > 1 }
        for (column, cell) in cells.enumerated() {
            try write(cell, column: column, role: table.columns[column].role, bold: bold, wrap: lineCounts[column] > 1, top: tall,
                      centered: table.columns[column].centered)
        }
        row += 1
    }

    /// `top`: the row is taller than a line, so its text starts at the top.
    private mutating func write(_ cell: ReportCell, column: Int, role: ReportColumn.Role, bold: Bool, wrap: Bool, top: Bool,
                                centered: Bool) throws {
        let isChange = role == .change || role == .changePercent
        let style = self.style
        // The workbook makes each style's format once (`XLSXWorkbook.formatID`).
        func number(_ format: String) throws -> FormatID {
            try workbook.formatID(CellStyle(bold: bold, numberFormat: isChange && style.negativeRed ? "\(format);[Red]-\(format)" : format, top: top))
        }
        switch cell {
        case .text(let text):
            try sheet.writeText(text, row: row, column: column, format: try workbook.formatID(CellStyle(bold: bold, wrap: wrap, alignment: centered ? .center : nil, top: top)))
        case .count(let n): try sheet.writeNumber(Double(n), row: row, column: column, format: try number(style.countFormat))
        case .dollars(let d): try sheet.writeNumber(d.value, row: row, column: column, format: try number(style.dollarFormat))
        case .percent(let p?): try sheet.writeNumber(p, row: row, column: column, format: try number(style.percentFormat))
        case .percent(nil), .ratio(nil, _, _): try sheet.writeText("–", row: row, column: column, style: CellStyle(bold: bold, alignment: .right))
        case .ratio(let r?, let decimals, let dollars):
            let format = dollars ? style.dollarFormat : decimals == 0 ? style.countFormat : style.decimalFormat
            try sheet.writeNumber(r, row: row, column: column, format: try number(format))
        case .date(let day):
            // Centred: apart from a number to its left and text to its right.
            try sheet.writeNumber(Double(day.ordinal + 25569), row: row, column: column,
                                  format: workbook.formatID(CellStyle(bold: bold, numberFormat: style.dateFormat, alignment: .center, top: top)))
        case .link(let url):
            try sheet.writeLink(url, row: row, column: column, style: CellStyle(fontColor: 0x0563C1, underline: true))
        case .empty: break
        }
    }

    /// A chart beside the table it draws from (when that table is the block just above it and
    /// leaves room on the page), else below it; never across a page break.
    private mutating func insert(_ chart: ReportChart, index: Int) throws {
        guard let placement = plan.charts[index], let parts = placed[chart.table],
              let first = chart.valueColumns.first,
              let (headerRow, part) = parts.first(where: { $0.part.sourceColumns.contains(first) }) else { return }
        let table = part.table
        guard table.dataRowCount > 0 else { return }
        let xlsxChart = try workbook.addChart(placement.kind)
        let dataRows = (headerRow + 1)...(headerRow + table.dataRowCount)
        let columns = chart.kind == .doughnut ? Array(chart.valueColumns.prefix(1)) : chart.valueColumns
        for column in columns {
            // A value column of another part of the same table: its rows are the same groups.
            guard let (header, holder) = parts.first(where: { $0.part.sourceColumns.contains(column) }),
                  let at = holder.sourceColumns.firstIndex(of: column) else { continue }
            let rows = (header + 1)...(header + table.dataRowCount)
            try xlsxChart.addSeries(sheet: sheet.name, nameCell: (header, at),
                                    categories: (holder.table.labelColumn, rows), values: (at, rows))
        }
        _ = dataRows
        xlsxChart.setTitle(chart.title)
        xlsxChart.setAxes(x: chart.xAxis, y: chart.yAxis, valueFormat: chart.valueFormat)
        xlsxChart.setLegend(shown: columns.count > 1 || chart.kind == .doughnut)
        if placement.beside, let (_, top) = lastTable {
            let (height, end) = anchored(from: top, showing: placement.height)
            let column = table.columns.count + 1
            try sheet.insert(xlsxChart, row: top, column: column, width: requestedWidth(from: column, printing: placement.width),
                             height: height)
            // Rows below the table that the chart still covers.
            if end > row {
                flow.add(Double(end - row) * PrintPage.rowHeight)
                row = end
            }
        } else {
            flow.start(block: placement.height + PrintPage.rowHeight, keeping: placement.height + PrintPage.rowHeight, at: row)
            try sheet.insert(xlsxChart, row: row, column: 0, width: requestedWidth(from: 0, printing: placement.width), height: placement.height)
            let rows = Int((placement.height / PrintPage.rowHeight).rounded(.up))
            flow.add(Double(rows + 1) * PrintPage.rowHeight)
            row += rows + 1
        }
        lastTable = nil
    }

    /// A chart spans the columns its width covers in Excel's pixels (7 a unit, and 5 more a
    /// column), and LibreOffice draws it over those columns at its own measure: the width (points)
    /// to ask for so that it prints `target` points wide from `column`.
    private func requestedWidth(from column: Int, printing target: Double) -> Double {
        var left = target, pixels = 0.0, column = column
        while true {
            let width = Double(widths[column] ?? ColumnWidths.plain)
            let printed = (width + PrintPage.widthPadding) * PrintPage.pointsPerWidthUnit
            let excel = (width * 7 + 5).rounded(.down)
            // The part of the last column is an offset, drawn at its size.
            if left <= printed { return (pixels + min(left / 0.75, excel - 1)) * 0.75 }
            left -= printed
            pixels += excel
            column += 1
        }
    }

    /// A chart spans the rows its height covers at the default height (libxlsxwriter cannot see
    /// the rows already written), and readers draw it over those rows as they are: the height to
    /// ask for so that it shows `target` points from row `top` past taller and folded rows, and
    /// the first row below it.
    private func anchored(from top: Int, showing target: Double) -> (height: Double, end: Int) {
        var shown = 0.0, row = top
        while true {
            let actual = foldedRows.contains(row) ? 0 : heights[row] ?? PrintPage.rowHeight
            if actual > 0, shown + actual >= target {
                let part = (target - shown) / actual
                return (Double(row - top) * PrintPage.rowHeight + part * PrintPage.rowHeight, row + 1)
            }
            shown += actual
            row += 1
        }
    }

    /// How many lines a cell needs in its column (wide characters count two).
    private func lines(of cell: ReportCell, _ column: Int) -> Int {
        SheetPlan.lines(of: cell, width: widths[column] ?? 10)
    }

    /// Makes the current row tall enough for its wrapped text (up to five lines), given each
    /// cell's lines; returns its height.
    private mutating func fitHeight(_ lineCounts: [Int]) throws -> Double {
        let needed = min(lineCounts.max() ?? 1, SheetPlan.maximumLines)
        guard needed > 1 else { return PrintPage.rowHeight }
        try setHeight(PrintPage.rowHeight * Double(needed))
        return PrintPage.rowHeight * Double(needed)
    }

    private mutating func setHeight(_ height: Double) throws {
        try sheet.setRow(row, height: height)
        heights[row] = height
    }
}

extension ReportTable {
    /// A list with `register`'s columns first, the rest after them (in their order).
    func registerFirst(_ register: [Int]) -> ReportTable {
        let order = register + columns.indices.filter { !register.contains($0) }
        var table = self
        table.columns = order.map { columns[$0] }
        table.rows = rows.map { row in order.map { row[$0] } }
        table.printColumns = Array(0..<register.count)
        if let source = stream {
            table.stream = RowStream { emit in try source.forEach { cells in try emit(order.map { cells[$0] }) } }
        }
        return table
    }
}
