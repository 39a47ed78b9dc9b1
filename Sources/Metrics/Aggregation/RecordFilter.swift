/// Which rows a table counts. Each non-empty list must match; an empty list matches every row.
public struct RecordFilter: Sendable {
    /// A province matches its own rows and its municipalities' (by the row's date), unless
    /// `exactOffices`: then each office matches only its own rows.
    public var offices: [OfficeID] = []
    public var exactOffices = false
    public var countries: [CountryID] = []
    /// A row matches when it has any of these sectors; `other` also matches rows with none.
    public var sectors: [Sector] = []
    public var kinds: [Kind] = []

    public init(offices: [OfficeID] = [], exactOffices: Bool = false, countries: [CountryID] = [], sectors: [Sector] = [],
                kinds: [Kind] = []) {
        self.offices = offices
        self.exactOffices = exactOffices
        self.countries = countries
        self.sectors = sectors
        self.kinds = kinds
    }

    public var isEmpty: Bool { offices.isEmpty && countries.isEmpty && sectors.isEmpty && kinds.isEmpty }

    public func matches(_ record: ActivityRecord) -> Bool {
        (offices.isEmpty || offices.contains(record.office) || (!exactOffices && offices.contains(record.province)))
            && (countries.isEmpty || countries.contains(record.country))
            && (kinds.isEmpty || kinds.contains(record.kind))
            && (sectors.isEmpty || sectors.contains {
                record.sectors.contains($0) || ($0 == .other && record.sectors.isEmpty)
            })
    }
}
