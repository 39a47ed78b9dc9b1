import Foundation
import Testing

/// Nothing a user wrote is lost: outputs never replace the folder of an input, never each other,
/// never a device; a full output fails; the workbook and its CSV folder appear both or neither.
struct OutputSafetyTests {
    static let log = CLIRunner.projectRoot.appendingPathComponent("seeds/jeonbuk.csv")

    /// A folder holding `logs/jeonbuk.csv`, run in.
    static func folder() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("logs"), withIntermediateDirectories: false)
        try FileManager.default.copyItem(at: log, to: folder.appendingPathComponent("logs/jeonbuk.csv"))
        return folder
    }

    static func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: [["briefing", "logs/jeonbuk.csv", "--period", "2024-Q1", "-o", "logs", "--force"],
                      ["briefing", "logs/jeonbuk.csv", "--period", "2024-Q1", "-o", ".", "--force"],
                      ["quarterly", "logs/jeonbuk.csv", "--period", "2024-Q1", "-o", "r.xlsx", "--csv", "logs/../logs", "--force"]])
    func aFolderHoldingAnInputIsNeverReplaced(_ arguments: [String]) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing to replace a folder that holds an input (logs/jeonbuk.csv)"))
        #expect(try Self.listing(folder) == ["logs", "logs/jeonbuk.csv"])
    }

    @Test(arguments: [("X", "X"), ("out/r.xlsx", "out"), ("./out/../r.xlsx", ".")])
    func aReportAndItsCSVFolderMustBeApart(_ output: String, _ csv: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
        let result = try CLIRunner.run(["quarterly", "logs/jeonbuk.csv", "--period", "2024-Q1", "-o", output, "--csv", csv, "--force"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderrLines.last?.hasSuffix("are the same place, or one is inside the other; give two separate places") == true
                || result.stderr.contains("refusing to replace a folder that holds an input"))
        #expect(try Self.listing(folder) == ["logs", "logs/jeonbuk.csv", "out"])
    }

    @Test func aDeviceIsNeverReplaced() throws {
        let result = try CLIRunner.run(["quarterly", Self.log.path, "--period", "2024-Q1", "-o", "/dev/null", "--force"])
        #expect(result.status == 2)
        #expect(result.stderr == "Error: /dev/null exists and is not a regular file (a folder or a device); give the name of a new file\n")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    /// The CSV folder cannot be made (its name is too long) after the workbook is written: neither
    /// appears, and an old report stays as it was.
    @Test func theWorkbookAndItsCSVFolderAppearBothOrNeither() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("r.xlsx")
        try Data("old report".utf8).write(to: old)
        let tooLong = String(repeating: "c", count: 300)
        for force in [false, true] {
            let arguments = ["quarterly", "logs/jeonbuk.csv", "--period", "2024-Q1", "-o", force ? "r.xlsx" : "new.xlsx", "--csv", tooLong]
            let result = try CLIRunner.run(arguments + (force ? ["--force"] : []), in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains(": cannot be written: file name too long; nothing was written"))
            #expect(try Self.listing(folder) == ["logs", "logs/jeonbuk.csv", "r.xlsx"])
            #expect(try Data(contentsOf: old) == Data("old report".utf8))
        }
    }

    /// `tables … > /dev/full`: the output is cut short, so the run fails.
    @Test func aFullStandardOutputFails() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["tables", Self.log.path, "--period", "all", "--by", "province"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr == "Error: cannot write the output to standard output: no space left on device; what was written is incomplete\n")
    }

    /// A log from a pipe is copied to disk, not memory, and read twice; a device is refused.
    @Test func aPipeIsReadTwiceAndADeviceIsRefused() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let piped = try CLIRunner.run(["quarterly", "/dev/stdin", "--period", "2024-Q1", "-o", "p.xlsx"], in: folder,
                                      standardInput: try Data(contentsOf: Self.log))
        #expect(piped.status == 0)
        #expect(piped.stdoutLines == ["wrote p.xlsx: 7 sheets, 10 activities in 2024-Q1 (all offices)"])
        let device = try CLIRunner.run(["validate", "/dev/zero"])
        #expect(device.status == 1)
        #expect(device.stderrLines == ["/dev/zero:1:1: error: file: is a device, not a file; give the path of the log file itself"])
    }
}
