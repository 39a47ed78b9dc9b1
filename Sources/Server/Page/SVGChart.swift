import Reports

/// A chart of a report drawn as SVG by the server, from the same table the workbook's chart
/// draws: horizontal bars for column, bar, stacked and doughnut charts (labels stay readable),
/// a line for a line chart. Text is escaped; colours are attributes (no inline style, for CSP).
struct SVGChart {
    let chart: ReportChart
    let table: ReportTable
    let style: ReportStyle

    static let colours = ["#2f6fb3", "#e08a2e", "#4c9a5b", "#b5485d", "#7a5fb0"]

    var svg: String {
        let rows = Array(table.rows.prefix(table.dataRowCount))
        let labels = rows.map { $0.indices.contains(table.labelColumn) ? $0[table.labelColumn].displayText(style) : "" }
        let series = chart.valueColumns.filter { $0 < table.columns.count }.map { column in
            (name: table.columns[column].header, values: rows.map { $0.indices.contains(column) ? $0[column].plotted(style) ?? 0 : 0 })
        }
        guard !rows.isEmpty, !series.isEmpty else { return "" }
        return chart.kind == .line ? line(labels, series) : bars(labels, series)
    }

    private func bars(_ labels: [String], _ series: [(name: String, values: [Double])]) -> String {
        let barHeight = 14.0, gap = 8.0, labelWidth = 150.0, width = 640.0, top = 34.0
        let groupHeight = barHeight * Double(series.count) + gap
        let height = top + groupHeight * Double(labels.count) + 10
        let largest = max(series.flatMap(\.values).max() ?? 0, 1)
        let scale = (width - labelWidth - 70) / largest
        var out = header(width: width, height: height)
        out += legend(series.map(\.name), y: top - 10)
        for (index, label) in labels.enumerated() {
            let y = top + groupHeight * Double(index)
            out += #"<text x="\#(labelWidth - 6)" y="\#(y + barHeight * Double(series.count) / 2 + 4)" text-anchor="end" font-size="11">\#(Self.escape(String(label.prefix(22))))</text>"#
            for (number, serie) in series.enumerated() {
                let value = serie.values[index], bar = max(value * scale, 0)
                let barY = y + barHeight * Double(number)
                out += #"<rect x="\#(labelWidth)" y="\#(barY)" width="\#(bar)" height="\#(barHeight - 2)" fill="\#(Self.colours[number % Self.colours.count])"/>"#
                out += #"<text x="\#(labelWidth + bar + 4)" y="\#(barY + barHeight - 4)" font-size="10">\#(Self.escape(Self.number(value)))</text>"#
            }
        }
        return out + "</svg>"
    }

    private func line(_ labels: [String], _ series: [(name: String, values: [Double])]) -> String {
        let width = 640.0, height = 240.0, left = 50.0, right = 20.0, top = 34.0, bottom = 40.0
        let largest = max(series.flatMap(\.values).max() ?? 0, 1)
        let step = labels.count > 1 ? (width - left - right) / Double(labels.count - 1) : 0
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            (left + step * Double(index), top + (height - top - bottom) * (1 - value / largest))
        }
        var out = header(width: width, height: height)
        out += legend(series.map(\.name), y: top - 14)
        out += #"<line x1="\#(left)" y1="\#(height - bottom)" x2="\#(width - right)" y2="\#(height - bottom)" stroke="gray"/>"#
        for (index, label) in labels.enumerated() {
            let (x, _) = point(index, 0)
            out += #"<text x="\#(x)" y="\#(height - bottom + 16)" text-anchor="middle" font-size="10">\#(Self.escape(label))</text>"#
        }
        for (number, serie) in series.enumerated() {
            let colour = Self.colours[number % Self.colours.count]
            let points = serie.values.enumerated().map { point($0.offset, $0.element) }
            out += #"<polyline fill="none" stroke="\#(colour)" stroke-width="2" points="\#(points.map { "\($0.0),\($0.1)" }.joined(separator: " "))"/>"#
            for (index, ((x, y), value)) in zip(points, serie.values).enumerated() {
                out += #"<circle cx="\#(x)" cy="\#(y)" r="3" fill="\#(colour)"/>"#
                // One label where two series meet (every zero of a quiet quarter).
                guard !series[..<number].contains(where: { $0.values[index] == value }) else { continue }
                out += #"<text x="\#(x)" y="\#(y - 6)" text-anchor="middle" font-size="10">\#(Self.escape(Self.number(value)))</text>"#
            }
        }
        return out + "</svg>"
    }

    private func header(width: Double, height: Double) -> String {
        #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)" role="img" aria-label="\#(Self.escape(chart.title))">"#
            + #"<text x="0" y="14" font-size="13" font-weight="bold">\#(Self.escape(chart.title))</text>"#
    }

    private func legend(_ names: [String], y: Double) -> String {
        guard names.count > 1 else { return "" }
        var x = 150.0, out = ""
        for (number, name) in names.enumerated() {
            out += #"<rect x="\#(x)" y="\#(y - 9)" width="10" height="10" fill="\#(Self.colours[number % Self.colours.count])"/><text x="\#(x + 14)" y="\#(y)" font-size="10">\#(Self.escape(name))</text>"#
            x += 24 + Double(name.count) * 9
        }
        return out
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? ReportCell.count(Int(value)).displayText(ReportStyle()) : ReportCell.ratio(value, decimals: 1, dollars: false).displayText(ReportStyle())
    }

    /// Text for XML: `&`, `<`, `>`, quotes escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
