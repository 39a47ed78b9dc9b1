import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Server

/// A multipart/form-data body as a browser sends it: fields, then files.
final class Multipart: @unchecked Sendable {
    static let boundary = "----report-test-boundary"
    private var parts: [(name: String, fileName: String?, bytes: [UInt8])] = []

    func field(_ name: String, _ value: String) { parts.append((name, nil, Array(value.utf8))) }
    func file(_ name: String, _ fileName: String, _ bytes: [UInt8]) { parts.append((name, fileName, bytes)) }
    func file(_ name: String, _ fileName: String, _ text: String) { file(name, fileName, Array(text.utf8)) }

    func copy() -> Multipart {
        let copy = Multipart()
        copy.parts = parts
        return copy
    }

    var body: ByteBuffer {
        var out: [UInt8] = []
        for part in parts {
            var head = "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\""
            if let fileName = part.fileName { head += "; filename=\"\(fileName)\"\r\nContent-Type: text/csv" }
            out += Array((head + "\r\n\r\n").utf8) + part.bytes + Array("\r\n".utf8)
        }
        out += Array("--\(Self.boundary)--\r\n".utf8)
        return ByteBuffer(bytes: out)
    }

    var headers: HTTPFields { [.contentType: "multipart/form-data; boundary=\(Self.boundary)"] }
}

enum ServerFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sample log of `seeds/`, as uploads named as the files are.
    static func seeds(into form: Multipart) throws {
        for name in ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"] {
            form.file("log", name, [UInt8](try Data(contentsOf: root.appendingPathComponent("seeds/\(name)"))))
        }
    }

    static let header = "id,date,office,kind,partner_country,title\n"

    /// Options with a work folder of the test's own, removed afterwards by `withServer`.
    static func options(_ change: (inout ServeOptions) -> Void = { _ in }) -> ServeOptions {
        var options = ServeOptions(workFolder: FileManager.default.temporaryDirectory
            .appendingPathComponent("server-test-\(UUID().uuidString)"))
        options.jobs = 2
        change(&options)
        return options
    }

    /// Runs `test` against the application, without a socket; checks that no request left a folder behind.
    static func withServer<T>(_ options: ServeOptions = options(), _ test: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        defer { try? FileManager.default.removeItem(at: options.workFolder) }
        let app = try WebServer.application(options)
        let value = try await app.test(.router, test)
        let left = try FileManager.default.contentsOfDirectory(atPath: options.workFolder.appendingPathComponent("requests").path)
        precondition(left.isEmpty, "requests left files behind: \(left)")
        return value
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] ?? [:]
    }
}
