/// What an activity was: the kinds of the activity-log contract.
public enum Kind: UInt8, CaseIterable, Sendable, Comparable {
    case mission, delegation, agreement, forum, expo, consultation, promotion, advisor, other

    /// The code written in logs and used as a table key.
    public var code: String { ReferenceTables.kindLabels[Int(rawValue)].code }
    /// The Korean label of the contract (`경제사절단·해외출장·시장개척단`).
    public var korean: String { ReferenceTables.kindLabels[Int(rawValue)].korean }
    /// The first Korean term, short enough for a table header (`경제사절단`).
    public var shortKorean: String { String(korean.split(separator: "·")[0]) }

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
}

/// A field of the economy an activity concerned: the sectors of the activity-log contract.
public enum Sector: UInt8, CaseIterable, Sendable, Comparable {
    case bio, medical, mobility, aerospace, battery, energy, agrifood, ict, manufacturing, trade,
         culture, tourism, sports, education, other

    public var code: String { ReferenceTables.sectorLabels[Int(rawValue)].code }
    /// The Korean label of the contract (`농생명·식품·스마트팜·주류`).
    public var korean: String { ReferenceTables.sectorLabels[Int(rawValue)].korean }
    public var shortKorean: String { String(korean.split(separator: "·")[0]) }

    public static func < (a: Sector, b: Sector) -> Bool { a.rawValue < b.rawValue }
}

/// The sectors of one row, as a bit set: cheap to store, compare and iterate.
public struct SectorSet: Hashable, Sendable, Sequence {
    public private(set) var bits: UInt16

    public init() { bits = 0 }
    public init(_ sectors: some Sequence<Sector>) {
        bits = 0
        for sector in sectors { insert(sector) }
    }

    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }
    public func contains(_ sector: Sector) -> Bool { bits & (1 << sector.rawValue) != 0 }
    public mutating func insert(_ sector: Sector) { bits |= 1 << sector.rawValue }

    /// The sectors in code order.
    public func makeIterator() -> some IteratorProtocol<Sector> {
        Sector.allCases.lazy.filter { self.contains($0) }.makeIterator()
    }
}
