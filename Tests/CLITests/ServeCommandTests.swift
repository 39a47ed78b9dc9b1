import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `report-cli serve` as a user starts it: the same bytes as the command line, clean stops.
struct ServeCommandTests {
    /// A running server: its address and its temporary folder (TMPDIR of its own).
    final class Running {
        let process = Process()
        let temporary: URL
        var base = ""

        init(_ arguments: [String] = [], environment: [String: String] = [:]) throws {
            temporary = try CLIRunner.temporaryDirectory()
            process.executableURL = CLIRunner.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(["TMPDIR": temporary.path]) { $1 }) { $1 }
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            var text = ""
            let deadline = Date().addingTimeInterval(30)
            while !text.contains("\n"), Date() < deadline {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            guard let line = text.split(separator: "\n").first, line.hasPrefix("serving on http://127.0.0.1:") else {
                process.terminate()
                throw Failure(message: "no 'serving on' line: \(text)")
            }
            base = String(line.dropFirst("serving on ".count).dropLast())
        }

        func post(_ path: String, fields: [(String, String)], files: [URL]) async throws -> (Int, Data) {
            let boundary = "boundary-\(UUID().uuidString)"
            var body = Data()
            for (name, value) in fields {
                body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
            }
            for file in files {
                body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"log\"; filename=\"\(file.lastPathComponent)\"\r\n\r\n".utf8)
                body += try Data(contentsOf: file) + Data("\r\n".utf8)
            }
            body += Data("--\(boundary)--\r\n".utf8)
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = "POST"
            request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
            let (data, response) = try await URLSession.shared.upload(for: request, from: body)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
        }

        /// Stops it as Ctrl-C or a service manager would; returns its exit status.
        func stop(_ signal: Int32 = SIGTERM) -> Int32 {
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit {
            if process.isRunning { process.terminate() }
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static let seeds = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"]
    static var seedFiles: [URL] { seeds.map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)") } }

    @Test func theAPIGivesTheCommandLinesBytes() async throws {
        let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
        let server = try Running(environment: epoch)
        let seedsFolder = CLIRunner.projectRoot.appendingPathComponent("seeds")

        let (status, csv) = try await server.post("/api/tables", fields: [("period", "2024"), ("by", "province,sector")], files: Self.seedFiles)
        #expect(status == 200)
        let cli = try CLIRunner.run(["tables"] + Self.seeds + ["--period", "2024", "--by", "province,sector", "--format", "csv"], in: seedsFolder)
        #expect(String(decoding: csv, as: UTF8.self) == cli.stdout)

        let scratch = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (command, fields) in [("quarterly", [("period", "2024-Q1"), ("office", "전북")]), ("compare", [("period", "2024")])] {
            let (status, workbook) = try await server.post("/api/\(command)", fields: fields, files: Self.seedFiles)
            #expect(status == 200, "\(command)")
            let output = scratch.appendingPathComponent("\(command).xlsx")
            let options = fields.flatMap { ["--\($0.0)", $0.1] }
            let made = try CLIRunner.run([command] + Self.seeds + options + ["-o", output.path], in: seedsFolder, environment: epoch)
            #expect(made.status == 0, "\(made.stderr)")
            #expect(workbook == (try Data(contentsOf: output)), "\(command): the server's workbook is the CLI's, byte for byte")
        }
        #expect(server.stop() == 0)
    }

    @Test func aStopRemovesTheWorkFolder() async throws {
        for signal in [SIGTERM, SIGINT] {
            let server = try Running()
            let (status, _) = try await server.post("/api/check", fields: [], files: Self.seedFiles)
            #expect(status == 200)
            let (previewStatus, _) = try await server.post("/preview", fields: [("period", "2024-Q1")], files: Self.seedFiles)
            #expect(previewStatus == 200)
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.temporary.path).contains { $0.hasPrefix("report-cli-serve-") })
            #expect(server.stop(signal) == 0)
            let left = try FileManager.default.contentsOfDirectory(atPath: server.temporary.path)
            #expect(!left.contains { $0.hasPrefix("report-cli-serve-") }, "\(left)")
        }
    }

    @Test func anOpenHostNeedsAToken() throws {
        let refused = try CLIRunner.run(["serve", "--host", "0.0.0.0", "--port", "0"], environment: ["REPORT_TOKEN": ""])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--token"))
        let badPort = try CLIRunner.run(["serve", "--port", "70000"])
        #expect(badPort.status == 2)
    }
}
