#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a log file's bytes come from: a path, or bytes in memory (tests, other front ends).
public enum LogSource: Sendable {
    /// A file on disk; `name`, when given, is what diagnostics call it (an upload's own name).
    case file(path: String, name: String? = nil)
    case bytes(name: String, [UInt8])
    /// The sheet of that name when the file is a workbook (`--sheet`); a CSV file is read as it is.
    indirect case sheet(String, of: LogSource)

    /// The name used in diagnostics: the path as the user wrote it.
    public var name: String {
        switch self {
        case .file(let path, let name): return name ?? path
        case .bytes(let name, _): return name
        case .sheet(_, let file): return file.name
        }
    }

    /// The path on disk; nil for bytes in memory.
    public var path: String? {
        switch self {
        case .file(let path, _): return path
        case .bytes: return nil
        case .sheet(_, let file): return file.path
        }
    }

    /// This file, read at the sheet named `sheet` if it is a workbook; itself when `sheet` is nil.
    public func choosingSheet(_ sheet: String?) -> LogSource {
        guard let sheet else { return self }
        return .sheet(sheet, of: content)
    }

    /// The file without a choice of sheet.
    var content: LogSource {
        if case .sheet(_, let file) = self { return file.content }
        return self
    }

    /// The sheet chosen, if any.
    var chosenSheet: String? {
        if case .sheet(let sheet, _) = self { return sheet }
        return nil
    }

    /// The size in bytes, or 0 when unknown.
    public var size: Int {
        switch self {
        case .bytes(_, let bytes): return bytes.count
        case .file(let path, _):
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : 0
        case .sheet(_, let file): return file.size
        }
    }

    /// Calls `body` with successive chunks of the content, from byte `start` up to byte `end`
    /// (the end of the content when nil or past it).
    /// - Throws: `LogSource.ReadError` when the file cannot be opened or read.
    func forEachChunk(from start: Int = 0, to end: Int? = nil, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch self {
        case .sheet(_, let file):
            try file.forEachChunk(from: start, to: end, body)
        case .bytes(_, let bytes):
            let upper = min(end ?? bytes.count, bytes.count), lower = min(start, upper)
            try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[lower..<upper])) }
        case .file(let path, _):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            // Only a regular file is read from a later byte on (`isSeekable`).
            if start > 0, lseek(descriptor, off_t(start), SEEK_SET) < 0 { throw ReadError(reason: String(cString: strerror(errno))) }
            let size = 1 << 20
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
            defer { buffer.deallocate() }
            var left = end.map { max($0 - start, 0) } ?? .max
            while left > 0 {
                let count = read(descriptor, buffer.baseAddress, min(size, left))
                if count < 0 {
                    if errno == EINTR { continue }
                    throw ReadError(reason: String(cString: strerror(errno)))
                }
                if count == 0 { return }
                left -= count
                try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            }
        }
    }

    /// True when the content can be read from any byte on (a file that is not a pipe, or bytes).
    var isSeekable: Bool {
        switch self {
        case .bytes: return true
        case .sheet(_, let file): return file.isSeekable
        case .file(let path, _):
            var info = stat()
            return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        }
    }

    struct ReadError: Error {
        let reason: String
    }
}
