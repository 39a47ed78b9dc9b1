import Foundation
import Testing

/// The live progress line: on a terminal (a pseudo-terminal made by `script`), a long check shows a
/// bar of the bytes read with rows a second, redrawn in place and cleared at the end; with standard
/// error not a terminal, nothing.
struct ProgressLineTests {
    /// A log long enough to take over a second to check in a debug build.
    static func longLog(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("long.csv").path
        var text = "id,date,office,kind,partner_country,title\n"
        for row in 1...400_000 { text += "x\(row),2024-0\(row % 9 + 1)-1\(row % 9),전북,forum,US,제목 \(row)\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aLongCheckShowsALiveLineOnATerminal() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = try Self.longLog(in: folder)
        let transcript = folder.appendingPathComponent("typescript").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(CLIRunner.binary.path) validate \(log)", transcript]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: transcript)), as: UTF8.self)
        let frames = text.components(separatedBy: "\r\u{1B}[K").filter { $0.hasPrefix("[") && $0.contains("rows/s") }
        #expect(frames.count >= 2)
        let percents = frames.compactMap { frame in frame.split(separator: "%").first.flatMap { Int($0.split(separator: " ").last ?? "") } }
        #expect(percents.count == frames.count)
        #expect(percents == percents.sorted())   // the bytes read only grow
        #expect(frames.allSatisfy { $0.contains("checking") })
        // Cleared before the summary: the summary starts a clean line.
        let summary = try #require(text.range(of: "1 file, 400000 rows"))
        #expect(text[..<summary.lowerBound].hasSuffix("\r\u{1B}[K") || text[..<summary.lowerBound].contains("\r\u{1B}[K"))
    }

    @Test func nothingWhenStandardErrorIsNotATerminal() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["validate", try Self.longLog(in: folder)])
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }
}
