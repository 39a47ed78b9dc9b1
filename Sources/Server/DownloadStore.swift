import Foundation
import ServiceLifecycle

/// The downloads of previewed reports, each behind a random 128-bit id, deleted after their
/// lifetime (an hour): one user never sees another's files.
actor DownloadStore {
    private let folder: URL
    private let lifetime: Duration
    private var entries: [String: (names: [String], expires: ContinuousClock.Instant)] = [:]

    init(folder: URL, lifetime: Duration) {
        self.folder = folder
        self.lifetime = lifetime
    }

    /// Keeps `files` (name → bytes); returns the id they are found under.
    func keep(_ files: [(name: String, bytes: [UInt8])]) throws -> String {
        removeExpired()
        var generator = SystemRandomNumberGenerator()
        let id = (0..<2).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
        let place = folder.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        for (index, file) in files.enumerated() {
            try Data(file.bytes).write(to: place.appendingPathComponent("\(index)"))
        }
        entries[id] = (files.map(\.name), .now + lifetime)
        return id
    }

    /// A kept file's bytes and name; nil when unknown or expired.
    func file(id: String, name: String) -> (bytes: [UInt8], name: String)? {
        removeExpired()
        guard let entry = entries[id], let index = entry.names.firstIndex(of: name),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(id).appendingPathComponent("\(index)").path)
        else { return nil }
        return ([UInt8](data), name)
    }

    /// Deletes what has expired.
    func removeExpired() {
        let now = ContinuousClock.now
        for (id, entry) in entries where entry.expires <= now {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(id))
            entries[id] = nil
        }
    }
}

/// Deletes expired downloads every minute while the server runs, whether or not anyone asks.
struct DownloadSweeper: Service {
    let store: DownloadStore

    func run() async throws {
        // A stop (SIGINT, SIGTERM) cancels the wait at once.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(60))
                await store.removeExpired()
            }
        }
    }
}
