/// A sheet's block as printed: a table (or a part of one) or a chart.
enum PrintedBlock {
    case table(PrintedTable)
    case chart(ReportChart)

    var table: PrintedTable? {
        if case .table(let table) = self { return table }
        return nil
    }
}

/// How a sheet prints, worked out before it is written: its scale, each table's height, and where
/// and how large each chart is.
struct SheetPlan {
    /// A wrapped cell shows at most this many lines.
    static let maximumLines = 5
    /// A chart beside a table is at least this wide (points), else it goes below.
    static let chartMinimumWidth = 300.0, chartWidth = 440.0, chartWidthBelow = 600.0

    struct Estimate {
        /// The title and header rows.
        var head: Double
        /// The table with its gap row, or the chart beside it when that is taller.
        var block: Double
    }

    struct Chart {
        var kind: XLSXChart.Kind
        var beside: Bool
        var width: Double
        var height: Double
    }

    var scale = 100
    /// By block index.
    var heights: [Int: Estimate] = [:]
    var charts: [Int: Chart] = [:]
    /// The table whose header row repeats on each page: the sheet's last, when it is a list or
    /// longer than a page.
    var repeatsHeader: Int?

    init() {}

    init(_ blocks: [PrintedBlock], widths: [Int: Int], title: Bool) {
        func width(_ columns: Int) -> Double {
            PrintPage.points(columns: (0..<columns).map { widths[$0] ?? 10 })
        }
        func lines(_ cells: [ReportCell]) -> Int {
            min(Self.maximumLines, cells.indices.map { Self.lines(of: cells[$0], width: widths[$0] ?? 10) }.max() ?? 1)
        }
        var widest = 0.0
        var besideWidth: [Int: Double] = [:]
        for (index, block) in blocks.enumerated() {
            switch block {
            case .table(let part):
                let table = part.table
                widest = max(widest, width(table.printColumns?.count ?? table.columns.count))
                let head = (table.title == nil ? 0 : PrintPage.rowHeight)
                    + PrintPage.rowHeight * Double(lines(table.columns.map { .text($0.header) }))
                let body = table.rows.map { PrintPage.rowHeight * Double(lines($0)) }.reduce(0, +)
                heights[index] = Estimate(head: head, block: head + body + PrintPage.rowHeight)
            case .chart(let chart):
                guard let (at, part) = blocks[..<index].enumerated().reversed().lazy
                        .compactMap({ offset, block in block.table.map { (offset, $0) } })
                        .first(where: { $0.1.sourceID == chart.table }) else { continue }
                let table = part.table
                let categories = table.dataRowCount
                let label = table.rows.prefix(categories).map { ColumnWidths.width(of: $0[table.labelColumn]) }.max() ?? 0
                let series = chart.kind == .doughnut ? 1 : chart.valueColumns.count
                let horizontal = [.column, .bar, .stacked].contains(chart.kind) && (chart.kind == .bar || categories > 4 || label > 8)
                let kind: XLSXChart.Kind
                switch chart.kind {
                case .column, .bar: kind = horizontal ? .bar : .column
                case .stacked: kind = horizontal ? .stackedBar : .stacked
                case .line: kind = .line
                case .doughnut: kind = .doughnut
                }
                // Title, axes and legend take about 150 points (LibreOffice's own layout); each
                // category then needs a label's line.
                let bars = Double(kind == .stackedBar ? 1 : series)
                let height = horizontal ? max(216, 150 + (series > 1 ? 30 : 0) + Double(categories) * (8 + 4 * bars)) : 216
                let tableWidth = width(table.columns.count + 1)
                let beside = at == index - 1
                    && tableWidth + Self.chartMinimumWidth <= PrintPage.width * 100 / Double(PrintPage.splitScale)
                if beside {
                    besideWidth[index] = tableWidth
                    widest = max(widest, tableWidth + Self.chartMinimumWidth)
                    if var estimate = heights[at] {
                        estimate.block = max(estimate.block, height + PrintPage.rowHeight)
                        heights[at] = estimate
                    }
                } else {
                    widest = max(widest, Self.chartMinimumWidth)
                }
                charts[index] = Chart(kind: kind, beside: beside, width: 0, height: height)
            }
        }
        scale = PrintPage.scale(fitting: widest)
        // Scaled down to the fewest pages it can take: one page down to 70 %, more not below
        // `oneSheetScale` and with room for the space that breaks before whole tables leave.
        let streamed = blocks.contains { $0.table?.table.stream != nil }
        let total = (title ? PrintPage.titleHeight + PrintPage.rowHeight : 0) + heights.values.map(\.block).reduce(0, +)
            + charts.filter { !$0.value.beside }.map { $0.value.height + 2 * PrintPage.rowHeight }.reduce(0, +)
        if !streamed, total > 0 {
            func pages(_ scale: Int, _ total: Double) -> Int { Int((total * Double(scale) / 100 / PrintPage.height).rounded(.up)) }
            let onePage = pages(min(scale, PrintPage.minimumScale), total) == 1
            let fewest = onePage ? 1 : pages(min(scale, PrintPage.oneSheetScale), total)
            let needed = onePage ? total : total * 1.05
            if pages(scale, needed) > fewest {
                let floor = onePage ? PrintPage.minimumScale : PrintPage.oneSheetScale
                scale = min(scale, max(floor, Int((Double(fewest) * PrintPage.height * 100 / needed).rounded(.down))))
            }
        }
        // A reader moves a column that does not fit whole to the next page: a chart ends before it.
        var room = 0.0
        for column in 0... {
            let right = room + PrintPage.points(columns: [widths[column] ?? ColumnWidths.plain])
            if right > PrintPage.width * 100 / Double(scale) * 0.99 { break }
            room = right
        }
        for (index, chart) in charts {
            var chart = chart
            if let tableWidth = besideWidth[index] {
                chart.width = min(Self.chartWidth, room - tableWidth)
            } else {
                chart.width = min(room, Self.chartWidthBelow)
            }
            charts[index] = chart
        }
        if let last = blocks.indices.last(where: { blocks[$0].table != nil }), let part = blocks[last].table?.table,
           part.isList || part.stream != nil || (heights[last]?.block ?? 0) > PrintPage.capacity(scale: scale),
           !blocks[(last + 1)...].contains(where: { $0.table != nil }) {
            repeatsHeader = last
        }
    }

    /// How many lines `cell` needs in a column `width` units wide (wide characters count two).
    static func lines(of cell: ReportCell, width: Int) -> Int {
        guard case .text(let text) = cell else { return 1 }
        let width = max(width - 1, 1)
        // Most cells are short, single-line text.
        if text.utf8.count <= width { return 1 }
        if !text.utf8.contains(0x0A) { return max(1, (DisplayWidth.of(text) + width - 1) / width) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, (DisplayWidth.of(String($0)) + width - 1) / width) }.reduce(0, +)
    }
}
