import Metrics

/// The language of a report's labels, sheet names and headers.
public enum Language: String, CaseIterable, Sendable {
    case ko, en
}

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
    public var style: ReportStyle
    public var sheets: [SheetTemplate]
}

public struct SheetTemplate: Sendable {
    public var name: LocalizedText
    public var blocks: [BlockTemplate]
}

public enum BlockTemplate: Sendable {
    case kpis(KPIBlock)
    case table(TableBlock)
    case series(SeriesBlock)
    case chart(ChartBlock)
    case activities(ActivitiesBlock)
    case about(AboutBlock)
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
    /// Codes (`KR-52`, `activities`).
    case codes
    /// Code and name in one cell (`KR-52 전북특별자치도`).
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
}

/// Where the numbers come from: input files, period, bases, warnings, definitions, version.
public struct AboutBlock: Sendable {
    public var title: LocalizedText?
}

/// A place in a template file.
public struct TemplateLocation: Equatable, Sendable {
    public var line: Int
    public var column: Int
}
