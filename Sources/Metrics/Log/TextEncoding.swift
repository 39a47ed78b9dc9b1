#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encodings a log may come in.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    /// What Korean Excel writes for "CSV (쉼표로 분리)"; a superset of EUC-KR.
    case cp949
}

/// Turns the bytes of fields into text. With no encoding given, the first field that is not plain
/// ASCII decides for the whole file: valid UTF-8 means UTF-8, anything else CP949. A later field
/// that is not valid in that encoding is an error (a file of mixed encodings).
struct FieldDecoder: ~Copyable {
    private(set) var encoding: TextEncoding?
    private var cp949: CP949Converter?

    init(encoding: TextEncoding?) {
        self.encoding = encoding
    }

    /// The text of `bytes`, or nil when they are not valid in the file's encoding.
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        switch encoding {
        case .utf8?:
            return String(validating: bytes, as: UTF8.self)
        case .cp949?:
            if cp949 == nil { cp949 = CP949Converter() }
            return cp949?.decode(bytes)
        case nil:
            if let text = String(validating: bytes, as: UTF8.self) {
                // CP949 Hangul can also be valid UTF-8 (짜짙 is ¥£, 챕 is é). When one reading is
                // Korean and the other has no Korean, the choice is told: Korean when the UTF-8
                // reading is only symbols (¥£), else UTF-8 (café).
                if !text.unicodeScalars.contains(where: Self.isHangul) {
                    if cp949 == nil { cp949 = CP949Converter() }
                    if let korean = cp949?.decode(bytes), korean.unicodeScalars.allSatisfy({ $0.isASCII || Self.isHangul($0) }) {
                        let symbolsOnly = !text.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic }
                        encoding = symbolsOnly ? .cp949 : .utf8
                        ambiguity = (encoding!, symbolsOnly ? text : korean)
                        return symbolsOnly ? korean : text
                    }
                }
                encoding = .utf8
                return text
            }
            encoding = .cp949
            return decode(bytes)
        }
    }

    /// When the encoding was chosen on a field that reads in both: the encoding chosen and how the
    /// field reads in the other (once).
    private(set) var ambiguity: (chosen: TextEncoding, other: String)?

    mutating func takeAmbiguity() -> (chosen: TextEncoding, other: String)? {
        defer { ambiguity = nil }
        return ambiguity
    }

    /// Hangul syllables, jamo and compatibility jamo.
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value) || (0x1100...0x11FF).contains(scalar.value) || (0x3130...0x318F).contains(scalar.value)
    }

    /// How `bytes`, invalid in the file's encoding, read in the other one: a row saved in another
    /// encoding than the rest of its file. Nil when they are not valid there either.
    mutating func otherReading(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, text: String)? {
        switch encoding {
        case .utf8?:
            if cp949 == nil { cp949 = CP949Converter() }
            return cp949?.decode(bytes).map { (.cp949, $0) }
        case .cp949?:
            return String(validating: bytes, as: UTF8.self).map { (.utf8, $0) }
        case nil:
            return nil
        }
    }
}

/// CP949 to UTF-8 through the C library's iconv.
final class CP949Converter {
    private let handle: iconv_t
    private var output = [CChar](repeating: 0, count: 1024)

    /// Nil when the C library has no CP949 converter (a system without glibc's gconv modules):
    /// CP949 text then reads as invalid, with the usual error at the field, rather than a trap.
    init?() {
        handle = iconv_open("UTF-8", "CP949")
        guard handle != iconv_t(bitPattern: -1) else { return nil }
    }

    deinit { iconv_close(handle) }

    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // UTF-8 takes at most 3 bytes for each 2-byte CP949 character or 1 for each ASCII byte.
        if output.count < bytes.count * 2 + 4 { output = [CChar](repeating: 0, count: bytes.count * 2 + 4) }
        _ = iconv(handle, nil, nil, nil, nil)     // reset the state
        let capacity = output.count
        let result = output.withUnsafeMutableBufferPointer { out -> Int? in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: bytes.baseAddress!)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = bytes.count
            var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress
            var outLeft = capacity
            let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
            guard status != -1, inLeft == 0 else { return nil }
            return capacity - outLeft
        }
        guard let length = result else { return nil }
        return output.withUnsafeBufferPointer { out in
            out.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(validating: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
        }
    }
}
