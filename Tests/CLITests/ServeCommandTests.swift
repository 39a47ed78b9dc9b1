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

    /// Sends raw bytes over a socket of its own, then closes it (a client gone mid-upload).
    static func send(_ bytes: [UInt8], to base: String, thenRead: Bool) throws -> String {
        let port = UInt16(base.split(separator: ":").last!.filter(\.isNumber))!
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(message: "cannot connect to \(base)") }
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard thenRead else { return "" }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
    }

    @Test func aClientGoneMidUploadOrAMalformedRequestLeavesNothing() async throws {
        let server = try Running()
        let work = try #require(try FileManager.default.contentsOfDirectory(atPath: server.temporary.path).first { $0.hasPrefix("report-cli-serve-") })
        let requests = server.temporary.appendingPathComponent(work).appendingPathComponent("requests")
        // Half an upload, then the connection closes.
        let head = "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 10000000\r\n\r\n"
        let part = "--b\r\nContent-Disposition: form-data; name=\"log\"; filename=\"x.csv\"\r\n\r\n" + String(repeating: "id,date\n", count: 20_000)
        _ = try Self.send(Array((head + part).utf8), to: server.base, thenRead: false)
        // Garbage instead of a form, and a request line that is not HTTP.
        let garbage = "POST /api/quarterly HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: 12\r\n\r\n\u{0}\u{1}\u{2}garbage!!"
        let answer = try Self.send(Array(garbage.utf8), to: server.base, thenRead: true)
        #expect(answer.hasPrefix("HTTP/1.1 4"), "\(answer.prefix(40))")
        _ = try Self.send(Array("\u{16}\u{3}\u{1}not http at all\r\n\r\n".utf8), to: server.base, thenRead: true)
        // Still serving, and no request left a file.
        let (status, _) = try await server.post("/api/check", fields: [], files: Self.seedFiles)
        #expect(status == 200)
        var left: [String] = []
        for _ in 0..<50 {   // the closed upload is noticed asynchronously
            left = try FileManager.default.contentsOfDirectory(atPath: requests.path)
            if left.isEmpty { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(left.isEmpty, "\(left)")
        #expect(server.stop() == 0)
    }

    @Test func anOpenHostNeedsAToken() throws {
        let refused = try CLIRunner.run(["serve", "--host", "0.0.0.0", "--port", "0"], environment: ["REPORT_TOKEN": ""])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--token"))
        let badPort = try CLIRunner.run(["serve", "--port", "70000"])
        #expect(badPort.status == 2)
    }
}
