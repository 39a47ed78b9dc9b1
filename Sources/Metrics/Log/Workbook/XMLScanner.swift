#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits machine-written XML (the parts of an .xlsx file) into tags and text, fed in chunks of
/// any size, so a sheet of any length is read in bounded memory. Enough XML for SpreadsheetML:
/// elements, attributes, text and CDATA; declarations, comments and processing instructions are
/// skipped, a DTD is not read.
struct XMLScanner {
    enum Kind { case start, end, text }

    /// A tag or a run of text, valid only inside the callback that receives it. A self-closing
    /// tag comes as a start and an end.
    struct Token: ~Copyable {
        let kind: Kind
        /// A tag's name without its namespace prefix (`c` for `x:c`); empty for text.
        let name: UnsafeBufferPointer<UInt8>
        /// A start tag's attributes as written, or the text with its entities still in.
        let content: UnsafeBufferPointer<UInt8>
        /// Text of a CDATA section: it has no entities.
        let isLiteral: Bool

        func isNamed(_ local: StaticString) -> Bool {
            XMLScanner.equal(name, local)
        }

        /// The raw value of the attribute whose name, without prefix, is `local`.
        func attribute(_ local: StaticString) -> UnsafeBufferPointer<UInt8>? {
            var found: UnsafeBufferPointer<UInt8>?
            forEachAttribute { name, value in
                if found == nil && XMLScanner.equal(name, local) { found = value }
            }
            return found
        }

        /// Calls `body` with each attribute's name (without prefix) and raw value, in order.
        func forEachAttribute(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
            let text = content
            var i = 0
            while i < text.count {
                while i < text.count, XMLScanner.isSpace(text[i]) { i += 1 }
                let nameStart = i
                while i < text.count, text[i] != UInt8(ascii: "="), !XMLScanner.isSpace(text[i]) { i += 1 }
                let name = XMLScanner.localName(UnsafeBufferPointer(rebasing: text[nameStart..<i]))
                while i < text.count, text[i] != UInt8(ascii: "\"") && text[i] != UInt8(ascii: "'") { i += 1 }
                guard i < text.count else { return }
                let quote = text[i]
                let valueStart = i + 1
                i = valueStart
                while i < text.count, text[i] != quote { i += 1 }
                body(name, UnsafeBufferPointer(rebasing: text[valueStart..<min(i, text.count)]))
                i += 1
            }
        }
    }

    /// Whether `bytes` spell `name` (short names: compared here rather than by `memcmp`).
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }

    /// The XML cannot be read: it ends inside a tag, or a tag or text is implausibly long.
    struct Malformed: Error {
        let reason: WorkbookDamage
    }

    /// A tag or a run of text longer than this is not a workbook's (a cell holds at most 32,767
    /// characters): reading stops, so memory stays bounded.
    static let maximumToken = 16 << 20

    /// The start of a token cut by the end of a chunk.
    private var carried: [UInt8] = []

    /// Consumes `chunk`, calling `handle` with each token it completes.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ handle: (borrowing Token) throws -> Void) throws {
        let input = chunk.bindMemory(to: UInt8.self)
        if carried.isEmpty {
            let used = try Self.scan(input, handle)
            carried.append(contentsOf: UnsafeBufferPointer(rebasing: input[used...]))
        } else {
            carried.append(contentsOf: input)
            let used = try carried.withUnsafeBufferPointer { try Self.scan($0, handle) }
            carried.removeSubrange(0..<used)
        }
        if carried.count > Self.maximumToken {
            throw Malformed(reason: .tokenTooLong(megabytes: Self.maximumToken >> 20))
        }
    }

    /// Ends the input. - Throws: `Malformed` when it stops inside a tag.
    func finish() throws {
        if carried.contains(UInt8(ascii: "<")) { throw Malformed(reason: .endsInsideTag) }
    }

    /// Handles the complete tokens of `bytes`; returns how many bytes they took.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ handle: (borrowing Token) throws -> Void) throws -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }
        /// The index of `terminator` at or after `start`, or nil.
        func find(_ terminator: StaticString, from start: Int) -> Int? {
            let length = terminator.utf8CodeUnitCount
            var at = start
            while at + length <= count, let found = memchr(base + at, Int32(terminator.utf8Start[0]), count - at) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + length > count { return nil }
                if memcmp(base + index, terminator.utf8Start, length) == 0 { return index }
                at = index + 1
            }
            return nil
        }
        func starts(_ prefix: StaticString, at index: Int) -> Bool {
            let length = min(prefix.utf8CodeUnitCount, count - index)
            return memcmp(base + index, prefix.utf8Start, length) == 0
        }
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var i = 0
        while i < count {
            if bytes[i] != UInt8(ascii: "<") {
                guard let found = memchr(base + i, Int32(UInt8(ascii: "<")), count - i) else { return i }
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                try handle(Token(kind: .text, name: none, content: slice(i..<end), isLiteral: false))
                i = end
            }
            guard i + 1 < count else { return i }
            switch bytes[i + 1] {
            case UInt8(ascii: "/"):
                guard let end = find(">", from: i + 2) else { return i }
                let name = localName(trimmed(slice(i + 2..<end)))
                try handle(Token(kind: .end, name: name, content: none, isLiteral: false))
                i = end + 1
            case UInt8(ascii: "?"):
                guard let end = find("?>", from: i + 2) else { return i }
                i = end + 2
            case UInt8(ascii: "!"):
                // A comment, CDATA, or a declaration; wait for enough bytes to tell which.
                if count - i < 9 && (starts("<!--", at: i) || starts("<![CDATA[", at: i)) { return i }
                if starts("<!--", at: i) {
                    guard let end = find("-->", from: i + 4) else { return i }
                    i = end + 3
                } else if starts("<![CDATA[", at: i) {
                    guard let end = find("]]>", from: i + 9) else { return i }
                    try handle(Token(kind: .text, name: none, content: slice(i + 9..<end), isLiteral: true))
                    i = end + 3
                } else {
                    guard let end = find(">", from: i + 2) else { return i }
                    i = end + 1
                }
            default:
                // A start tag; a `>` inside a quoted value does not end it.
                var j = i + 1
                var quote: UInt8 = 0
                while j < count {
                    let byte = bytes[j]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == UInt8(ascii: ">") {
                        break
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    }
                    j += 1
                }
                guard j < count else { return i }
                let selfClosing = bytes[j - 1] == UInt8(ascii: "/")
                let inner = slice(i + 1..<(selfClosing ? j - 1 : j))
                var nameEnd = 0
                while nameEnd < inner.count, !isSpace(inner[nameEnd]) { nameEnd += 1 }
                let name = localName(UnsafeBufferPointer(rebasing: inner[0..<nameEnd]))
                let attributes = UnsafeBufferPointer(rebasing: inner[nameEnd...])
                try handle(Token(kind: .start, name: name, content: attributes, isLiteral: false))
                if selfClosing { try handle(Token(kind: .end, name: name, content: none, isLiteral: false)) }
                i = j + 1
            }
        }
        return i
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The part of a name after its namespace prefix.
    static func localName(_ name: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let colon = name.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return UnsafeBufferPointer(rebasing: name[(colon + 1)...])
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var end = bytes.count
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[0..<end])
    }
}
