import Foundation
import Testing
@testable import TradeMetrics

/// A long CSV file read in parts at once (`LogReader.threads`, `partBytes`) gives exactly what one
/// pass gives: the same findings in the same order and number, the same file summaries (digests
/// included), the same pairs logged twice, and the same tables, ties and overview. Small parts
/// make the 3,000-row generated log and its altered copies split into several parts; each case
/// also says whether its parts could be joined or had to be read again in one pass.
struct PartedReadTests {
    static let log = try! Array(Data(contentsOf: GoldenAgreementTests.log))
    /// The log's lines (it ends them with CR LF).
    static let lines = String(decoding: log, as: UTF8.self).components(separatedBy: "\r\n")

    /// Every result of one read, as text, for comparing a parted read with one pass.
    struct Outcome: Equatable, CustomStringConvertible {
        var findings: [String]
        var counts: [Int]
        var files: [String]
        var parts: [Int]
        var duplicates: [String]
        var tables: [String]
        var ties: String
        var overview: String

        var description: String { "findings \(counts), parts \(parts)" }
    }

    static let queries: [TableQuery] = ["all", "2024-Q3", "2025-H1"].flatMap { text -> [TableQuery] in
        let period = try! Period(parsing: text)
        return [TableQuery(period: period, dimensions: [.office], base: .previous),
                TableQuery(period: period, dimensions: [.sector]),
                TableQuery(period: period, dimensions: [.province, .kind])]
    }

    struct Everything: SplittableRecordSink {
        var metrics = MetricsAccumulator(queries: PartedReadTests.queries, tiesAsOf: Day(year: 2026, month: 6, day: 30))
        var ties = TieRegister()
        var overview = LogSummary()

        mutating func add(_ record: ActivityRecord) {
            metrics.add(record)
            ties.add(record)
            overview.add(record)
        }

        func emptyCopy() -> Everything {
            Everything(metrics: metrics.emptyCopy(), ties: ties.emptyCopy(), overview: overview.emptyCopy())
        }

        mutating func absorb(_ later: Everything) {
            metrics.absorb(later.metrics)
            ties.absorb(later.ties)
            overview.absorb(later.overview)
        }
    }

    static func read(_ files: [(String, [UInt8])], threads: Int, partBytes: Int = 16_000, encoding: TextEncoding? = nil) -> Outcome {
        read(files.map { LogSource.bytes(name: $0.0, $0.1) }, threads: threads, partBytes: partBytes, encoding: encoding)
    }

    static func read(_ sources: [LogSource], threads: Int, partBytes: Int = 16_000, encoding: TextEncoding? = nil) -> Outcome {
        var reader = LogReader(encoding: encoding)
        reader.threads = threads
        reader.partBytes = partBytes
        reader.computesDigests = true
        var sink = Everything()
        let report = reader.read(sources, into: &sink)
        let computed = sink.metrics.finish()
        let tables = queries.map { query in
            let table = computed.table(query)
            return (table.rows + [table.total]).map { "\($0.keys) \($0.totals) \(String(describing: $0.base))" }.joined(separator: "\n")
        }
        let ties = sink.ties.finish()
        let overview = sink.overview
        return Outcome(
            findings: report.diagnostics.lines, counts: [report.diagnostics.errorCount, report.diagnostics.warningCount],
            files: report.files.map { "\($0.name) \($0.rows) \($0.rejectedRows) \(String(describing: $0.encoding)) \($0.sha256 ?? "-") \($0.bytes) \($0.fields) \($0.extraColumns)" },
            parts: report.files.map(\.parts),
            duplicates: report.duplicates.map { "\($0)" },
            tables: tables,
            ties: "\(ties.ties) \(ties.nearPartners) \(ties.partnerless)",
            overview: "\(overview.rows) \(String(describing: overview.firstDate)) \(String(describing: overview.lastDate)) \(overview.rowsPerOffice.sorted { $0.key < $1.key }) \(overview.rowsPerKind)")
    }

    /// Reads `text` in one pass and in parts; both must agree. Returns the parts the file was read in.
    @discardableResult
    static func agree(_ bytes: [UInt8], threads: Int = 4, partBytes: Int = 16_000, encoding: TextEncoding? = nil,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        let once = read([("log.csv", bytes)], threads: 1, encoding: encoding)
        let parted = read([("log.csv", bytes)], threads: threads, partBytes: partBytes, encoding: encoding)
        #expect(once.parts == [1], sourceLocation: sourceLocation)
        #expect(parted.findings == once.findings, sourceLocation: sourceLocation)
        #expect(parted.counts == once.counts, sourceLocation: sourceLocation)
        #expect(parted.files == once.files, sourceLocation: sourceLocation)
        #expect(parted.duplicates == once.duplicates, sourceLocation: sourceLocation)
        #expect(parted.tables == once.tables, sourceLocation: sourceLocation)
        #expect(parted.ties == once.ties, sourceLocation: sourceLocation)
        #expect(parted.overview == once.overview, sourceLocation: sourceLocation)
        return parted.parts[0]
    }

    static func bytes(_ lines: [String], ending: String = "\n") -> [UInt8] {
        Array(lines.joined(separator: ending).utf8)
    }

    /// The log with line `index` (0 is the header) changed by `change`.
    static func changing(_ changes: [Int: (String) -> String]) -> [String] {
        var lines = lines
        for (index, change) in changes { lines[index] = change(lines[index]) }
        return lines
    }

    /// The line with field `index` (0-based, quotes respected) replaced by `value` as written.
    static func field(_ line: String, _ index: Int, _ value: String) -> String {
        var fields: [String] = [""]
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            if character == "," && !quoted { fields.append("") } else { fields[fields.count - 1].append(character) }
        }
        fields[index] = value
        return fields.joined(separator: ",")
    }

    static let title = 16, office = 3, contractUSD = 15

    @Test func theGeneratedLogReadInFourPartsGivesWhatOnePassGives() {
        #expect(Self.agree(Self.log) == 4)
        #expect(Self.agree(Self.log, threads: 2, partBytes: 100_000) == 2)
        #expect(Self.agree(Self.log, threads: 8, partBytes: 5_000) == 8)
    }

    @Test func theFindingsKeepTheirOrderAndTheirLimitAcrossParts() {
        // Bad dates in every part: more than the 100 errors kept, counted beyond.
        let broken = Self.changing(Dictionary(uniqueKeysWithValues: stride(from: 7, to: 3000, by: 13).map { line in
            (line, { Self.field($0, 1, "2023-02-30") })
        }))
        #expect(Self.agree(Self.bytes(broken)) == 4)
        // And a few errors in the last part only, with warnings before them.
        let late = Self.changing([2900: { Self.field($0, Self.office, "없는기관") }, 2950: { Self.field($0, 1, "not a date") }])
        #expect(Self.agree(Self.bytes(late)) == 4)
    }

    @Test func lineEndsOfEveryKindCountTheSameLines() {
        #expect(Self.agree(Self.bytes(Self.lines, ending: "\r\n")) == 4)
        // CR alone: no line feed to start a part at; one pass.
        #expect(Self.agree(Self.bytes(Self.lines, ending: "\r")) == 1)
        // A mixture, and line breaks inside quoted titles.
        var mixed = Self.lines
        for index in stride(from: 5, to: 3000, by: 50) { mixed[index] = Self.field(mixed[index], Self.title, "\"two\r\nlines\rand\nmore\"") + "\r" }
        Self.agree(Self.bytes(mixed))
    }

    @Test func aPartStartingInsideAQuotedFieldIsReadAgainInOnePass() {
        // A title of 100,000 short lines in the middle of the file: the second part's start, a
        // guess at a line feed, falls inside its quotes.
        var lines = Self.lines
        lines[1500] = Self.field(lines[1500], Self.title, "\"" + Array(repeating: "줄", count: 100_000).joined(separator: "\n") + "\"")
        #expect(Self.agree(Self.bytes(lines), threads: 2) == 1)
    }

    @Test func anIdUsedInTwoPartsIsFoundAsInOnePass() {
        let id = Self.lines[100].prefix { $0 != "," }
        let lines = Self.changing([2900: { Self.field($0, 0, String(id)) }])
        // The last part, with the id used again, is read again after the others.
        #expect(Self.agree(Self.bytes(lines)) == 3)
        let once = Self.read([("log.csv", Self.bytes(lines))], threads: 1)
        #expect(once.findings.filter { $0.contains(": error: id: already used at log.csv:") }.count == 1)
    }

    @Test func activitiesLoggedTwiceAcrossPartsArePairedAsInOnePass() {
        // Row 50 again near the end, under another id: the same activity twice.
        var lines = Self.lines
        lines.insert(Self.field(lines[50], 0, "copy-of-50"), at: 2990)
        #expect(Self.agree(Self.bytes(lines)) == 4)
    }

    @Test func aFileThatStartsWithBrokenRowsGivesUpAsInOnePass() {
        // 1,200 broken rows first: one pass gives up after 1,000 of them.
        let broken = Self.changing(Dictionary(uniqueKeysWithValues: (1...1200).map { line in (line, { Self.field($0, 1, "x") }) }))
        Self.agree(Self.bytes(broken))
    }

    @Test func anEncodingChosenLateOrInAnotherPartReadsAsInOnePass() throws {
        // CP949 with an ASCII head: the parts after it choose the encoding on their own.
        let ascii = Self.lines.prefix(200).map { line in String(line.unicodeScalars.filter(\.isASCII).map(Character.init)) }
        // Hangul and ASCII only, which CP949 holds all of.
        let text = String(String.UnicodeScalarView((ascii + Self.lines.dropFirst(200)).joined(separator: "\n").unicodeScalars
            .filter { $0.isASCII || (0xAC00...0xD7A3).contains($0.value) }))
        let cp949 = try #require(CP949Probe.encode(text))
        Self.agree(cp949)
        Self.agree(cp949, encoding: .cp949)
        // UTF-8 with a byte order mark.
        #expect(Self.agree([0xEF, 0xBB, 0xBF] + Self.log) == 4)
    }

    @Test func aQuoteNeverClosedInTheLastPartEndsTheFileAsInOnePass() {
        var lines = Self.lines
        lines[2990] = Self.field(lines[2990], Self.title, "\"never closed")
        Self.agree(Self.bytes(lines))
    }

    @Test func amountsThatAddUpPastTheLimitAcrossPartsAreFoundAsInOnePass() {
        let large = "90000000000000"
        let lines = Self.changing(Dictionary(uniqueKeysWithValues: stride(from: 10, to: 3000, by: 10).map { line in
            (line, { Self.field($0, Self.contractUSD, large) })
        }))
        Self.agree(Self.bytes(lines))
    }

    /// A file on disk is read in parts from where each begins (`lseek`), up to where the next begins.
    @Test func aFileOnDiskReadInPartsGivesWhatOnePassGives() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parted-\(UInt32.random(in: 0...UInt32.max)).csv").path
        try Data(Self.log).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let once = Self.read([("log.csv", Self.log)], threads: 1)
        let parted = Self.read([LogSource.file(path: path, name: "log.csv")], threads: 3, partBytes: 50_000)
        #expect(parted.parts == [3])
        #expect(parted == Outcome(findings: once.findings, counts: once.counts, files: once.files, parts: [3],
                                  duplicates: once.duplicates, tables: once.tables, ties: once.ties, overview: once.overview))
    }

    @Test func severalFilesEachReadInPartsGiveWhatOnePassGives() {
        // The second file's ids are its own.
        let other = Self.lines.map { $0.hasPrefix("G20") ? "B" + $0.dropFirst() : $0 }
        let files = [("a.csv", Self.log), ("b.csv", Self.bytes(other, ending: "\r\n"))]
        let once = Self.read(files, threads: 1)
        let parted = Self.read(files, threads: 3)
        #expect(parted.parts == [3, 3])
        #expect(parted == Outcome(findings: once.findings, counts: once.counts, files: once.files, parts: [3, 3],
                                  duplicates: once.duplicates, tables: once.tables, ties: once.ties, overview: once.overview))
    }
}

/// CP949 bytes of a text (through iconv), for a test's log.
enum CP949Probe {
    static func encode(_ text: String) -> [UInt8]? {
        let converter = iconv_open("CP949", "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        return input.withUnsafeMutableBufferPointer { inBuffer -> [UInt8]? in
            output.withUnsafeMutableBufferPointer { outBuffer -> [UInt8]? in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard inLeft == 0 else { return nil }
                return outBuffer.prefix(outBuffer.count - outLeft).map { UInt8(bitPattern: $0) }
            }
        }
    }
}
