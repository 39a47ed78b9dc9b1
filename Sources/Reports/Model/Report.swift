import TradeMetrics

/// A report ready to render: sheets of blocks (tables, charts, notes), independent of any file
/// format. `ReportBuilder` makes it from a template and the metrics; the XLSX and CSV writers
/// render it.
public struct Report: Sendable {
    public var title: String
    public var subject: String
    /// The office the report is for; the document's author.
    public var author: String
    /// Seconds since 1970 for the document's creation time (from `SOURCE_DATE_EPOCH` when set).
    public var created: Int
    public var style: ReportStyle
    public var sheets: [ReportSheet]
    /// The first sheet starts with the title.
    public var showsTitle: Bool
    /// What every printed page's footer names beside its page number: the office and the period.
    public var footer: (office: String, period: String) = ("", "")
}

public struct ReportSheet: Sendable {
    public var name: String
    public var blocks: [ReportBlock]
    /// A long list for the screen (the log's every warning): a workbook keeps it outside the
    /// printed report, and a CSV set leaves it out.
    public var screenOnly = false

    public init(name: String, blocks: [ReportBlock], screenOnly: Bool = false) {
        self.name = name
        self.blocks = blocks
        self.screenOnly = screenOnly
    }
}

public enum ReportBlock: Sendable {
    case table(ReportTable)
    case chart(ReportChart)
}

/// A titled grid with a header row. Charts refer to it by `id`.
public struct ReportTable: Sendable {
    public var id: String
    public var title: String?
    public var columns: [ReportColumn]
    public var rows: [[ReportCell]]
    /// The last row is a total (shown bold, left out of charts).
    public var hasTotal: Bool
    /// A long list: header frozen and filterable.
    public var isList: Bool
    /// The first column names each row (charts take their categories from it).
    public var labelColumn: Int
    /// The row before the total gathers the groups beyond a table's top N (left out of charts).
    public var hasRest: Bool = false
    /// Columns whose data cells (total row excepted) are shaded by value, light to strong.
    public var colourScale: ClosedRange<Int>?
    /// The file name when the table is written as one CSV of a set.
    public var fileName: String?
    /// Rows produced while the table is written, for lists too long to hold (then `rows` is empty).
    public var stream: RowStream?
    /// The groups beyond a top-N table's top, which its rest row sums: a workbook keeps them folded
    /// above that row (not printed; `+` shows them); CSV has only the rest row.
    public var folded: [[ReportCell]] = []
    /// The columns a list prints, in order (a register of the columns that matter on paper); a
    /// workbook puts them first and the rest after them, outside the print area. Nil: all.
    public var printColumns: [Int]?

    public init(id: String, title: String?, columns: [ReportColumn], rows: [[ReportCell]],
                hasTotal: Bool = false, isList: Bool = false, labelColumn: Int = 0) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.hasTotal = hasTotal
        self.isList = isList
        self.labelColumn = labelColumn
    }

    /// Rows a chart plots: all but the rest and the total.
    public var dataRowCount: Int { rows.count - (hasTotal ? 1 : 0) - (hasRest ? 1 : 0) }
}

public struct ReportColumn: Sendable {
    public var header: String
    /// A width for a column whose rows are streamed (not measured beforehand).
    public var expectedWidth: Int?
    /// The measure shown, if any: a chart picks its values by measure.
    public var measure: Measure?
    public var role: Role
    /// The header in plain dollars, when `header` names another unit (see `AmountUnit`).
    public var dollarHeader: String?
    /// Short codes read best centred (a tie's status).
    public var centered = false

    public enum Role: Sendable, Equatable {
        case label, value, rank, share, base, change, changePercent
    }

    public init(_ header: String, measure: Measure? = nil, role: Role = .label) {
        self.header = header
        self.measure = measure
        self.role = role
    }
}

public enum ReportCell: Equatable, Sendable {
    case text(String)
    case count(Int)
    case dollars(Dollars)
    /// A fraction (0.125 is 12.5%); nil where it is undefined.
    case percent(Double?)
    /// A derived measure or a mean, shown to `decimals` places (in dollars when `dollars`); nil
    /// where its divisor is 0.
    case ratio(Double?, decimals: Int, dollars: Bool)
    case date(Day)
    /// A web address shown as a link.
    case link(String)
    case empty
}

public struct ReportChart: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case column, bar, stacked, line, doughnut
    }

    public var kind: Kind
    public var title: String
    public var xAxis: String?
    public var yAxis: String?
    /// The table (on the same sheet) the chart draws from, and which of its columns.
    public var table: String
    public var valueColumns: [Int]
    /// The number format of the value axis (the plotted measures').
    public var valueFormat: String
}

/// Rows made one at a time while they are written: a report's activity list of a million rows
/// goes from the log to the file without being held.
public struct RowStream: Sendable {
    private let produce: @Sendable (_ emit: ([ReportCell]) throws -> Void) throws -> Void

    public init(_ produce: @escaping @Sendable (_ emit: ([ReportCell]) throws -> Void) throws -> Void) {
        self.produce = produce
    }

    public func forEach(_ body: ([ReportCell]) throws -> Void) throws {
        try produce(body)
    }
}

/// How a report looks: what the template's `style` says.
public struct ReportStyle: Sendable, Equatable {
    public var font = "맑은 고딕"
    public var fontSize = 10.0
    /// RGB.
    public var headerFill: UInt32 = 0xDDEBF7
    public var countFormat = "#,##0"
    public var dollarFormat = "$#,##0"
    /// Derived measures and means shown with a decimal (consultations per company, conversion %).
    public var decimalFormat = "#,##0.0"
    public var percentFormat = "0.0%"
    public var dateFormat = "yyyy-mm-dd"
    /// Show negative changes in red.
    public var negativeRed = true
    /// How amounts are shown in the workbook.
    public var amounts = AmountUnit.dollars
    /// CSV files show amounts as the workbook does (`as-shown`), or in plain dollars (the default).
    public var csvAmountsAsShown = false

    public init() {}
}
