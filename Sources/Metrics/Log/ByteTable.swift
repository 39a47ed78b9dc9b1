#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table keyed by byte strings, looked up without allocating: the keys' bytes live in one
/// arena. It makes repeated values (offices, countries, sectors, trips, ids) cheap to recognise.
struct ByteTable<Value> {
    private var arena: [UInt8] = []
    /// Open addressing; `slots[i] == 0` is empty, else it is 1 + the entry's index.
    private var slots: [Int32]
    private var hashes: [UInt32] = []
    private var starts: [UInt32] = []
    private var lengths: [Int32] = []
    private(set) var values: [Value] = []

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
    }

    var count: Int { values.count }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
        return h
    }

    /// The index of `bytes` in the table, or nil.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        index(of: bytes, hash: Self.hash(bytes))
    }

    private func index(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let index = Int(entry) - 1
            if hashes[index] == hash, Int(lengths[index]) == bytes.count, equal(index, bytes) { return index }
            slot = (slot + 1) & mask
        }
    }

    private func equal(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 0 else { return true }
        return arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + Int(starts[index]), bytes.baseAddress!, bytes.count) == 0
        }
    }

    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        index(of: bytes).map { values[$0] }
    }

    /// Adds `bytes` with `value` (the caller knows it is absent); returns its index.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) -> Int {
        if (values.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes)
        let index = values.count
        starts.append(UInt32(arena.count))
        arena.append(contentsOf: bytes)
        lengths.append(Int32(bytes.count))
        hashes.append(hash)
        values.append(value)
        place(index, hash)
        return index
    }

    private mutating func place(_ index: Int, _ hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for index in values.indices { place(index, hashes[index]) }
    }
}
