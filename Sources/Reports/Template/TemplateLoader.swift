import TradeMetrics
import Yams

/// Reads a report template (YAML) into a `ReportTemplate`, checking every key and value and naming
/// the file, line and column of the first mistake.
public struct TemplateLoader {
    public init() {}

    public func load(yaml: String, file: String) throws(TemplateError) -> ReportTemplate {
        let root: Node
        try AliasBound.check(yaml, file: file)
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw TemplateError(file: file, line: 1, column: 1, problem: .empty)
            }
            root = node
        } catch let error as TemplateError {
            throw error
        } catch let error as YamlError {
            throw Self.syntaxError(error, file: file)
        } catch {
            throw TemplateError(file: file, line: 1, column: 1, problem: .notYAML)
        }
        let reader = NodeReader(file: file)
        return try reader.template(root)
    }

    static func syntaxError(_ error: YamlError, file: String) -> TemplateError {
        YAMLMessages.error(error, file: file)
    }
}

/// Walks the YAML nodes of a template.
private struct NodeReader {
    let file: String

    func fail(_ node: Node, _ problem: TemplateMessage) -> TemplateError {
        let mark = node.mark
        return TemplateError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, problem: problem)
    }

    /// The pairs of a mapping, refusing keys outside `allowed` with a "did you mean".
    func mapping(_ node: Node, _ what: String, allowed: [String]) throws(TemplateError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else { throw fail(node, .notAMapping(what, allowed: allowed)) }
        var pairs: [(String, Node, Node)] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw fail(keyNode, .keyNotText(what)) }
            guard allowed.contains(key) else {
                throw fail(keyNode, .unknownKey(key, in: what, suggestion: Self.nearest(key, allowed), allowed: allowed))
            }
            guard seen.insert(key).inserted else { throw fail(keyNode, .keyTwice(key, in: what)) }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    func string(_ node: Node, _ what: String) throws(TemplateError) -> String {
        guard case .scalar(let scalar) = node else { throw fail(node, .mustBeText(what)) }
        return try checked(scalar.string, node, what)
    }

    /// Text a workbook can hold: no control character but tab and line break (NUL would cut it,
    /// the others break the workbook's XML), no U+FFFE or U+FFFF.
    func checked(_ text: String, _ node: Node, _ what: String) throws(TemplateError) -> String {
        if let bad = text.unicodeScalars.first(where: { TemplateText.isForbidden($0) }) {
            throw fail(node, .controlCharacter(what, code: WorkbookText.code(bad), text: Diagnostic.printable(text)))
        }
        return text
    }

    func int(_ node: Node, _ what: String, in range: ClosedRange<Int>) throws(TemplateError) -> Int {
        guard let value = Int(try string(node, what)), range.contains(value) else {
            throw fail(node, .wholeNumber(what, range))
        }
        return value
    }

    func bool(_ node: Node, _ what: String) throws(TemplateError) -> Bool {
        switch try string(node, what).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, .trueOrFalse(what))
        }
    }

    /// Text in both languages: `title: 요약` or `title: {ko: 요약, en: Summary}`.
    func text(_ node: Node, _ what: String) throws(TemplateError) -> LocalizedText {
        if case .scalar(let scalar) = node { return LocalizedText(try checked(scalar.string, node, what)) }
        var ko: String?, en: String?
        for pair in try mapping(node, what, allowed: ["ko", "en"]) {
            if pair.key == "ko" { ko = try string(pair.value, "\(what).ko") } else { en = try string(pair.value, "\(what).en") }
        }
        guard let ko, let en else { throw fail(node, .needsKoAndEn(what)) }
        return LocalizedText(ko: ko, en: en)
    }

    /// One value of `choices` by its name.
    func choice<Value>(_ node: Node, _ what: String, _ choices: [(String, Value)]) throws(TemplateError) -> Value {
        let name = try string(node, what)
        if let match = choices.first(where: { $0.0 == name }) { return match.1 }
        let names = choices.map(\.0)
        throw fail(node, .unknownChoice(what, name: name, suggestion: Self.nearest(name, names), choices: names))
    }

    /// A list of choices: `[a, b]`, or `a, b` as one text, or one name.
    func choices<Value>(_ node: Node, _ what: String, _ options: [(String, Value)]) throws(TemplateError) -> [Value] {
        switch node {
        case .sequence(let sequence):
            var values: [Value] = []
            for item in sequence { values.append(try choice(item, what, options)) }
            return values
        case .scalar(let scalar):
            var values: [Value] = []
            for part in scalar.string.split(separator: ",") {
                let name = String(part).split(separator: " ").joined(separator: " ")
                let item = Node.scalar(Node.Scalar(name, .implicit, .any, scalar.mark))
                values.append(try choice(item, what, options))
            }
            return values
        case .mapping, .alias:
            throw fail(node, .nameOrList(what))
        }
    }

    static let measures = Measure.allCases.map { ($0.name, $0) }
    static let dimensions = Dimension.allCases.map { ($0.rawValue, $0) }
    static let bases = TableQuery.Base.allCases.map { ($0.rawValue, $0) }
    static let labelStyles = LabelStyle.allCases.map { ($0.rawValue, $0) }

    static func nearest(_ name: String, _ candidates: [String]) -> String? {
        let typed = Array(name.lowercased().unicodeScalars)
        let scored = candidates.map { ($0, Suggestion.editDistance(typed, Array($0.lowercased().unicodeScalars))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    // MARK: The template

    func template(_ root: Node) throws(TemplateError) -> ReportTemplate {
        var template = ReportTemplate(file: file, title: LocalizedText(ko: "{office} {period} 보고서", en: "{office} report, {period}"),
                                      showTitle: true, description: nil, style: ReportStyle(), sheets: [])
        var sawSheets = false
        for pair in try mapping(root, "the template", allowed: ["title", "description", "show_title", "style", "sheets"]) {
            switch pair.key {
            case "title": template.title = try text(pair.value, "title")
            case "description": template.description = try text(pair.value, "description")
            case "show_title": template.showTitle = try bool(pair.value, "show_title")
            case "style": template.style = try style(pair.value)
            default:
                sawSheets = true
                guard case .sequence(let sheets) = pair.value, !sheets.isEmpty else {
                    throw fail(pair.value, .sheetsList)
                }
                for sheet in sheets { template.sheets.append(try self.sheet(sheet)) }
            }
        }
        guard sawSheets else { throw fail(root, .noSheets) }
        var names: Set<String> = [], files: Set<String> = []
        for (sheet, node) in zip(template.sheets, sheetNodes(root, key: "name")) {
            for language in Language.allCases {
                let name = sheet.name.text(language)
                if let problem = ExcelLimits.templateProblem(withSheetName: name) { throw fail(node, problem) }
                guard names.insert("\(language)/\(name.lowercased())").inserted else { throw fail(node, .sheetNamedTwice(name)) }
            }
        }
        // One CSV file a table: a second sheet naming the same file would replace the first's.
        for (sheet, node) in zip(template.sheets, sheetNodes(root, key: "file")) {
            for language in Language.allCases {
                guard let name = sheet.file?.text(language) else { continue }
                guard files.insert("\(language)/\(name.lowercased())").inserted else {
                    throw fail(node, .csvFileTwice(name))
                }
            }
        }
        return template
    }

    /// For each sheet, the node of its `key` (the sheet itself when it has none).
    private func sheetNodes(_ root: Node, key: String) -> [Node] {
        guard case .mapping(let mapping) = root, case .sequence(let sheets)? = mapping["sheets"] else { return [] }
        return sheets.map { sheet in
            if case .mapping(let m) = sheet, let value = m[key] { return value }
            return sheet
        }
    }

    func style(_ node: Node) throws(TemplateError) -> ReportStyle {
        var style = ReportStyle()
        var dollarFormatGiven = false
        for pair in try mapping(node, "style", allowed: ["font", "font_size", "header_fill", "negative_red", "number_formats",
                                                         "amounts", "csv_amounts"]) {
            switch pair.key {
            case "font": style.font = try string(pair.value, "font")
            case "font_size": style.fontSize = Double(try int(pair.value, "font_size", in: 6...40))
            case "header_fill":
                let text = try string(pair.value, "header_fill")
                guard text.hasPrefix("#"), text.count == 7, let rgb = UInt32(text.dropFirst(), radix: 16) else {
                    throw fail(pair.value, .headerFill)
                }
                style.headerFill = rgb
            case "negative_red": style.negativeRed = try bool(pair.value, "negative_red")
            case "amounts":
                style.amounts = try choice(pair.value, "amounts", AmountUnit.allCases.map { ($0.rawValue, $0) })
                if !dollarFormatGiven { style.dollarFormat = style.amounts.numberFormat }
            case "csv_amounts":
                style.csvAmountsAsShown = try choice(pair.value, "csv_amounts", [("dollars", false), ("as-shown", true)])
            default:
                for format in try mapping(pair.value, "number_formats", allowed: ["count", "dollars", "decimal", "percent", "date"]) {
                    let value = try string(format.value, "number_formats.\(format.key)")
                    switch format.key {
                    case "count": style.countFormat = value
                    case "dollars": style.dollarFormat = value; dollarFormatGiven = true
                    case "decimal": style.decimalFormat = value
                    case "percent": style.percentFormat = value
                    default: style.dateFormat = value
                    }
                }
            }
        }
        return style
    }

    func sheet(_ node: Node) throws(TemplateError) -> SheetTemplate {
        var name: LocalizedText?, blocks: [BlockTemplate] = [], perOffice = false, fileName: LocalizedText?
        for pair in try mapping(node, "a sheet", allowed: ["name", "blocks", "per_office", "file"]) {
            switch pair.key {
            case "name": name = try text(pair.value, "name")
            case "per_office": perOffice = try bool(pair.value, "per_office")
            case "file": fileName = try text(pair.value, "file")
            default:
                guard case .sequence(let items) = pair.value else { throw fail(pair.value, .blocksList) }
                var ids: Set<String> = []
                for item in items {
                    let block = try self.block(item, index: blocks.count + 1)
                    if case .chart(let chart) = block, !ids.contains(chart.from) {
                        throw TemplateError(file: file, line: chart.location.line, column: chart.location.column,
                                            problem: .chartFromUnknown(chart.from))
                    }
                    if let id = block.id { ids.insert(id) }
                    blocks.append(block)
                }
            }
        }
        guard let name else { throw fail(node, .sheetNeedsName) }
        return SheetTemplate(name: name, blocks: blocks, perOffice: perOffice, file: fileName)
    }

    static let blockKinds = ["kpis", "table", "matrix", "series", "chart", "activities", "ties", "about"]

    func block(_ node: Node, index: Int) throws(TemplateError) -> BlockTemplate {
        let pairs = try mapping(node, "a block", allowed: Self.blockKinds)
        guard pairs.count == 1, let pair = pairs.first else {
            throw fail(node, .blockKinds(Self.blockKinds))
        }
        // `- about:` alone: a block with no options.
        let options: Node
        if case .scalar(let scalar) = pair.value, ["", "~", "null"].contains(scalar.string) {
            options = .mapping(Node.Mapping([], .implicit, .any, pair.value.mark))
        } else {
            options = pair.value
        }
        switch pair.key {
        case "kpis": return .kpis(try kpis(options, index))
        case "table": return .table(try table(options, index))
        case "series": return .series(try series(options, index))
        case "chart": return .chart(try chart(options, at: pair.keyNode))
        case "activities": return .activities(try activities(options))
        case "matrix": return .matrix(try matrix(options, index, at: pair.keyNode))
        case "ties": return .ties(try ties(options, index))
        default: return .about(try about(options))
        }
    }

    func kpis(_ node: Node, _ index: Int) throws(TemplateError) -> KPIBlock {
        var block = KPIBlock(id: "kpis-\(index)", title: nil, measures: [.activities, .missions, .companies, .agreements,
                                                                            .consultations, .consultationUSD, .contractUSD,
                                                                            .consultationsPerCompany, .consultationUSDPerCompany,
                                                                            .contractUSDPerCompany, .conversionPct],
                             compare: [.previous, .lastYear])
        for pair in try mapping(node, "kpis", allowed: ["id", "title", "measures", "compare"]) {
            switch pair.key {
            case "id": block.id = try string(pair.value, "id")
            case "title": block.title = try text(pair.value, "title")
            case "measures": block.measures = try choices(pair.value, "measure", Self.measures)
            default: block.compare = try choices(pair.value, "comparison", Self.bases)
            }
        }
        return block
    }

    func table(_ node: Node, _ index: Int) throws(TemplateError) -> TableBlock {
        var block = TableBlock(id: "table-\(index)", title: nil, dimensions: [], measures: Measure.allCases, compare: nil,
                               sort: .key, top: nil, total: true, labels: .names, headers: .names, allProvinces: false,
                               selected: false, rank: false, share: false)
        var byNode: Node?
        for pair in try mapping(node, "table", allowed: ["id", "title", "by", "measures", "compare", "sort", "top", "total",
                                                         "labels", "headers", "all_provinces", "selected", "rank", "share"]) {
            switch pair.key {
            case "id": block.id = try string(pair.value, "id")
            case "title": block.title = try text(pair.value, "title")
            case "by":
                byNode = pair.value
                block.dimensions = try choices(pair.value, "dimension", Self.dimensions)
            case "measures": block.measures = try choices(pair.value, "measure", Self.measures)
            case "compare": block.compare = try choice(pair.value, "comparison", Self.bases)
            case "sort":
                let sorts: [(String, TableBlock.Sort)] = [("key", TableBlock.Sort.key)] + Self.measures.map { ($0.0, TableBlock.Sort.measure($0.1)) }
                block.sort = try choice(pair.value, "sort", sorts)
            case "top": block.top = try int(pair.value, "top", in: 1...1000)
            case "total": block.total = try bool(pair.value, "total")
            case "labels": block.labels = try choice(pair.value, "labels", Self.labelStyles)
            case "headers": block.headers = try choice(pair.value, "headers", Self.labelStyles)
            case "selected": block.selected = try bool(pair.value, "selected")
            case "rank": block.rank = try bool(pair.value, "rank")
            case "share": block.share = try bool(pair.value, "share")
            default: block.allProvinces = try bool(pair.value, "all_provinces")
            }
        }
        guard byNode != nil, (1...2).contains(block.dimensions.count) else {
            throw fail(byNode ?? node, .tableNeedsBy(dimensions: Dimension.allCases.map(\.rawValue)))
        }
        return block
    }

    func matrix(_ node: Node, _ index: Int, at keyNode: Node) throws(TemplateError) -> MatrixBlock {
        var block = MatrixBlock(id: "matrix-\(index)", title: nil, rows: .province, columns: .sector, measure: .activities,
                                selected: false, colourScale: true)
        var sawColumns = false
        for pair in try mapping(node, "matrix", allowed: ["id", "title", "rows", "columns", "measure", "selected", "colour_scale"]) {
            switch pair.key {
            case "id": block.id = try string(pair.value, "id")
            case "title": block.title = try text(pair.value, "title")
            case "rows": block.rows = try choice(pair.value, "dimension", Self.dimensions)
            case "columns": block.columns = try choice(pair.value, "dimension", Self.dimensions); sawColumns = true
            case "measure": block.measure = try choice(pair.value, "measure", Self.measures)
            case "selected": block.selected = try bool(pair.value, "selected")
            default: block.colourScale = try bool(pair.value, "colour_scale")
            }
        }
        guard sawColumns else { throw fail(keyNode, .matrixNeedsColumns) }
        return block
    }

    func series(_ node: Node, _ index: Int) throws(TemplateError) -> SeriesBlock {
        var block = SeriesBlock(id: "series-\(index)", title: nil, measures: [.activities, .missions], count: 8, by: .quarter)
        for pair in try mapping(node, "series", allowed: ["id", "title", "measures", "quarters", "months"]) {
            switch pair.key {
            case "id": block.id = try string(pair.value, "id")
            case "title": block.title = try text(pair.value, "title")
            case "measures": block.measures = try choices(pair.value, "measure", Self.measures)
            case "quarters": block.count = try int(pair.value, "quarters", in: 1...40); block.by = .quarter
            default: block.count = try int(pair.value, "months", in: 1...120); block.by = .month
            }
        }
        return block
    }

    func chart(_ node: Node, at keyNode: Node) throws(TemplateError) -> ChartBlock {
        var kind: ReportChart.Kind = .column, from: String?, measures: [Measure] = [.activities]
        var title: LocalizedText?, xAxis: LocalizedText?, yAxis: LocalizedText?
        for pair in try mapping(node, "chart", allowed: ["type", "from", "measures", "title", "x_axis", "y_axis"]) {
            switch pair.key {
            case "type": kind = try choice(pair.value, "chart type", ReportChart.Kind.allCases.map { ($0.rawValue, $0) })
            case "from": from = try string(pair.value, "from")
            case "measures": measures = try choices(pair.value, "measure", Self.measures)
            case "title": title = try text(pair.value, "title")
            case "x_axis": xAxis = try text(pair.value, "x_axis")
            default: yAxis = try text(pair.value, "y_axis")
            }
        }
        guard let from else { throw fail(node, .chartNeedsFrom) }
        guard let title else { throw fail(node, .chartNeedsTitle) }
        let mark = keyNode.mark
        return ChartBlock(kind: kind, from: from, measures: measures, title: title, xAxis: xAxis, yAxis: yAxis,
                          location: TemplateLocation(line: mark?.line ?? 1, column: mark?.column ?? 1))
    }

    func activities(_ node: Node) throws(TemplateError) -> ActivitiesBlock {
        var block = ActivitiesBlock(title: nil, columns: Column.allCases, headers: .names, order: .date, links: true)
        for pair in try mapping(node, "activities", allowed: ["title", "columns", "headers", "order", "links"]) {
            switch pair.key {
            case "title": block.title = try text(pair.value, "title")
            case "columns": block.columns = try choices(pair.value, "column", Column.allCases.map { ($0.name, $0) })
            case "order": block.order = try choice(pair.value, "order", ActivitiesBlock.Order.allCases.map { ($0.rawValue, $0) })
            case "links": block.links = try bool(pair.value, "links")
            default: block.headers = try choice(pair.value, "headers", Self.labelStyles)
            }
        }
        return block
    }

    func ties(_ node: Node, _ index: Int) throws(TemplateError) -> TiesBlock {
        var block = TiesBlock(id: "ties\(index + 1)")
        for pair in try mapping(node, "ties", allowed: ["id", "title", "dormant_after", "summary"]) {
            switch pair.key {
            case "id": block.id = try string(pair.value, "id")
            case "title": block.title = try text(pair.value, "title")
            case "dormant_after": block.dormantAfterMonths = try int(pair.value, "dormant_after", in: 1...1200)
            default: block.summary = try bool(pair.value, "summary")
            }
        }
        return block
    }

    func about(_ node: Node) throws(TemplateError) -> AboutBlock {
        var block = AboutBlock(title: nil)
        for pair in try mapping(node, "about", allowed: ["title"]) { block.title = try text(pair.value, "title") }
        return block
    }
}

extension BlockTemplate {
    /// The id charts refer to: tables and series have one.
    var id: String? {
        switch self {
        case .table(let block): return block.id
        case .series(let block): return block.id
        case .kpis(let block): return block.id
        case .matrix(let block): return block.id
        case .ties(let block): return block.id
        default: return nil
        }
    }
}
