#if canImport(Glibc)
import Glibc
#endif

/// UTF-8 to CP949 through iconv; a character CP949 lacks becomes its nearest (`é` → `e`) or `?`
/// (`CP949Lacking` warns of them).
enum CP949Encoder {
    static func encode(_ text: String) throws -> [UInt8] {
        let handle = iconv_open("CP949//TRANSLIT", "UTF-8")
        guard handle != iconv_t(bitPattern: -1) else { throw ReportCSVWriter.EncodingError(message: .noCP949Converter) }
        defer { iconv_close(handle) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        var written = 0
        try input.withUnsafeMutableBufferPointer { inBuffer in
            try output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                while inLeft > 0 {
                    if iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        guard errno == EILSEQ, outLeft > 0 else {
                            throw ReportCSVWriter.EncodingError(message: .cannotWriteCP949(reason: String(cString: strerror(errno))))
                        }
                        // Skip the character CP949 cannot hold and put a question mark.
                        var skip = 1
                        let lead = UInt8(bitPattern: inPointer!.pointee)
                        if lead >= 0xF0 { skip = 4 } else if lead >= 0xE0 { skip = 3 } else if lead >= 0xC0 { skip = 2 }
                        inPointer = inPointer! + min(skip, inLeft)
                        inLeft -= min(skip, inLeft)
                        outPointer!.pointee = 0x3F
                        outPointer = outPointer! + 1
                        outLeft -= 1
                    }
                }
                written = outBuffer.count - outLeft
            }
        }
        return Array(output[0..<written])
    }
}
