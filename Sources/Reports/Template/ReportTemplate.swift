import TradeMetrics

/// A label a template gives in both languages (or one text for both).
public struct LocalizedText: Equatable, Sendable {
    public var ko: String
    public var en: String

    public init(ko: String, en: String) {
        self.ko = ko
        self.en = en
    }

    public init(_ both: String) { self.init(ko: both, en: both) }

    public func text(_ language: Language) -> String { language == .ko ? ko : en }
}

/// What a report holds, as a user wrote it in `Templates/*.yaml`.
public struct ReportTemplate: Sendable {
    /// Where the template came from, for error messages.
    public var file: String
    /// `{office}` and `{period}` are filled in.
    public var title: LocalizedText
    /// Whether the first sheet starts with the title.
    public var showTitle: Bool
    /// What the template makes, for `template list`.
    public var description: LocalizedText?
    public var style: ReportStyle
    public var sheets: [SheetTemplate]

    /// Whether some block shows the input files' fingerprints (worth reading the files for).
    /// True when a sheet shows the tie register (or its summary).
    public var showsTies: Bool {
        sheets.contains { $0.blocks.contains { if case .ties = $0 { return true } else { return false } } }
    }

    public var needsFileDigests: Bool {
        sheets.contains { $0.blocks.contains { if case .about = $0 { return true } else { return false } } }
    }
}

public struct SheetTemplate: Sendable {
    /// `{office}` is filled in on sheets repeated per office.
    public var name: LocalizedText
    public var blocks: [BlockTemplate]
    /// Repeat the sheet for each compared office, when three or fewer are compared.
    public var perOffice: Bool
    /// The file name of the sheet's table when written as a CSV set (`분야별`, `by-sector`).
    public var file: LocalizedText?
}

public enum BlockTemplate: Sendable {
    case kpis(KPIBlock)
    case table(TableBlock)
    case series(SeriesBlock)
    case chart(ChartBlock)
    case activities(ActivitiesBlock)
    case ties(TiesBlock)
    case about(AboutBlock)
    case matrix(MatrixBlock)
}

/// The key figures of the period beside the comparison bases.
public struct KPIBlock: Sendable {
    public var id: String
    public var title: LocalizedText?
    public var measures: [Measure]
    public var compare: [TableQuery.Base]
}

/// How table headers and group labels read.
public enum LabelStyle: String, CaseIterable, Sendable {
    /// Korean or English words (`전북특별자치도`, `활동`).
    case names
    /// Codes (`KR-45`, `activities`).
    case codes
    /// Code and name in one cell (`KR-45 전북특별자치도`; an office that ceased without its end mark:
    /// the code tells it apart).
    case both
}

public struct TableBlock: Sendable {
    public enum Sort: Equatable, Sendable {
        case key
        /// Largest first.
        case measure(Measure)
    }

    public var id: String
    public var title: LocalizedText?
    public var dimensions: [Dimension]
    public var measures: [Measure]
    public var compare: TableQuery.Base?
    public var sort: Sort
    /// Keep the first N groups; the rest become one row.
    public var top: Int?
    public var total: Bool
    /// How group labels read.
    public var labels: LabelStyle
    /// How column headers read.
    public var headers: LabelStyle
    public var allProvinces: Bool
    /// Rows are the compared offices (all 17 provinces unless the command selects some), each
    /// present even without activity; `--by office` compares reporting governments themselves.
    public var selected: Bool
    /// Each measure with its rank among the rows (1 = most).
    public var rank: Bool
    /// Each measure with its share of the national total (every office's rows of the period).
    public var share: Bool
}

/// Groups of one dimension against the groups of another, one measure in the cells, a colour
/// scale so that the strong cells stand out.
public struct MatrixBlock: Sendable {
    public var id: String
    public var title: LocalizedText?
    public var rows: Dimension
    public var columns: Dimension
    public var measure: Measure
    /// Rows are the compared offices (as a table's `selected`).
    public var selected: Bool
    public var colourScale: Bool
}

/// Measures over the last N quarters (or months) up to the report's period.
public struct SeriesBlock: Sendable {
    public var id: String
    public var title: LocalizedText?
    public var measures: [Measure]
    public var count: Int
    public var by: Dimension
}

public struct ChartBlock: Sendable {
    public var kind: ReportChart.Kind
    /// The id of a table or series block earlier on the same sheet.
    public var from: String
    public var measures: [Measure]
    public var title: LocalizedText
    public var xAxis: LocalizedText?
    public var yAxis: LocalizedText?
    /// Where the block stands in the template, to report a bad `from`.
    public var location: TemplateLocation
}

/// The rows of the period.
public struct ActivitiesBlock: Sendable {
    public enum Order: String, CaseIterable, Sendable {
        /// By date, then as in the log.
        case date
        /// As in the log: file by file, line by line.
        case log
    }

    public var title: LocalizedText?
    public var columns: [Column]
    public var headers: LabelStyle
    public var order: Order
    /// Web addresses in `source` as links (Excel keeps at most 65,530 a sheet; beyond, text).
    public var links: Bool
}

/// Where the numbers come from: input files, period, bases, warnings, definitions, version.
/// The tie register: every tie of the report's offices (a province with its 시·군·구) as of the
/// period's last day, dormant ones marked; or, as `summary`, the ties and dormant ties of each
/// compared office.
public struct TiesBlock: Sendable {
    public var id: String
    public var title: LocalizedText?
    /// Months without activity after which a tie is dormant.
    public var dormantAfterMonths = 24
    public var summary = false

    public init(id: String) { self.id = id }
}

public struct AboutBlock: Sendable {
    public var title: LocalizedText?
}

/// A place in a template file.
public struct TemplateLocation: Equatable, Sendable {
    public var line: Int
    public var column: Int
}
