/// Column widths of a sheet in Excel's units, from its tables' content.
enum ColumnWidths {
    /// The width of a column with nothing in it, and how many of them right of a sheet's tables get it.
    static let plain = 8, besideCharts = 24

    /// Widths from the content: wide characters (Hangul) count two, capped so that one long title
    /// does not push the rest of the sheet off the page (long text wraps instead).
    static func of(_ tables: [ReportTable]) -> [Int: Int] {
        var widths: [Int: Int] = [:]
        // Columns of text or dates, whose left-aligned cells need a gap after a number to their left.
        var words: Set<Int> = []
        for table in tables {
            let cap = table.columns.count <= 2 ? 120 : table.columns.count <= 3 ? 90 : table.isList ? 22 : 36
            for (column, heading) in table.columns.enumerated() {
                // A header wraps, so its longest word counts; Hangul prints about 1.75 units wide, not 2.
                let longestWord = heading.header.split(separator: " ").map { (DisplayWidth.of(String($0)) * 7 + 7) / 8 }.max() ?? 0
                widths[column] = max(widths[column] ?? 0, min(longestWord, 10), heading.expectedWidth ?? 0)
            }
            for cells in (table.rows + table.folded).prefix(5000) {
                for (column, cell) in cells.enumerated() {
                    widths[column] = max(widths[column] ?? 0, min(Self.width(of: cell), cap))
                    switch cell {
                    case .text, .date, .link: words.insert(column)
                    default: break
                    }
                }
            }
        }
        return Dictionary(uniqueKeysWithValues: widths.map { column, width in (column, max(width, 5) + (words.contains(column) ? 2 : 1)) })
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
