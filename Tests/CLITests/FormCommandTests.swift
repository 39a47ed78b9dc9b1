import Foundation
import Testing

/// `report-cli form`: the activity-log form, written whole or not at all, read back as a log.
struct FormCommandTests {
    let seeds = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }

    @Test func theFormMovedInFromTheSampleLogGivesTheSameTables() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("2026-활동기록.xlsx").path
        let made = try CLIRunner.run(["form", "-o", form, "--office", "전북", "--from"] + seeds)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "wrote \(form): the activity-log form, 30 rows moved in (전북특별자치도)\n")
        for by in ["office", "kind", "sector", "country"] {
            let want = try CLIRunner.run(["tables"] + seeds + ["--period", "all", "--by", by, "--format", "csv"])
            let got = try CLIRunner.run(["tables", form, "--period", "all", "--by", by, "--format", "csv"])
            #expect(got.status == 0 && got.stdout == want.stdout, "by \(by): \(got.stderr)")
        }
    }

    @Test func refusalsLeaveNoFileAndTouchNothing() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("form.xlsx").path
        // An existing file is kept without --force.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: form))
        let existing = try CLIRunner.run(["form", "-o", form])
        #expect(existing.status == 2)
        #expect(existing.stderrLines.first == "Error: \(form) already exists; give --force to replace it")
        #expect(try String(contentsOfFile: form, encoding: .utf8) == "mine")
        // Bad usage.
        let other = folder.appendingPathComponent("other.xlsx").path
        let unknown = try CLIRunner.run(["form", "-o", other, "--office", "Jeonbok-do"])
        #expect(unknown.status == 2)
        #expect(unknown.stderrLines.first == "Error: Unknown office 'Jeonbok-do'. Did you mean 전북특별자치도?")
        #expect(try CLIRunner.run(["form", "-o", ""]).status == 2)
        #expect(try CLIRunner.run(["form", "-o", other, "--office", " "]).status == 2)
        // A log with errors: every error, exit 1, no form.
        let bad = folder.appendingPathComponent("bad.csv").path
        try Data("id,date,office,kind,partner_country\nx1,2024-02-30,전북,forum,US\nx2,2024-03-01,전북,forum,Atlantis\n".utf8)
            .write(to: URL(fileURLWithPath: bad))
        let broken = try CLIRunner.run(["form", "-o", other, "--from", bad])
        #expect(broken.status == 1)
        #expect(broken.stderrLines.prefix(2) == ["\(bad):2:2: error: date: no such day in the calendar '2024-02-30'",
                                                 "\(bad):3:5: error: partner_country: unknown country (write an ISO 3166-1 code such as US, or a name such as 미국) 'Atlantis'"])
        #expect(!FileManager.default.fileExists(atPath: other))
        // The log to move in is never the form written.
        let onItself = try CLIRunner.run(["form", "-o", bad, "--force", "--from", bad])
        #expect(onItself.status == 2)
        #expect(try String(contentsOfFile: bad, encoding: .utf8).hasPrefix("id,date"))
    }
}
