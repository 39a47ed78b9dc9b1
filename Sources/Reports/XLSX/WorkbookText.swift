/// Text on its way into a workbook's XML. libxlsxwriter escapes `&`, `<`, `>` and, in cells, the
/// control characters (`_x0001_`); the rest is for us: what XML cannot hold at all, Excel's own
/// `_xHHHH_` escape written as text, and addresses that cannot be links.
enum WorkbookText {
    /// A cell's text as it must be given to libxlsxwriter so that the workbook reads back as `text`:
    /// NUL (which C would cut the text at), U+FFFE and U+FFFF (no XML at all) replaced by U+FFFD,
    /// and every `_xHHHH_` written as text guarded as `_x005F_xHHHH_` (else read as its character).
    /// Also the characters replaced, for a warning.
    static func cell(_ text: String) -> (text: String, replaced: [Unicode.Scalar]) {
        guard needsWork(text) else { return (text, []) }
        var out = String.UnicodeScalarView()
        var replaced: [Unicode.Scalar] = []
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.value == 0 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                replaced.append(scalar)
                out.append("\u{FFFD}")
            } else if scalar == "_" && isEscape(scalars, at: index) {
                out.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return (String(out), replaced)
    }

    /// Whether a web address can be written as a link (its text goes raw into the sheet's
    /// relationships, and unguarded into its cell): no control, space, U+FFFE, U+FFFF or `_xHHHH_`.
    static func isLinkable(_ url: String) -> Bool {
        cell(url).text == url && url.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0xFFFE && scalar.value != 0xFFFF
        }
    }

    /// `U+FFFE`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Most text holds no NUL, no `_` and no byte that starts U+FFFE or U+FFFF (0xEF): left as it is.
    private static func needsWork(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0 || $0 == UInt8(ascii: "_") || $0 == 0xEF }
    }

    /// `_xHHHH_` at `index`: four hexadecimal digits between `_x` and `_`.
    private static func isEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
