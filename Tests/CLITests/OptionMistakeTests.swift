import Foundation
import Testing

/// Options given but naming nothing, or one thing twice: a usage error at once, or one thing.
struct OptionMistakeTests {
    let log = "seeds/jeonbuk.csv"

    @Test(arguments: [["tables", "seeds/jeonbuk.csv", "--period", "2024"], ["quarterly", "seeds/jeonbuk.csv", "--period", "2024", "-o", "q.xlsx"]],
          ["", ",,,", " , "])
    func anEmptyFilterIsAUsageErrorNotAllOffices(_ command: [String], _ value: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = command.map { $0.hasPrefix("seeds/") ? CLIRunner.projectRoot.appendingPathComponent($0).path : $0 }
        let result = try CLIRunner.run(arguments + ["--office", value], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--office is empty; name at least one (e.g. --office 전북)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anEmptyCountryKindOrSectorIsAUsageErrorToo() throws {
        for option in ["--country", "--kind", "--sector"] {
            let result = try CLIRunner.run(["tables", log, "--period", "2024", option, ","])
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(option) is empty"))
        }
    }

    @Test(arguments: [["quarterly", "--period", "2024", "-o", ""], ["quarterly", "--period", "2024", "-o", "q.xlsx", "--csv", ""],
                      ["compare", "--period", "2024", "-o", " "], ["briefing", "--period", "2024", "-o", ""]])
    func anEmptyOutputIsRefusedBeforeAnyWork(_ arguments: [String]) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A log that does not exist: refused for the option first, never read.
        let result = try CLIRunner.run([arguments[0], "missing.csv"] + arguments.dropFirst(), in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is empty; give the path to write to."))
        #expect(!result.stderr.contains("missing.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func severalOfficesNameTheReport() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let logs = ["seeds/jeju.csv", "seeds/gumi.csv"].map { CLIRunner.projectRoot.appendingPathComponent($0).path }
        let result = try CLIRunner.run(["quarterly"] + logs + ["--period", "all", "--office", "제주,구미시", "-o", "q.xlsx"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("activities in all (제주특별자치도, 구미시)\n"))
    }

    /// One office under three names is one office: compared once, a report named after it.
    @Test func theSameOfficeTwiceIsOneOffice() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = CLIRunner.projectRoot.appendingPathComponent(log).path
        let compare = try CLIRunner.run(["compare", path, "--period", "2024", "--offices", "전북,전라북도,KR-45", "-o", "c.xlsx"], in: folder)
        #expect(compare.status == 0)
        #expect(compare.stdout.contains("1 provinces compared"))
        let quarterly = try CLIRunner.run(["quarterly", path, "--period", "2024", "--office", "전북,전북", "-o", "q.xlsx"], in: folder)
        #expect(quarterly.stdout.hasSuffix("(전북특별자치도)\n"))
    }
}
