#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a read gathers across its files: the findings, the ids, the keys of activities logged
/// twice, and the caller's sink. A class, so that a row's handler can add to the sink while the
/// parser holds the findings and the ids.
final class ReadState<Sink: RecordSink> {
    var diagnostics = DiagnosticLog()
    var ids: IDRegistry
    var duplicates: DuplicateFinder?
    var sink: Sink

    init(ids: IDRegistry, duplicates: DuplicateFinder?, sink: Sink) {
        self.ids = ids
        self.duplicates = duplicates
        self.sink = sink
    }

    func add(_ record: ActivityRecord) {
        duplicates?.add(record)
        sink.add(record)
    }

    /// Checks one record of a CSV file with `parser`, adding the row here when it has no error.
    func handle(_ record: borrowing CSVTokenizer.Record, _ parser: inout RowParser, _ summary: inout LogFileSummary) throws {
        try parser.handle(record, &diagnostics, &ids, &summary) { add($0) }
    }

    /// An empty state for a later part of a file of about `rows` rows, adding to `sink`; room for
    /// the part's ids and keys is made at once, so that they do not grow by doubling.
    func emptyPart(_ sink: Sink, rows: Int) -> ReadState {
        ReadState(ids: IDRegistry(expected: rows), duplicates: duplicates.map { DuplicateFinder(places: $0.places, expectedRows: rows) },
                  sink: sink)
    }
}

extension LogReader {
    /// Reads one CSV file into `state`: in one pass, or, when it is long, seekable and the sink can
    /// be split, in parts at once (`FilePart`), each starting at a line end, joined in order.
    func readCSV<Sink>(_ source: LogSource, _ parser: inout RowParser, _ digest: inout SHA256?, _ state: ReadState<Sink>,
                       _ file: inout LogFileSummary, parting: Parting<Sink>?) throws {
        var tokenizer = CSVTokenizer()
        let size = source.size
        let headEnd = min(size, min(partBytes, 1 << 20))
        guard let parting, threads > 1, size - headEnd >= 2 * partBytes, source.isSeekable else {
            try feed(source, from: 0, to: nil, &tokenizer, &parser, &digest, state, &file)
            try tokenizer.finish { try state.handle($0, &parser, &file) }
            return
        }
        // The head: the header and the first rows, read here for the columns and the encoding.
        try feed(source, from: 0, to: headEnd, &tokenizer, &parser, &digest, state, &file)
        let starts = parser.sawHeader ? try partStarts(source, after: headEnd, size: size) : []
        let parts = starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : nil
            return FilePart(start: starts[index], end: end, parser: parser.continuation(),
                            state: state.emptyPart(parting.makeEmpty(), rows: ((end ?? size) - starts[index]) / Self.bytesPerRow))
        }
        let onChunk = self.onChunk
        let threads = parts.map { part in
            let reading: any PartReading = part
            return ThreadRunner.start { reading.read(source, onChunk: onChunk) }
        }
        defer {
            for part in parts { part.stop.store(true, ordering: .relaxed) }
            for thread in threads { thread.join() }
        }
        // The first part, here; while the others are read, the rest of the file's bytes are hashed.
        try feed(source, from: headEnd, to: starts.first, &tokenizer, &parser, &digest, state, &file)
        if let first = starts.first, digest != nil {
            try source.forEachChunk(from: first) { digest!.update($0); file.bytes += $0.count }
        }
        // Where to read on from in one pass if a part cannot be joined; nil once the file is read.
        var resume = starts.first
        joining: for (part, thread) in zip(parts, threads) {
            thread.join()
            switch join(part, &tokenizer, &parser, state, &file, parting) {
            case .joined: resume = part.end
            case .refused: break joining
            case .stopped(let error): throw error
            }
        }
        guard let resume else { return }   // the last part read the file to its end
        for part in parts { part.stop.store(true, ordering: .relaxed) }
        var noDigest: SHA256? = nil
        try feed(source, from: resume, to: nil, &tokenizer, &parser, &noDigest, state, &file)
        try tokenizer.finish { try state.handle($0, &parser, &file) }
    }

    /// Joins `part` to what was read before it, when the part read as it would have in one pass:
    /// its start a record's start on the line counted, a good row before it (no giving up on the
    /// file), the same encoding, no id of it used before, amounts within bounds. Refused, nothing
    /// changes; joined, a part whose reading stopped on an error (an unclosed quote) ends the file.
    private func join<Sink>(_ part: FilePart<Sink>, _ tokenizer: inout CSVTokenizer, _ parser: inout RowParser,
                            _ state: ReadState<Sink>, _ file: inout LogFileSummary, _ parting: Parting<Sink>) -> JoinOutcome {
        guard part.completed, tokenizer.isBetweenRecords, tokenizer.currentLine == part.firstLine, file.rows > 0,
              parser.canJoin(part.parser, startedWith: part.startEncoding), state.ids.absorb(part.state.ids) else { return .refused }
        parser.join(part.parser)
        state.diagnostics.append(part.state.diagnostics)
        if let theirs = part.state.duplicates { state.duplicates?.absorb(theirs) }
        parting.join(&state.sink, part.state.sink)
        file.rows += part.summary.rows
        file.rejectedRows += part.summary.rejectedRows
        file.parts += 1
        tokenizer = part.tokenizer
        if let error = part.failure { return .stopped(error) }
        return .joined
    }

    private enum JoinOutcome {
        case joined, refused
        case stopped(Error)
    }

    /// Feeds the bytes from `start` to `end` (the file's end when nil) through the tokenizer and parser.
    private func feed<Sink>(_ source: LogSource, from start: Int, to end: Int?, _ tokenizer: inout CSVTokenizer,
                            _ parser: inout RowParser, _ digest: inout SHA256?, _ state: ReadState<Sink>,
                            _ file: inout LogFileSummary) throws {
        var atStart = start == 0
        try source.forEachChunk(from: start, to: end) { chunk in
            if digest != nil { digest!.update(chunk); file.bytes += chunk.count }
            onChunk?(chunk.count)
            var chunk = chunk
            if atStart {
                atStart = false
                chunk = try parser.consumeByteOrderMark(chunk, &state.diagnostics)
            }
            try tokenizer.feed(chunk) { record in
                try state.handle(record, &parser, &file)
            }
        }
    }

    /// Where the parts after the first begin: each just after a line feed found at or after an
    /// even share of the bytes after the head (a guess, checked when the parts are joined).
    private func partStarts(_ source: LogSource, after head: Int, size: Int) throws -> [Int] {
        let count = min(threads, (size - head) / partBytes)
        var starts: [Int] = []
        for index in 1..<max(count, 1) {
            let target = max(head + (size - head) / count * index, starts.last ?? 0)
            guard let start = try Self.lineStart(in: source, from: target), start < size else { break }
            if start > (starts.last ?? head) { starts.append(start) }
        }
        return starts
    }

    /// The byte after the first line feed at or after `offset`, looked for within 1 MB.
    private static func lineStart(in source: LogSource, from offset: Int) throws -> Int? {
        var found: Int?
        var position = offset
        try source.forEachChunk(from: offset, to: offset + (1 << 20)) { chunk in
            guard found == nil, let base = chunk.baseAddress else { return }
            if let hit = memchr(base, 0x0A, chunk.count) { found = position + (UnsafeRawPointer(hit) - base) + 1 }
            position += chunk.count
        }
        return found
    }

    /// The physical lines that end before byte `offset`, as `CSVTokenizer` counts them (a CR LF, a
    /// LF or a CR each end one, inside quotes too).
    static func lineEnds(in source: LogSource, before offset: Int) throws -> Int {
        var count = 0
        var previousWasCR = false
        try source.forEachChunk(from: 0, to: offset) { chunk in
            guard let base = chunk.baseAddress else { return }
            var at = 0
            while at < chunk.count, let hit = memchr(base + at, 0x0A, chunk.count - at) {
                let index = UnsafeRawPointer(hit) - base
                if !(index == 0 ? previousWasCR : chunk[index - 1] == 0x0D) { count += 1 }
                at = index + 1
            }
            at = 0
            while at < chunk.count, let hit = memchr(base + at, 0x0D, chunk.count - at) {
                count += 1
                at = UnsafeRawPointer(hit) - base + 1
            }
            previousWasCR = chunk.last == 0x0D
        }
        return count
    }
}
