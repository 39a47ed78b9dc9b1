import Foundation
import TradeMetrics
import Reports

/// The values of options as users write them (on the command line or in a web form), turned into
/// what the jobs take. A value that cannot be taken throws `UsageError` with a sentence to show.
public enum OptionValues {
    /// `--period`: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all.
    public static func period(_ text: String) throws -> Period {
        do { return try Period(parsing: text) } catch { throw UsageError(error.message) }
    }

    /// `a,b` and repeated options as one list of names.
    public static func commaSeparated(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An office by the names in use on `day` (the last day of the report's period, so that 광주 in
    /// 2025 is 광주광역시); unknown or shared names are refused with a hint.
    public static func office(_ name: String, on day: Day = Period.all.last, _ places: Gazetteer = .shared) throws -> OfficeID {
        switch places.lookUpOffice(name, on: day) {
        case .found(let id, _): return id
        case .ambiguous(let ids):
            throw UsageError(.ambiguousOfficeOption(name, candidates: ids.map { places.displayName($0) }))
        case .unknown:
            // A name of another time: an office that did not exist yet, or was divided.
            if let problem = places.officeNameError(name, on: day) {
                if case .unknownOffice = problem {} else { throw UsageError(.officeOption(name, problem)) }
            }
            throw UsageError(.unknownOfficeOption(name, suggestion: places.suggestOffice(for: name).map { places.displayName($0) }))
        }
    }

    /// The row filters (`--office`, `--country`, `--sector`, `--kind`); each list may hold names
    /// separated by commas.
    public static func filter(offices: [String] = [], countries: [String] = [], sectors: [String] = [],
                              kinds: [String] = [], on day: Day = Period.all.last, _ places: Gazetteer = .shared) throws -> RecordFilter {
        RecordFilter(
            offices: try given(offices, "office", example: "전북").map { try office($0, on: day, places) }.uniqued(),
            countries: try given(countries, "country", example: "US").map { name in
                guard let id = places.country(named: name) else {
                    throw UsageError(.unknownCountryOption(name, suggestion: places.suggestCountry(for: name).map { (places[$0].korean, places[$0].alpha2) }))
                }
                return id
            }.uniqued(),
            sectors: try given(sectors, "sector", example: "bio").map { name in
                guard let sector = places.sector(named: name) else { throw UsageError(.unknownSectorOption(name)) }
                return sector
            }.uniqued(),
            kinds: try given(kinds, "kind", example: "mission").map { name in
                guard let kind = places.kind(named: name) else { throw UsageError(.unknownKindOption(name)) }
                return kind
            }.uniqued())
    }

    /// The names of an option's values; an option given with no name in it (`--office ""`,
    /// `--office ,,,`) is a mistake, not "all".
    static func given(_ values: [String], _ option: String, example: String) throws -> [String] {
        let names = commaSeparated(values)
        if names.isEmpty && !values.isEmpty {
            throw UsageError(.emptyOption(option, example: example))
        }
        return names
    }

    /// `--offices` of a comparison: each office once, however often or under whichever names given
    /// (전북,전라북도,KR-45 is one office).
    public static func offices(_ names: [String], on day: Day, _ places: Gazetteer = .shared) throws -> [OfficeID] {
        try given(names, "offices", example: "전북,제주").map { try office($0, on: day, places) }.uniqued()
    }

    /// `--by`: one or two dimensions, `province,sector`; none when nil or empty.
    public static func dimensions(_ by: String?) throws -> [TradeMetrics.Dimension] {
        guard let by, !by.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        let names = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names.count <= 2 else { throw UsageError(.tooManyDimensions) }
        return try names.map { name in
            guard let dimension = TradeMetrics.Dimension(rawValue: name) else {
                throw UsageError(.unknownDimension(name, known: TradeMetrics.Dimension.allCases.map(\.rawValue)))
            }
            return dimension
        }
    }

    /// `--compare`: previous, last-year, avg-2y or avg-3y.
    public static func base(_ text: String) throws -> TableQuery.Base {
        guard let base = TableQuery.Base(rawValue: text) else {
            throw UsageError(.unknownComparison(text, known: TableQuery.Base.allCases.map(\.rawValue)))
        }
        return base
    }

    /// `--boundaries`: current (today's, the default) or as-logged.
    public static func boundaries(_ text: String) throws -> Boundaries {
        guard let boundaries = Boundaries(rawValue: text) else {
            throw UsageError(.unknownBoundaries(text))
        }
        return boundaries
    }

    /// `--lang` and `--names`: ko or en.
    public static func language(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text) else { throw UsageError(.unknownLanguage(text)) }
        return language
    }

    /// A built-in template by name, or a .yaml file by path; its path when it is a file.
    /// - Throws: `UsageError` when there is no such template; `TemplateError` (bad input) when it
    ///   has a mistake.
    public static func template(_ nameOrPath: String) throws -> (ReportTemplate, path: String?) {
        do {
            return try TemplateCatalog().load(nameOrPath)
        } catch let error as TemplateCatalog.NotFound {
            throw UsageError(error.message)
        }
    }
}

/// The document creation time: `SOURCE_DATE_EPOCH` when set (reproducible builds) to a time from
/// 1970 to the end of 9999 (a workbook's dates end there), else now.
public func creationTime(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
    if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), (0...253_402_300_799).contains(seconds) { return seconds }
    return Int(Date().timeIntervalSince1970)
}

extension Array where Element: Hashable {
    /// Each element once, in the order first given.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
