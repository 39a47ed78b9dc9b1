import TradeMetrics

/// The files of one log and how to read them: what every command and web request starts from.
public struct LogInput: Sendable {
    /// The files, each named as the user knows it (a path on the command line, an upload's name).
    public var files: [LogSource]
    /// The text encoding of CSV files; detected per file when nil.
    public var encoding: TextEncoding?
    /// The sheet of .xlsx files to read; the first when nil.
    public var sheet: String?
    /// Count each activity logged twice once, under the municipality.
    public var dedupe: Bool

    public init(files: [LogSource], encoding: TextEncoding? = nil, sheet: String? = nil, dedupe: Bool = false) {
        self.files = files
        self.encoding = encoding
        self.sheet = sheet
        self.dedupe = dedupe
    }

    /// The files as the reader takes them, at the chosen sheet.
    public var sources: [LogSource] { files.map { $0.choosingSheet(sheet) } }

    /// The files' names, as diagnostics and the about sheet show them.
    public var names: [String] { files.map(\.name) }

    /// A reader of this log's encoding; with `digests`, one that fingerprints each file as it reads it.
    func reader(_ places: Gazetteer = .shared, digests: Bool = false, counting counter: RowCounter? = nil) -> LogReader {
        var reader = LogReader(encoding: encoding, places: places)
        reader.computesDigests = digests
        if let counter { reader.onChunk = { counter.countBytes($0) } }
        return reader
    }

    /// The size of the log's files in bytes (0 for those not known): the whole a progress line measures.
    public var size: Int { files.reduce(0) { $0 + $1.size } }

    /// Adds each row to `sink` as `--dedupe` counts it; a long file is read in parts at once. With
    /// `--dedupe`, a read to check the log and find the activities logged twice, then one to count.
    /// - Throws: `LogHasErrors` when the log has errors.
    @discardableResult
    public func read<Sink: SplittableRecordSink>(into sink: inout Sink) throws -> LogReadReport {
        guard dedupe else {
            let read = reader().read(sources, into: &sink)
            try LogHasErrors.check(read)
            return read
        }
        var nothing = NoSink()
        let read = reader().read(sources, into: &nothing)
        try LogHasErrors.check(read)
        _ = rereadDeduped(read, into: &sink)
        return read
    }

    /// Every row in memory, as `--dedupe` counts them, with the read's findings.
    /// - Throws: `LogHasErrors` when the log has errors.
    public func load() throws -> (records: [ActivityRecord], read: LogReadReport) {
        let loaded = try loaded()
        return (loaded.records, loaded.read)
    }

    /// Every row in memory, as `--dedupe` counts them, with the read's findings (each file's digest
    /// when `digests`) and the plan.
    func loaded(digests: Bool = false) throws -> LoadedLog {
        let reader = self.reader(digests: digests)
        let (records, read) = reader.readAll(sources)
        try LogHasErrors.check(read)
        guard dedupe else { return LoadedLog(names: names, dedupe: dedupe, records: records, read: read, plan: MergePlan()) }
        let locations = read.duplicateLocations
        let twins = Dictionary(records.filter { locations.contains($0.location) }.map { ($0.location, $0) }) { first, _ in first }
        let plan = MergePlan(pairs: read.duplicates, records: twins, places: reader.places)
        return LoadedLog(names: names, dedupe: dedupe, records: records.compactMap(plan.apply), read: read, plan: plan)
    }
}
