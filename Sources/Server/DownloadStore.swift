import Foundation
import ServiceLifecycle

/// The downloads of previewed reports, each behind a random 128-bit id, deleted after their
/// lifetime (an hour): one user never sees another's files.
actor DownloadStore {
    private let folder: URL
    private let lifetime: Duration
    private var entries: [String: (name: String, type: String, expires: ContinuousClock.Instant)] = [:]

    init(folder: URL, lifetime: Duration) {
        self.folder = folder
        self.lifetime = lifetime
    }

    /// Keeps a file under its download name and content type; returns the id it is found under.
    func keep(name: String, type: String, bytes: [UInt8]) throws -> String {
        removeExpired()
        var generator = SystemRandomNumberGenerator()
        let id = (0..<2).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
        let place = folder.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        try Data(bytes).write(to: place.appendingPathComponent("file"))
        entries[id] = (name, type, .now + lifetime)
        return id
    }

    /// A kept file's bytes and type, asked for by its id and name; nil when unknown or expired.
    func file(id: String, name: String) -> (bytes: [UInt8], type: String)? {
        removeExpired()
        guard let entry = entries[id], entry.name == name,
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(id).appendingPathComponent("file").path)
        else { return nil }
        return ([UInt8](data), entry.type)
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
