import TradeMetrics

/// What a report is made of besides its template: the log's rows, the period, the office, the
/// inputs (for the about sheet), the language and the creation time.
public struct ReportContext: Sendable {
    public struct InputFile: Sendable, Equatable {
        public var name: String
        public var sha256: String
        public var rows: Int

        public init(name: String, sha256: String, rows: Int) {
            self.name = name
            self.sha256 = sha256
            self.rows = rows
        }
    }

    /// The offices a comparison sets side by side.
    public struct Selection: Sendable {
        /// `.province` (municipalities rolled up) or `.office` (each government itself).
        public var dimension: Dimension
        public var offices: [OfficeID]

        public init(dimension: Dimension, offices: [OfficeID]) {
            self.dimension = dimension
            self.offices = offices
        }
    }

    public var period: Period
    public var filter: RecordFilter
    /// Today's boundaries (the default: the rows of provinces merged by the period's end count under
    /// their successor, in the period and every base) or as logged (`--boundaries as-logged`).
    public var boundaries: Boundaries = .current
    /// For comparisons; nil means every province of the period (`Gazetteer.provinceIDs(for:boundaries:)`).
    public var selection: Selection?
    /// The office the report is for (its display name), or nil for the whole log.
    public var officeName: String?
    /// The office as file names carry it (`전북`, `Jeonbuk`), or nil for the whole log.
    public var officeFileName: String?
    /// The language of file names, when not `language`.
    public var fileLanguage: Language?
    public var files: [InputFile]
    /// The log's warnings, as printed.
    public var warnings: [String]
    /// Activities logged twice and counted once (`--dedupe`).
    public var merges: [Merge] = []
    public var language: Language
    /// Seconds since 1970.
    public var created: Int

    public init(period: Period, filter: RecordFilter = RecordFilter(), selection: Selection? = nil, officeName: String? = nil,
                files: [InputFile] = [], warnings: [String] = [], language: Language = .ko, created: Int,
                boundaries: Boundaries = .current) {
        self.period = period
        self.boundaries = boundaries
        self.filter = filter
        self.selection = selection
        self.officeName = officeName
        self.files = files
        self.warnings = warnings
        self.language = language
        self.created = created
    }
}

extension ReportContext {
    /// Rows counted as one: the row kept and those merged into it, each as `file:line office date title`.
    public struct Merge: Sendable, Equatable {
        public let kept: String
        public let merged: [String]

        public init(kept: String, merged: [String]) {
            self.kept = kept
            self.merged = merged
        }
    }
}

/// The toolkit's name and version, shown on about sheets.
public enum Toolkit {
    public static let name = "trade-office-reports"
    public static let version = "0.3.0"
}

extension ReportContext {
    /// The day of the report's tie register, when `template` shows one (see `ReportBuilder.tiesDay`).
    public func tiesDay(for template: ReportTemplate) -> Day? {
        template.showsTies ? ReportBuilder.tiesDay(self) : nil
    }
}
