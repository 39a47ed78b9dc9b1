/// The reference data compiled into the toolkit, as tab-separated text (see `Tables/`), so that the
/// tables stay readable and reviewable as data. `Gazetteer` parses them once.
enum ReferenceTables {
    /// The lines of a table, each split on tabs; blank lines skipped.
    static func rows(_ table: String) -> [[Substring]] {
        table.split(separator: "\n").compactMap { line in
            line.allSatisfy(\.isWhitespace)
                ? nil : line.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    /// `a|b|c` → `["a", "b", "c"]`; an absent or empty field gives `[]`.
    static func list(_ fields: [Substring], _ index: Int) -> [Substring] {
        index < fields.count ? fields[index].split(separator: "|") : []
    }

    /// A date written in a table; tables are checked by tests, so a bad one is a bug.
    static func day(_ text: Substring) -> Day {
        guard case .success(let day) = Day.parse(String(text)) else {
            preconditionFailure("reference table has a bad date '\(text)'")
        }
        return day
    }
}

/// How names are compared: case, spaces and punctuation do not matter
/// (`Jeonbuk State` = `jeonbuk-state` = `JEONBUK  STATE`; `전북 특별자치도` = `전북특별자치도`).
enum NameKey {
    static func normalize(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "-", ".", "'", "\u{2019}", "_", ",", "(", ")", "\u{00A0}", "\u{3000}":
                continue
            case "A"..."Z":
                scalars.append(Unicode.Scalar(scalar.value + 32)!)
            default:
                // ASCII, Hangul and CJK have no case to fold here: a quick answer for the common text.
                let value = scalar.value
                let caseless = value < 0x80 || (0x3000...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
                if caseless || !scalar.properties.changesWhenLowercased {
                    scalars.append(scalar)
                } else {
                    scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(scalars)
    }
}
