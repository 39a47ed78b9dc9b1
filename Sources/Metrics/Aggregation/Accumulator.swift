/// Running sums for one group of rows in one period.
struct Accumulator {
    private(set) var totals = Totals()
    private var countries = CountrySet()
    /// Trips with a row in this group.
    private var trips = TripSet()

    mutating func add(_ record: ActivityRecord, trip: Int32) {
        totals.activities += 1
        totals.companies += record.companies
        totals.partnerCompanies += record.partnerCompanies
        totals.agreements += record.agreements
        totals.consultations += record.consultations
        totals.consultationUSD = totals.consultationUSD + record.consultationUSD
        totals.contractUSD = totals.contractUSD + record.contractUSD
        countries.insert(record.country)
        if trip >= 0 { trips.insert(trip) }
    }

    /// Adds another group's rows (rows in both count once in distinct measures only).
    mutating func merge(_ other: Accumulator) {
        totals.activities += other.totals.activities
        totals.companies += other.totals.companies
        totals.partnerCompanies += other.totals.partnerCompanies
        totals.agreements += other.totals.agreements
        totals.consultations += other.totals.consultations
        totals.consultationUSD = totals.consultationUSD + other.totals.consultationUSD
        totals.contractUSD = totals.contractUSD + other.totals.contractUSD
        countries.formUnion(other.countries)
        trips.formUnion(other.trips)
    }

    /// `merge` for a group counted in a later part of a log, whose trips `tripNumbers` renumbers.
    mutating func absorb(_ later: Accumulator, tripNumbers: [Int32]) {
        var renumbered = later
        renumbered.trips = later.trips.renumbered(tripNumbers)
        merge(renumbered)
    }

    /// The totals, with missions counted as the trips of this group whose first row falls in every
    /// one of `periods` (the table's period, and the quarter or month of a time-series group).
    func finished(firstDays: [Day], periods: [Period]) -> Totals {
        var result = totals
        result.countries = countries.count
        result.missions = trips.count { trip in periods.allSatisfy { $0.contains(firstDays[Int(trip)]) } }
        return result
    }
}

/// A set of countries as 256 bits.
struct CountrySet {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ country: CountryID) {
        let bit = UInt64(1) << (country.index % 64)
        switch country.index / 64 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    mutating func formUnion(_ other: CountrySet) {
        words = (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2, words.3 | other.words.3)
    }

    var count: Int {
        words.0.nonzeroBitCount + words.1.nonzeroBitCount + words.2.nonzeroBitCount + words.3.nonzeroBitCount
    }
}

/// A set of trip numbers: a sorted list while it holds few (a group of one quarter holds a few
/// hundred trips numbered across the whole log), bits once it holds more (a million-row log's
/// 266,000 trips take 33 KB a group).
struct TripSet {
    /// Sorted, while `words` is empty.
    private var few: [Int32] = []
    private var words: [UInt64] = []
    /// The most trips kept as a list (1 KB): past it, bits.
    static let listLimit = 256

    mutating func insert(_ trip: Int32) {
        guard words.isEmpty else { return setBit(trip) }
        if let last = few.last, last < trip {
            few.append(trip)   // the common case: trips numbered as the log goes
        } else {
            var low = 0, high = few.count
            while low < high {
                let middle = (low + high) / 2
                if few[middle] < trip { low = middle + 1 } else { high = middle }
            }
            if low < few.count && few[low] == trip { return }
            few.insert(trip, at: low)
        }
        if few.count > Self.listLimit { becomeBits() }
    }

    mutating func formUnion(_ other: TripSet) {
        if words.isEmpty && other.words.isEmpty && few.count + other.few.count <= Self.listLimit {
            for trip in other.few { insert(trip) }
            return
        }
        if words.isEmpty { becomeBits() }
        other.forEach { setBit($0) }
    }

    /// The set with each trip `n` as `numbers[n]`.
    func renumbered(_ numbers: [Int32]) -> TripSet {
        var result = TripSet()
        forEach { result.insert(numbers[Int($0)]) }
        return result
    }

    /// How many trips satisfy `condition`.
    func count(where condition: (Int32) -> Bool) -> Int {
        var total = 0
        forEach { if condition($0) { total += 1 } }
        return total
    }

    /// Calls `body` with each trip, in increasing order.
    func forEach(_ body: (Int32) -> Void) {
        guard !words.isEmpty else { return few.forEach(body) }
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                body(Int32(index << 6 | bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
    }

    private mutating func setBit(_ trip: Int32) {
        let word = Int(trip) >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        words[word] |= 1 << UInt64(trip & 63)
    }

    private mutating func becomeBits() {
        let list = few
        few = []
        words = [0]
        for trip in list { setBit(trip) }
    }
}
