import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Synchronization

extension LogOptions {
    /// The log the options name.
    var input: LogInput {
        LogInput(files: logSources(logs), encoding: encoding?.encoding, sheet: sheet, dedupe: dedupe)
    }
}

/// The files to read. A pipe or a terminal (`<(…)`, `/dev/stdin`) can be read only once, and a
/// report reads its log twice (to count, then to list), so such an input is read into memory.
func logSources(_ paths: [String]) -> [LogSource] {
    paths.map { path in
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR else {
            return LogSource.file(path: path)
        }
        return LogSource.bytes(name: path, readOnce(path))
    }
}

/// Prints a read's warnings and errors on standard error, one a line.
func printDiagnostics(_ report: LogReadReport) {
    for line in report.diagnostics.lines { printError(line) }
}

/// Prints a written workbook's warnings: the log's, then what writing `output` warned of (cut cells).
func printWarnings(of made: ReportJob.Outcome, writing output: String) {
    printDiagnostics(made.read)
    for warning in made.writeWarnings { printError(output + warning) }
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

    /// The filters, offices named as they were at the end of `period`.
    func filter(for period: Period) throws -> RecordFilter {
        try OptionValues.filter(offices: office, countries: country, sectors: sector, kinds: kind, on: period.last)
    }
}

/// `--boundaries`, on every command that makes tables.
struct BoundaryOptions: ParsableArguments {
    @Option(help: "current (today's provinces: 광주 and 전남 counted as 전남광주통합특별시 in periods ending on or after 2026-07-01, the default) or as-logged.")
    var boundaries: Boundaries = .current
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
