/// What a read hands each good row to.
public protocol RecordSink {
    mutating func add(_ record: ActivityRecord)
}

/// A sink whose work can be split: a long file is then read in parts at once, on several threads,
/// each part into an empty copy, and the parts are joined in the file's order. Joining must give
/// what adding every row in order gives.
public protocol SplittableRecordSink: RecordSink {
    /// A sink like this one with no row added, for the rows of a later part.
    func emptyCopy() -> Self
    /// Takes in the rows `later` was given, all of which come after this sink's rows.
    mutating func absorb(_ later: Self)
}

/// A closure as a sink: its rows are handed over in order, never in parts.
struct ClosureSink: RecordSink {
    let body: (ActivityRecord) -> Void
    func add(_ record: ActivityRecord) { body(record) }
}

/// How the parts of a file get their sinks and are joined; nil where a read cannot be split.
struct Parting<Sink: RecordSink> {
    let makeEmpty: () -> Sink
    let join: (inout Sink, Sink) -> Void

    init(makeEmpty: @escaping () -> Sink, join: @escaping (inout Sink, Sink) -> Void) {
        self.makeEmpty = makeEmpty
        self.join = join
    }
}

extension Parting where Sink: SplittableRecordSink {
    init(like sink: Sink) {
        let empty = sink.emptyCopy()
        self.init(makeEmpty: { empty }, join: { $0.absorb($1) })
    }
}
