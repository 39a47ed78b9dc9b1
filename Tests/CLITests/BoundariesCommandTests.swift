import Foundation
import Testing

/// `--boundaries` and offices named across the 2026-07-01 reorganisations, on the command line.
struct BoundariesCommandTests {
    static let log = """
        id,date,office,kind,partner_country,companies
        g1,2025-08-01,광주광역시,forum,US,2
        n1,2025-08-02,전라남도,forum,JP,3
        s1,2026-08-03,전남광주통합특별시,forum,US,4
        j1,2025-08-04,인천광역시 중구,forum,VN,1
        y1,2026-08-05,영종구,forum,VN,5

        """

    func withLog(_ body: (URL) throws -> Void) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("log.csv")
        try Self.log.write(to: file, atomically: true, encoding: .utf8)
        try body(file)
    }

    @Test func compareShows17Then16Provinces() throws {
        try withLog { log in
            let folder = log.deletingLastPathComponent()
            let before = try CLIRunner.run(["compare", log.path, "--period", "2025", "-o", folder.appendingPathComponent("a.xlsx").path])
            #expect(before.status == 0, "\(before.stderr)")
            #expect(before.stdout.contains("17 provinces compared"))
            let after = try CLIRunner.run(["compare", log.path, "--period", "2026-Q3", "-o", folder.appendingPathComponent("b.xlsx").path])
            #expect(after.stdout.contains("16 provinces compared"))
            let logged = try CLIRunner.run(["compare", log.path, "--period", "2026", "--boundaries", "as-logged",
                                            "-o", folder.appendingPathComponent("c.xlsx").path])
            #expect(logged.stdout.contains("18 provinces compared"), "the old two and the new one, as logged")
        }
    }

    @Test func tablesRestateUnlessAsLogged() throws {
        try withLog { log in
            // 2026 by province, last year as the base: 광주 and 전남's 2025 rows count under KR-12.
            let today = try CLIRunner.run(["tables", log.path, "--period", "2026-Q3", "--by", "province", "--compare", "last-year", "--format", "csv"])
            #expect(today.status == 0, "\(today.stderr)")
            let row = today.stdoutLines.first { $0.hasPrefix("KR-12,") } ?? ""
            #expect(row.hasPrefix("KR-12,전남광주통합특별시,1,2,-1,-50.0,"), "1 activity against 2 a year before: \(row)")
            #expect(row.contains(",4,5,-1,-20.0,"), "companies: 4 against 2 + 3")
            let logged = try CLIRunner.run(["tables", log.path, "--period", "2026-Q3", "--by", "province", "--compare", "last-year",
                                            "--format", "csv", "--boundaries", "as-logged"])
            // As logged, the special city had no rows a year before (it did not exist).
            #expect(logged.stdoutLines.first { $0.hasPrefix("KR-12,") }?.hasPrefix("KR-12,전남광주통합특별시,1,0,1,,") == true)
        }
    }

    @Test func officesAreNamedAsAtThePeriodsEnd() throws {
        try withLog { log in
            let gwangju2025 = try CLIRunner.run(["tables", log.path, "--period", "2025", "--office", "광주", "--format", "csv"])
            #expect(gwangju2025.stdoutLines.last == "total,합계,1,0,2,0,0,0,0,0,1,0,0,0,")
            let yeongjong2025 = try CLIRunner.run(["tables", log.path, "--period", "2025", "--office", "영종구", "--format", "csv"])
            #expect(yeongjong2025.status == 2)
            #expect(yeongjong2025.stderr.contains("영종구"))
            #expect(yeongjong2025.stderr.contains("2026-07-01"))
        }
    }
}
