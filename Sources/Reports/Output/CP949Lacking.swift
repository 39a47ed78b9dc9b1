import Foundation
import TradeMetrics

/// Finds the characters of CSV cells that CP949 lacks (é, €, emoji …), which `CP949Encoder` writes
/// as their nearest (`e`) or `?`, and warns of each cell holding one, naming it as
/// `FILE:LINE:COLUMN: warning: HEADER: …` (up to 100 a file, then a count).
final class CP949Lacking {
    static let warningsPerFile = 100
    private(set) var warnings: [OutputWarning] = []
    private var known: [UInt32: Bool] = [:]
    private var countInFile = 0

    /// Checks one cell's text; `line` counts the header as 1.
    func check(_ text: String, file: String, line: Int, column: Int, header: String) throws {
        // Most text is ASCII and Hangul, which CP949 holds whole.
        guard text.unicodeScalars.contains(where: { !Self.surelyHeld($0) && lacks($0) }) else { return }
        countInFile += 1
        guard countInFile <= Self.warningsPerFile else { return }
        var names: [String] = []
        for scalar in text.unicodeScalars where !Self.surelyHeld(scalar) && lacks(scalar) && !names.contains(String(scalar)) {
            names.append(String(scalar))
        }
        let written = Self.decode(try CP949Encoder.encode(text))
        warnings.append(OutputWarning(place: "\(file):\(line):\(column)", column: header,
                                      message: .cp949Lacks(names, writtenAs: written), value: text))
    }

    /// Ends a file: the count of warnings not shown.
    func finish(file: String) {
        if countInFile > Self.warningsPerFile {
            warnings.append(OutputWarning(place: file, column: nil, message: .moreCP949NotShown(countInFile - Self.warningsPerFile), value: nil))
        }
        countInFile = 0
    }

    private static func surelyHeld(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || (0xAC00...0xD7A3).contains(scalar.value)
    }

    private func lacks(_ scalar: Unicode.Scalar) -> Bool {
        if let lacks = known[scalar.value] { return lacks }
        let lacks = Self.convert(Array(String(scalar).utf8), from: "UTF-8", to: "CP949") == nil
        known[scalar.value] = lacks
        return lacks
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        convert(bytes, from: "CP949", to: "UTF-8").map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// `bytes` from one encoding to another, strictly: nil when a character has no equivalent.
    private static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let handle = iconv_open(target, source)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var inLeft = input.count, outLeft = output.count
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        guard status != -1, inLeft == 0 else { return nil }
        return Array(output[0..<(output.count - outLeft)])
    }
}
