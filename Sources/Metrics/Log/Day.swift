/// A calendar day, stored as the number `yyyymmdd` so that days compare and hash as integers.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `year * 10000 + month * 100 + day`.
    public let packed: Int32

    /// A day of the proleptic Gregorian calendar, or nil when it does not exist (`2023-02-29`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        packed = Int32(year * 10000 + month * 100 + day)
    }

    public var year: Int { Int(packed / 10000) }
    public var month: Int { Int(packed / 100 % 100) }
    public var day: Int { Int(packed % 100) }
    /// 1...4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// `2024-01-08`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (a: Day, b: Day) -> Bool { a.packed < b.packed }

    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Day {
    /// Why a text is not a day.
    public enum ParseFailure: Error, Equatable, Sendable {
        /// Not in one of the accepted forms.
        case malformed
        /// In an accepted form, but no such day exists (`2024-13-01`, `2023-02-29`).
        case impossible
        /// In an accepted form but for a year outside 1000…9999 (`0999-01-08`, `10000-01-08`).
        case yearOutOfRange
    }

    /// The years a date of a log may have.
    public static let years = 1000...9999

    /// Reads the forms of the activity-log contract: `2024-01-08`, `2024.01.10`, `2024. 1. 12.`,
    /// `2024/1/8` (and `2024-1-8`). Surrounding spaces are ignored; one separator kind per date.
    public static func parse<Bytes: BidirectionalCollection>(_ text: Bytes) -> Result<Day, ParseFailure> where Bytes.Element == UInt8 {
        var parts: [Int] = []
        parts.reserveCapacity(3)
        var current = -1          // -1: no digit yet in this part
        var digits = 0
        var separator: UInt8 = 0
        var trailingSeparator = false
        var index = text.startIndex
        // Skip leading and trailing spaces.
        var end = text.endIndex
        while index < end, text[index] == 0x20 { index = text.index(after: index) }
        while end > index, text[text.index(before: end)] == 0x20 { end = text.index(before: end) }
        while index < end {
            let byte = text[index]
            switch byte {
            case 0x30...0x39:
                if trailingSeparator { return .failure(.malformed) }
                current = (current < 0 ? 0 : current) * 10 + Int(byte - 0x30)
                digits += 1
                // A year may be written with more digits, to be refused as out of range.
                if digits > (parts.isEmpty ? 9 : 4) { return .failure(.malformed) }
            case 0x2D, 0x2E, 0x2F:  // - . /
                if separator == 0 { separator = byte } else if separator != byte { return .failure(.malformed) }
                guard current >= 0 else { return .failure(.malformed) }
                if parts.count == 2 {
                    // Only `2024. 1. 12.` may end with its separator.
                    guard byte == 0x2E else { return .failure(.malformed) }
                    trailingSeparator = true
                }
                guard parts.isEmpty ? digits >= 4 : digits <= 2 else { return .failure(.malformed) }
                parts.append(current)
                current = -1
                digits = 0
                // `2024. 1. 12.`: one space may follow a dot.
                let next = text.index(after: index)
                if byte == 0x2E, next < end, text[next] == 0x20 { index = next }
            default:
                return .failure(.malformed)
            }
            index = text.index(after: index)
        }
        if current >= 0 {
            guard digits <= 2 else { return .failure(.malformed) }
            parts.append(current)
        }
        guard parts.count == 3 else { return .failure(.malformed) }
        let (y, m, d) = (parts[0], parts[1], parts[2])
        guard m <= 99, d <= 99 else { return .failure(.malformed) }   // (a year has 4 digits or more)
        guard Day.years.contains(y) else { return .failure(.yearOutOfRange) }
        guard let day = Day(year: y, month: m, day: d) else { return .failure(.impossible) }
        return .success(day)
    }

    public static func parse(_ text: String) -> Result<Day, ParseFailure> {
        parse(Substring(text).utf8)
    }
}

extension Day {
    /// Days since 1970-01-01 (negative before), for day arithmetic.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The day `ordinal` days after 1970-01-01, which must be a day of the calendar (0001-01-01 …
    /// 9999-12-31); `init?(inCalendar:)` for an ordinal that may not be.
    public init(ordinal: Int) {
        guard let day = Day(inCalendar: ordinal) else { preconditionFailure("day \(ordinal) is outside 0001-01-01 … 9999-12-31") }
        self = day
    }

    /// The day `ordinal` days after 1970-01-01, or nil when that is outside 0001-01-01 … 9999-12-31.
    public init?(inCalendar ordinal: Int) {
        guard (Day.firstOrdinal...Day.lastOrdinal).contains(ordinal) else { return nil }
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The ordinals of 0001-01-01 and 9999-12-31, the calendar's ends.
    public static let firstOrdinal = -719_162
    public static let lastOrdinal = 2_932_896

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day `years` later (or earlier); 29 February becomes the 28th in a common year.
    public func adding(years: Int) -> Day {
        let target = year + years
        return Day(year: target, month: month, day: min(day, Day.daysIn(month: month, year: target)))!
    }

    /// The first and last day of the year and month.
    public static func firstOf(year: Int, month: Int) -> Day { Day(year: year, month: month, day: 1)! }
    public static func lastOf(year: Int, month: Int) -> Day {
        Day(year: year, month: month, day: daysIn(month: month, year: year))!
    }
}
