import TradeMetrics

extension TableLayout {
    /// CSV for scripts: UTF-8 without BOM, LF, plain numbers, full precision.
    public func csv(options: CSVWriter.Options = .plain) -> String {
        var writer = CSVWriter(options: options)
        writer.writeRow(columns)
        for row in rows {
            writer.writeRow(row.map { cell -> CSVWriter.Cell in
                switch cell {
                case .text(let text): return .text(text)
                case .count(let n): return .number("\(n)")
                case .dollars(let d): return .number(d.description)
                case .percent(let p): return p.map { .number("\($0)") } ?? .empty
                case .ratio(let r, _): return r.map { .number(MeasureValue.ratio($0).description) } ?? .empty
                }
            })
        }
        return writer.text
    }

    /// JSON: an array with one object per row, keys in column order.
    public func json() -> String {
        let objects = rows.map { row in
            "  {" + zip(columns, row).map { column, cell in
                let value: String
                switch cell {
                case .text(let text): value = JSON.string(text)
                case .count(let n): value = "\(n)"
                case .dollars(let d): value = d.description
                case .percent(let p): value = p.map { "\($0)" } ?? "null"
                case .ratio(let r, _): value = r.map { MeasureValue.ratio($0).description } ?? "null"
                }
                return "\(JSON.string(column)): \(value)"
            }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// Aligned text for a terminal: Hangul counted two cells wide, numbers right-aligned with
    /// thousands separators, percentages to one decimal.
    public func terminal() -> String {
        let texts: [[String]] = [columns] + rows.map { $0.map(Self.display) }
        let rightAligned = rows.first.map { $0.map { if case .text = $0 { false } else { true } } }
            ?? columns.map { _ in false }
        let widths = columns.indices.map { column in texts.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return texts.map { line in
            line.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(line[column]))
                return rightAligned[column] ? padding + line[column] : line[column] + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    static func display(_ cell: TableCell) -> String {
        switch cell {
        case .text(let text): return text
        case .count(let n): return NumberText.grouped(Int64(n))
        case .dollars(let d): return NumberText.dollars(d)
        case .percent(let p): return p.map { NumberText.percent($0) } ?? "–"
        case .ratio(let r, let decimals): return r.map { NumberText.decimal($0, decimals) } ?? "–"
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension TableCell {
    /// The cell as the terminal table shows it: `1,200`, `+12.5%`, `–` where undefined.
    public var displayText: String { TableLayout.display(self) }

    /// A number (right-aligned where shown), not text.
    public var isNumber: Bool {
        if case .text = self { return false }
        return true
    }
}
