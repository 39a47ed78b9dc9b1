/// One row of the activity log, checked and resolved against the reference data.
public struct ActivityRecord: Equatable, Sendable {
    public var id: String
    /// The first day.
    public var date: Day
    /// The last day of a multi-day activity; never before `date`.
    public var endDate: Day?
    /// The reporting government, under its current name whatever name the row used.
    public var office: OfficeID
    /// The province of `office` on `date` (a province is its own province).
    public var province: OfficeID
    public var kind: Kind
    /// The trip the row belongs to; empty when none.
    public var trip: String
    public var country: CountryID
    public var partnerCity: String
    public var partnerOrg: String
    public var sectors: SectorSet
    public var companies: Int
    public var partnerCompanies: Int
    /// An empty cell on a row of kind `agreement` counts 1.
    public var agreements: Int
    /// True when `agreements` is that implied 1 (the cell was empty).
    public var agreementsImplied: Bool
    public var consultations: Int
    public var consultationUSD: Dollars
    public var contractUSD: Dollars
    public var title: String
    public var source: String
    /// Values of the file's columns outside the contract, in the order of `LogFileSummary.extraColumns`.
    public var extras: [String]
    /// Where the row came from.
    public var location: SourceLocation

    /// The trip this row counts under for `missions`: its `trip`, else its `id` when it is a mission.
    public var missionKey: String? {
        if !trip.isEmpty { return trip }
        return kind == .mission ? id : nil
    }
}

/// A place in the input: which file (by its position in the read) and which line.
public struct SourceLocation: Hashable, Sendable {
    public var file: Int
    public var line: Int
}
