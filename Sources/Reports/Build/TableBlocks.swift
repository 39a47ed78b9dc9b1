import TradeMetrics

extension ReportBuilder {
    /// Key figures: each measure in the period beside each comparison base, with change and change %.
    func keyFigures(_ block: KPIBlock) -> ReportTable {
        let current = metrics.table(query([])).total
        let bases = block.compare.map { base in (base, metrics.table(query([], base: base))) }
        var columns = [ReportColumn(Labels.text("지표", "Measure", language)),
                       ReportColumn(Labels.period(context.period, language), role: .value)]
        for (base, table) in bases {
            let label = Labels.base(base, language)
            let period = Labels.periods(table.basePeriods, language).map { " (\($0))" } ?? ""
            columns += [ReportColumn(label + period, role: .base),
                        ReportColumn(Labels.text("증감", "Change", language), role: .change),
                        ReportColumn(Labels.text("증감률", "Change %", language), role: .changePercent)]
        }
        let rows = block.measures.map { measure -> [ReportCell] in
            var cells: [ReportCell] = [.text(Labels.measure(measure, language)), cell(current.totals[measure], measure)]
            for (_, table) in bases {
                if let comparison = table.total.comparison(measure) {
                    cells += [cell(comparison.base, measure), cell(comparison.change, measure), .percent(comparison.changePercent.map { $0 / 100 })]
                } else {
                    cells += [.empty, .empty, .empty]
                }
            }
            return cells
        }
        return ReportTable(id: block.id, title: block.title?.text(language), columns: columns, rows: rows)
    }

    /// A table of one or two dimensions: sorted, cut to its top groups with the rest as one row,
    /// and a total over the rows themselves.
    func table(_ block: TableBlock) -> ReportTable {
        let tableQuery = block.selected ? selectedQuery(block.dimensions, base: block.compare)
            : query(block.dimensions, base: block.compare, allProvinces: block.allProvinces)
        let result = metrics.table(tableQuery)
        var rows = result.rows
        // Shares are of the national total: every office's rows of the period.
        var national = tableQuery
        national.filter.offices = []
        let nationalTotal = block.share ? metrics.table(TableQuery(period: national.period, filter: national.filter, boundaries: national.boundaries)).total.totals : Totals()
        if block.selected, block.sort == .key {
            // The compared offices in the order they were chosen (or the standard order of provinces).
            let order = Dictionary(tableQuery.groups.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
            rows.sort { (order[$0.keys[0]] ?? .max, $0.keys.map { $0.key(places) }.joined()) < (order[$1.keys[0]] ?? .max, $1.keys.map { $0.key(places) }.joined()) }
        }
        if case .measure(let measure) = block.sort {
            rows.sort { a, b in
                let x = a.totals[measure], y = b.totals[measure]
                return x != y ? x > y : a.keys.map { $0.key(places) }.lexicographicallyPrecedes(b.keys.map { $0.key(places) })
            }
        }
        var rest: MetricsTable.Row?
        var restCount = 0
        var others: ArraySlice<MetricsTable.Row> = []
        if let top = block.top, rows.count > top, block.dimensions.count == 1 {
            others = rows[top...]
            restCount = others.count
            rest = metrics.totals(tableQuery, anyOf: Set(others.map { $0.keys[0] }))
            rows = Array(rows[..<top])
        }
        var columns = block.dimensions.map { ReportColumn(header(for: $0, block.headers)) }
        for measure in block.measures {
            columns.append(ReportColumn(header(measure, block.headers), measure: measure, role: .value))
            let codes = block.headers == .codes
            if block.rank {
                columns.append(ReportColumn(codes ? "\(measure.name)_rank" : "\(header(measure, block.headers)) \(Labels.text("순위", "rank", language))",
                                            measure: measure, role: .rank))
            }
            if block.share {
                columns.append(ReportColumn(codes ? "\(measure.name)_share" : "\(header(measure, block.headers)) \(Labels.text("전국 비중", "national share", language))",
                                            measure: measure, role: .share))
            }
            if result.basePeriod != nil, let base = block.compare {
                let codes = block.headers == .codes
                let measureName = header(measure, block.headers)
                let baseName = Labels.shortBase(base, of: context.period, language)
                columns += [
                    ReportColumn(codes ? "\(measure.name)_base" : "\(measureName) \(baseName)", measure: measure, role: .base),
                    ReportColumn(codes ? "\(measure.name)_change" : "\(measureName) \(Labels.text("증감", "change", language))", measure: measure, role: .change),
                    ReportColumn(codes ? "\(measure.name)_change_pct" : "\(measureName) \(Labels.text("증감률", "change %", language))", measure: measure, role: .changePercent),
                ]
            }
        }
        let ranked = rows
        func rank(_ row: MetricsTable.Row, _ measure: Measure) -> ReportCell {
            guard !row.keys.isEmpty, !row.totals[measure].isEmpty else { return .empty }
            return .count(1 + ranked.filter { $0.totals[measure] > row.totals[measure] }.count)
        }
        func cells(_ labels: [String], _ row: MetricsTable.Row) -> [ReportCell] {
            var cells = labels.map(ReportCell.text)
            for measure in block.measures {
                cells.append(cell(row.totals[measure], measure))
                if block.rank { cells.append(rank(row, measure)) }
                if block.share {
                    let whole = nationalTotal[measure].number
                    cells.append(.percent(whole == 0 || measure.isDerived ? nil : row.totals[measure].number / whole))
                }
                if let comparison = row.comparison(measure) {
                    cells += [cell(comparison.base, measure), cell(comparison.change, measure), .percent(comparison.changePercent.map { $0 / 100 })]
                }
            }
            return cells
        }
        var body = rows.map { row in cells(row.keys.map { Labels.group($0, block.labels, language, places, in: context.period) }, row) }
        let blanks = Array(repeating: "", count: block.dimensions.count - 1)
        if let rest {
            body.append(cells([Labels.text("나머지 \(restCount)개", "Other \(restCount)", language)] + blanks, rest))
        }
        if block.total {
            body.append(cells([Labels.text("합계", "Total", language)] + blanks, result.total))
        }
        var table = ReportTable(id: block.id, title: block.title?.text(language), columns: columns, rows: body, hasTotal: block.total)
        table.hasRest = rest != nil
        // Ranked among the top rows only, as the rest row stands for them all.
        table.folded = others.map { row in
            cells(row.keys.map { Labels.group($0, block.labels, language, places, in: context.period) }, row).enumerated().map { index, cell in
                columns[index].role == .rank ? .empty : cell
            }
        }
        return table
    }

    /// One dimension down, another across, one measure in the cells; a total column and row over
    /// the rows themselves.
    func matrix(_ block: MatrixBlock) -> ReportTable {
        let tableQuery = block.selected ? selectedQuery([block.rows, block.columns]) : query([block.rows, block.columns])
        let result = metrics.table(tableQuery)
        let byKey = { (keys: [GroupKey]) in keys.map { $0.key(places) } }
        let rowKeys = block.selected ? tableQuery.groups : result.rowGroups.keys.sorted { byKey([$0]).lexicographicallyPrecedes(byKey([$1])) }
        let columnKeys = result.columnGroups.keys.sorted { byKey([$0]).lexicographicallyPrecedes(byKey([$1])) }
        var cellsByKeys: [[GroupKey]: MetricsTable.Row] = [:]
        for row in result.rows { cellsByKeys[row.keys] = row }
        let measure = block.measure
        var columns = [ReportColumn(Labels.dimension(tableQuery.dimensions[0], language))]
        columns += columnKeys.map { ReportColumn(Labels.name($0, language, places, in: context.period), measure: measure, role: .value) }
        columns.append(ReportColumn(Labels.text("합계", "Total", language), measure: measure, role: .value))
        var rows = rowKeys.map { key -> [ReportCell] in
            [.text(Labels.name(key, language, places, in: context.period))]
                + columnKeys.map { cell((cellsByKeys[[key, $0]]?.totals ?? Totals())[measure], measure) }
                + [cell((result.rowGroups[key]?.totals ?? Totals())[measure], measure)]
        }
        rows.append([.text(Labels.text("합계", "Total", language))]
                    + columnKeys.map { cell((result.columnGroups[$0]?.totals ?? Totals())[measure], measure) }
                    + [cell(result.total.totals[measure], measure)])
        var table = ReportTable(id: block.id, title: block.title?.text(language), columns: columns, rows: rows, hasTotal: true)
        if block.colourScale, !columnKeys.isEmpty { table.colourScale = 1...columnKeys.count }
        return table
    }

    /// Measures over the last N quarters or months up to the end of the period.
    func series(_ block: SeriesBlock) -> ReportTable {
        let end = context.period.last
        let period: Period
        if context.period.length == .all {
            period = .all
        } else if block.by == .quarter {
            var year = end.year, quarter = end.quarter - (block.count - 1)
            while quarter < 1 { quarter += 4; year -= 1 }
            period = .range(Period.quarter(year, quarter).first, end)
        } else {
            var year = end.year, month = end.month - (block.count - 1)
            while month < 1 { month += 12; year -= 1 }
            period = .range(Period.month(year, month).first, end)
        }
        let result = metrics.table(query([block.by], period: period))
        let columns = [ReportColumn(Labels.dimension(block.by, language))]
            + block.measures.map { ReportColumn(Labels.measure($0, language), measure: $0, role: .value) }
        let rows = result.rows.map { row in
            [ReportCell.text(Labels.group(row.keys[0], .codes, language, places, in: context.period))] + block.measures.map { cell(row.totals[$0], $0) }
        }
        return ReportTable(id: block.id, title: block.title?.text(language), columns: columns, rows: rows)
    }

    func cell(_ value: MeasureValue, _ measure: Measure) -> ReportCell {
        switch value {
        case .count(let n): return .count(n)
        case .dollars(let d): return .dollars(d)
        case .ratio(let r): return .ratio(r, decimals: measure.isDollars ? 0 : 1, dollars: measure.isDollars)
        }
    }

    private func header(for dimension: Dimension, _ style: LabelStyle) -> String {
        style == .codes ? dimension.rawValue : Labels.dimension(dimension, language)
    }

    private func header(_ measure: Measure, _ style: LabelStyle) -> String {
        style == .codes ? measure.name : Labels.measure(measure, language)
    }
}
