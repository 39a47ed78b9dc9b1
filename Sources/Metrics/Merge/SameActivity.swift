/// The contract's rule for one activity logged twice: one office in two files, or a province and
/// its municipality; the same date, kind, partner country and partner city (both empty counts
/// as shared); and the same non-empty trip, or the same title once spaces and punctuation are
/// ignored. (A title that is nothing but spaces and punctuation matches nothing.)
public enum SameActivity {
    public static func matches(_ a: ActivityRecord, _ b: ActivityRecord, _ places: Gazetteer) -> Bool {
        guard a.date == b.date, a.kind == b.kind, a.country == b.country,
              a.office == b.office ? a.location.file != b.location.file : officesRelated(a.office, b.office, on: a.date, places),
              fingerprint(a.partnerCity) == fingerprint(b.partnerCity) else { return false }
        if !a.trip.isEmpty && a.trip == b.trip { return true }
        let title = fingerprint(a.title)
        return title != empty && title == fingerprint(b.title)
    }

    /// A province and a municipality of it on `day`.
    static func officesRelated(_ a: OfficeID, _ b: OfficeID, on day: Day, _ places: Gazetteer) -> Bool {
        (places[a].isProvince && places[b].province(on: day) == a) || (places[b].isProvince && places[a].province(on: day) == b)
    }

    /// Keys under which a record can meet its twin: one for its title and one for its trip (nil
    /// when it has none), each covering date, kind, country and city too. Equal keys are a
    /// candidate pair; `matches` and the offices decide.
    static func keys(of record: ActivityRecord) -> (title: UInt64?, trip: UInt64?) {
        var base = UInt64(UInt32(bitPattern: record.date.packed)) << 24 | UInt64(record.kind.rawValue) << 16 | UInt64(record.country.index)
        base = mix(base ^ fingerprint(record.partnerCity))
        let title = fingerprint(record.title)
        var trip: UInt64?
        if !record.trip.isEmpty {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for byte in record.trip.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            trip = mix(base ^ mix(hash) ^ 0x5555)
        }
        return (title == empty ? nil : mix(base ^ title), trip)
    }

    private static let empty: UInt64 = 0xCBF2_9CE4_8422_2325

    /// A hash of `text` without its spaces and punctuation, letters in lower case.
    static func fingerprint(_ text: String) -> UInt64 {
        var hash = empty
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var kept = value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: break
                case 0x41...0x5A: kept = value + 32
                default: continue   // ASCII spaces, punctuation and symbols
                }
            } else if !(0xAC00...0xD7A3).contains(value) {
                if scalar.properties.isWhitespace || isPunctuation(scalar) { continue }
                if scalar.properties.changesWhenLowercased, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                    kept = lower.value
                }
            }
            hash = (hash ^ UInt64(kept)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }
}
