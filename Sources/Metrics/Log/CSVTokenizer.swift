/// Splits CSV bytes into records per RFC 4180, fed in chunks of any size, so a file of any length is
/// read in constant memory: quoted fields, `""` for a quote, line breaks inside quotes, CRLF, LF or CR
/// line ends. It works on bytes, which is safe for UTF-8 and for CP949, whose multi-byte characters
/// never contain `,`, `"`, CR or LF.
///
/// Lenient where Excel and hand-edited files are: spaces before an opening quote are dropped, and a
/// quote inside an unquoted field is kept as text.
public struct CSVTokenizer: Sendable {
    /// One record, valid only inside the callback that receives it.
    public struct Record: ~Copyable {
        /// The physical line where the record starts (1-based).
        public let line: Int
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let ends: UnsafeBufferPointer<Int>

        /// Fields laid end to end in `bytes`, field `i` ending at `ends[i]` (a workbook's row, too).
        init(line: Int, bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>) {
            self.line = line
            self.bytes = bytes
            self.ends = ends
        }

        public var count: Int { ends.count }

        /// The bytes of field `index` (0-based), quotes removed.
        public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            let start = index == 0 ? 0 : ends[index - 1]
            return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
        }
    }

    /// A quote opened and never closed: the rest of the file was swallowed by one field.
    public struct UnclosedQuote: Error, Equatable, Sendable {
        /// Where the quote opens.
        public let line: Int
        /// The 1-based field number.
        public let column: Int
        /// The start of the field's text, up to its first line break.
        public let preview: [UInt8]
    }

    /// A record longer than this, or with more fields than `maximumFields`, is not an activity log's
    /// row (an Excel cell holds at most 32,767 characters): reading stops, so memory stays bounded.
    public static let maximumRecordBytes = 1 << 20
    public static let maximumFields = 4096

    /// A record over the limits above: a line that never ends, or a quote that is never closed.
    public struct RecordTooLong: Error, Equatable, Sendable {
        /// Where the record starts.
        public let line: Int
        /// The 1-based field number reached.
        public let column: Int
        /// The line where the open quote started, when the record is inside one.
        public let quoteLine: Int?
        /// The start of the field's text, up to its first line break.
        public let preview: [UInt8]
    }

    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var fieldStart = 0
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    /// Inside quotes, the previous byte was a quote: either `""` or the closing quote.
    private var quotePending = false
    private var quoteLine = 0
    private var previousWasCR = false
    /// The current record has content (so a bare line end is not an empty record).
    private var recordStarted = false

    public init() {
        bytes.reserveCapacity(4096)
        ends.reserveCapacity(32)
    }

    /// A tokenizer for the bytes that follow a line end at physical line `line - 1`: a later part
    /// of a file, read on its own (`LogReader`'s parts).
    init(startingAtLine line: Int) {
        self.init()
        self.line = line
        recordLine = line
    }

    /// The physical line the next byte is on.
    var currentLine: Int { line }

    /// True when the bytes fed so far end exactly after a record's line end (or are none): the
    /// next byte starts a record, as it would for a tokenizer that starts there.
    var isBetweenRecords: Bool {
        !inQuotes && !quotePending && !previousWasCR && !recordStarted && bytes.isEmpty && ends.isEmpty
    }

    /// Consumes `chunk`, calling `emit` for each record it completes.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (borrowing Record) throws -> Void) throws {
        let input = chunk.bindMemory(to: UInt8.self)
        let count = input.count
        var i = 0
        while i < count {
            if inQuotes && !quotePending {
                // Copy the quoted run up to the next quote or line break in one go.
                let runStart = i
                while i < count {
                    let byte = input[i]
                    if byte == 0x22 || byte == 0x0A || byte == 0x0D { break }
                    i += 1
                }
                if i > runStart {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<i]))
                    previousWasCR = false
                    try checkLimits()
                }
                if i == count { break }
            } else if !inQuotes && !previousWasCR {
                // Copy the unquoted run up to the next special byte in one go.
                let runStart = i
                while i < count {
                    let byte = input[i]
                    if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { break }
                    i += 1
                }
                if i > runStart {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<i]))
                    recordStarted = true
                    try checkLimits()
                }
                if i == count { break }
            }
            try step(input[i], emit)
            i += 1
        }
    }

    private func checkLimits() throws {
        if bytes.count > Self.maximumRecordBytes || ends.count >= Self.maximumFields {
            throw RecordTooLong(line: inQuotes ? quoteLine : recordLine, column: ends.count + 1,
                                quoteLine: inQuotes ? quoteLine : nil, preview: preview())
        }
    }

    /// The start of the current field, up to its first line break.
    private func preview() -> [UInt8] {
        Array(bytes[fieldStart...].prefix { $0 != 0x0A && $0 != 0x0D }.prefix(60))
    }

    /// One byte through the state machine.
    private mutating func step(_ byte: UInt8, _ emit: (borrowing Record) throws -> Void) throws {
        try checkLimits()
        let wasCR = previousWasCR
        previousWasCR = byte == 0x0D
        if inQuotes {
            if quotePending {
                quotePending = false
                if byte == 0x22 { bytes.append(0x22); return }
                inQuotes = false        // that was the closing quote; read this byte unquoted
            } else {
                switch byte {
                case 0x22: quotePending = true
                case 0x0A: if !wasCR { line += 1 }; bytes.append(byte)
                case 0x0D: line += 1; bytes.append(byte)
                default: bytes.append(byte)
                }
                return
            }
        }
        switch byte {
        case 0x2C:  // ,
            endField()
            recordStarted = true
        case 0x0A, 0x0D:
            if byte == 0x0A && wasCR { return }
            line += 1
            if recordStarted || bytes.count > fieldStart { try endRecord(emit) }
            recordLine = line
        case 0x22:
            if bytes[fieldStart...].allSatisfy({ $0 == 0x20 }) {
                bytes.removeSubrange(fieldStart...)
                inQuotes = true
                quoteLine = line
            } else {
                bytes.append(byte)
            }
            recordStarted = true
        default:
            bytes.append(byte)
            recordStarted = true
        }
    }

    /// Ends the input: emits the last record if the file does not end with a line break.
    /// - Throws: `UnclosedQuote` when a quoted field never closes.
    public mutating func finish(_ emit: (borrowing Record) throws -> Void) throws {
        if inQuotes && !quotePending {
            throw UnclosedQuote(line: quoteLine, column: ends.count + 1, preview: preview())
        }
        inQuotes = false
        quotePending = false
        if recordStarted || bytes.count > fieldStart { try endRecord(emit) }
    }

    private mutating func endField() {
        ends.append(bytes.count)
        fieldStart = bytes.count
    }

    private mutating func endRecord(_ emit: (borrowing Record) throws -> Void) throws {
        endField()
        defer {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            fieldStart = 0
            recordStarted = false
        }
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                try emit(Record(line: recordLine, bytes: bytes, ends: ends))
            }
        }
    }
}
