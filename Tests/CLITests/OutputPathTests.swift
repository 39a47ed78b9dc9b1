import Foundation
import Testing

/// Outputs that cannot be written: a clear error, exit 2, and nothing lost or left behind.
struct OutputPathTests {
    let seeds = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }

    /// A small file system of its own (a tmpfs), where the test may mount one (as root).
    final class SmallDisk {
        let folder: URL

        init?(options: String) {
            guard getuid() == 0, let folder = try? CLIRunner.temporaryDirectory() else { return nil }
            self.folder = folder
            guard Self.command("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder.path]) else {
                try? FileManager.default.removeItem(at: folder)
                return nil
            }
        }

        deinit {
            _ = Self.command("/bin/umount", [folder.path])
            try? FileManager.default.removeItem(at: folder)
        }

        static func command(_ path: String, _ arguments: [String]) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }

        static var available: Bool { SmallDisk(options: "size=16k") != nil }
    }

    @Test(.enabled(if: SmallDisk.available, "needs root and tmpfs mounts"))
    func aFullDiskKeepsTheOldReport() throws {
        let disk = try #require(SmallDisk(options: "size=16k"))
        let old = disk.folder.appendingPathComponent("q.xlsx")
        try Data("precious".utf8).write(to: old)
        let result = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "-o", old.path, "--force"])
        #expect(result.status == 2)
        #expect(result.stderrLines.last == "Error: \(old.path): cannot be written: no space left on device; the old one is unchanged")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.folder.path) == ["q.xlsx"])
        #expect(try Data(contentsOf: old) == Data("precious".utf8))
        let briefing = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "-o", disk.folder.appendingPathComponent("b").path])
        #expect(briefing.status == 2)
        #expect(briefing.stderrLines.last?.hasSuffix("b: cannot be written: no space left on device; nothing was written") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.folder.path) == ["q.xlsx"])
    }

    @Test(.enabled(if: SmallDisk.available, "needs root and tmpfs mounts"))
    func aReadOnlyFolderWritesNothing() throws {
        let disk = try #require(SmallDisk(options: "ro,size=16k"))
        let target = disk.folder.appendingPathComponent("q.xlsx").path
        let result = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "-o", target])
        #expect(result.status == 2)
        #expect(result.stderrLines.last == "Error: \(target): cannot be written: read-only file system; nothing was written")
    }

    @Test func aMissingFolderIsNamed() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "-o", "missing/q.xlsx"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["Error: missing/q.xlsx: the folder \(dir.path)/missing does not exist"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }
}
