import Foundation
import Testing

struct ValidateCommandTests {
    @Test func theSampleLogIsClean() throws {
        let result = try CLIRunner.run(["validate", "seeds/gumi.csv", "seeds/jeju.csv", "seeds/jeonbuk.csv", "seeds/jeonju.csv"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdoutLines == [
            "seeds/gumi.csv: 6 rows, UTF-8",
            "seeds/jeju.csv: 3 rows, UTF-8",
            "seeds/jeonbuk.csv: 16 rows, UTF-8",
            "seeds/jeonju.csv: 5 rows, UTF-8",
            "4 files, 30 rows, 2017-10-17 to 2025-10-14",
            "offices: 전북특별자치도 16, 구미시 6, 전주시 5, 제주특별자치도 3",
            "kinds: mission 2, delegation 3, agreement 3, forum 13, expo 2, consultation 3, promotion 1, advisor 2, other 1",
            "ok: 0 errors, 0 warnings",
        ])
    }

    @Test func errorsGoToStandardErrorAndExitOne() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,date,office,kind,partner_country\nx1,2024-01-10,전북,forum,US\nx2,2023-02-29,Jeonbok-do,forum,US\n"
            .write(to: folder.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
        try "id,date,office,kind,partner_country\nx1,2024-03-01,전라북도,forum,US\n"
            .write(to: folder.appendingPathComponent("b.csv"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["validate", "a.csv", "b.csv"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "a.csv:3:2: error: date: no such day in the calendar '2023-02-29'",
            "a.csv:3:3: error: office: unknown office (did you mean 전북특별자치도?) 'Jeonbok-do'",
            "b.csv:2:1: error: id: already used at a.csv:2 'x1'",
            "b.csv:2:3: warning: office: 전라북도 is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 '전라북도'",
        ])
        #expect(result.stdoutLines.last == "failed: 3 errors, 1 warning")
        #expect(result.stdoutLines.contains("a.csv: 1 row, 1 row with errors, UTF-8"))
    }

    @Test func encodingIsDetectedOrForced() throws {
        let fixture = CLIRunner.projectRoot.appendingPathComponent("Tests/MetricsTests/Fixtures/korean-cp949.csv").path
        let detected = try CLIRunner.run(["validate", fixture])
        #expect(detected.status == 0)
        #expect(detected.stdoutLines.first == "\(fixture): 3 rows, CP949; extra columns ignored: 담당자")
        let forced = try CLIRunner.run(["validate", "--encoding", "cp949", fixture])
        #expect(forced.status == 0)
        let wrong = try CLIRunner.run(["validate", "--encoding", "utf-8", fixture])
        #expect(wrong.status == 1)
    }

    @Test func aMissingFileIsBadInput() throws {
        let result = try CLIRunner.run(["validate", "no-such-log.csv"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["no-such-log.csv:1:1: error: file: cannot be read: No such file or directory"])
    }

    @Test(arguments: [[], ["validate"], ["nonsense"], ["validate", "--encoding", "latin1", "seeds/jeju.csv"], ["validate", "--bogus", "x.csv"]])
    func badUsageExitsTwo(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(!result.stderr.isEmpty)
    }

    @Test func helpExitsZero() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("validate"))
        let sub = try CLIRunner.run(["validate", "--help"])
        #expect(sub.status == 0)
        #expect(sub.stdout.contains("--encoding"))
    }
}
