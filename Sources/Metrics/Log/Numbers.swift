/// A sum of US dollars, kept exactly in cents so that totals never drift.
public struct Dollars: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public init(_ dollars: Int) { cents = Int64(dollars) * 100 }

    public static var zero: Dollars { Dollars(cents: 0) }

    /// The largest amount a row may hold: a trillion dollars, far above any contract, so that a
    /// typing slip (digits pasted twice) is caught rather than counted.
    public static let largestAmount = Dollars(1_000_000_000_000)
    /// The largest total of one amount column over a whole log (10^16 dollars): every sum a report
    /// makes (a group, a total, several years of a base) stays within it, far from Int64's end.
    public static let largestTotal = Dollars(10_000_000_000_000_000)

    /// Sums that cannot trap: past Int64's range they stop at its end. A log never gets there (its
    /// totals are checked against `largestTotal` as it is read).
    public static func + (a: Dollars, b: Dollars) -> Dollars {
        let (sum, overflow) = a.cents.addingReportingOverflow(b.cents)
        return Dollars(cents: overflow ? (b.cents < 0 ? .min : .max) : sum)
    }

    public static func - (a: Dollars, b: Dollars) -> Dollars {
        let (difference, overflow) = a.cents.subtractingReportingOverflow(b.cents)
        return Dollars(cents: overflow ? (b.cents < 0 ? .max : .min) : difference)
    }
    public static func < (a: Dollars, b: Dollars) -> Bool { a.cents < b.cents }

    /// For arithmetic in reports (ratios, charts).
    public var value: Double { Double(cents) / 100 }

    /// `1200000` or `1200000.5`: plain digits, no separators, as CSV and JSON want them.
    public var description: String {
        let whole = cents / 100, fraction = abs(cents % 100)
        guard fraction != 0 else { return "\(whole)" }
        let sign = cents < 0 && whole == 0 ? "-" : ""
        return fraction % 10 == 0 ? "\(sign)\(whole).\(fraction / 10)" : "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// Reads the numbers of a log: `1200000`, `1,200,000`, `2.5`; spaces around them ignored.
enum NumberParser {
    enum Failure: Error, Equatable {
        case notANumber, negative, notWhole, tooManyDecimals, tooLarge
    }

    /// A whole number ≥ 0 (`companies`, `agreements` …); `3.0` is 3.
    static func count(_ text: Substring) -> Result<Int, Failure> {
        Array(text.utf8).withUnsafeBufferPointer { count($0) }
    }

    static func dollars(_ text: Substring) -> Result<Dollars, Failure> {
        Array(text.utf8).withUnsafeBufferPointer { dollars($0) }
    }

    static func count(_ text: UnsafeBufferPointer<UInt8>) -> Result<Int, Failure> {
        switch decimal(text) {
        case .failure(.tooManyDecimals): return .failure(.notWhole)   // whatever its decimals, not whole
        case .failure(let failure): return .failure(failure)
        case .success(let (whole, fraction, _)):
            guard fraction == 0 else { return .failure(.notWhole) }
            guard whole <= Int64(Int32.max) else { return .failure(.tooLarge) }
            return .success(Int(whole))
        }
    }

    /// An amount of dollars ≥ 0 with at most two decimals.
    static func dollars(_ text: UnsafeBufferPointer<UInt8>) -> Result<Dollars, Failure> {
        switch decimal(text) {
        case .failure(let failure): return .failure(failure)
        case .success(let (whole, fraction, decimals)):
            guard decimals <= 2 || fraction == 0 else { return .failure(.tooManyDecimals) }
            let cents = decimals == 1 ? fraction * 10 : decimals == 2 ? fraction : 0
            guard whole <= Dollars.largestAmount.cents / 100, whole * 100 + cents <= Dollars.largestAmount.cents else {
                return .failure(.tooLarge)
            }
            return .success(Dollars(cents: whole * 100 + cents))
        }
    }

    /// Digits with optional thousands separators (every group after the first exactly three digits)
    /// and an optional decimal part. A leading `-` on a number is reported as negative.
    private static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Result<(Int64, Int64, Int), Failure> {
        var start = 0, end = text.count
        while start < end, text[start] == 0x20 { start += 1 }
        while end > start, text[end - 1] == 0x20 { end -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: text[start..<end])
        guard !bytes.isEmpty else { return .failure(.notANumber) }
        var index = 0
        let negative = bytes[0] == 0x2D
        if negative { index = 1 }
        var whole: Int64 = 0, fraction: Int64 = 0
        var digits = 0, groupDigits = 0, decimals = 0
        var grouped = false, inFraction = false, overflow = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x30...0x39:
                let digit = Int64(byte - 0x30)
                if inFraction {
                    decimals += 1
                    if decimals <= 18 { fraction = fraction * 10 + digit } else if digit != 0 { return .failure(.tooManyDecimals) }
                } else {
                    let (times, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (plus, o2) = times.addingReportingOverflow(digit)
                    overflow = overflow || o1 || o2
                    whole = plus
                    digits += 1
                    groupDigits += 1
                }
            case 0x2C:  // ,
                guard !inFraction, digits > 0, !grouped || groupDigits == 3, groupDigits <= 3 else {
                    return .failure(.notANumber)
                }
                grouped = true
                groupDigits = 0
            case 0x2E:  // .
                guard !inFraction, digits > 0, !grouped || groupDigits == 3 else { return .failure(.notANumber) }
                inFraction = true
            default:
                return .failure(.notANumber)
            }
            index += 1
        }
        guard digits > 0, !(grouped && !inFraction && groupDigits != 3), !(inFraction && decimals == 0) else {
            return .failure(.notANumber)
        }
        if negative { return whole == 0 && fraction == 0 ? .success((0, 0, decimals)) : .failure(.negative) }
        if overflow { return .failure(.tooLarge) }
        // Keep only significant decimals: `2.50` has 1.
        while decimals > 0, fraction % 10 == 0 { fraction /= 10; decimals -= 1 }
        return .success((whole, fraction, decimals))
    }
}
