import ArgumentParser
import Foundation
import Metrics
import Synchronization

/// Log files and their encoding, however a command names the options.
protocol LogArguments {
    var logs: [String] { get }
    var inputEncoding: TextEncoding? { get }
    /// The sheet of .xlsx logs to read (`--sheet`); nil for the first.
    var sheet: String? { get }
    /// Count each activity logged twice once (`--dedupe`).
    var dedupe: Bool { get }
}

extension LogArguments {
    /// The files to read. A pipe or a terminal (`<(…)`, `/dev/stdin`) can be read only once, and a
    /// report reads its log twice (to count, then to list), so such an input is read into memory.
    var sources: [LogSource] {
        logs.map { path in
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR else {
                return LogSource.file(path: path).choosingSheet(sheet)
            }
            return LogSource.bytes(name: path, readOnce(path)).choosingSheet(sheet)
        }
    }

    /// Reads the log, prints its warnings and errors on standard error, and returns its rows.
    /// - Throws: `ExitCode(1)` when the log has errors: no report is made from a broken log.
    func load() throws -> [ActivityRecord] {
        try loadWithReport().records
    }

    /// Hands each row to `body` as it is read (as `--dedupe` counts it), then prints the warnings
    /// and errors.
    /// - Throws: `ExitCode(1)` when the log has errors.
    func forEachRecord(_ body: (ActivityRecord) -> Void) throws {
        let plan = mergePlan()
        let report = LogReader(encoding: inputEncoding).read(sources) { record in
            if let record = plan.apply(record) { body(record) }
        }
        try check(report)
    }

    /// With `--dedupe`, how the activities logged twice count once (a read of its own first);
    /// without, or when the log has errors (reported by the read that follows), a plan that changes nothing.
    func mergePlan() -> MergePlan {
        guard dedupe else { return MergePlan() }
        let reader = LogReader(encoding: inputEncoding)
        let report = reader.read(sources) { _ in }
        return report.hasErrors ? MergePlan() : reader.mergePlan(for: report, in: sources)
    }

    /// Prints a read's warnings and errors; throws `ExitCode(1)` when there are errors.
    func check(_ report: LogReadReport) throws {
        for line in report.diagnostics.lines { printError(line) }
        if report.hasErrors {
            printError("\(plural(report.diagnostics.errorCount, "error")) in the log; nothing was made. Run 'report-cli validate' after fixing them (the format: docs/activity-log.md).")
            throw ExitCode(1)
        }
    }

    /// Like `load`, with the read's report (files, warnings) for an about sheet.
    func loadWithReport() throws -> (records: [ActivityRecord], report: LogReadReport) {
        let reader = LogReader(encoding: inputEncoding)
        let (records, report) = reader.readAll(sources)
        try check(report)
        guard dedupe else { return (records, report) }
        let locations = report.duplicateLocations
        let twins = Dictionary(records.filter { locations.contains($0.location) }.map { ($0.location, $0) }) { first, _ in first }
        let plan = MergePlan(pairs: report.duplicates, records: twins, places: reader.gazetteer)
        return (records.compactMap(plan.apply), report)
    }
}

extension LogOptions: LogArguments {
    var inputEncoding: TextEncoding? { encoding?.encoding }
}

/// The row filters of commands that make tables; each takes names as users write them, several
/// separated by commas.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only these offices (a province includes its 시·군·구), e.g. 전북 or 전주시.")
    var office: [String] = []
    @Option(help: "Only these partner countries, e.g. US or 카자흐스탄.")
    var country: [String] = []
    @Option(help: "Only these sectors, e.g. bio or 농생명.")
    var sector: [String] = []
    @Option(help: "Only these kinds, e.g. mission or 업무협약.")
    var kind: [String] = []

    func filter(_ places: Gazetteer) throws -> RecordFilter {
        func names(_ values: [String]) -> [String] { commaSeparated(values) }
        return RecordFilter(
            offices: try names(office).map { try resolveOffice($0, places) },
            countries: try names(country).map { name in
                guard let id = places.country(named: name) else {
                    let hint = places.suggestCountry(for: name).map { " Did you mean \(places[$0].korean) (\(places[$0].alpha2))?" } ?? ""
                    throw ValidationError("Unknown country '\(name)'.\(hint)")
                }
                return id
            },
            sectors: try names(sector).map { name in
                guard let sector = places.sector(named: name) else { throw ValidationError("Unknown sector '\(name)'.") }
                return sector
            },
            kinds: try names(kind).map { name in
                guard let kind = places.kind(named: name) else { throw ValidationError("Unknown kind '\(name)'.") }
                return kind
            })
    }
}


/// `a,b` and repeated options as one list of names.
func commaSeparated(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// An office named on the command line, by today's names; a usage error when unknown or shared.
func resolveOffice(_ name: String, _ places: Gazetteer) throws -> OfficeID {
    switch places.lookUpOffice(name, on: Day(year: 9999, month: 12, day: 31)!) {
    case .found(let id, _): return id
    case .ambiguous(let ids):
        throw ValidationError("'\(name)' names more than one office (\(ids.map { places.displayName($0) }.joined(separator: ", "))); write the province before it.")
    case .unknown:
        let hint = places.suggestOffice(for: name).map { " Did you mean \(places.displayName($0))?" } ?? ""
        throw ValidationError("Unknown office '\(name)'.\(hint)")
    }
}

/// The content of inputs that can be read only once (pipes), kept for the process's later reads.
private let readOnceContents = Mutex<[String: [UInt8]]>([:])

private func readOnce(_ path: String) -> [UInt8] {
    readOnceContents.withLock { contents in
        if let bytes = contents[path] { return bytes }
        let handle = FileHandle(forReadingAtPath: path)
        let bytes = [UInt8]((try? handle?.readToEnd()) ?? Data())
        try? handle?.close()
        contents[path] = bytes
        return bytes
    }
}
