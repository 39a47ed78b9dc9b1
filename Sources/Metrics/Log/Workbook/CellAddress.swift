/// A cell of a sheet in A1 form: `B12` is row 12, column 2.
struct CellAddress: Equatable, CustomStringConvertible {
    /// 1-based.
    let row: Int
    /// 1-based: 1 for A, 27 for AA.
    let column: Int

    /// Excel's last column, XFD.
    static let maximumColumn = 16_384

    var description: String { Self.letters(column) + String(row) }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    static func letters(_ column: Int) -> String {
        var letters: [UInt8] = []
        var rest = max(column, 1)
        while rest > 0 {
            letters.append(UInt8(ascii: "A") + UInt8((rest - 1) % 26))
            rest = (rest - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The column of a reference such as `B12` (its letters); nil when it has none or too many.
    static func column(of reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        for byte in reference {
            let letter = byte & 0xDF    // upper case
            guard letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(letter - UInt8(ascii: "A")) + 1
            if column > maximumColumn { return nil }
        }
        return column > 0 ? column : nil
    }
}
