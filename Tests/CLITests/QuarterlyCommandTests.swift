import Foundation
import Testing
import ZIPFoundation

struct QuarterlyCommandTests {
    let seeds = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }

    func folder() throws -> URL { try CLIRunner.temporaryDirectory() }

    func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesTheReportAndItsCSVFiles() throws {
        let dir = try folder()
        let result = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "--office", "전북", "-o", "q.xlsx", "--csv", "csv"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdoutLines == ["wrote csv/: 15 CSV files", "wrote q.xlsx: 7 sheets, 10 activities in 2024-Q1 (전북특별자치도)"])
        #expect(try files(in: dir) == ["csv", "q.xlsx"])
        #expect(try files(in: dir.appendingPathComponent("csv")).count == 15)
        let xlsx = try Data(contentsOf: dir.appendingPathComponent("q.xlsx"))
        #expect(xlsx.starts(with: [0x50, 0x4B]))   // a zip
    }

    /// Two runs a while apart write the same bytes, and the workbook says it was made at the epoch's
    /// second (2023-11-14T22:13:20Z), not at the time of the run.
    @Test func sourceDateEpochMakesItReproducible() throws {
        let dir = try folder()
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        #expect(try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "-o", "a.xlsx"], in: dir, environment: environment).status == 0)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "-o", "b.xlsx"], in: dir, environment: environment).status == 0)
        let a = try Data(contentsOf: dir.appendingPathComponent("a.xlsx")), b = try Data(contentsOf: dir.appendingPathComponent("b.xlsx"))
        #expect(a == b)
        let archive = try Archive(url: dir.appendingPathComponent("a.xlsx"), accessMode: .read)
        var core = Data()
        _ = try archive.extract(try #require(archive["docProps/core.xml"])) { core.append($0) }
        #expect(String(decoding: core, as: UTF8.self).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z</dcterms:created>"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let dir = try folder()
        let target = dir.appendingPathComponent("q.xlsx")
        try Data("precious".utf8).write(to: target)
        let refused = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "-o", "q.xlsx"], in: dir)
        #expect(refused.status == 2)
        #expect(refused.stderrLines.first == "Error: q.xlsx already exists; give --force to replace it")
        #expect(try Data(contentsOf: target) == Data("precious".utf8))
        let forced = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "-o", "q.xlsx", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: target).starts(with: [0x50, 0x4B]))
        #expect(try files(in: dir) == ["q.xlsx"])   // no temporary file left
    }

    @Test func neverWritesOverAnInputEvenWithForce() throws {
        let dir = try folder()
        let log = dir.appendingPathComponent("log.csv")
        try FileManager.default.copyItem(atPath: seeds[2], toPath: log.path)
        let before = try Data(contentsOf: log)
        for output in ["log.csv", "./sub/../log.csv"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
            let result = try CLIRunner.run(["quarterly", "log.csv", "--period", "2024-Q1", "-o", output, "--force"], in: dir)
            #expect(result.status == 2)
            #expect(result.stderrLines.first?.contains("refusing to write over an input") == true)
        }
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.xlsx").path, withDestinationPath: log.path)
        let linked = try CLIRunner.run(["quarterly", "log.csv", "--period", "2024-Q1", "-o", "link.xlsx", "--force"], in: dir)
        #expect(linked.status == 2)
        #expect(try Data(contentsOf: log) == before)
    }

    @Test func aBadTemplateWritesNothing() throws {
        let dir = try folder()
        try "sheets:\n  - name: a\n    blocks:\n      - table: { by: sectr }\n".write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "--template", "bad.yaml", "-o", "q.xlsx"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["bad.yaml:4:22: error: unknown dimension 'sectr'; did you mean 'sector'?"])
        #expect(try files(in: dir) == ["bad.yaml"])
        let good = CLIRunner.projectRoot.appendingPathComponent("Templates/bench.yaml")
        try FileManager.default.copyItem(at: good, to: dir.appendingPathComponent("good.yaml"))
        let template = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "--template", "good.yaml", "-o", "good.yaml", "--force"], in: dir)
        #expect(template.status == 2)
        #expect(try Data(contentsOf: dir.appendingPathComponent("good.yaml")) == Data(contentsOf: good))
    }

    @Test func aBrokenLogWritesNothing() throws {
        let dir = try folder()
        try "id,date,office,kind,partner_country\nx,2024-02-30,전북,forum,US\n".write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["quarterly", "bad.csv", "--period", "2024-Q1", "-o", "q.xlsx", "--csv", "out"], in: dir)
        #expect(result.status == 1)
        #expect(try files(in: dir) == ["bad.csv"])
    }

    @Test(arguments: [["--period", "2024-Q9", "-o", "q.xlsx"], ["--period", "2024-Q1"], ["--period", "2024-Q1", "-o", "no/such/dir/q.xlsx"],
                      ["--period", "2024-Q1", "-o", "q.xlsx", "--office", "Jeonbok-do"], ["--period", "2024-Q1", "-o", "q.xlsx", "--template", "nosuch"]])
    func badUsageExitsTwo(_ arguments: [String]) throws {
        let dir = try folder()
        let result = try CLIRunner.run(["quarterly"] + seeds + arguments, in: dir)
        #expect(result.status == 2)
        #expect(try files(in: dir) == [])
    }

    @Test func aLogFromAPipeIsReadOnceAndListedWhole() throws {
        let dir = try folder()
        let result = try CLIRunner.run(["quarterly", "/dev/stdin", "--period", "2024-Q1", "-o", "p.xlsx"], in: dir,
                                       standardInput: try Data(contentsOf: URL(fileURLWithPath: seeds[2])))
        #expect(result.status == 0)
        #expect(result.stdoutLines == ["wrote p.xlsx: 7 sheets, 10 activities in 2024-Q1 (all offices)"])
        // The activity list (sheet 6, read again from the spooled copy) holds the quarter's ten rows.
        let archive = try Archive(url: dir.appendingPathComponent("p.xlsx"), accessMode: .read)
        var list = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet6.xml"])) { list.append($0) }
        let text = String(decoding: list, as: UTF8.self)
        for number in 1...10 { #expect(text.contains(String(format: ">jb-2024-%02d<", number)), "jb-2024-\(number)") }
        #expect(!text.contains(">jb-2023-"))
    }

    @Test func theBenchTemplate() throws {
        let dir = try folder()
        let result = try CLIRunner.run(["quarterly"] + seeds + ["--period", "all", "--template", "bench", "-o", "b.xlsx"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdoutLines == ["wrote b.xlsx: 5 sheets, 30 activities in all (all offices)"])
    }
}
