import TradeMetrics

/// A value in a laid-out table.
public enum TableCell: Equatable, Sendable {
    case text(String)
    case count(Int)
    case dollars(Dollars)
    /// A percentage (12.5 means 12.5%); nil where it is undefined (a base or total of 0).
    case percent(Double?)
    /// A derived measure or a mean, shown to `decimals` places; nil where its divisor is 0.
    case ratio(Double?, decimals: Int)

    init(_ value: MeasureValue, decimals: Int) {
        switch value {
        case .count(let n): self = .count(n)
        case .dollars(let d): self = .dollars(d)
        case .ratio(let r): self = .ratio(r, decimals: decimals)
        }
    }
}

/// A metrics table as named columns and rows of cells, the one shape that the CSV, JSON and terminal
/// renderers share. Columns: `key,name` (and `key2,name2` for a matrix), then each measure, each
/// followed by `_base,_change,_change_pct` under a comparison and by `_row_pct,_column_pct` in a
/// matrix. The last row is the total.
public struct TableLayout: Sendable {
    public let columns: [String]
    public let rows: [[TableCell]]

    /// A table laid out elsewhere (the tie register).
    public init(columns: [String], rows: [[TableCell]]) {
        self.columns = columns
        self.rows = rows
    }

    public init(_ table: MetricsTable, measures: [Measure] = Measure.allCases, places: Gazetteer = .shared) {
        let matrix = table.query.dimensions.count == 2
        let compared = table.basePeriod != nil
        var columns = matrix ? ["key", "name", "key2", "name2"] : ["key", "name"]
        for measure in measures {
            columns.append(measure.name)
            if compared { columns += ["_base", "_change", "_change_pct"].map { measure.name + $0 } }
            if matrix { columns += ["_row_pct", "_column_pct"].map { measure.name + $0 } }
        }
        func cells(_ row: MetricsTable.Row) -> [TableCell] {
            var cells: [TableCell] = row.keys.flatMap { [.text($0.key(places)), .text($0.name(places, in: table.query.period))] }
            if row.keys.isEmpty { cells = [.text("total"), .text("합계")] + (matrix ? [.text(""), .text("")] : []) }
            for measure in measures {
                cells.append(TableCell(row.totals[measure], decimals: measure.decimals))
                if let comparison = row.comparison(measure) {
                    cells += [TableCell(comparison.base, decimals: max(measure.decimals, 1)),
                              TableCell(comparison.change, decimals: max(measure.decimals, 1)), .percent(comparison.changePercent)]
                }
                if matrix {
                    let percent = { (column: Bool) in table.share(of: row, measure, ofColumn: column).map { $0 * 100 } }
                    cells += [.percent(percent(false)), .percent(percent(true))]
                }
            }
            return cells
        }
        self.columns = columns
        rows = table.rows.map(cells) + [cells(table.total)]
    }
}
