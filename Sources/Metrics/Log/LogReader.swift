import Foundation
import Synchronization

/// Reads activity-log files as one log: checks every row against the contract, reports every problem
/// as a `Diagnostic`, and hands each good row to the caller as it is read, so memory holds only what
/// the caller keeps (plus the ids seen, to find duplicates).
public struct LogReader {
    /// Forces an encoding; nil detects it per file.
    public var encoding: TextEncoding?
    public let places: Gazetteer
    /// Computes each file's SHA-256 and size as it is read (`LogFileSummary.sha256`), for a report
    /// that shows them: no second pass over the bytes, and right for a pipe read once.
    public var computesDigests = false
    /// Told the size of each chunk of a CSV file as it is read (a progress line's bytes).
    public var onChunk: (@Sendable (Int) -> Void)?
    /// At most this many parts of one CSV file are read at once (`read(_:into:)`).
    public var threads = LogReader.cores
    /// The fewest bytes a part is worth a thread for.
    public var partBytes = 4 << 20

    /// A log's bytes a row, about, for making room for its ids and keys at once.
    static let bytesPerRow = 180

    /// The machine's cores (at most 8), or `REPORT_CLI_THREADS` when set (1: every file in one pass).
    static let cores = min(max(ProcessInfo.processInfo.environment["REPORT_CLI_THREADS"].flatMap { Int($0) }
        ?? ProcessInfo.processInfo.activeProcessorCount, 1), 8)

    /// Told the names of the files of every read as it starts (a test counts how often a report reads its log).
    public static let readObserver = Mutex<(@Sendable ([String]) -> Void)?>(nil)

    public init(encoding: TextEncoding? = nil, places: Gazetteer = .shared) {
        self.encoding = encoding
        self.places = places
    }

    /// Reads `sources` in order, calling `body` with each row that has no error.
    public func read(_ sources: [LogSource], _ body: (ActivityRecord) -> Void) -> LogReadReport {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink(body: body)
            return read(sources, selecting: nil, into: &sink, parting: nil)
        }
    }

    /// Reads `sources`, adding each row that has no error to `sink`. A long CSV file is read in parts
    /// at once on the machine's cores (`threads`), each part into an empty copy of the sink, joined
    /// in the file's order: the findings, their order and the sink's content are those of one read.
    public func read<Sink: SplittableRecordSink>(_ sources: [LogSource], into sink: inout Sink) -> LogReadReport {
        read(sources, selecting: nil, into: &sink, parting: Parting(like: sink))
    }

    /// Reads a log already found valid again, for the rows whose date `selecting` accepts only;
    /// the other rows are skipped unchecked, which makes the second read cheap.
    public func reread(_ sources: [LogSource], selecting: @escaping @Sendable (Day) -> Bool, _ body: (ActivityRecord) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink(body: body)
            _ = read(sources, selecting: selecting, into: &sink, parting: nil)
        }
    }

    private func read<Sink: RecordSink>(_ sources: [LogSource], selecting: (@Sendable (Day) -> Bool)?, into sink: inout Sink,
                                        parting: Parting<Sink>?) -> LogReadReport {
        if let observe = Self.readObserver.withLock({ $0 }) { observe(sources.map(\.name)) }
        var read = LogReadReport()
        // The first read checks ids and finds activities logged twice.
        let findDuplicates = selecting == nil
        // Room made at once for at most 2,000,000 rows: a sparse file's size claims any number.
        let expectedRows = findDuplicates ? min(sources.reduce(0) { $0 + $1.size } / Self.bytesPerRow, 2_000_000) : 0
        let state = ReadState(ids: IDRegistry(expected: expectedRows),
                              duplicates: findDuplicates ? DuplicateFinder(places: places, expectedRows: expectedRows) : nil, sink: sink)
        // The sheets of the workbooks read so far: a duplicate id names its first cell there.
        var sheets: [Int: SheetPlace] = [:]
        var amountTotals: [Column: Dollars] = [:]
        for (index, source) in sources.enumerated() {
            var file = LogFileSummary(name: source.name)
            var digest = computesDigests && selecting == nil ? SHA256() : nil
            var complete = false
            let isWorkbook = source.isWorkbook
            // A workbook's text is Unicode, whatever the CSV files' encoding.
            var parser = RowParser(file: index, fileNames: sources.map(\.name), places: places,
                                   encoding: isWorkbook ? .utf8 : encoding)
            parser.selecting = selecting
            parser.sheets = sheets
            parser.amountTotals = amountTotals
            do {
                if isWorkbook {
                    // A workbook is read part by part: its bytes are hashed in a pass of their own.
                    if digest != nil { try source.forEachChunk { digest!.update($0); file.bytes += $0.count } }
                    try readWorkbook(source, &parser, &state.diagnostics, &state.ids, &file) { state.add($0) }
                } else {
                    try readCSV(source, &parser, &digest, state, &file, parting: parting)
                }
                complete = true
                if !parser.sawHeader {
                    state.diagnostics.add(Diagnostic(.error, file: source.name, line: 1, column: 1,
                                                     columnName: "header", message: .emptyFile))
                } else if selecting == nil && file.rows == 0 && file.rejectedRows == 0 {
                    state.diagnostics.add(Diagnostic(.error, file: source.name, line: 1, column: 1, columnName: "header",
                                                     message: .headerWithoutRows))
                }
            } catch let unclosed as CSVTokenizer.UnclosedQuote {
                parser.reportUnclosedQuote(unclosed, &state.diagnostics)
            } catch let long as CSVTokenizer.RecordTooLong {
                parser.reportLongRecord(long, &state.diagnostics)
            } catch let failure as WorkbookError {
                state.diagnostics.addFinal(Diagnostic(.error, file: source.name, line: failure.row, column: failure.column, columnName: failure.columnName,
                                                      message: failure.message, sheet: failure.sheet))
            } catch let failure as LogSource.ReadError {
                state.diagnostics.add(Diagnostic(.error, file: source.name, line: 1, column: 1, columnName: "file",
                                                 message: .cannotRead(reason: failure.reason)))
            } catch {
                // RowParser.Stop: reported already; the file's header or encoding makes its rows unreadable.
                precondition(error is RowParser.Stop, "unexpected error \(error)")
            }
            file.encoding = isWorkbook ? nil : parser.detectedEncoding
            if complete, var digest { file.sha256 = digest.finalize() }
            if let place = parser.sheets[index] { sheets[index] = place }
            amountTotals = parser.amountTotals
            file.extraColumns = parser.extraColumnNames
            read.files.append(file)
        }
        read.diagnostics = state.diagnostics
        if var duplicates = state.duplicates {
            state.duplicates = nil   // the only holder of its keys: sorted in place, not copied
            read.duplicates = duplicates.finish()
            for pair in read.duplicates { read.diagnostics.add(warning(pair, sources, sheets)) }
        }
        sink = state.sink
        return read
    }

    /// The warning at the later row of a pair, naming the earlier one (in a workbook, by the cell
    /// that starts its row).
    private func warning(_ pair: DuplicatePair, _ sources: [LogSource], _ sheets: [Int: SheetPlace]) -> Diagnostic {
        let offices = pair.firstOffice == pair.secondOffice ? [places.displayName(pair.firstOffice)]
            : [places.displayName(pair.firstOffice), places.displayName(pair.secondOffice)]
        let firstName = sources[pair.first.file].name
        let first = sheets[pair.first.file].map { $0.cell(of: firstName, row: pair.first.line, column: $0.firstColumn) }
            ?? "\(firstName):\(pair.first.line)"
        let second = sheets[pair.second.file]
        var warning = Diagnostic(.warning, file: sources[pair.second.file].name, line: pair.second.line, column: second?.firstColumn ?? 1,
                                 columnName: "row", message: .sameActivity(as: first, offices: offices),
                                 sheet: second?.sheet)
        warning.hint = .dedupe
        return warning
    }

    /// The records of the rows at `locations`, from a log already found valid.
    public func records(at locations: Set<SourceLocation>, in sources: [LogSource]) -> [SourceLocation: ActivityRecord] {
        var found: [SourceLocation: ActivityRecord] = [:]
        guard !locations.isEmpty else { return found }
        reread(sources, selecting: { _ in true }) { record in
            if locations.contains(record.location) { found[record.location] = record }
        }
        return found
    }

    /// The plan that counts each activity of `report.duplicates` once (`--dedupe`).
    public func mergePlan(for read: LogReadReport, in sources: [LogSource]) -> MergePlan {
        MergePlan(pairs: read.duplicates, records: records(at: read.duplicateLocations, in: sources), places: places)
    }

    /// Reads and keeps every good row.
    public func readAll(_ sources: [LogSource]) -> (records: [ActivityRecord], read: LogReadReport) {
        var records: [ActivityRecord] = []
        let read = self.read(sources) { records.append($0) }
        return (records, read)
    }
}

/// What a read found.
public struct LogReadReport: Sendable {
    public var files: [LogFileSummary] = []
    public var diagnostics = DiagnosticLog()
    /// Activities logged twice (each also a warning).
    public var duplicates: [DuplicatePair] = []

    /// The rows of `duplicates`.
    public var duplicateLocations: Set<SourceLocation> { Set(duplicates.flatMap { [$0.first, $0.second] }) }

    public var hasErrors: Bool { diagnostics.errorCount > 0 }
}

/// One file of a read.
public struct LogFileSummary: Sendable {
    public var name: String
    /// Rows read without error.
    public var rows = 0
    /// Rows with at least one error.
    public var rejectedRows = 0
    /// The encoding the file was read in; nil when all its text is ASCII, or for a workbook.
    public var encoding: TextEncoding?
    /// The sheet read, for a workbook.
    public var sheet: String?
    /// Columns of the file outside the contract, kept and otherwise ignored.
    public var extraColumns: [String] = []
    /// Where each column of the contract is (by `Column.ordinal`): its 1-based field number, 0 when absent.
    public var fields: [Int] = []
    /// For a workbook, the sheet column of field 1 (1 for A).
    public var firstColumn = 1
    /// With `LogReader.computesDigests`: the SHA-256 of the file's bytes (hex) and their count; the
    /// digest is nil when the file could not be read to its end (a broken file stops early).
    public var sha256: String?
    public var bytes = 0
    /// How many parts the file was read in at once (1: in one pass).
    public internal(set) var parts = 1
}

extension LogReadReport {
    /// A finding about a row the read accepted, made afterwards (a report's own check), placed
    /// as the reader places its own: at the row's column, or its sheet's cell.
    public func diagnostic(_ severity: Diagnostic.Severity, at location: SourceLocation, column: Column,
                           message: Message, value: String? = nil) -> Diagnostic {
        let file = files[location.file]
        let field = column.ordinal < file.fields.count ? file.fields[column.ordinal] : 0
        var diagnostic = Diagnostic(severity, file: file.name, line: location.line, column: max(field, 1),
                                    columnName: column.name, message: message, value: value)
        if let sheet = file.sheet {
            diagnostic.sheet = sheet
            diagnostic.column += file.firstColumn - 1
        }
        return diagnostic
    }
}

