import Foundation
import Testing

/// `report-cli ties` on the sample log and on small logs worked by hand.
struct TiesCommandTests {
    let seeds = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }

    /// The sample log's three ties (Jeonju and Kansas City have no agreement: no tie), as of 2026-09-30.
    @Test func theSampleLogsTies() throws {
        let csv = try CLIRunner.run(["ties"] + seeds + ["--as-of", "2026-09-30", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout == """
            office,partner_country,partner,first_agreement,agreements,activities,last_activity,days_since_last,status
            전북특별자치도,KZ,Almaty Province,2023-05-01,1,1,2023-05-01,1248,dormant
            전북특별자치도,US,Las Vegas,2024-01-10,1,2,2024-01-10,994,dormant
            제주특별자치도,US,Fullerton,2023-10-11,1,2,2023-10-11,1085,dormant

            """)
        let table = try CLIRunner.run(["ties"] + seeds + ["--office", "전북", "--format", "table", "--dormant-after", "36"])
        #expect(table.stdoutLines == [
            "기관            상대국      상대             첫 협약     협약  활동  마지막 활동  경과일  상태",
            "전북특별자치도  카자흐스탄  Almaty Province  2023-05-01     1     1  2023-05-01      897  활동 중",
            "전북특별자치도  미국        Las Vegas        2024-01-10     1     2  2024-01-10      643  활동 중",
            "2025-10-14 기준 교류 2건, 휴면 0건 (마지막 활동이 36개월보다 오래됨)",
        ])
        let json = try CLIRunner.run(["ties"] + seeds + ["--office", "제주", "--format", "json"])
        #expect(json.stdout.contains("\"partner\": \"Fullerton\""))
    }

    @Test func warningsAreInTheLogAndUsageIsChecked() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.csv").path
        try Data("""
            id,date,office,kind,partner_country,partner_city,partner_org
            a1,2023-05-01,전북,agreement,KZ,Almaty Province,
            a2,2024-06-01,전북,forum,KZ,Almaty,
            a3,2024-07-01,전북,agreement,US,,

            """.utf8).write(to: URL(fileURLWithPath: log))
        let result = try CLIRunner.run(["ties", log, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stderrLines == [
            "\(log):4:6: warning: partner_city: an agreement without a partner city or organisation makes no tie; write the partner",
            "\(log):2:6: warning: partner_city: may be the same partner of 전북특별자치도 as 'Almaty' (KZ); they are listed apart: write them alike if they are one 'Almaty Province'",
        ])
        #expect(try CLIRunner.run(["ties", log, "--as-of", "2026-13-01"]).status == 2)
        #expect(try CLIRunner.run(["ties", log, "--dormant-after", "0"]).status == 2)
        #expect(try CLIRunner.run(["ties", log, "--office", ","]).status == 2)
    }
}
