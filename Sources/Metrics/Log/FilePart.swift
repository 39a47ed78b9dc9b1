import Foundation
import Synchronization

/// A later part of a CSV file, read on a thread of its own from a line start (`start`) to the next
/// part's start (`end`; the file's end when nil): its own parser, findings, ids and sink, joined to
/// the parts before it by `LogReader.readCSV` when it read as one pass would have.
final class FilePart<Sink: RecordSink>: PartReading, @unchecked Sendable {
    let start: Int
    let end: Int?
    /// The encoding the file was known to have when the part began (nil: not yet chosen).
    let startEncoding: TextEncoding?
    var parser: RowParser
    let state: ReadState<Sink>
    private(set) var tokenizer = CSVTokenizer()
    private(set) var summary: LogFileSummary
    /// The physical line `start` is on.
    private(set) var firstLine = 0
    /// The error that ended the part's reading, if one did.
    private(set) var failure: Error?
    /// False when the part was stopped, or could not count its lines.
    private(set) var completed = false
    /// Set to stop reading: the part's work is not wanted.
    let stop = Atomic<Bool>(false)

    init(start: Int, end: Int?, parser: consuming RowParser, state: ReadState<Sink>) {
        self.start = start
        self.end = end
        startEncoding = parser.detectedEncoding
        summary = LogFileSummary(name: parser.name)
        self.parser = parser
        self.state = state
    }

    private struct Stopped: Error {}

    func read(_ source: LogSource, onChunk: (@Sendable (Int) -> Void)?) {
        do {
            firstLine = try LogReader.lineEnds(in: source, before: start) + 1
            tokenizer = CSVTokenizer(startingAtLine: firstLine)
            try source.forEachChunk(from: start, to: end) { chunk in
                if stop.load(ordering: .relaxed) { throw Stopped() }
                onChunk?(chunk.count)
                try tokenizer.feed(chunk) { record in
                    try state.handle(record, &parser, &summary)
                }
            }
            if end == nil {
                try tokenizer.finish { try state.handle($0, &parser, &summary) }
            }
            completed = true
        } catch is Stopped {
        } catch is LogSource.ReadError where firstLine == 0 {
            // Its lines could not be counted: the part is read again in one pass.
        } catch {
            failure = error
            completed = true
        }
    }
}

/// A part to read, as a thread sees it.
protocol PartReading: AnyObject, Sendable {
    func read(_ source: LogSource, onChunk: (@Sendable (Int) -> Void)?)
}

/// Work on a thread of its own, waited for with `join` (a thread, not a pool's: the caller may be
/// a pool's thread itself).
final class ThreadRunner: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var joined = false

    static func start(_ work: @escaping @Sendable () -> Void) -> ThreadRunner {
        let runner = ThreadRunner()
        Thread { [runner] in
            work()
            runner.done.signal()
        }.start()
        return runner
    }

    /// Waits for the work to end; at once when it has been waited for before.
    func join() {
        guard !joined else { return }
        joined = true
        done.wait()
    }
}
