import Foundation
import Testing

/// A report interrupted at any moment leaves the old report as it was, and no stray files once a
/// later run succeeds.
@Suite(.serialized)
struct InterruptedWriteTests {
    /// A log long enough that a report takes a while: `rows` activities over 2023–2024.
    static func writeLog(rows: Int, to url: URL) throws {
        let offices = ["전북", "전주시", "제주", "구미시", "경북"], countries = ["US", "KZ", "JP", "VN", "DE"]
        var text = "id,date,office,kind,partner_country,sectors,companies,consultation_usd,title\n"
        for row in 0..<rows {
            text += "r\(row),\(2023 + row % 2)-\(String(format: "%02d", row % 12 + 1))-\(String(format: "%02d", row % 28 + 1)),"
            text += "\(offices[row % 5]),forum,\(countries[row % 5]),bio;mobility,\(row % 7),\(row * 10),활동 \(row)\n"
        }
        try Data(text.utf8).write(to: url)
    }

    /// Every file under `folder` with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    static let arguments = ["quarterly", "log.csv", "--period", "all", "--template", "bench", "-o", "r.xlsx", "--csv", "csv", "--force"]

    /// Reproducible reports: a run that completes before the kill writes the very same bytes, so
    /// any change seen is a partial or lost file.
    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    static func start(in folder: URL) throws -> Process {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A folder with a log and its report made once: how long that took, and the files.
    static func firstReport() throws -> (folder: URL, duration: TimeInterval, files: [String: Data]) {
        let folder = try CLIRunner.temporaryDirectory()
        try writeLog(rows: 20_000, to: folder.appendingPathComponent("log.csv"))
        let started = Date()
        #expect(try CLIRunner.run(arguments, in: folder, environment: environment).status == 0)
        return (folder, Date().timeIntervalSince(started), try snapshot(folder))
    }

    @Test func killedAtRandomMomentsTheOldReportStaysWhole() throws {
        let (folder, duration, before) = try Self.firstReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(before.keys.contains("r.xlsx") && before.keys.contains { $0.hasPrefix("csv/") })
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for _ in 0..<20 {
            let process = try Self.start(in: folder)
            // Within the first 90 % of a run's time, so that most kills land while it writes.
            Thread.sleep(forTimeInterval: Double.random(in: 0...(0.9 * duration), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            let after = try Self.snapshot(folder).filter { !$0.key.hasPrefix(".") && !$0.key.contains("/.") }
            #expect(after == before, "the old report changed")
        }
        #expect(killed >= 10)   // most runs were still under way when killed (a busy machine varies)
        #expect(try CLIRunner.run(Self.arguments, in: folder, environment: Self.environment).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["csv", "log.csv", "r.xlsx"])
        #expect(try Self.snapshot(folder).keys.allSatisfy { !$0.contains("/.") })
    }

    @Test func controlCRemovesTheTemporaryFileAndExits130() throws {
        let (folder, duration, before) = try Self.firstReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        var interrupted = 0
        for fraction in [0.1, 0.2, 0.5, 0.8, 0.95] {
            let process = try Self.start(in: folder)
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal || process.terminationStatus != 0 else { continue }   // it finished first
            interrupted += 1
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 130)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["csv", "log.csv", "r.xlsx"])
            #expect(try Self.snapshot(folder) == before)
        }
        // Interrupted a tenth of the way in, a run cannot have finished: the handler was seen at
        // work at least once (how many of the later ones finish first depends on the machine's load).
        #expect(interrupted >= 1)
    }
}
