internal import CZlib

/// Unpacks one deflated zip entry through zlib, bounded by the entry's compressed size: a stream
/// that does not end within its bytes is damaged. (ZIPFoundation 0.9.20 reads on past an entry
/// and, at the file's end, loops for ever on a stream that never ends: a 6 KB upload found by
/// FuzzWorkbook kept a core busy.)
struct ZipInflater {
    struct Damaged: Error {
        let reason: WorkbookDamage
    }

    /// Calls `input` for the next compressed bytes (empty once `compressedSize` bytes were given)
    /// and `output` with each chunk of unpacked bytes, until the stream's end.
    static func inflate(compressedSize: Int, chunkSize: Int, input: (_ count: Int) throws -> [UInt8],
                        output: (UnsafeRawBufferPointer) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Damaged(reason: .cannotUnpack)
        }
        defer { inflateEnd(&stream) }
        var remaining = compressedSize
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var finished = false
        while !finished {
            let chunk = remaining > 0 ? try input(min(remaining, chunkSize)) : []
            remaining -= chunk.count
            if chunk.isEmpty && remaining > 0 { throw Damaged(reason: .cutShort) }
            let exhausted = remaining == 0
            try chunk.withUnsafeBufferPointer { inputBytes in
                stream.next_in = UnsafeMutablePointer(mutating: inputBytes.baseAddress)
                stream.avail_in = UInt32(inputBytes.count)
                repeat {
                    let (status, produced) = buffer.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(out.count)
                        let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                        return (status, out.count - Int(stream.avail_out))
                    }
                    switch status {
                    case Z_OK, Z_STREAM_END, Z_BUF_ERROR: break
                    default: throw Damaged(reason: .invalidCompressedData)
                    }
                    if produced > 0 { try buffer.withUnsafeBytes { try output(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) } }
                    if status == Z_STREAM_END { finished = true; return }
                    // No room was left: more output may wait; else more input is needed.
                    if produced < buffer.count { break }
                } while true
            }
            if !finished && exhausted && stream.avail_in == 0 {
                throw Damaged(reason: .compressedDataEndsEarly)
            }
        }
    }
}
