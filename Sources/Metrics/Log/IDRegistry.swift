/// The ids of a log and where each was first used, so a duplicate names both places. An id is kept
/// as 96 bits of its `Fingerprint` beside its line: 16 bytes an id, whatever its length. Ids are
/// registered file by file, so an entry's file is found from where each file's entries begin.
struct IDRegistry {
    private struct Entry {
        let high: UInt64
        let low: UInt32
        let line: UInt32
    }

    private var entries: [Entry] = []
    /// Open addressing over `entries`: 0 is empty, else 1 + the entry's index.
    private var slots: [UInt32]
    /// (file, index of its first entry), in the order files were read.
    private var fileStarts: [(file: Int, first: Int)] = []

    /// Room for `expected` ids made at once, so that a long log does not grow the tables by
    /// doubling (which holds both copies for a moment).
    init(expected: Int = 0) {
        var size = 1024
        while size * 3 < expected * 4 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        entries.reserveCapacity(expected)
    }

    /// Records `id` at `location`; returns the earlier place when the id was used before.
    mutating func register(_ id: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> SourceLocation? {
        let (high, wide) = Fingerprint.of(id)
        let low = UInt32(truncatingIfNeeded: wide)
        if let index = slot(of: high, low) {
            return SourceLocation(file: file(ofEntry: index), line: Int(entries[index].line))
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: high ^ (high >> 32)) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        if fileStarts.last?.file != location.file { fileStarts.append((location.file, entries.count)) }
        entries.append(Entry(high: high, low: low, line: UInt32(clamping: location.line)))
        slots[slot] = UInt32(entries.count)
        if entries.count * 4 > slots.count * 3 { grow() }
        return nil
    }

    /// Takes in the ids of a later part of the log, all of one file, when none of them is here;
    /// false (and nothing taken) when one is: the part must then be read again after these ids.
    mutating func absorb(_ later: IDRegistry) -> Bool {
        guard !later.entries.contains(where: { slot(of: $0.high, $0.low) != nil }) else { return false }
        for (index, entry) in later.entries.enumerated() {
            let file = later.file(ofEntry: index)
            if fileStarts.last?.file != file { fileStarts.append((file, entries.count)) }
            entries.append(entry)
            var slot = Int(truncatingIfNeeded: entry.high ^ (entry.high >> 32)) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt32(entries.count)
            if entries.count * 4 > slots.count * 3 { grow() }
        }
        return true
    }

    /// The index of the entry with this fingerprint, if any.
    private func slot(of high: UInt64, _ low: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: high ^ (high >> 32)) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].high == high && entries[index].low == low { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func file(ofEntry index: Int) -> Int {
        fileStarts.last { $0.first <= index }!.file
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.high ^ (entry.high >> 32)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }
}
