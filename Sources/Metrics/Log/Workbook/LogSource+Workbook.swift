#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LogSource {
    /// What a file's first bytes say it is.
    enum Form {
        /// A zip archive, as an .xlsx file is.
        case zip
        /// An OLE2 compound file: an Excel 97–2003 workbook (.xls), or an encrypted .xlsx.
        case compoundFile
        case other
    }

    /// True for a file read as a workbook: a zip or compound file whatever its name, or a name
    /// ending `.xlsx`, `.xlsm` or `.xls` (which is then refused if it is none).
    var isWorkbook: Bool {
        let lowered = name.lowercased()
        if [".xlsx", ".xlsm", ".xls"].contains(where: lowered.hasSuffix) { return true }
        return ((try? form()) ?? .other) != .other
    }

    /// - Throws: `LogSource.ReadError` when the file cannot be read.
    func form() throws -> Form {
        let start = try leadingBytes(8)
        if start.starts(with: [0x50, 0x4B, 0x03, 0x04]) || start.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if start.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        return .other
    }

    /// True for a compound file that holds an `EncryptedPackage` stream: an .xlsx saved with a
    /// password (Excel encrypts the whole workbook into one). Its directory may be anywhere in the
    /// file, so the name (UTF-16) is looked for throughout.
    func isEncryptedWorkbook() throws -> Bool {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var tail: [UInt8] = []
        var found = false
        try forEachChunk { chunk in
            guard !found else { return }
            // The name may straddle two chunks: the last bytes of one go before the next.
            let window = tail + Array(chunk.prefix(name.count))
            found = window.withUnsafeBytes { Self.contains($0, name) } || Self.contains(chunk, name)
            tail = Array(chunk.suffix(name.count - 1))
        }
        return found
    }

    private static func contains(_ bytes: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count, let base = bytes.baseAddress, let first = needle.first else { return false }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return false }
            index = base.distance(to: UnsafeRawPointer(hit))
            let same = needle.withUnsafeBytes { memcmp(base + index, $0.baseAddress!, needle.count) == 0 }
            if same { return true }
            index += 1
        }
        return false
    }

    private func leadingBytes(_ count: Int) throws -> [UInt8] {
        switch self {
        case .sheet(_, let file): return try file.leadingBytes(count)
        case .bytes(_, let bytes): return Array(bytes.prefix(count))
        case .file(let path, _):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
            guard got >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
            return Array(buffer.prefix(got))
        }
    }
}
