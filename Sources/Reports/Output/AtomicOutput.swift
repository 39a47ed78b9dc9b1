import Foundation
import TradeMetrics

/// Writes outputs so that a failure or an interrupt never leaves a partial file and never loses
/// what was there: the content goes to a temporary name beside the target, then is renamed over it.
public enum AtomicOutput {
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public let message: Message
        /// The target exists and would be replaced only when asked (the command line's `--force`):
        /// a front end says how to ask.
        public var exists = false

        public init(message: Message, exists: Bool = false) {
            self.message = message
            self.exists = exists
        }

        public var description: String { message.text(.en) }
    }

    /// Refuses a target that exists (unless `force`) or is no regular file (a folder for `folder`:
    /// a device such as /dev/null is never replaced), that is one of `protected` (inputs, the
    /// template; also through a link or `..`) or, for a folder, holds one of them at any depth;
    /// or whose folder does not exist.
    public static func check(_ target: String, force: Bool, protected: [String], folder isFolder: Bool = false) throws {
        PendingOutputs.removeLeftovers(beside: target)   // an old folder a killed run left aside is back first
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refusal(message: .outputFolderMissing(target, folder: folder))
        }
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists && (info.st_mode & S_IFMT) != (isFolder ? S_IFDIR : S_IFREG) {
            throw Refusal(message: isFolder ? .outputNotAFolder(target) : .outputNotAFile(target))
        }
        for path in protected where sameFile(target, path) || (isFolder && contains(target, path)) {
            throw Refusal(message: isFolder ? .outputFolderHoldsInput(target, input: path) : .outputIsInput(target, input: path))
        }
        if exists && !force {
            throw Refusal(message: .outputExists(target), exists: true)
        }
    }

    /// Refuses a file output and a folder output in one place: the same path, or the file inside
    /// the folder (which replacing the folder would delete).
    public static func checkApart(file: String, folder: String) throws {
        guard sameFile(file, folder) || contains(folder, file) else { return }
        throw Refusal(message: .outputsOverlap(file: file, folder: folder))
    }

    /// True when `path` is `folder` or lies inside it, links and `..` resolved.
    static func contains(_ folder: String, _ path: String) -> Bool {
        let outer = canonical(folder), inner = canonical(path)
        return inner == outer || inner.hasPrefix(outer == "/" ? "/" : outer + "/")
    }

    /// The absolute path, links resolved in the part of it that exists.
    static func canonical(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while url.path != "/" {
            if let resolved = realpath(url.path, nil) {
                defer { free(resolved) }
                url = URL(fileURLWithPath: String(cString: resolved))
                break
            }
            rest.insert(url.lastPathComponent, at: 0)
            url = url.deletingLastPathComponent()
        }
        return rest.reduce(url) { $0.appendingPathComponent($1) }.path
    }

    /// True when both paths name one file (same device and inode), or resolve to the same path.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        let resolve = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolve(a) == resolve(b)
    }

    /// Calls `body` with a temporary path beside `target`, then renames it to `target`: over an
    /// existing file only when `replacing`, else only if no file of that name appeared meanwhile
    /// (two runs making one new report: the second is refused). `placing` is called with the
    /// rename, to put other outputs in place with it (both or neither). When anything throws, the
    /// temporary file is removed and the target is untouched.
    public static func writeFile(_ target: String, replacing: Bool = false, _ body: (String) throws -> Void,
                                 placing: (_ place: () throws -> Void) throws -> Void = { try $0() }) throws {
        let temporary = temporaryName(beside: target)
        PendingOutputs.add(temporary)
        defer { PendingOutputs.remove(temporary) }
        do {
            try body(temporary)
            try placing {
                let placed = replacing ? rename(temporary, target) == 0 : try renameWithoutReplacing(temporary, target)
                guard placed else {
                    throw Refusal(message: .cannotPlaceFile(target, reason: String(cString: strerror(errno))))
                }
            }
        } catch {
            unlink(temporary)
            throw failure(target, error)
        }
    }

    /// Like `writeFile` for a folder: it appears whole or not at all; an old one (only when
    /// `replacing`) is replaced only once the new one is complete, and kept aside until `then`
    /// (which may place another output) has succeeded: when `then` throws, it comes back.
    public static func writeDirectory(_ target: String, replacing: Bool = false, _ body: (String) throws -> Void,
                                      then: () throws -> Void = {}) throws {
        let temporary = temporaryName(beside: target)
        PendingOutputs.add(temporary)
        defer { PendingOutputs.remove(temporary) }
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            try body(temporary)
            let old = PendingOutputs.asideName(of: target)
            try PendingOutputs.uninterrupted {
                let movedAside = try replaceDirectory(target, with: temporary, movingAsideTo: old, replacing: replacing)
                do {
                    try then()
                } catch {
                    // Both or neither: the new folder goes, the old one comes back.
                    try? manager.removeItem(atPath: target)
                    if movedAside { _ = rename(old, target) }
                    throw error
                }
            }
            // The old folder moved aside is pending too: an interrupt while it is being deleted
            // finishes deleting it rather than leaving half of it behind.
            PendingOutputs.add(old)
            defer { PendingOutputs.remove(old) }
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
        let cocoa = error as NSError
        let underlying = (cocoa.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        let existed = FileManager.default.fileExists(atPath: target)
        if let posix = cocoa.domain == NSPOSIXErrorDomain ? cocoa : underlying, posix.domain == NSPOSIXErrorDomain {
            let reason = String(cString: strerror(Int32(posix.code)))
            return Refusal(message: .cannotWriteOutput(target, reason: reason.prefix(1).lowercased() + reason.dropFirst(), existed: existed))
        } else if let error = error as? XLSXError {
            return Refusal(message: .cannotWriteOutputBecause(target, error.message, existed: existed))
        }
        return error
    }

    /// Puts the folder `temporary` in place of `target`, the old one (if any, and only when
    /// `replacing`) moved to `old`, where a later run finds it if this one is killed before the
    /// new folder is in place (`PendingOutputs.removeLeftovers` puts it back). Returns whether
    /// an old folder was moved aside.
    private static func replaceDirectory(_ target: String, with temporary: String, movingAsideTo old: String,
                                         replacing: Bool) throws -> Bool {
        let movedAside = replacing && rename(target, old) == 0
        if replacing && !movedAside && errno != ENOENT {
            throw Refusal(message: .cannotMoveOldFolder(target, reason: String(cString: strerror(errno))))
        }
        guard try renameWithoutReplacing(temporary, target) else {
            let reason = String(cString: strerror(errno))
            if movedAside { _ = rename(old, target) }
            throw Refusal(message: .cannotPlaceFolder(target, reason: reason))
        }
        return movedAside
    }

    /// Renames `source` to `target` unless `target` exists (`renameat2` with `RENAME_NOREPLACE`;
    /// for a file where the file system lacks it, a hard link then an unlink). False with `errno`
    /// set when it failed for another reason.
    /// - Throws: `Refusal` when `target` exists.
    static func renameWithoutReplacing(_ source: String, _ target: String) throws -> Bool {
        var done = NoReplace.function.map { $0(AT_FDCWD, source, AT_FDCWD, target, 1 /* RENAME_NOREPLACE */) == 0 } ?? false
        if !done && (NoReplace.function == nil || errno == EINVAL || errno == ENOSYS) {
            var info = stat()
            if lstat(source, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && link(source, target) == 0 {
                unlink(source)
                done = true
            }
        }
        if !done && errno == EEXIST {
            throw Refusal(message: .outputMadeMeanwhile(target), exists: true)
        }
        return done
    }

    /// glibc's `renameat2`, which Swift's Glibc module does not declare (it needs `_GNU_SOURCE`).
    private enum NoReplace {
        typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        static let function: Function? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: Function.self) }
    }

    /// A fresh name beside `target`, once what killed runs left there is removed.
    static func temporaryName(beside target: String) -> String {
        PendingOutputs.removeLeftovers(beside: target)
        let url = URL(fileURLWithPath: target)
        let name = PendingOutputs.prefix(of: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
