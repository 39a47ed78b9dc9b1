import TradeMetrics

/// Arbitrary bytes as one log file through the whole reader (byte order mark, encoding detection,
/// tokenizer, header, every row check), then through the tokenizer alone in small chunks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    var hash = InputHash(bytes)
    let detected = checkRead(bytes, encoding: nil)
    // One text in four that is not ASCII is read again in the other encoding, forced (`--encoding`).
    if let detected, hash.next() % 4 == 0 { _ = checkRead(bytes, encoding: detected == .utf8 ? .cp949 : .utf8) }
    checkChunking(bytes, &hash)
    return 0
}

/// Pseudo-random numbers drawn from the input (FNV-1a, then xorshift), so that a finding replays.
struct InputHash {
    private var state: UInt64 = 0xCBF2_9CE4_8422_2325

    init(_ bytes: [UInt8]) {
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }

    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}
