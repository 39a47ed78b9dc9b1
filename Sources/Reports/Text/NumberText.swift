import TradeMetrics

/// Numbers as people read them: `1,200,000`, `1,200,000.50`, `+12.5%`.
enum NumberText {
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    static func dollars(_ amount: Dollars) -> String {
        let whole = grouped(amount.cents / 100)
        let cents = abs(amount.cents % 100)
        let sign = amount.cents < 0 && amount.cents / 100 == 0 ? "-" : ""
        return cents == 0 ? sign + whole : "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Rounded to `decimals` places (0 or more), thousands grouped: `276,000`, `3.5`.
    static func decimal(_ value: Double, _ decimals: Int) -> String {
        let scale = Double((0..<decimals).reduce(1) { value, _ in value * 10 })
        let scaled = Int64((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + grouped(scaled) }
        let fraction = String(scaled % Int64(scale))
        return sign + grouped(scaled / Int64(scale)) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// One decimal, with its sign: `+12.5%`, `-3.0%`, `0.0%`.
    static func percent(_ value: Double) -> String {
        let tenths = Int64((abs(value) * 10).rounded())
        let sign = tenths == 0 ? "" : value < 0 ? "-" : "+"
        return "\(sign)\(grouped(tenths / 10)).\(tenths % 10)%"
    }
}

/// How many terminal cells a text takes: East Asian wide characters (Hangul, CJK, full-width
/// forms) two, combining marks none, others one.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += width(scalar) }
        return total
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Quick answers for the common text: printable ASCII and Hangul syllables.
        if v >= 0x20 && v < 0x7F { return 1 }
        if v >= 0xAC00 && v <= 0xD7A3 { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }
}

/// Minimal JSON text.
enum JSON {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
