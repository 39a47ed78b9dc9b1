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
        // Built as UTF-8 bytes: appending scalars to a String one at a time costs several times more
        // (the reference tables' names are normalized at every start).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x20, 0x09, 0x2D, 0x2E, 0x27, 0x5F, 0x2C, 0x28, 0x29, 0x2019, 0xA0, 0x3000:   // space - . ' _ , ( ) ’ NBSP
                continue
            case 0x41...0x5A:
                bytes.append(UInt8(value + 32))
            case 0..<0x80:
                bytes.append(UInt8(value))
            default:
                // Hangul and CJK have no case to fold here: a quick answer for the common text.
                let caseless = (0x3000...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
                if caseless || !scalar.properties.changesWhenLowercased {
                    bytes.append(contentsOf: scalar.utf8)
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: lower.utf8) }
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
