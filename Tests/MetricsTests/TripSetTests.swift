import Testing
@testable import TradeMetrics

/// `TripSet` keeps few trips as a sorted list and many as bits: it holds exactly the trips put in,
/// whichever way, and unions across the two ways give the set union.
struct TripSetTests {
    static func set(_ trips: [Int32]) -> TripSet {
        var set = TripSet()
        for trip in trips { set.insert(trip) }
        return set
    }

    static func members(_ set: TripSet) -> [Int32] {
        var found: [Int32] = []
        set.forEach { found.append($0) }
        return found
    }

    @Test(arguments: [0, 1, 5, TripSet.listLimit, TripSet.listLimit + 1, 2_000])
    func holdsWhatWasPutInInOrder(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let trips = (0..<count).map { _ in Int32.random(in: 0..<5_000, using: &generator) }
        let tripsTwice = trips + trips.reversed()
        #expect(Self.members(Self.set(tripsTwice)) == Set(trips).sorted())
        #expect(Self.set(tripsTwice).count { $0 % 2 == 0 } == Set(trips).filter { $0 % 2 == 0 }.count)
    }

    @Test func unionsOfListsAndBitsAreTheSetUnion() {
        let small = (0..<100).map { Int32($0 * 7) }, other = (0..<100).map { Int32($0 * 11 + 1) }
        let large = (0..<1_000).map { Int32($0 * 3) }
        for (a, b) in [(small, other), (small, large), (large, small), (large, large), ([], small), (small, [])] {
            var union = Self.set(a)
            union.formUnion(Self.set(b))
            #expect(Self.members(union) == Set(a + b).sorted())
        }
        // Two lists whose union passes the limit.
        let first = (0..<200).map { Int32($0) }, second = (200..<400).map { Int32($0) }
        var union = Self.set(first)
        union.formUnion(Self.set(second))
        #expect(Self.members(union) == (0..<400).map { Int32($0) })
        #expect(Self.members(Self.set(first).renumbered((0..<400).map { Int32(399 - $0) })) == (200..<400).map { Int32($0) })
    }
}
