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
        PendingOutputs.add(temporary)
        defer { PendingOutputs.remove(temporary) }
        do {
            try body(temporary)
            guard rename(temporary, target) == 0 else {
                throw Refusal(description: "\(target): cannot put the new file in place: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw failure(target, error)
        }
    }

    /// Like `writeFile` for a folder: it appears whole or not at all; an old one is replaced only
    /// once the new one is complete.
    public static func writeDirectory(_ target: String, _ body: (String) throws -> Void) throws {
        let temporary = temporaryName(beside: target)
        PendingOutputs.add(temporary)
        defer { PendingOutputs.remove(temporary) }
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            try body(temporary)
            // The old folder moved aside is pending too: an interrupt while it is being deleted
            // finishes deleting it rather than leaving half of it behind.
            let old = temporaryName(beside: target)
            PendingOutputs.add(old)
            defer { PendingOutputs.remove(old) }
            try PendingOutputs.uninterrupted {
                try replaceDirectory(target, with: temporary, movingAsideTo: old)
            }
            try? manager.removeItem(atPath: old)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw failure(target, error)
        }
    }

    /// A failure to write `target` (a full disk, a read-only folder) in words, saying that
    /// nothing was changed; refusals and other errors of the caller pass unchanged.
    static func failure(_ target: String, _ error: Error) -> Error {
        if error is Refusal { return error }
        var reason: String
        let cocoa = error as NSError
        let underlying = (cocoa.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        if let posix = cocoa.domain == NSPOSIXErrorDomain ? cocoa : underlying, posix.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(posix.code)))
        } else if let error = error as? XLSXError {
            reason = error.description
        } else {
            return error
        }
        reason = reason.prefix(1).lowercased() + reason.dropFirst()
        let existed = FileManager.default.fileExists(atPath: target)
        return Refusal(description: "\(target): cannot be written: \(reason); \(existed ? "the old one is unchanged" : "nothing was written")")
    }

    /// Puts the folder `temporary` in place of `target`, the old one (if any) moved to `old`.
    private static func replaceDirectory(_ target: String, with temporary: String, movingAsideTo old: String) throws {
        if FileManager.default.fileExists(atPath: target) {
            guard rename(target, old) == 0 else {
                throw Refusal(description: "\(target): cannot move the old folder aside: \(String(cString: strerror(errno)))")
            }
            guard rename(temporary, target) == 0 else {
                _ = rename(old, target)
                throw Refusal(description: "\(target): cannot put the new folder in place: \(String(cString: strerror(errno)))")
            }
        } else if rename(temporary, target) != 0 {
            throw Refusal(description: "\(target): cannot put the new folder in place: \(String(cString: strerror(errno)))")
        }
    }

    /// A fresh name beside `target`, once what killed runs left there is removed.
    static func temporaryName(beside target: String) -> String {
        PendingOutputs.removeLeftovers(beside: target)
        let url = URL(fileURLWithPath: target)
        let name = PendingOutputs.prefix(of: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
