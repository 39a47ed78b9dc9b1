/// The places, kinds and sectors a log may name, parsed once from `ReferenceTables`, with the
/// name indexes that turn what users write into them.
public final class Gazetteer: Sendable {
    public static let shared = Gazetteer()

    /// Provinces first (in `allProvinceIDs` order), then municipalities.
    public let offices: [Office]
    /// Every province of the tables, in the standard order, those that ceased and those created
    /// since included: 18 (17 until 2026-06-30, 16 from 2026-07-01). A period's provinces are
    /// `provinceIDs(for:boundaries:)`.
    public let allProvinceIDs: [OfficeID]
    public let countries: [Country]
    public let regions: [Region]

    let officeNames: OfficeNameIndex
    let countryNames: [String: CountryID]
    let kindNames: [String: Kind]
    let sectorNames: [String: Sector]
    /// Names given to two different countries, kinds or sectors: a table error, kept for tests.
    let collisions: [String]
    /// The names above as "did you mean" searches them.
    let officeHints: Suggestion.Names<OfficeID>
    let countryHints: Suggestion.Names<CountryID>
    let kindHints: Suggestion.Names<Kind>
    let sectorHints: Suggestion.Names<Sector>

    init() {
        var collisions: [String] = []
        let (offices, officeNames) = OfficeNameIndex.build()
        self.offices = offices
        self.officeNames = officeNames
        allProvinceIDs = offices.filter(\.isProvince).map(\.id)

        regions = ReferenceTables.rows(ReferenceTables.regions).enumerated().map { index, row in
            Region(id: RegionID(index: UInt8(index)), key: String(row[0]), m49: String(row[1]), korean: String(row[2]))
        }
        let regionByKey = Dictionary(uniqueKeysWithValues: regions.map { ($0.key, $0.id) })
        var countries: [Country] = []
        var countryNames: [String: CountryID] = [:]
        for (index, row) in ReferenceTables.rows(ReferenceTables.countries).enumerated() {
            guard let region = regionByKey[String(row[4])] else {
                preconditionFailure("country \(row[0]) has unknown region '\(row[4])'")
            }
            let id = CountryID(index: UInt16(index))
            countries.append(Country(id: id, alpha2: String(row[0]), alpha3: String(row[1]),
                                     english: String(row[2]), korean: String(row[3]), region: region))
            for name in row[0...3] + ReferenceTables.list(row, 5) {
                let key = NameKey.normalize(name)
                if let other = countryNames[key], other != id { collisions.append("country \(name)") }
                countryNames[key] = id
            }
        }
        // CLDR's names (Korean and English) as aliases: a name of another country there is a table error.
        let byAlpha2 = Dictionary(uniqueKeysWithValues: countries.map { ($0.alpha2, $0.id) })
        for row in ReferenceTables.rows(ReferenceTables.countryNamesCLDR) {
            guard let id = byAlpha2[String(row[0])] else { preconditionFailure("CLDR names of unknown country \(row[0])") }
            for name in row[1...] where !name.isEmpty {
                let key = NameKey.normalize(name)
                if let other = countryNames[key], other != id { collisions.append("country \(name) (CLDR)"); continue }
                countryNames[key] = id
            }
        }
        self.countries = countries
        self.countryNames = countryNames

        func labelIndex<Value>(_ labels: [ReferenceTables.Label], _ values: [Value], _ what: String) -> [String: Value] {
            var index: [String: Value] = [:]
            var owner: [String: Int] = [:]
            for (position, label) in labels.enumerated() {
                let terms = label.korean.split(separator: "·").map(String.init)
                for name in [label.code, label.korean] + terms + label.extraAliases {
                    let key = NameKey.normalize(name)
                    if let other = owner[key], other != position { collisions.append("\(what) \(name)") }
                    owner[key] = position
                    index[key] = values[position]
                }
            }
            return index
        }
        kindNames = labelIndex(ReferenceTables.kindLabels, Kind.allCases, "kind")
        sectorNames = labelIndex(ReferenceTables.sectorLabels, Sector.allCases, "sector")
        self.collisions = collisions
        officeHints = Suggestion.names(officeNames.suggestionKeys)
        countryHints = Suggestion.names(countryNames.lazy.map { (key: $0.key, value: $0.value) })
        kindHints = Suggestion.names(kindNames.lazy.map { (key: $0.key, value: $0.value) })
        sectorHints = Suggestion.names(sectorNames.lazy.map { (key: $0.key, value: $0.value) })
    }

    public subscript(office: OfficeID) -> Office { offices[Int(office.index)] }
    public subscript(country: CountryID) -> Country { countries[Int(country.index)] }
    public subscript(region: RegionID) -> Region { regions[Int(region.index)] }

    /// The name to show for an office: `전주시`, or `부산광역시 중구` where the bare name is shared.
    public func displayName(_ office: OfficeID) -> String {
        let entry = self[office]
        guard entry.nameIsShared else { return entry.korean }
        return "\(self[entry.currentProvince].korean) \(entry.korean)"
    }

    /// The office as a row of `day` names it, so that the name reads back as that office on that
    /// day: a shared name after the province it then belonged to (`광주광역시 동구` in 2025,
    /// `전남광주통합특별시 동구` from 2026-07-01); in English, `Dong-gu, Gwangju`.
    public func name(_ office: OfficeID, on day: Day, english: Bool = false) -> String {
        let entry = self[office]
        let own = english ? entry.english : entry.korean
        guard entry.nameIsShared else { return own }
        let province = self[entry.province(on: day)]
        return english ? "\(own), \(province.english)" : "\(province.korean) \(own)"
    }

    /// ` (~2026-06-30)` for an office that ceased by the end of `period` (its rows before then
    /// stay under it); empty otherwise.
    public func endMark(_ office: OfficeID, in period: Period = .all) -> String {
        guard let until = self[office].until, until <= period.last, let last = self[office].lastDay else { return "" }
        return " (~\(last))"
    }

    public func province(code: String) -> OfficeID? {
        allProvinceIDs.first { self[$0].isoCode == code }
    }

    /// The provinces a table over `period` lists, in the standard order: with today's boundaries
    /// those that exist on its last day (16 from 2026-07-01, 17 before); as logged, every one that
    /// existed on some day of it (18 for 2026).
    public func provinceIDs(for period: Period, boundaries: Boundaries = .current) -> [OfficeID] {
        allProvinceIDs.filter { id in
            boundaries == .current ? self[id].exists(on: period.last) : self[id].exists(during: period)
        }
    }

    /// The province a merged one's rows count under in tables of periods ending on `last` or later,
    /// with today's boundaries: 광주광역시 and 전라남도 → 전남광주통합특별시 from 2026-07-01 on. Empty
    /// when nothing merged by then.
    func restatedProvinces(through last: Day) -> [OfficeID: OfficeID] {
        var map: [OfficeID: OfficeID] = [:]
        for id in allProvinceIDs where self[id].isMerged && self[id].until! <= last {
            var successor = self[id].successors[0]
            while self[successor].isMerged && self[successor].until! <= last { successor = self[successor].successors[0] }
            map[id] = successor
        }
        return map
    }

    /// The office `office`'s rows count under in a table over `period`: its successor when it is a
    /// province merged by the period's end and the boundaries are today's, else itself.
    public func restated(_ office: OfficeID, for period: Period, boundaries: Boundaries = .current) -> OfficeID {
        boundaries == .current ? restatedProvinces(through: period.last)[office] ?? office : office
    }

    /// The reorganisations in force on some day in `days`, oldest first: each merger of provinces
    /// (which tables restate with today's boundaries), each municipality that ceased (which they
    /// cannot restate: its rows stay under it) and each that moved to another province (its rows
    /// count in the province of their date).
    public func boundaryChanges(in days: ClosedRange<Day>) -> [BoundaryChange] {
        var changes: [BoundaryChange] = []
        var merged: [String: Int] = [:]
        for office in offices {
            for (position, membership) in office.memberships.enumerated() {
                // Not the municipalities of a merged province: the merger moved them.
                guard !office.isProvince, let until = membership.until, days.contains(until),
                      self[membership.province].until != until else { continue }
                changes.append(BoundaryChange(kind: .moved, date: until, before: [membership.province],
                                              after: [office.memberships[position + 1].province], municipality: office.id))
            }
            guard let until = office.until, days.contains(until) else { continue }
            if office.isMerged {
                let key = "\(until)/\(office.successors[0].index)"
                if let position = merged[key] {
                    changes[position].before.append(office.id)
                } else {
                    merged[key] = changes.count
                    changes.append(BoundaryChange(kind: .merged, date: until, before: [office.id], after: office.successors))
                }
            } else {
                changes.append(BoundaryChange(kind: .ceased, date: until, before: [office.id], after: office.successors))
            }
        }
        return changes.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}

/// A reorganisation: offices that ceased on `date` and those that took their territory, or a
/// municipality that moved from one province to another.
public struct BoundaryChange: Equatable, Sendable {
    public enum Kind: Sendable {
        /// Provinces merged into one (광주광역시 and 전라남도 → 전남광주통합특별시): restated with today's boundaries.
        case merged
        /// A municipality ceased, its territory going to others (인천 중구 → 제물포구, 영종구): its rows stay under it.
        case ceased
        /// A municipality moved to another province (`municipality`; 군위군, 경상북도 → 대구광역시): its rows
        /// count in the province of their date.
        case moved
    }

    public let kind: Kind
    public let date: Day
    /// The offices that ceased, or the province a municipality left.
    public internal(set) var before: [OfficeID]
    /// Where their territory went, or the province it joined.
    public let after: [OfficeID]
    /// The municipality that moved.
    public var municipality: OfficeID? = nil

    /// True when tables with today's boundaries count the earlier rows on the new map.
    public var isRestated: Bool { kind == .merged }
}

// MARK: - Looking names up

/// What an office name written in a log stands for on the row's date.
public enum OfficeLookup: Equatable, Sendable {
    /// `formerName` explains a name that was out of use on that day (`전라북도 is 전북특별자치도 since 2024-01-18`).
    case found(OfficeID, formerName: OfficeNote?)
    /// A name several offices share (`중구`, `고성군`, `광주시`): the candidates.
    case ambiguous([OfficeID])
    /// No office has that name; `suggestion` is a likely intended one.
    case unknown(suggestion: OfficeID?)
}

extension Gazetteer {
    /// What a name stands for on `day`. A name of an office divided by then (인천 중구 from 2026-07-01)
    /// is `.ambiguous` among its successors; a name of an office that did not exist yet (영종구 in
    /// 2025) is `.unknown`: `officeNameError` says why.
    public func lookUpOffice(_ text: some StringProtocol, on day: Day) -> OfficeLookup {
        officeNames.lookUp(NameKey.normalize(text), on: day).lookup
    }

    /// Why a name names no single office on `day`, in the log reader's words (`영종구 exists from
    /// 2026-07-01; before, write 인천광역시 중구`); nil when it names one.
    public func officeNameError(_ text: some StringProtocol, on day: Day) -> Message? {
        officeProblem(officeNames.lookUp(NameKey.normalize(text), on: day), hint: { suggestOffice(for: text) })
    }

    /// The message for a name that names no single office; nil for one found.
    func officeProblem(_ resolution: OfficeNameIndex.Resolution, hint: () -> OfficeID?) -> Message? {
        switch resolution {
        case .found: return nil
        case .ambiguous(let candidates): return .ambiguousOffice(candidates.map { displayName($0) })
        case .divided(let office, let parts, let since): return .dividedOffice(displayName(office), since: since, into: parts.map { displayName($0) })
        case .notYet(_, let note): return note.map(Message.officeNotYet) ?? .unknownOffice(suggestion: nil)
        case .unknown: return .unknownOffice(suggestion: hint().map { displayName($0) })
        }
    }

    /// The name entries of an office name, to resolve for many days (see `resolveOffice`).
    func officeEntries(_ text: some StringProtocol) -> [OfficeNameIndex.Entry] {
        officeNames.entries(of: NameKey.normalize(text))
    }

    func resolveOffice(_ entries: [OfficeNameIndex.Entry], on day: Day) -> OfficeNameIndex.Resolution {
        OfficeNameIndex.resolve(entries, on: day)
    }

    public func suggestOffice(for text: some StringProtocol) -> OfficeID? {
        Suggestion.nearest(to: NameKey.normalize(text), among: officeHints)
    }

    public func country(named text: some StringProtocol) -> CountryID? {
        countryNames[NameKey.normalize(text)]
    }

    public func suggestCountry(for text: some StringProtocol) -> CountryID? {
        Suggestion.nearest(to: NameKey.normalize(text), among: countryHints)
    }

    public func kind(named text: some StringProtocol) -> Kind? { kindNames[NameKey.normalize(text)] }

    public func suggestKind(for text: some StringProtocol) -> Kind? {
        Suggestion.nearest(to: NameKey.normalize(text), among: kindHints)
    }

    public func sector(named text: some StringProtocol) -> Sector? { sectorNames[NameKey.normalize(text)] }

    public func suggestSector(for text: some StringProtocol) -> Sector? {
        Suggestion.nearest(to: NameKey.normalize(text), among: sectorHints)
    }
}
