import TradeMetrics

/// Turns a template and a log's rows into a `Report`: every block becomes a table or a chart,
/// computed by `MetricsEngine` exactly as the contract defines the measures.
public struct ReportBuilder {
    let template: ReportTemplate
    let metrics: MetricsSource
    let activitySource: ActivitySource
    let context: ReportContext

    public init(template: ReportTemplate, metrics: MetricsSource, activities: ActivitySource, context: ReportContext) {
        self.template = template
        self.metrics = metrics
        self.activitySource = activities
        self.context = context
    }

    /// From a log held in memory.
    public init(template: ReportTemplate, engine: MetricsEngine, context: ReportContext) {
        self.init(template: template, metrics: engine, activities: RecordsInMemory(engine.records), context: context)
    }

    /// The questions the report will ask, so that one pass over a log can answer them all
    /// (`MetricsAccumulator`).
    public static func plan(_ template: ReportTemplate, context: ReportContext, places: Gazetteer = .shared) -> [TableQuery] {
        plan(template, context: context, activities: NoActivities(), places: places).queries
    }

    /// The questions, and the report's skeleton: its sheets with empty tables, but activity lists
    /// whole (they depend on no count), to write while the log is being counted.
    public static func plan(_ template: ReportTemplate, context: ReportContext, activities: ActivitySource,
                            places: Gazetteer = .shared) -> (queries: [TableQuery], skeleton: Report) {
        let recorder = QueryRecorder(places: places)
        let skeleton = ReportBuilder(template: template, metrics: recorder, activities: activities, context: context).build()
        return (recorder.queries, skeleton)
    }

    var language: Language { context.language }
    var places: Gazetteer { metrics.places }

    public func build() -> Report {
        let office = context.officeName ?? Labels.text("전체", "All offices", language)
        let title = filled(template.title.text(language), office: office)
        var sheets: [ReportSheet] = []
        for sheet in template.sheets {
            if sheet.perOffice {
                // One sheet for each compared office, when there are three or fewer.
                let offices = selection.offices
                guard offices.count <= 3 else { continue }
                for id in offices {
                    var context = self.context
                    context.filter.offices = [id]
                    context.filter.exactOffices = selection.dimension == .office
                    context.officeName = places.displayName(id)
                    context.selection = nil
                    let builder = ReportBuilder(template: template, metrics: metrics, activities: activitySource, context: context)
                    sheets.append(builder.sheet(sheet, title: title, office: places.displayName(id)))
                }
            } else {
                sheets.append(self.sheet(sheet, title: title, office: office))
            }
        }
        if let name = warningListName, !sheets.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            sheets.append(warningList(named: name))
        }
        var report = Report(title: title, subject: Labels.text("국제통상 활동 보고", "International outreach report", language),
                            author: office, created: context.created, style: template.style, sheets: sheets,
                            showsTitle: template.showTitle, footer: (office, Labels.period(context.period, language)))
        report.labelAmounts()
        return report
    }

    /// `{office}` and `{period}` filled in.
    func filled(_ text: String, office: String) -> String {
        text.replacingOccurrences(of: "{office}", with: office)
            .replacingOccurrences(of: "{period}", with: Labels.period(context.period, language))
    }

    /// A CSV file name: `{period}` as its code (`2024-Q1`), `{office}` in its short form (`전북`).
    func fileName(_ pattern: String) -> String {
        pattern.replacingOccurrences(of: "{period}", with: context.period.description)
            .replacingOccurrences(of: "{office}", with: context.officeFileName ?? Labels.text("전체", "all", context.fileLanguage ?? language))
    }

    func sheet(_ sheet: SheetTemplate, title: String, office: String) -> ReportSheet {
        var blocks: [ReportBlock] = []
        var tables: [String: ReportTable] = [:]
        for block in sheet.blocks {
            switch block {
            case .kpis(let kpis): blocks.append(.table(keyFigures(kpis)))
            case .table(let table): blocks.append(.table(self.table(table)))
            case .matrix(let matrix): blocks.append(.table(self.matrix(matrix)))
            case .series(let series): blocks.append(.table(self.series(series)))
            case .activities(let activities): blocks.append(.table(self.activities(activities)))
            case .ties(let ties): blocks.append(.table(self.ties(ties)))
            case .about(let about): blocks.append(.table(self.about(about, title: title)))
            case .chart(let chart):
                guard let source = tables[chart.from] else { continue }
                let columns = source.columns.indices.filter { index in
                    source.columns[index].role == .value && chart.measures.contains { $0 == source.columns[index].measure }
                }
                blocks.append(.chart(ReportChart(kind: chart.kind, title: filled(chart.title.text(language), office: office),
                                                 xAxis: chart.xAxis?.text(language), yAxis: chart.yAxis?.text(language),
                                                 table: chart.from, valueColumns: columns,
                                                 valueFormat: chart.measures.allSatisfy(\.isDollars)
                                                    ? template.style.dollarFormat : template.style.countFormat)))
            }
            if case .table(var table)? = blocks.last {
                table.title = table.title.map { filled($0, office: office) }
                table.fileName = sheet.file.map { fileName($0.text(context.fileLanguage ?? language)) }
                blocks[blocks.count - 1] = .table(table)
                tables[table.id] = table
            }
        }
        return ReportSheet(name: filled(sheet.name.text(language), office: office), blocks: blocks)
    }

    /// The compared offices: the command's choice, or every province of the period (17, or 16 from 2026-07-01).
    /// Provinces merged by the period's end count as their successor (once), with today's boundaries.
    var selection: ReportContext.Selection {
        guard var selection = context.selection else {
            return .init(dimension: .province, offices: places.provinceIDs(for: context.period, boundaries: context.boundaries))
        }
        var seen = Set<OfficeID>()
        selection.offices = selection.offices.map { places.restated($0, for: context.period, boundaries: context.boundaries) }
            .filter { seen.insert($0).inserted }
        return selection
    }

    func query(_ dimensions: [Dimension], base: TableQuery.Base? = nil, period: Period? = nil, allProvinces: Bool = false) -> TableQuery {
        TableQuery(period: period ?? context.period, dimensions: dimensions, filter: context.filter, base: base,
                   allProvinces: allProvinces, boundaries: context.boundaries)
    }

    /// A query whose first dimension runs over the compared offices, each listed even without rows.
    func selectedQuery(_ dimensions: [Dimension], base: TableQuery.Base? = nil) -> TableQuery {
        var query = self.query(dimensions, base: base)
        guard !dimensions.isEmpty else { return query }
        query.dimensions[0] = selection.dimension
        query.groups = selection.offices.map(GroupKey.office)
        if context.selection != nil {
            query.filter.offices = selection.offices
            query.filter.exactOffices = selection.dimension == .office
        }
        return query
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
