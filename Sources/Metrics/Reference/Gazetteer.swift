/// The places, kinds and sectors a log may name, parsed once from `ReferenceTables`, with the
/// name indexes that turn what users write into them.
public final class Gazetteer: Sendable {
    public static let shared = Gazetteer()

    /// Provinces first (in `provinceIDs` order), then municipalities.
    public let offices: [Office]
    public let provinceIDs: [OfficeID]
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
        provinceIDs = offices.filter(\.isProvince).map(\.id)

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

    public func province(code: String) -> OfficeID? {
        provinceIDs.first { self[$0].isoCode == code }
    }
}

// MARK: - Looking names up

/// What an office name written in a log stands for on the row's date.
public enum OfficeLookup: Equatable, Sendable {
    /// `formerName` explains a name that was out of use on that day (`전라북도 is 전북특별자치도 since 2024-01-18`).
    case found(OfficeID, formerName: String?)
    /// A name several offices share (`중구`, `고성군`, `광주시`): the candidates.
    case ambiguous([OfficeID])
    /// No office has that name; `suggestion` is a likely intended one.
    case unknown(suggestion: OfficeID?)
}

extension Gazetteer {
    public func lookUpOffice(_ text: some StringProtocol, on day: Day) -> OfficeLookup {
        officeNames.lookUp(NameKey.normalize(text), on: day)
    }

    /// The name entries of an office name, to resolve for many days (see `resolveOffice`).
    func officeEntries(_ text: some StringProtocol) -> [OfficeNameIndex.Entry] {
        officeNames.entries[NameKey.normalize(text)] ?? []
    }

    func resolveOffice(_ entries: [OfficeNameIndex.Entry], on day: Day) -> OfficeLookup {
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
