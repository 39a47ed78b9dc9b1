import Foundation

/// The parts of an .xlsx file, read by hand (`ZipDirectory`, zlib through `ZipInflater`): each one
/// in chunks, so that the largest (a sheet) is never held whole, and each bounded by its entry, so
/// that no damaged stream can run on. Part names are matched without regard to case, as OPC wants.
final class WorkbookArchive {
    private let bytes: ZipBytes
    private let entries: [String: ZipDirectory.Entry]

    /// Chunks of decompressed XML handed on at a time.
    private static let chunkSize = 1 << 18
    static let maximumParts = 10_000
    /// The unpacked size of a part other than the sheet and its strings (the workbook's index,
    /// its styles, relationships), whose content is held: a zip bomb stops here.
    static let maximumIndexPartBytes = 16 << 20

    /// - Throws: `WorkbookError` when the file is not a readable zip archive.
    init(_ source: LogSource) throws {
        let directory: ZipDirectory
        do {
            switch source.content {
            case .file(let path, _): bytes = try ZipBytes(path: path)
            case .bytes(_, let content): bytes = ZipBytes(content)
            case .sheet: preconditionFailure("LogSource.content is never a sheet")
            }
            directory = try ZipDirectory(bytes, maximumEntries: Self.maximumParts)
        } catch let malformed as ZipDirectory.Malformed where malformed.reason == .tooManyFiles(Self.maximumParts) {
            throw WorkbookError.file(.zipTooManyFiles(Self.maximumParts))
        } catch {
            throw WorkbookError.file(.zipUnreadable)
        }
        var entries: [String: ZipDirectory.Entry] = [:]
        for entry in directory.entries where entries[entry.name.lowercased()] == nil {
            entries[entry.name.lowercased()] = entry
        }
        self.entries = entries
    }

    func contains(_ part: String) -> Bool {
        entries[part.lowercased()] != nil
    }

    /// Calls `body` with successive chunks of `part`.
    /// - Throws: `WorkbookError` when the part is missing or damaged; what `body` throws.
    func forEachChunk(of part: String, limit: Int? = nil, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let entry = entries[part.lowercased()] else { throw WorkbookError.damaged(part, .missing) }
        var checksum: UInt32 = 0
        var unpacked = 0
        let take = { (chunk: UnsafeRawBufferPointer) throws in
            unpacked += chunk.count
            if let limit, unpacked > limit { throw WorkbookError.damaged(part, .unpacksTooLarge(megabytes: limit >> 20)) }
            checksum = ZipChecksum.update(checksum, with: chunk)
            try body(chunk)
        }
        do {
            var offset = try ZipDirectory.dataOffset(of: entry, in: bytes)
            let end = offset + entry.compressedSize
            switch entry.method {
            case 0:
                while offset < end {
                    let chunk = try bytes.read(at: offset, min(Self.chunkSize, end - offset))
                    offset += chunk.count
                    try chunk.withUnsafeBytes(take)
                }
            case 8:
                try ZipInflater.inflate(compressedSize: entry.compressedSize, chunkSize: Self.chunkSize, input: { count in
                    let chunk = try bytes.read(at: offset, count)
                    offset += chunk.count
                    return chunk
                }, output: take)
            default:
                throw WorkbookError.damaged(part, .packingMethod(Int(entry.method)))
            }
        } catch let error as WorkbookError {
            throw error
        } catch let damaged as ZipInflater.Damaged {
            throw WorkbookError.damaged(part, damaged.reason)
        } catch let malformed as ZipDirectory.Malformed {
            throw WorkbookError.damaged(part, malformed.reason)
        } catch is ZipBytes.Unreadable {
            throw WorkbookError.damaged(part, .unreadable)
        }
        if checksum != entry.checksum { throw WorkbookError.damaged(part, .checksum) }
    }

    /// Calls `handle` with each tag and text of the XML of `part`.
    /// - Throws: `WorkbookError` when the part is missing, damaged or not XML; what `handle` throws.
    /// `limit` bounds the unpacked size of the part.
    func scan(_ part: String, limit: Int? = maximumIndexPartBytes, _ handle: (borrowing XMLScanner.Token) throws -> Void) throws {
        var scanner = XMLScanner()
        do {
            try forEachChunk(of: part, limit: limit) { try scanner.feed($0, handle) }
            try scanner.finish()
        } catch let malformed as XMLScanner.Malformed {
            throw WorkbookError.damaged(part, .notXML(malformed.reason))
        }
    }
}
