/// Numbers the trips of a log as its rows go by and keeps each trip's first day, so that a trip
/// counts in the period of its first row however the rows are ordered. A trip's key is kept as a
/// 128-bit fingerprint (two independent 64-bit hashes), 16 bytes a trip whatever its length.
struct TripRegistry {
    private var fingerprints: [(UInt64, UInt64)] = []
    /// Open addressing over `fingerprints`: 0 is empty, else 1 + the trip's number.
    private var slots = [UInt32](repeating: 0, count: 1024)
    private(set) var firstDays: [Day] = []

    /// The trip number of `record` (see `ActivityRecord.missionKey`), or -1 when it has none.
    mutating func number(of record: ActivityRecord) -> Int32 {
        guard var key = record.missionKey else { return -1 }
        return number(of: key.withUTF8(Fingerprint.of), on: record.date)
    }

    /// Numbers the trips of `later` (rows after this registry's) among these: for each of its
    /// numbers, the trip's number here.
    mutating func absorb(_ later: TripRegistry) -> [Int32] {
        later.fingerprints.indices.map { number(of: later.fingerprints[$0], on: later.firstDays[$0]) }
    }

    private mutating func number(of fingerprint: (UInt64, UInt64), on date: Day) -> Int32 {
        let (high, low) = fingerprint
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: high ^ (high >> 32)) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if fingerprints[number] == (high, low) {
                if date < firstDays[number] { firstDays[number] = date }
                return Int32(number)
            }
            slot = (slot + 1) & mask
        }
        fingerprints.append((high, low))
        firstDays.append(date)
        slots[slot] = UInt32(fingerprints.count)
        if fingerprints.count * 4 > slots.count * 3 { grow() }
        return Int32(fingerprints.count - 1)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, (high, _)) in fingerprints.enumerated() {
            var slot = Int(truncatingIfNeeded: high ^ (high >> 32)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(number + 1)
        }
    }
}

/// Two independent 64-bit hashes of a byte string: equal fingerprints of different strings have a
/// chance near 10⁻²⁷ in a million-row log.
enum Fingerprint {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var high: UInt64 = 0xCBF2_9CE4_8422_2325, low: UInt64 = 0x9E37_79B9_7F4A_7C15
        for byte in bytes {
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            low = (low &+ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9
            low ^= low >> 29
        }
        high ^= UInt64(bytes.count) &* 0x94D0_49BB_1331_11EB
        return (high, low)
    }
}
