import Synchronization

/// Rows read so far by the jobs running now, under ids the page chose (128 random bits), so that a
/// long job can show its progress while the page waits.
final class ProgressBoard: Sendable {
    private let rows = Mutex<[String: Int]>([:])

    /// A page's id for its job: 32 hexadecimal digits, or nil.
    static func id(_ text: String?) -> String? {
        guard let text, text.count == 32, text.allSatisfy(\.isHexDigit) else { return nil }
        return text.lowercased()
    }

    func set(_ id: String, _ count: Int) { rows.withLock { $0[id] = count } }
    func rows(_ id: String) -> Int? { rows.withLock { $0[id] } }
    func remove(_ id: String) { _ = rows.withLock { $0.removeValue(forKey: id) } }
}
