import Foundation
import Testing

/// A standard error that cannot be written (a full device, closed) loses the messages, never the
/// command: it ends with its own exit status, not a trap.
struct UnwritableStandardErrorTests {
    @Test(arguments: ["2>/dev/full", "2>&-"], [(["validate", "bad.csv"], 1), (["tables"], 2), (["validate", "good.csv"], 0)] as [([String], Int32)])
    func theExitStatusStillTells(_ redirection: String, _ command: ([String], Int32)) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "id,date,office,kind,partner_country\n"
        try (header + "a1,2024-13-01,전북,forum,US\n").write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        try (header + "a1,2024-01-08,전라북도,forum,US\n").write(to: folder.appendingPathComponent("good.csv"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let quoted = ([CLIRunner.binary.path] + command.0).map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-c", "\(quoted) >/dev/null \(redirection)"]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == command.1)
    }
}
