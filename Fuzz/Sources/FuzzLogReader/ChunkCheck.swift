import FuzzSupport
import TradeMetrics

/// Tokenizes `bytes` whole and in chunks of 1 to 8 bytes (sizes drawn from `hash`): both must
/// give the same records and end the same way.
func checkChunking(_ bytes: [UInt8], _ hash: inout InputHash) {
    var sizes: [Int] = []
    var total = 0
    while total < bytes.count {
        sizes.append(Int(hash.next() % 8) + 1)
        total += sizes.last!
    }
    let whole = tokenize(bytes, sizes: [bytes.count])
    let chunked = tokenize(bytes, sizes: sizes)
    require(whole == chunked, "chunks \(sizes) change the records: \(whole) vs \(chunked)")
}

/// What the tokenizer gives: each record's line and fields, then how it ended.
struct Tokens: Equatable {
    var records: [[[UInt8]]] = []
    var lines: [Int] = []
    var end = "finished"
}

private func tokenize(_ bytes: [UInt8], sizes: [Int]) -> Tokens {
    var tokens = Tokens()
    var tokenizer = CSVTokenizer()
    let emit: (borrowing CSVTokenizer.Record) -> Void = { record in
        tokens.lines.append(record.line)
        tokens.records.append((0..<record.count).map { Array(record.field($0)) })
    }
    do {
        try bytes.withUnsafeBytes { all in
            var offset = 0
            for size in sizes {
                let end = min(offset + size, all.count)
                try tokenizer.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]), emit)
                offset = end
            }
        }
        try tokenizer.finish(emit)
    } catch {
        tokens.end = "\(error)"
    }
    return tokens
}
