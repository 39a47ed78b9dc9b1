/// How `--dedupe` counts an activity logged twice once: under the more specific office (the
/// municipality; between equals, the row read first), taking the larger of each number and every
/// sector of the rows merged. Applied to each row as it is read again, so no row is held.
public struct MergePlan: Sendable {
    /// Rows counted as one: `kept` (the row that stays, under its office) and the rows merged into it.
    public struct Merge: Sendable, Equatable {
        public let kept: ActivityRecord
        public let merged: [ActivityRecord]
    }

    public private(set) var merges: [Merge] = []
    private var dropped: Set<SourceLocation> = []
    private var replacements: [SourceLocation: ActivityRecord] = [:]

    public init() {}

    /// The plan for `pairs` (found by a read), given the records of the rows they name.
    public init(pairs: [DuplicatePair], records: [SourceLocation: ActivityRecord], places: Gazetteer) {
        // Rows linked by pairs form groups; each group keeps one row.
        var parent: [SourceLocation: SourceLocation] = [:]
        func root(_ location: SourceLocation) -> SourceLocation {
            var location = location
            while let up = parent[location], up != location { location = up }
            return location
        }
        for pair in pairs {
            guard let a = records[pair.first], let b = records[pair.second], SameActivity.matches(a, b, places) else { continue }
            parent[pair.first] = parent[pair.first] ?? pair.first
            parent[pair.second] = parent[pair.second] ?? pair.second
            let (x, y) = (root(pair.first), root(pair.second))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        var groups: [SourceLocation: [ActivityRecord]] = [:]
        for location in parent.keys { groups[root(location), default: []].append(records[location]!) }
        for rows in groups.values {
            let ordered = rows.sorted { $0.location < $1.location }
            let kept = ordered.first { !places[$0.office].isProvince } ?? ordered[0]
            let merged = ordered.filter { $0.location != kept.location && SameActivity.matches(kept, $0, places) }
            guard !merged.isEmpty else { continue }
            var combined = kept
            for row in merged { combined.absorb(row) }
            replacements[kept.location] = combined
            merged.forEach { dropped.insert($0.location) }
            merges.append(Merge(kept: kept, merged: merged))
        }
        merges.sort { $0.kept.location < $1.kept.location }
    }

    /// The row as it counts: nil when merged into another, the combined row for the one kept.
    public func apply(_ record: ActivityRecord) -> ActivityRecord? {
        if dropped.contains(record.location) { return nil }
        return replacements[record.location] ?? record
    }
}

extension SourceLocation: Comparable {
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool { (a.file, a.line) < (b.file, b.line) }
}

extension ActivityRecord {
    /// Takes the larger of each number of `other`, and its sectors.
    mutating func absorb(_ other: ActivityRecord) {
        companies = max(companies, other.companies)
        partnerCompanies = max(partnerCompanies, other.partnerCompanies)
        if other.agreements > agreements { agreements = other.agreements; agreementsImplied = other.agreementsImplied }
        consultations = max(consultations, other.consultations)
        consultationUSD = max(consultationUSD, other.consultationUSD)
        contractUSD = max(contractUSD, other.contractUSD)
        for sector in other.sectors { sectors.insert(sector) }
        if let end = other.endDate, end > (endDate ?? date) { endDate = end }
    }
}
