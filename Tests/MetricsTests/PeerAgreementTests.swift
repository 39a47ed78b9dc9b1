import Foundation
import Testing
@testable import Metrics

/// Our four bench summaries (sector, region, kind, province) against what
/// `../shared/bench/peer_pure.py` computes from the same generated log.
struct PeerAgreementTests {
    static let bench = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/bench")

    static let pythonIsPresent = (try? run(["python3", "--version"])) != nil

    /// Runs a command through /usr/bin/env; returns its standard output.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL? = nil, to output: URL? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        if let output {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
        } else {
            process.standardOutput = pipe
        }
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output == nil ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PeerFailure(message: "\(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return data
    }

    struct PeerFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// The peer's summaries: sheet → key → seven measures.
    static func peerSummaries(_ xlsx: URL) throws -> [String: [String: [Double]]] {
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
            out = {}
            for sheet in ["By sector", "By region", "By kind", "By office"]:
                rows = list(wb[sheet].iter_rows(values_only=True))[1:]
                out[sheet] = {r[0]: [float(x) for x in r[1:]] for r in rows if r and r[0] is not None}
            print(json.dumps(out))
            """
        let data = try run(["python3", "-c", script, xlsx.path])
        return try JSONSerialization.jsonObject(with: data) as! [String: [String: [Double]]]
    }

    @Test(.enabled(if: pythonIsPresent, "Python 3 is absent: the comparison with peer_pure.py needs it"),
          arguments: ["all", "2024-Q3"])
    func summariesAgreeWithPeerPure(_ quarter: String) throws {
        try #require(FileManager.default.fileExists(atPath: Self.bench.appendingPathComponent("peer_pure.py").path),
                     "../shared/bench is missing")
        do { try Self.run(["python3", "-c", "import xlsxwriter, openpyxl"]) } catch {
            Issue.record("python3 lacks xlsxwriter or openpyxl: run scripts/install-dependencies"); return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.csv"), xlsx = folder.appendingPathComponent("peer.xlsx")
        try Self.run(["python3", Self.bench.appendingPathComponent("gen.py").path, "--rows", "20000", "--seed", "7"], to: log)
        try Self.run(["python3", Self.bench.appendingPathComponent("peer_pure.py").path, log.path, xlsx.path, "--quarter", quarter])
        let peer = try Self.peerSummaries(xlsx)

        let read = LogReader().readAll([.file(path: log.path)])
        #expect(!read.report.hasErrors, "\(read.report.diagnostics.lines.prefix(5))")
        #expect(read.records.count == 20000)
        let engine = MetricsEngine(records: read.records)
        let period = try Period(parsing: quarter)
        let measures: [Measure] = [.activities, .missions, .companies, .agreements, .consultations, .consultationUSD, .contractUSD]
        for (sheet, dimension) in [("By sector", Dimension.sector), ("By region", .region), ("By kind", .kind), ("By office", .province)] {
            // The peer knows no reorganisation: compare with every row under the office of its own date.
            let table = engine.table(TableQuery(period: period, dimensions: [dimension], boundaries: .asLogged))
            var ours: [String: [Double]] = [:]
            for row in table.rows {
                let key = row.keys[0]
                let label = dimension == .province ? "\(key.key(.shared)) \(key.name(.shared, in: .year(2025)))" : key.key(.shared)
                ours[label] = measures.map { row.totals[$0].number }
            }
            let expected = try #require(peer[sheet])
            #expect(ours.keys.sorted() == expected.keys.sorted(), "\(sheet)")
            #expect(expected.count > 3, "\(sheet) has groups")
            for (key, values) in expected {
                #expect(ours[key] == values, "\(sheet) \(key)")
            }
        }
    }
}
