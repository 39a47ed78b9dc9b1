import Metrics

/// Turns a template and a log's rows into a `Report`: every block becomes a table or a chart,
/// computed by `MetricsEngine` exactly as the contract defines the measures.
public struct ReportBuilder {
    let template: ReportTemplate
    let engine: MetricsEngine
    let context: ReportContext

    public init(template: ReportTemplate, engine: MetricsEngine, context: ReportContext) {
        self.template = template
        self.engine = engine
        self.context = context
    }

    var language: Language { context.language }
    var places: Gazetteer { engine.places }

    public func build() -> Report {
        let office = context.officeName ?? Labels.text("전체", "All offices", language)
        let title = template.title.text(language)
            .replacingOccurrences(of: "{office}", with: office)
            .replacingOccurrences(of: "{period}", with: Labels.period(context.period, language))
        let sheets = template.sheets.map { sheet in
            var blocks: [ReportBlock] = []
            var tables: [String: ReportTable] = [:]
            for block in sheet.blocks {
                switch block {
                case .kpis(let kpis): blocks.append(.table(keyFigures(kpis)))
                case .table(let table): blocks.append(.table(self.table(table)))
                case .series(let series): blocks.append(.table(self.series(series)))
                case .activities(let activities): blocks.append(.table(self.activities(activities)))
                case .about(let about): blocks.append(.table(self.about(about, title: title)))
                case .chart(let chart):
                    guard let source = tables[chart.from] else { continue }
                    let columns = source.columns.indices.filter { index in
                        source.columns[index].role == .value && chart.measures.contains { $0 == source.columns[index].measure }
                    }
                    blocks.append(.chart(ReportChart(kind: chart.kind, title: chart.title.text(language),
                                                     xAxis: chart.xAxis?.text(language), yAxis: chart.yAxis?.text(language),
                                                     table: chart.from, valueColumns: columns,
                                                     valueFormat: chart.measures.allSatisfy(\.isDollars)
                                                        ? template.style.dollarFormat : template.style.countFormat)))
                }
                if case .table(let table)? = blocks.last { tables[table.id] = table }
            }
            return ReportSheet(name: sheet.name.text(language), blocks: blocks)
        }
        return Report(title: title, subject: Labels.text("국제통상 활동 보고", "International outreach report", language),
                      author: office, created: context.created, style: template.style,
                      sheets: sheets, showsTitle: template.showTitle)
    }

    func query(_ dimensions: [Dimension], base: TableQuery.Base? = nil, period: Period? = nil, allProvinces: Bool = false) -> TableQuery {
        TableQuery(period: period ?? context.period, dimensions: dimensions, filter: context.filter, base: base,
                   allProvinces: allProvinces)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
