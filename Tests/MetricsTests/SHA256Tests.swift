import Testing
@testable import TradeMetrics

struct SHA256Tests {
    func digest(_ text: String) -> String {
        var sha = SHA256()
        sha.update(Array(text.utf8))
        return sha.finalize()
    }

    @Test func knownVectors() {
        #expect(digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(digest(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func chunksDoNotMatter() {
        let bytes = Array((0..<1000).map { UInt8($0 % 251) })
        var whole = SHA256()
        whole.update(bytes)
        var pieces = SHA256()
        for start in stride(from: 0, to: bytes.count, by: 37) { pieces.update(Array(bytes[start..<min(start + 37, bytes.count)])) }
        #expect(whole.finalize() == pieces.finalize())
    }
}

/// The reader fingerprints each file as it reads it, when asked: the about sheet's SHA-256, with no
/// second pass over the bytes (and right for a pipe, read once).
struct ReadDigestTests {
    @Test func eachFilesDigestAndSizeComeWithTheRead() {
        let text = "id,date,office,kind,partner_country\nx1,2024-01-10,전북,forum,US\n"
        var reader = LogReader()
        reader.computesDigests = true
        let report = reader.read([.bytes(name: "a.csv", Array(text.utf8))]) { _ in }
        var expected = SHA256()
        expected.update(Array(text.utf8))
        #expect(report.files[0].sha256 == expected.finalize())
        #expect(report.files[0].bytes == text.utf8.count)
        // Not asked: not computed.
        #expect(LogReader().read([.bytes(name: "a.csv", Array(text.utf8))]) { _ in }.files[0].sha256 == nil)
        // A file whose header makes it unreadable is not read to its end: no digest.
        #expect(reader.read([.bytes(name: "abc.csv", Array("abc\n1\n".utf8))]) { _ in }.files[0].sha256 == nil)
    }
}
