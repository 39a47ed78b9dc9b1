import ArgumentParser
import Foundation
import TradeMetrics
import ReportJobs
import Synchronization

extension LogOptions {
    /// The log the options name.
    var input: LogInput {
        get throws { LogInput(files: try logSources(logs), encoding: encoding?.encoding, sheet: sheet, dedupe: dedupe) }
    }
}

/// The files to read. A pipe (`<(…)`, `/dev/stdin`) can be read only once, and a report reads its
/// log twice (to count, then to list), so it is first copied to a temporary file on disk (never
/// into memory), at most `maximumPipeBytes`; a device (`/dev/zero`, a terminal) is refused.
/// - Throws: `InputRefusal` for a device or a pipe over the limit.
func logSources(_ paths: [String]) throws -> [LogSource] {
    try paths.map { path in
        var info = stat()
        guard stat(path, &info) == 0 else { return LogSource.file(path: path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return LogSource.file(path: path)
        case S_IFIFO, S_IFSOCK: return try spooled(path)
        default: throw InputRefusal(file: path, message: .deviceNotFile)
        }
    }
}

/// A log that cannot be read: printed compiler-style, exit 1.
struct InputRefusal: Error, CustomStringConvertible {
    let file: String
    let message: Message
    var description: String { "\(file):1:1: error: file: \(message.local)" }
}

/// The most a pipe may carry: far above any office's log.
let maximumPipeBytes = 1 << 30

/// Pipes already copied, by path, for the process's later reads.
private let spooledPipes = Mutex<[String: LogSource]>([:])

/// Copies the pipe at `path` to a temporary file that is deleted at once and read through its
/// descriptor (`/proc/self/fd/N`), so nothing is left on disk whatever ends the process.
private func spooled(_ path: String) throws -> LogSource {
    try spooledPipes.withLock { spooled in
        if let source = spooled[path] { return source }
        let input = open(path, O_RDONLY)
        guard input >= 0 else { return LogSource.file(path: path) }   // the reader reports why
        defer { close(input) }
        var template = Array((NSTemporaryDirectory() + "/report-cli-pipe-XXXXXX").utf8CString)
        let copy = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard copy >= 0 else { throw InputRefusal(file: path, message: .cannotCopyPipe(reason: String(cString: strerror(errno)))) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            total += count
            guard total <= maximumPipeBytes else {
                close(copy)
                throw InputRefusal(file: path, message: .pipeTooLarge)
            }
            guard buffer.withUnsafeBytes({ write(copy, $0.baseAddress, count) }) == count else {
                let reason = String(cString: strerror(errno))
                close(copy)
                throw InputRefusal(file: path, message: .cannotCopyPipe(reason: reason))
            }
        }
        let source = LogSource.file(path: "/proc/self/fd/\(copy)", name: path)
        spooled[path] = source
        return source
    }
}

/// Prints a read's warnings and errors on standard error, one a line.
func printDiagnostics(_ read: LogReadReport) {
    for line in read.diagnostics.lines(messageLanguage, hint: commandLineHint) { printError(line) }
}

/// A finding's hint in the command line's words: its options.
func commandLineHint(_ hint: Diagnostic.Hint) -> String {
    switch hint {
    case .dedupe: return Message.dedupeHint.local
    case .encoding(let name): return Message.encodingHint(name).local
    }
}

/// Prints a written workbook's warnings: the log's, then what writing `output` warned of (cut cells).
func printWarnings(of made: ReportJob.Outcome, writing output: String) {
    printDiagnostics(made.read)
    for warning in made.writeWarnings { printError(output + warning.line(messageLanguage)) }
}

/// The row filters of commands that make tables; each takes names as users write them, several
/// separated by commas.
struct FilterOptions: ParsableArguments {
    @Option(help: .local(.filterOffices))
    var office: [String] = []
    @Option(help: .local(.filterCountries))
    var country: [String] = []
    @Option(help: .local(.filterSectors))
    var sector: [String] = []
    @Option(help: .local(.filterKinds))
    var kind: [String] = []

    /// The filters, offices named as they were at the end of `period`.
    func filter(for period: Period) throws -> RecordFilter {
        try OptionValues.filter(offices: office, countries: country, sectors: sector, kinds: kind, on: period.last)
    }
}

/// `--boundaries`, on every command that makes tables.
struct BoundaryOptions: ParsableArguments {
    @Option(help: .local(.boundaries))
    var boundaries: Boundaries = .current
}
