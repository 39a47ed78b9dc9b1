import Foundation
import Synchronization

/// The temporary files and folders being written, so that an interrupt (Ctrl-C, `kill`) removes
/// them before the process ends, and a later run removes what a killed one left.
public enum PendingOutputs {
    private static let paths = Mutex<Set<String>>([])
    /// Kept for the life of the process; set once, before any other thread runs.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func add(_ path: String) { paths.withLock { _ = $0.insert(path) } }
    static func remove(_ path: String) { paths.withLock { _ = $0.remove(path) } }

    /// On SIGINT, SIGTERM or SIGHUP: removes the temporary outputs and exits with 128 + the signal
    /// (130 for Ctrl-C), as a shell does. Call once, early.
    public static func removeOnInterrupt() {
        let queue = DispatchQueue(label: "interrupts")
        sources = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                paths.withLock { pending in
                    for path in pending { try? FileManager.default.removeItem(atPath: path) }
                    _exit(128 + number)
                }
            }
            source.resume()
            return source
        }
    }

    /// Runs `body` (moving outputs into place) with interrupts held until it is done, so that an
    /// interrupt never finds an old output moved aside and the new one not yet in place.
    static func uninterrupted<T>(_ body: () throws -> T) rethrows -> T {
        try paths.withLock { _ in try body() }
    }

    /// The prefix of the temporary names beside `target`: `.NAME.tmp-`, then the process id.
    static func prefix(of target: String) -> String { ".\(URL(fileURLWithPath: target).lastPathComponent).tmp-" }

    /// The prefix of the name an old folder is moved aside to while the new one is put in place.
    static func asidePrefix(of target: String) -> String { ".\(URL(fileURLWithPath: target).lastPathComponent).old-" }

    /// A fresh name beside `target` for its old folder.
    static func asideName(of target: String) -> String {
        let url = URL(fileURLWithPath: target)
        return url.deletingLastPathComponent()
            .appendingPathComponent(asidePrefix(of: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
    }

    /// Clears what runs killed outright (SIGKILL, a power cut) left beside `target`, those whose
    /// process no longer exists: temporary files and folders are removed; an old folder moved aside
    /// is put back when the new one never took its place, else removed.
    static func removeLeftovers(beside target: String) {
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for prefix in [asidePrefix(of: target), prefix(of: target)] {
            for name in names where name.hasPrefix(prefix) {
                let rest = name.dropFirst(prefix.count)
                guard let pid = Int32(rest.prefix { $0 != "-" }), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                let path = folder.appendingPathComponent(name).path
                if prefix == asidePrefix(of: target), rename(path, target) == 0 { continue }   // restored (ENOTEMPTY/EEXIST if the new one is there)
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
