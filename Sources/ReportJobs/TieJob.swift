import TradeMetrics
import Reports

/// `report-cli ties` and the web page's register: every tie of the chosen offices (a province with
/// its 시·군·구), read from the log in one pass.
public struct TieJob: Sendable {
    /// A province matches its own rows and its 시·군·구's; empty: every office.
    public var filter = RecordFilter()
    public var asOf: Day?
    public var dormantAfterMonths = 24

    public init(filter: RecordFilter = RecordFilter(), asOf: Day? = nil, dormantAfterMonths: Int = 24) {
        self.filter = filter
        self.asOf = asOf
        self.dormantAfterMonths = dormantAfterMonths
    }

    public struct Outcome: Sendable {
        public let ties: [Tie]
        /// The register's day (nil for a log without rows).
        public let day: Day?
        public let read: LogReadReport
        /// Agreements without a partner, and partners that may be one, placed in the log.
        public let warnings: [Diagnostic]
    }

    /// - Throws: `LogHasErrors` when the log has errors.
    public func run(log: LogInput, places: Gazetteer = .shared) throws -> Outcome {
        var register = TieRegister(asOf: asOf)
        let read = try log.read(into: &register)
        let found = register.finish(places, dormantAfterMonths: dormantAfterMonths, matching: filter)
        let (ties, near, partnerless) = (found.ties, found.nearPartners, found.partnerless)
        var warnings = partnerless.map { agreement in
            read.diagnostic(.warning, at: agreement.location, column: .partnerCity,
                            message: .agreementWithoutPartner)
        }
        warnings += near.map { pair in
            read.diagnostic(.warning, at: pair.location, column: pair.isCity ? .partnerCity : .partnerOrg,
                            message: .maybeSamePartner(office: places.displayName(pair.office), other: pair.names[0],
                                                       country: places[pair.country].alpha2),
                            value: pair.names[1])
        }
        return Outcome(ties: ties, day: register.day, read: read, warnings: warnings)
    }
}
