import TradeMetrics
import Reports

/// How provinces are compared: rolled up (municipalities into their province) or each reporting
/// government itself.
public enum CompareDimension: String, CaseIterable, Sendable {
    case province, office
}

extension ReportJob {
    /// An office's quarterly report (or all offices'): the offices chosen name the title and file
    /// names (`제주특별자치도, 구미시`, `제주_구미시`).
    public static func quarterly(period: Period, filter: RecordFilter, language: Language,
                                 boundaries: Boundaries = .current) -> ReportJob {
        var job = ReportJob(period: period, filter: filter, language: language)
        job.boundaries = boundaries
        if !filter.offices.isEmpty {
            job.officeName = filter.offices.map { Gazetteer.shared.displayName($0) }.joined(separator: ", ")
            job.officeFileName = filter.offices.map { fileName(of: $0, english: false) }.joined(separator: "_")
        }
        return job
    }

    /// Provinces side by side (all 17 when `offices` is empty), or the offices themselves with
    /// `by: .office` (every government with a row in the log when `offices` is empty).
    /// - Throws: `UsageError` for a municipality compared as a province; `LogHasErrors` when the
    ///   log must be read to find its offices and has errors.
    public static func comparison(period: Period, offices chosen: [OfficeID], by: CompareDimension, language: Language,
                                  log: LogInput, boundaries: Boundaries = .current) throws -> ReportJob {
        let places = Gazetteer.shared
        if by == .province, let municipality = chosen.first(where: { !places[$0].isProvince }) {
            throw UsageError(.notAProvince(places.displayName(municipality)))
        }
        var job = ReportJob(period: period, language: language)
        job.boundaries = boundaries
        // 광주 and 전남 chosen for a period after their merger are one province.
        var offices: [OfficeID] = []
        for office in chosen.map({ places.restated($0, for: period, boundaries: boundaries) }) where !offices.contains(office) {
            offices.append(office)
        }
        switch (by, offices.isEmpty) {
        case (.province, true): job.selection = nil
        case (.province, false): job.selection = .init(dimension: .province, offices: offices)
        case (.office, false): job.selection = .init(dimension: .office, offices: offices)
        case (.office, true):
            // The log read once, into memory: the report is made from it without reading it again.
            let loaded = try log.loaded(digests: true)
            job.selection = .init(dimension: .office, offices: Set(loaded.records.map(\.office)).sorted())
            job.loaded = loaded
        }
        return job
    }

    /// How many provinces or offices a comparison shows.
    public var comparedCount: Int { selection?.offices.count ?? places.provinceIDs(for: period, boundaries: boundaries).count }

    /// The CSV set of a council briefing: headers and labels in `language`, file names in `names`.
    public static func briefing(period: Period, office: OfficeID?, language: Language, names: Language,
                                boundaries: Boundaries = .current) -> ReportJob {
        var job = ReportJob(period: period, language: language)
        job.boundaries = boundaries
        if let office {
            job.filter.offices = [office]
            job.officeName = Gazetteer.shared.displayName(office)
        }
        job.officeFileName = office.map { fileName(of: $0, english: names == .en) } ?? (names == .en ? "all" : "전체")
        job.fileLanguage = names
        return job
    }
}

/// One table of metrics over a log, read in one pass with nothing of the log held.
public enum TableJob {
    /// - Throws: `UsageError` when a comparison is asked for a period that has none;
    ///   `LogHasErrors` when the log has errors.
    public static func table(_ query: TableQuery, log: LogInput) throws -> (table: MetricsTable, read: LogReadReport) {
        if query.base != nil && query.basePeriod == nil {
            throw UsageError(.nothingToCompare(period: "\(query.period)"))
        }
        var metrics = MetricsAccumulator(queries: [query], places: .shared)
        let read = try log.read(into: &metrics)
        return (metrics.finish().table(query), read)
    }
}
