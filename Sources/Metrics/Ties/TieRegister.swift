/// A tie: an office and a partner abroad it has signed with (a sister city, an MOU with a province
/// or an association), and how alive it is.
public struct Tie: Sendable, Equatable {
    public enum Status: String, Sendable { case active, dormant }

    public let office: OfficeID
    public let country: CountryID
    /// The partner as first written (the city, or the organisation where no city is given).
    public let partner: String
    /// The day of its first agreement.
    public let firstAgreement: Day
    /// Agreements signed with the partner, up to the register's day.
    public let agreements: Int
    /// Rows with the partner up to the register's day, those before the first agreement included.
    public let activities: Int
    public let lastActivity: Day
    public let daysSinceLast: Int
    public let status: Status
}

/// A partner of one office written in two ways that may be one partner (`Almaty`, `Almaty Province`):
/// listed apart, with a warning.
public struct NearPartners: Sendable, Equatable {
    public let office: OfficeID
    public let country: CountryID
    public let names: [String]
    /// The first row of the second name, and whether that name is a city (else an organisation).
    public let location: SourceLocation
    public let isCity: Bool
}

/// An agreement that makes no tie, for it names no partner: where it is, to warn of it.
public struct PartnerlessAgreement: Sendable, Equatable {
    public let location: SourceLocation
    public let date: Day
    public let office: OfficeID
    public let province: OfficeID
}

/// Every tie of a log as of a day, the rows fed one at a time (nothing of the log is kept but one
/// entry a partner). A partner is matched ignoring case, spaces and punctuation; it becomes a tie
/// with its first row of kind `agreement` or with agreements ≥ 1.
public struct TieRegister: Sendable, SplittableRecordSink {
    /// The register's day; nil: the log's last date.
    public let asOf: Day?

    private struct Key: Hashable {
        let office: OfficeID
        let country: CountryID
        let isCity: Bool
        let name: String
    }

    private struct Entry {
        var partner: String
        var spelledOn: Day
        var location: SourceLocation
        /// The province of the office on the first row seen.
        var province: OfficeID
        var firstAgreement: Day?
        var agreements = 0
        var activities = 0
        var last: Day
    }

    private var entries: [Key: Entry] = [:]
    /// Partner names as written, normalised once (a log repeats them).
    private var normalized: [String: String] = [:]
    private var lastDate: Day?
    private var partnerless: [PartnerlessAgreement] = []

    public init(asOf: Day? = nil) {
        self.asOf = asOf
    }

    /// What `finish` found.
    public struct Result: Sendable {
        public let ties: [Tie]
        public let nearPartners: [NearPartners]
        public let partnerless: [PartnerlessAgreement]
    }

    public mutating func add(_ record: ActivityRecord) {
        lastDate = max(lastDate ?? record.date, record.date)
        if let asOf, record.date > asOf { return }
        let isAgreement = record.kind == .agreement || record.agreements >= 1
        let city = record.partnerCity, partner = city.isEmpty ? record.partnerOrg : city
        let name: String
        if let known = normalized[partner] {
            name = known
        } else {
            name = NameKey.normalize(partner)
            if normalized.count < 100_000 { normalized[partner] = name }
        }
        guard !name.isEmpty else {
            if isAgreement {
                partnerless.append(PartnerlessAgreement(location: record.location, date: record.date, office: record.office, province: record.province))
            }
            return
        }
        let key = Key(office: record.office, country: record.country, isCity: !city.isEmpty, name: name)
        var entry = entries[key] ?? Entry(partner: partner, spelledOn: record.date, location: record.location, province: record.province, last: record.date)
        // The spelling of the earliest row, the first of those in the log on a tie, whatever order the rows come in.
        if (record.date, record.location) < (entry.spelledOn, entry.location) {
            (entry.partner, entry.spelledOn, entry.location) = (partner, record.date, record.location)
        }
        entry.activities += 1
        entry.last = max(entry.last, record.date)
        if isAgreement {
            entry.agreements += max(record.agreements, 1)
            entry.firstAgreement = min(entry.firstAgreement ?? record.date, record.date)
        }
        entries[key] = entry
    }

    public func emptyCopy() -> TieRegister { TieRegister(asOf: asOf) }

    /// Takes in the rows of a later part of the log: as if `later`'s rows had been added after these.
    public mutating func absorb(_ later: TieRegister) {
        if let last = later.lastDate { lastDate = max(lastDate ?? last, last) }
        partnerless += later.partnerless
        for (key, theirs) in later.entries {
            guard var entry = entries[key] else { entries[key] = theirs; continue }
            // A partner keeps the spelling of its earliest row, the first of those in the file on a tie.
            if (theirs.spelledOn, theirs.location) < (entry.spelledOn, entry.location) { (entry.partner, entry.spelledOn, entry.location) = (theirs.partner, theirs.spelledOn, theirs.location) }
            entry.activities += theirs.activities
            entry.last = max(entry.last, theirs.last)
            entry.agreements += theirs.agreements
            if let first = theirs.firstAgreement { entry.firstAgreement = min(entry.firstAgreement ?? first, first) }
            entries[key] = entry
        }
    }

    /// The day the register is made for: `asOf`, or the log's last date (nil for an empty log).
    public var day: Day? { asOf ?? lastDate }

    /// The ties of the offices `matching` (every office when nil), by office (in the gazetteer's
    /// order: a province, then its 시·군·구), dormant ones first, then by partner; partners that look
    /// alike; agreements without a partner. A tie is dormant when its last activity is more than
    /// `dormantAfterMonths` months before the register's day.
    public func finish(_ places: Gazetteer = .shared, dormantAfterMonths: Int = 24, matching: RecordFilter = RecordFilter()) -> Result {
        let partnerless = self.partnerless.filter { matching.offices.isEmpty || matching.offices.contains($0.office) || matching.offices.contains($0.province) }
            .sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
        guard let day else { return Result(ties: [], nearPartners: [], partnerless: partnerless) }
        let since = day.adding(months: -dormantAfterMonths)
        var ties: [Tie] = []
        for (key, entry) in entries where matches(key, matching) {
            guard let first = entry.firstAgreement else { continue }
            ties.append(Tie(office: key.office, country: key.country, partner: entry.partner, firstAgreement: first,
                            agreements: entry.agreements, activities: entry.activities, lastActivity: entry.last,
                            daysSinceLast: day.ordinal - entry.last.ordinal, status: entry.last >= since ? .active : .dormant))
        }
        ties.sort { a, b in
            let (pa, pb) = (places[a.office].currentProvince, places[b.office].currentProvince)
            if pa != pb { return pa < pb }
            if a.office != b.office { return a.office < b.office }
            if a.status != b.status { return a.status == .dormant }
            return (NameKey.normalize(a.partner), a.country) < (NameKey.normalize(b.partner), b.country)
        }
        return Result(ties: ties, nearPartners: nearPartners(ties: Set(ties.map { TieID($0) }), matching), partnerless: partnerless)
    }

    /// A province matches its own partners and its 시·군·구's (by the province of the partner's first row).
    private func matches(_ key: Key, _ filter: RecordFilter) -> Bool {
        filter.offices.isEmpty || filter.offices.contains(key.office) || filter.offices.contains(entries[key]!.province)
    }

    private struct TieID: Hashable {
        let office: OfficeID, country: CountryID, name: String
        init(_ tie: Tie) { (office, country, name) = (tie.office, tie.country, NameKey.normalize(tie.partner)) }
        init(_ key: Key) { (office, country, name) = (key.office, key.country, key.name) }
    }

    /// Partners of one office and country whose names may be one partner, where one of them is a tie:
    /// one name starts the other (`almaty`, `almatyprovince`) or they differ by one or two letters.
    private func nearPartners(ties: Set<TieID>, _ filter: RecordFilter) -> [NearPartners] {
        let groups = Dictionary(grouping: entries.keys.filter { matches($0, filter) }) { OfficeCountry(office: $0.office, country: $0.country) }
        var found: [NearPartners] = []
        for (group, keys) in groups where keys.count > 1 {
            let sorted = keys.sorted { ($0.name, $0.isCity ? 0 : 1) < ($1.name, $1.isCity ? 0 : 1) }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where a.name != b.name && (ties.contains(TieID(a)) || ties.contains(TieID(b))) && Self.alike(a.name, b.name) {
                    let (first, second) = (entries[a]!, entries[b]!)
                    found.append(NearPartners(office: group.office, country: group.country, names: [first.partner, second.partner],
                                              location: second.location, isCity: b.isCity))
                }
            }
        }
        return found.sorted { ($0.office, $0.country, $0.names[0]) < ($1.office, $1.country, $1.names[0]) }
    }

    private struct OfficeCountry: Hashable { let office: OfficeID, country: CountryID }

    static func alike(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 4 && long.hasPrefix(short) { return true }
        return short.count >= 5 && Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) <= 2
    }
}

extension Day {
    /// The same day `months` later (or earlier), the last of the month when that month is shorter.
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let (targetYear, targetMonth) = (index / 12, index % 12 + 1)
        return Day(year: targetYear, month: targetMonth, day: min(day, Day.daysIn(month: targetMonth, year: targetYear)))
            ?? (months < 0 ? Day(year: 1, month: 1, day: 1)! : Day(year: 9999, month: 12, day: 31)!)
    }
}
