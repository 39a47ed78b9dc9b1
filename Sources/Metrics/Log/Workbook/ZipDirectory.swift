#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a zip archive, read at any offset: a file (with `pread`) or bytes in memory.
final class ZipBytes {
    private let descriptor: Int32?
    private let memory: [UInt8]
    let count: Int

    struct Unreadable: Error {}

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Unreadable() }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw Unreadable()
        }
        self.descriptor = descriptor
        memory = []
        count = Int(info.st_size)
    }

    init(_ bytes: [UInt8]) {
        descriptor = nil
        memory = bytes
        count = bytes.count
    }

    deinit { if let descriptor { close(descriptor) } }

    /// `length` bytes at `offset`; fewer only at the end.
    func read(at offset: Int, _ length: Int) throws -> [UInt8] {
        guard offset >= 0, length >= 0, offset <= count else { throw Unreadable() }
        let length = min(length, count - offset)
        guard let descriptor else { return Array(memory[offset..<(offset + length)]) }
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, length - done, off_t(offset + done)) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { throw Unreadable() }
            done += got
        }
        return bytes
    }
}

/// A zip archive's central directory, read by hand (ZIP64 included): each entry's name, method,
/// sizes, checksum and where its data starts, every offset checked against the file's size.
struct ZipDirectory {
    struct Entry {
        let name: String
        /// 0 stored, 8 deflated.
        let method: UInt16
        let compressedSize: Int
        let uncompressedSize: Int
        let checksum: UInt32
        let localHeaderOffset: Int
    }

    struct Malformed: Error {
        let reason: WorkbookDamage
    }

    let entries: [Entry]

    /// - Parameter maximumEntries: more is refused (a zip of millions of files is no workbook).
    init(_ bytes: ZipBytes, maximumEntries: Int) throws {
        // The end record: in the last 22 bytes plus the longest comment.
        let tailLength = min(bytes.count, 22 + 0xFFFF)
        let tail = try bytes.read(at: bytes.count - tailLength, tailLength)
        guard let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { Self.u32(tail, $0) == 0x0605_4B50 }) else {
            throw Malformed(reason: .noEndRecord)
        }
        var count = Int(Self.u16(tail, end + 10))
        var size = Int(Self.u32(tail, end + 12))
        var offset = Int(Self.u32(tail, end + 16))
        // ZIP64: the locator just before the end record names the ZIP64 end record.
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, end >= 20, Self.u32(tail, end - 20) == 0x0706_4B50 {
            let record = try bytes.read(at: Int(clamping: Self.u64(tail, end - 20 + 8)), 56)
            guard record.count == 56, Self.u32(record, 0) == 0x0606_4B50 else { throw Malformed(reason: .damagedZip64EndRecord) }
            count = Int(clamping: Self.u64(record, 32))
            size = Int(clamping: Self.u64(record, 40))
            offset = Int(clamping: Self.u64(record, 48))
        }
        guard count <= maximumEntries else { throw Malformed(reason: .tooManyFiles(maximumEntries)) }
        guard offset >= 0, size >= 0, offset + size <= bytes.count else { throw Malformed(reason: .directoryPastEnd) }
        let directory = try bytes.read(at: offset, size)
        var entries: [Entry] = []
        var position = 0
        for _ in 0..<count {
            guard position + 46 <= directory.count, Self.u32(directory, position) == 0x0201_4B50 else {
                throw Malformed(reason: .damagedDirectory)
            }
            let nameLength = Int(Self.u16(directory, position + 28)), extraLength = Int(Self.u16(directory, position + 30))
            let commentLength = Int(Self.u16(directory, position + 32))
            guard position + 46 + nameLength + extraLength + commentLength <= directory.count else { throw Malformed(reason: .damagedDirectory) }
            let name = String(decoding: directory[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            var sizes = ZipFields(uncompressed: UInt64(Self.u32(directory, position + 24)),
                                  compressed: UInt64(Self.u32(directory, position + 20)),
                                  local: UInt64(Self.u32(directory, position + 42)))
            // ZIP64 sizes and offset, in that order, for the fields that are all ones.
            var extra = position + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = Self.u16(directory, extra), length = Int(Self.u16(directory, extra + 2))
                if id == 0x0001 {
                    var field = extra + 4
                    let end = min(extra + 4 + length, extraEnd)
                    for value in [\ZipFields.uncompressed, \ZipFields.compressed, \ZipFields.local]
                    where sizes[keyPath: value] == 0xFFFF_FFFF && field + 8 <= end {
                        sizes[keyPath: value] = Self.u64(directory, field)
                        field += 8
                    }
                }
                extra += 4 + length
            }
            entries.append(Entry(name: name, method: Self.u16(directory, position + 10), compressedSize: Int(clamping: sizes.compressed),
                                 uncompressedSize: Int(clamping: sizes.uncompressed), checksum: Self.u32(directory, position + 16),
                                 localHeaderOffset: Int(clamping: sizes.local)))
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// Where the entry's data starts, after its local header; checked to lie within the file.
    static func dataOffset(of entry: Entry, in bytes: ZipBytes) throws -> Int {
        let header = try bytes.read(at: entry.localHeaderOffset, 30)
        guard header.count == 30, u32(header, 0) == 0x0403_4B50 else { throw Malformed(reason: .damagedLocalHeader) }
        let start = entry.localHeaderOffset + 30 + Int(u16(header, 26)) + Int(u16(header, 28))
        guard entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else { throw Malformed(reason: .endsInsidePart) }
        return start
    }

    private struct ZipFields { var uncompressed, compressed, local: UInt64 }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
    static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32 }
}
