import Foundation
import ZIPFoundation

/// The parts of an .xlsx file, read through ZIPFoundation: each one in chunks, so that the largest
/// (a sheet) is never held whole. Part names are matched without regard to case, as OPC wants.
final class WorkbookArchive {
    private let archive: Archive
    private let entries: [String: Entry]

    /// Chunks of decompressed XML handed on at a time.
    private static let chunkSize = 1 << 18
    static let maximumParts = 10_000
    /// The unpacked size of a part other than the sheet and its strings (the workbook's index,
    /// its styles, relationships), whose content is held: a zip bomb stops here.
    static let maximumIndexPartBytes = 16 << 20

    /// - Throws: `WorkbookError` when the file is not a readable zip archive.
    init(_ source: LogSource) throws {
        do {
            switch source.content {
            case .file(let path, _): archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            case .bytes(_, let bytes):
                // ZIPFoundation's archive in memory leaks when the bytes hold no end record, and
                // traps on an entry past their end (both found by FuzzWorkbook): the bytes are read
                // as a file instead, an unlinked temporary one, as every upload is.
                guard Self.hasEndRecord(bytes) else { throw WorkbookError.file("") }
                archive = try Self.archiveOnDisk(bytes)
            case .sheet: preconditionFailure("LogSource.content is never a sheet")
            }
        } catch {
            throw WorkbookError.file("is not a valid .xlsx workbook: its zip archive cannot be read; open it in Excel and save it again")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            // An .xlsx has tens of parts; a zip of millions would be held whole.
            guard entries.count < Self.maximumParts else {
                throw WorkbookError.file("is a zip archive of more than 10,000 files, not a workbook of a log; "
                                         + "save the log as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"")
            }
            entries[entry.path.lowercased()] = entry
        }
        self.entries = entries
    }

    /// `bytes` written to a temporary file deleted at once, opened through its descriptor.
    private static func archiveOnDisk(_ bytes: [UInt8]) throws -> Archive {
        var template = Array((NSTemporaryDirectory() + "/workbook-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WorkbookError.file("") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        defer { close(descriptor) }   // the archive opens the file for itself
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw WorkbookError.file("") }
        return try Archive(url: URL(fileURLWithPath: "/proc/self/fd/\(descriptor)"), accessMode: .read)
    }

    /// Whether the zip's end-of-central-directory signature is where a reader looks for it: in
    /// the last 22 bytes plus the longest comment.
    static func hasEndRecord(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 22 else { return false }
        var index = bytes.count - 22
        let first = max(0, bytes.count - 22 - 0xFFFF)
        while index >= first {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 { return true }
            index -= 1
        }
        return false
    }

    func contains(_ part: String) -> Bool {
        entries[part.lowercased()] != nil
    }

    /// Calls `body` with successive chunks of `part`.
    /// - Throws: `WorkbookError` when the part is missing or damaged; what `body` throws.
    func forEachChunk(of part: String, limit: Int? = nil, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let entry = entries[part.lowercased()] else { throw WorkbookError.damaged(part, "is missing") }
        var failure: Error?
        var checksum: UInt32 = 0
        var unpacked = 0
        do {
            // Checked here rather than by ZIPFoundation, whose CRC-32 takes a byte a step.
            _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true) { data in
                do {
                    unpacked += data.count
                    if let limit, unpacked > limit {
                        throw WorkbookError.damaged(part, "unpacks to more than \(limit >> 20) MB")
                    }
                    try data.withUnsafeBytes { bytes in
                        checksum = ZipChecksum.update(checksum, with: bytes)
                        try body(bytes)
                    }
                } catch {
                    failure = error
                    throw error
                }
            }
            if checksum != entry.checksum { throw WorkbookError.damaged(part, "is damaged (its checksum differs)") }
        } catch {
            if let failure { throw failure }
            if error is WorkbookError { throw error }
            throw WorkbookError.damaged(part, "cannot be unpacked (\(error))")
        }
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
            throw WorkbookError.damaged(part, "is not XML: \(malformed.reason)")
        }
    }
}
