/// The text of XML as written, made plain: entities (`&amp;`, `&#13;`) and, in a workbook's
/// strings, Excel's `_xHHHH_` escapes (`_x000D_` for a carriage return) replaced by their characters.
enum XMLText {
    /// Appends the plain form of `raw` to `out`; `escapes` also decodes `_xHHHH_`.
    static func append(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], escapes: Bool) {
        var runStart = 0
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            let decoded: (scalar: Unicode.Scalar, length: Int)?
            if byte == UInt8(ascii: "&") {
                decoded = entity(raw, at: i)
            } else if byte == UInt8(ascii: "_") && escapes {
                decoded = escape(raw, at: i)
            } else {
                i += 1
                continue
            }
            guard let (scalar, length) = decoded else { i += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[runStart..<i]))
            UTF8.encode(scalar) { out.append($0) }
            i += length
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[runStart..<raw.count]))
    }

    /// The plain text of an attribute's value.
    static func string(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        append(raw, to: &out, escapes: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// `&name;` or `&#…;` at `index`; nil when it is none of them.
    private static func entity(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        var end = index + 1
        while end < raw.count, end - index < 12, raw[end] != UInt8(ascii: ";") { end += 1 }
        guard end < raw.count, raw[end] == UInt8(ascii: ";") else { return nil }
        let name = UnsafeBufferPointer(rebasing: raw[(index + 1)..<end])
        let length = end - index + 1
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        default:
            guard name.first == UInt8(ascii: "#") else { return nil }
            let hex = name.count > 1 && (name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X"))
            let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
            guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
    }

    /// `_xHHHH_` at `index` (four hexadecimal digits); nil when it is not one.
    private static func escape(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 7 <= raw.count, raw[index + 1] == UInt8(ascii: "x"), raw[index + 6] == UInt8(ascii: "_") else { return nil }
        let digits = String(decoding: UnsafeBufferPointer(rebasing: raw[(index + 2)..<(index + 6)]), as: UTF8.self)
        guard digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16),
              let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, 7)
    }
}
