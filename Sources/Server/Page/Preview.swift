import Foundation
import Mustache
import Reports
import TradeMetrics

/// A made report shown in the page: the same model the workbook was written from, so the same
/// numbers — key figures, charts (SVG drawn here), the main tables. Long lists and the about
/// sheet stay in the download.
enum Preview {
    static let rowLimit = 40

    static func render(_ made: FormJobs.Made, english: Bool, library: MustacheLibrary) -> String {
        var context: [String: Any] = ["title": made.name]
        var blocks: [[String: Any]] = []
        if let report = made.report {
            context["title"] = report.title
            context["subtitle"] = [report.subject, report.author, made.name].filter { !$0.isEmpty }.joined(separator: " · ")
            context["made"] = (Day(inCalendar: report.created / 86_400)?.description ?? "")
            context["madeLabel"] = PageText.strings(english: english)["madeLabel"]
            // The first sheet (the summary: key figures and charts) is what a printed page holds;
            // the others are shown on screen only.
            for (number, sheet) in report.sheets.enumerated() {
                let detail = number > 0
                let tables = sheet.blocks.compactMap { block -> ReportTable? in
                    if case .table(let table) = block { return table }
                    return nil
                }
                let shown = sheet.blocks.filter { block in
                    if case .table(let table) = block { return !table.isList && table.stream == nil && table.id != "about" }
                    return true
                }
                guard !shown.isEmpty else { continue }
                blocks.append(["sheet": sheet.name, "detail": detail])
                for block in shown {
                    switch block {
                    case .table(let table):
                        blocks.append(["heading": table.title ?? "", "table": tableContext(table, style: report.style), "detail": detail])
                    case .chart(let chart):
                        guard let table = tables.first(where: { $0.id == chart.table }) else { continue }
                        blocks.append(["svg": SVGChart(chart: chart, table: table, style: report.style).svg, "detail": detail])
                    }
                }
            }
        } else if let layout = made.table {
            let rows = layout.rows.enumerated().map { index, row -> [String: Any] in
                ["total": made.tableHasTotal && index == layout.rows.count - 1,
                 "cells": row.map { cell -> [String: Any] in ["text": cell.displayText, "number": cell.isNumber] }]
            }
            blocks.append(["table": ["columns": layout.columns, "rows": Array(rows.prefix(rowLimit * 5))]])
        }
        context["blocks"] = blocks
        return library.render(context, withTemplate: "preview") ?? ""
    }

    private static func tableContext(_ table: ReportTable, style: ReportStyle) -> [String: Any] {
        let rows = table.rows.enumerated().map { index, row -> [String: Any] in
            ["total": table.hasTotal && index == table.rows.count - 1,
             "cells": row.map { cell -> [String: Any] in ["text": cell.displayText(style), "number": cell.plotted(style) != nil] }]
        }
        var shown = Array(rows.prefix(rowLimit))
        if rows.count > rowLimit, let last = rows.last, table.hasTotal { shown.append(last) }
        var context: [String: Any] = ["columns": table.columns.map(\.header), "rows": shown]
        if rows.count > rowLimit { context["more"] = "\(rows.count - rowLimit)" }
        return context
    }
}
