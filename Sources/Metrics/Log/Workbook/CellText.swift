/// The text a number cell stands for in a log, as the contract writes it: a count or an amount in
/// plain decimal (`1200000`, `0.5`), a date cell as its day (`2024-01-08`). The row's checks then
/// read it as they read a CSV field.
enum CellText {
    /// Excel's precision: what it shows of a number.
    static let significantDigits = 15

    /// Appends the number `raw`, as SpreadsheetML stores it (`1200000`, `1.5E-3`,
    /// `1234.5599999999999`), in plain decimal rounded to 15 significant digits as Excel shows it.
    /// Returns false, appending nothing, when `raw` is not a number.
    static func appendDecimal(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        if isPlain(raw) {
            out.append(contentsOf: raw)
            return true
        }
        guard let (negative, digits, point) = decimal(raw) else { return false }
        guard !digits.isEmpty else { out.append(UInt8(ascii: "0")); return true }
        if negative { out.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        if point <= 0 {
            out.append(contentsOf: [zero, UInt8(ascii: ".")] + [UInt8](repeating: zero, count: -point))
            out.append(contentsOf: digits.map { $0 + zero })
        } else if point >= digits.count {
            out.append(contentsOf: digits.map { $0 + zero } + [UInt8](repeating: zero, count: point - digits.count))
        } else {
            out.append(contentsOf: digits[..<point].map { $0 + zero })
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[point...].map { $0 + zero })
        }
        return true
    }

    /// Already plain: `-12`, `0.5`, `1234.56`, with no exponent, no zero that does not count and
    /// at most 15 digits (most numbers of a log).
    private static func isPlain(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = raw.first == UInt8(ascii: "-") ? 1 : 0
        let integerStart = i
        while i < raw.count, raw[i] >= UInt8(ascii: "0"), raw[i] <= UInt8(ascii: "9") { i += 1 }
        let integerDigits = i - integerStart
        guard integerDigits > 0, integerDigits == 1 || raw[integerStart] != UInt8(ascii: "0") else { return false }
        if i == raw.count {
            return integerDigits <= significantDigits && !(integerStart == 1 && raw[1] == UInt8(ascii: "0"))
        }
        guard raw[i] == UInt8(ascii: "."), raw.last != UInt8(ascii: "0") else { return false }
        i += 1
        let fractionStart = i
        while i < raw.count, raw[i] >= UInt8(ascii: "0"), raw[i] <= UInt8(ascii: "9") { i += 1 }
        return i == raw.count && i > fractionStart && integerDigits + (i - fractionStart) <= significantDigits
    }

    /// The significant digits of `raw` (0–9, no leading or trailing zeros, at most 15, rounded)
    /// and where the decimal point stands among them: the value is `0.DIGITS × 10^point`.
    private static func decimal(_ raw: UnsafeBufferPointer<UInt8>) -> (negative: Bool, digits: [UInt8], point: Int)? {
        var i = 0
        var negative = false
        if i < raw.count, raw[i] == UInt8(ascii: "-") || raw[i] == UInt8(ascii: "+") {
            negative = raw[i] == UInt8(ascii: "-")
            i += 1
        }
        var digits: [UInt8] = []
        var point: Int?
        var sawDigit = false
        while i < raw.count {
            let byte = raw[i]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                sawDigit = true
            } else if byte == UInt8(ascii: "."), point == nil {
                point = digits.count
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return nil }
        var exponent = 0
        if i < raw.count, raw[i] == UInt8(ascii: "E") || raw[i] == UInt8(ascii: "e") {
            i += 1
            var exponentNegative = false
            if i < raw.count, raw[i] == UInt8(ascii: "-") || raw[i] == UInt8(ascii: "+") {
                exponentNegative = raw[i] == UInt8(ascii: "-")
                i += 1
            }
            let start = i
            while i < raw.count, raw[i] >= UInt8(ascii: "0"), raw[i] <= UInt8(ascii: "9"), exponent < 10_000 {
                exponent = exponent * 10 + Int(raw[i] - UInt8(ascii: "0"))
                i += 1
            }
            guard i > start else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard i == raw.count else { return nil }
        var at = (point ?? digits.count) + exponent
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        at -= leadingZeros
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            digits.removeLast(digits.count - significantDigits)
            if roundUp {
                var index = digits.count - 1
                while index >= 0 && digits[index] == 9 { digits[index] = 0; index -= 1 }
                if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0); digits.removeLast(); at += 1 }
            }
        }
        while digits.last == 0 { digits.removeLast() }
        // Far beyond what a double holds: not a number Excel wrote.
        guard digits.isEmpty || (-400...400).contains(at) else { return nil }
        return (negative && !digits.isEmpty, digits, at)
    }

    /// Appends the day that date serial `raw` counts (`2024-01-08`; the time of day is dropped).
    /// Excel's 1900 system counts 1 for 1900-01-01 and has a 29 February 1900 (serial 60), written
    /// here as Excel shows it, for the check to refuse; the 1904 system counts 0 for 1904-01-01.
    /// Returns false, appending nothing, when `raw` is no serial of a day Excel can show.
    static func appendDate(_ raw: UnsafeBufferPointer<UInt8>, uses1904: Bool, to out: inout [UInt8]) -> Bool {
        // The whole days: digits up to a decimal point, or any number a double reads.
        var whole = 0, i = 0
        while i < raw.count, i < 8, raw[i] >= UInt8(ascii: "0"), raw[i] <= UInt8(ascii: "9") {
            whole = whole * 10 + Int(raw[i] - UInt8(ascii: "0"))
            i += 1
        }
        let plain = i > 0 && (i == raw.count || (raw[i] == UInt8(ascii: ".") && raw[(i + 1)...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }))
        guard let value = plain ? Double(whole) : Double(String(decoding: raw, as: UTF8.self)),
              value >= 0, value < 2_958_466 else { return false }
        let serial = Int(value.rounded(.down))
        let text: String
        if !uses1904 && serial == 0 {
            text = "1900-01-00"
        } else if !uses1904 && serial == 60 {
            text = "1900-02-29"
        } else {
            // Serials after the false 29 February count one day too many. Past 9999-12-31 (which
            // the 1904 system reaches 1,462 serials sooner) is no day.
            let origin = uses1904 ? Day(year: 1904, month: 1, day: 1)! : Day(year: 1899, month: 12, day: serial < 60 ? 31 : 30)!
            guard let day = Day(inCalendar: origin.ordinal + serial) else { return false }
            text = day.description
        }
        out.append(contentsOf: text.utf8)
        return true
    }
}
