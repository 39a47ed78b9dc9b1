/// The ids of a log and where each was first used, so a duplicate names both places. An id is kept
/// as 96 bits of its `Fingerprint` beside its line: 16 bytes an id, whatever its length. A file
/// read in parts keeps each part's ids in a table of its own (joining them copies nothing).
struct IDRegistry {
    /// New ids go to the first table; the others are the later parts' tables, joined.
    private var tables: [IDTable]

    /// Room for `expected` ids made at once, so that a long log does not grow the tables by
    /// doubling (which holds both copies for a moment).
    init(expected: Int = 0) {
        tables = [IDTable(expected: expected)]
    }

    /// Records `id` at `location`; returns the earlier place when the id was used before.
    mutating func register(_ id: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> SourceLocation? {
        let (high, wide) = Fingerprint.of(id)
        let fingerprint = IDTable.Fingerprint(high: high, low: UInt32(truncatingIfNeeded: wide))
        for table in tables.dropFirst() {
            if let earlier = table.place(of: fingerprint) { return earlier }
        }
        return tables[0].register(fingerprint, at: location)
    }

    /// Takes in the ids of a later part of the log when none of them is here; false (and nothing
    /// taken) when one is: the part must then be read again after these ids.
    mutating func absorb(_ later: IDRegistry) -> Bool {
        for theirs in later.tables {
            for mine in tables where theirs.shares(with: mine) { return false }
        }
        tables += later.tables
        return true
    }
}

/// One table of `IDRegistry`: open addressing over its entries.
private struct IDTable {
    struct Fingerprint: Equatable {
        let high: UInt64
        let low: UInt32
    }

    private struct Entry {
        let fingerprint: Fingerprint
        let line: UInt32
    }

    private var entries: [Entry] = []
    /// 0 is empty, else 1 + the entry's index.
    private var slots: [UInt32]
    /// (file, index of its first entry), in the order files were read.
    private var fileStarts: [(file: Int, first: Int)] = []

    init(expected: Int) {
        var size = 1024
        while size * 3 < expected * 4 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        entries.reserveCapacity(expected)
    }

    /// Where `fingerprint` was registered, if it was.
    func place(of fingerprint: Fingerprint) -> SourceLocation? {
        index(of: fingerprint).map { SourceLocation(file: file(ofEntry: $0), line: Int(entries[$0].line)) }
    }

    /// Registers `fingerprint` at `location`; returns the earlier place when it was here before.
    mutating func register(_ fingerprint: Fingerprint, at location: SourceLocation) -> SourceLocation? {
        var slot = Self.home(fingerprint, slots.count)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].fingerprint == fingerprint { return SourceLocation(file: file(ofEntry: index), line: Int(entries[index].line)) }
            slot = (slot + 1) & (slots.count - 1)
        }
        if fileStarts.last?.file != location.file { fileStarts.append((location.file, entries.count)) }
        entries.append(Entry(fingerprint: fingerprint, line: UInt32(clamping: location.line)))
        slots[slot] = UInt32(entries.count)
        if entries.count * 4 > slots.count * 3 { grow() }
        return nil
    }

    /// True when an id of this table is also in `other`.
    func shares(with other: IDTable) -> Bool {
        let (small, large) = entries.count <= other.entries.count ? (self, other) : (other, self)
        return small.entries.contains { large.index(of: $0.fingerprint) != nil }
    }

    private func index(of fingerprint: Fingerprint) -> Int? {
        var slot = Self.home(fingerprint, slots.count)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].fingerprint == fingerprint { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private static func home(_ fingerprint: Fingerprint, _ count: Int) -> Int {
        Int(truncatingIfNeeded: fingerprint.high ^ (fingerprint.high >> 32)) & (count - 1)
    }

    private func file(ofEntry index: Int) -> Int {
        fileStarts.last { $0.first <= index }!.file
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Self.home(entry.fingerprint, slots.count)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt32(index + 1)
        }
    }
}
