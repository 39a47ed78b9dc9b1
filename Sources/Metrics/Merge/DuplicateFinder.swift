/// Finds the rows of a log that are one activity logged twice (see `SameActivity`), as the rows go
/// by: 16 bytes a key kept per row (one for its title, one more for its trip), grouped at the end.
/// A file read in parts keeps each part's keys in a run of its own (joining them copies nothing).
struct DuplicateFinder {
    private struct Entry {
        let key: UInt64
        let line: UInt32
        let office: UInt16
        let file: UInt16
    }

    private var entries: [Entry] = []
    /// The keys of later parts, joined.
    private var runs: [[Entry]] = []
    let places: Gazetteer

    /// Room for the keys of `expectedRows` rows made at once (a title each, a trip for about half).
    init(places: Gazetteer, expectedRows: Int = 0) {
        self.places = places
        entries.reserveCapacity(expectedRows + expectedRows / 2)
    }

    mutating func add(_ record: ActivityRecord) {
        let (title, trip) = SameActivity.keys(of: record)
        let line = UInt32(clamping: record.location.line), file = UInt16(clamping: record.location.file)
        if let title { entries.append(Entry(key: title, line: line, office: record.office.index, file: file)) }
        if let trip { entries.append(Entry(key: trip, line: line, office: record.office.index, file: file)) }
    }

    /// Takes in the keys of the rows of a later part of the log.
    mutating func absorb(_ later: DuplicateFinder) {
        runs.append(later.entries)
        runs += later.runs
    }

    /// Each later row paired with the first earlier row it repeats, in the order of the later rows.
    mutating func finish() -> [DuplicatePair] {
        var runs = [entries] + self.runs
        (entries, self.runs) = ([], [])
        for index in runs.indices { runs[index].withUnsafeMutableBufferPointer { Self.sortByKey($0) } }
        var pairs = Set<DuplicatePair>()
        // The runs merged by key: each key's entries from every run at once.
        var next = [Int](repeating: 0, count: runs.count)
        var group: [Entry] = []
        while true {
            var key: UInt64?
            for (run, position) in zip(runs, next) where position < run.count {
                key = min(key ?? run[position].key, run[position].key)
            }
            guard let key else { break }
            group.removeAll(keepingCapacity: true)
            for index in runs.indices {
                while next[index] < runs[index].count && runs[index][next[index]].key == key {
                    group.append(runs[index][next[index]])
                    next[index] += 1
                }
            }
            guard group.count > 1 else { continue }
            group.sort { ($0.file, $0.line) < ($1.file, $1.line) }
            for later in 1..<group.count {
                let second = group[later]
                guard let first = group[..<later].first(where: { related($0, second) }) else { continue }
                pairs.insert(DuplicatePair(first: SourceLocation(file: Int(first.file), line: Int(first.line)),
                                           second: SourceLocation(file: Int(second.file), line: Int(second.line)),
                                           firstOffice: OfficeID(index: first.office), secondOffice: OfficeID(index: second.office)))
            }
        }
        return pairs.sorted { ($0.second.file, $0.second.line, $0.first.file, $0.first.line) < ($1.second.file, $1.second.line, $1.first.file, $1.first.line) }
    }

    /// Sorts by key in place: the standard sort would borrow half as much memory again.
    private static func sortByKey(_ items: UnsafeMutableBufferPointer<Entry>) {
        var ranges = [(0, items.count - 1)]
        while let (low, high) = ranges.popLast() {
            guard low < high else { continue }
            if high - low < 16 {
                for i in low + 1...high {
                    let item = items[i]
                    var j = i - 1
                    while j >= low && items[j].key > item.key { items[j + 1] = items[j]; j -= 1 }
                    items[j + 1] = item
                }
                continue
            }
            let pivot = items[low + (high - low) / 2].key
            var i = low, j = high
            while i <= j {
                while items[i].key < pivot { i += 1 }
                while items[j].key > pivot { j -= 1 }
                if i <= j { items.swapAt(i, j); i += 1; j -= 1 }
            }
            ranges.append((low, j))
            ranges.append((i, high))
        }
    }

    /// One office in two files, or a province and a municipality that belongs or belonged to it
    /// (the date is not kept here; `SameActivity.matches` checks it where rows are merged).
    private func related(_ a: Entry, _ b: Entry) -> Bool {
        if a.office == b.office { return a.file != b.file }
        let first = OfficeID(index: a.office), second = OfficeID(index: b.office)
        return places[second].hasBelonged(to: first) || places[first].hasBelonged(to: second)
    }
}

/// A later row of a log that repeats an earlier one: one activity logged twice.
public struct DuplicatePair: Hashable, Sendable {
    public let first: SourceLocation
    public let second: SourceLocation
    public let firstOffice: OfficeID
    public let secondOffice: OfficeID
}
