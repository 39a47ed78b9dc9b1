import Foundation

/// Writes outputs so that a failure or an interrupt never leaves a partial file and never loses
/// what was there: the content goes to a temporary name beside the target, then is renamed over it.
public enum AtomicOutput {
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// Refuses a target that exists (unless `force`), that is one of `protected` (inputs, the
    /// template; also through a link or `..`), or whose folder does not exist.
    public static func check(_ target: String, force: Bool, protected: [String]) throws {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refusal(description: "\(target): the folder \(folder) does not exist")
        }
        for path in protected where sameFile(target, path) {
            throw Refusal(description: "\(target): refusing to write over an input (\(path))")
        }
        if FileManager.default.fileExists(atPath: target) && !force {
            throw Refusal(description: "\(target) already exists; give --force to replace it")
        }
    }

    /// True when both paths name one file (same device and inode), or resolve to the same path.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        let resolve = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolve(a) == resolve(b)
    }

    /// Calls `body` with a temporary path beside `target`, then renames it to `target`. When `body`
    /// throws, the temporary file is removed and the target is untouched.
    public static func writeFile(_ target: String, _ body: (String) throws -> Void) throws {
        let temporary = temporaryName(beside: target)
        do {
            try body(temporary)
            guard rename(temporary, target) == 0 else {
                throw Refusal(description: "\(target): cannot put the new file in place: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Like `writeFile` for a folder: it appears whole or not at all; an old one is replaced only
    /// once the new one is complete.
    public static func writeDirectory(_ target: String, _ body: (String) throws -> Void) throws {
        let temporary = temporaryName(beside: target)
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            try body(temporary)
            if manager.fileExists(atPath: target) {
                let old = temporaryName(beside: target)
                guard rename(target, old) == 0 else {
                    throw Refusal(description: "\(target): cannot move the old folder aside: \(String(cString: strerror(errno)))")
                }
                guard rename(temporary, target) == 0 else {
                    _ = rename(old, target)
                    throw Refusal(description: "\(target): cannot put the new folder in place: \(String(cString: strerror(errno)))")
                }
                try? manager.removeItem(atPath: old)
            } else if rename(temporary, target) != 0 {
                throw Refusal(description: "\(target): cannot put the new folder in place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw error
        }
    }

    static func temporaryName(beside target: String) -> String {
        let url = URL(fileURLWithPath: target)
        let name = ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
