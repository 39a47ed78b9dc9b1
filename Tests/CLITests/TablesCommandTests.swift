import Foundation
import Testing

struct TablesCommandTests {
    let seeds = ["seeds/gumi.csv", "seeds/jeju.csv", "seeds/jeonbuk.csv", "seeds/jeonju.csv"]

    @Test func csvByProvinceOnTheSampleLog() throws {
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "all", "--by", "province", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            key,name,activities,missions,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd,countries,consultations_per_company,consultation_usd_per_company,contract_usd_per_company,conversion_pct
            KR-45,전북특별자치도,21,1,38,8,2,0,0,0,2,0,0,0,
            KR-47,경상북도,6,1,6,0,0,0,0,0,1,0,0,0,
            KR-49,제주특별자치도,3,1,5,0,1,0,0,0,1,0,0,0,
            total,합계,30,3,49,8,3,0,0,0,2,0,0,0,

            """)
    }

    @Test func csvIsTheDefaultWhenNotATerminal() throws {
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "2024-Q1"])
        #expect(result.stdoutLines == [
            "key,name,activities,missions,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd,countries,consultations_per_company,consultation_usd_per_company,contract_usd_per_company,conversion_pct",
            "total,합계,10,1,8,0,1,0,0,0,1,0,0,0,",   // 8 companies, no consultation: conversion empty
        ])
    }

    @Test func comparisonColumnsFollowEachMeasure() throws {
        // 전북 (with 전주시) in 2024-Q4 against 2023-Q4: 1 delegation (전주시, 2024-10) against none.
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "2024-Q4", "--office", "전북", "--by", "kind",
                                                              "--compare", "last-year", "--format", "csv"])
        #expect(result.status == 0)
        let header = result.stdoutLines[0].split(separator: ",")
        #expect(header.prefix(6) == ["key", "name", "activities", "activities_base", "activities_change", "activities_change_pct"])
        #expect(header.count == 2 + 13 * 4)
        #expect(result.stdoutLines[1].hasPrefix("delegation,방문단 접견·내방,1,0,1,,0,0,0,,"))
        #expect(result.stdoutLines.last?.hasPrefix("total,합계,1,0,1,,") == true)
    }

    @Test func previousQuarterWithPercentChange() throws {
        // 2023-H2 (제주's 3 rows, 1 trip, 5 companies) against 2023-H1 (전라북도's 6 rows, no trip, 30 companies).
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "2023-H2", "--compare", "previous", "--format", "csv"])
        #expect(result.stdoutLines.last?.hasPrefix("total,합계,3,6,-3,-50.0,1,0,1,,5,30,-25,-83.33333333333333,") == true)
    }

    @Test func jsonHasTheSameFields() throws {
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "2024-Q1", "--by", "sector", "--format", "json"])
        #expect(result.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["key"] as! String } == ["bio", "mobility", "other", "total"])
        #expect(rows[0]["name"] as? String == "바이오·헬스")
        #expect(rows[0]["activities"] as? Int == 6)
        #expect(rows[3]["activities"] as? Int == 10)
        #expect(rows[3]["missions"] as? Int == 1)
    }

    @Test func aMatrixHasSharesOfRowAndColumn() throws {
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "all", "--by", "province,region", "--format", "csv"])
        #expect(result.status == 0)
        let header = result.stdoutLines[0].split(separator: ",")
        #expect(header.prefix(7) == ["key", "name", "key2", "name2", "activities", "activities_row_pct", "activities_column_pct"])
        #expect(result.stdoutLines.contains { $0.hasPrefix("KR-45,전북특별자치도,Central Asia,중앙아시아,6,28.57142857142857,100.0,") })
    }

    @Test func aTerminalTableAlignsHangul() throws {
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "all", "--by", "province", "--format", "table"])
        let lines = result.stdoutLines
        #expect(lines[0].hasPrefix("key    name            activities"))
        #expect(lines[1].hasPrefix("KR-45  전북특별자치도          21"))
        #expect(lines[2].hasPrefix("KR-47  경상북도                 6"))
    }

    @Test(arguments: [["--period", "2024-Q5"], ["--period", "2024-Q1", "--by", "planet"], ["--period", "2024-Q1", "--by", "kind,sector,region"],
                      ["--period", "2024-Q1", "--office", "Jeonbok-do"], ["--period", "2024-Q1", "--office", "중구"],
                      ["--period", "all", "--compare", "previous"], ["--period", "2024-Q1", "--format", "xml"], []])
    func badUsageExitsTwo(_ arguments: [String]) throws {
        let result = try CLIRunner.run(["tables"] + seeds + arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
    }

    @Test func unknownOfficeGetsAHint() throws {
        let result = try CLIRunner.run(["tables"] + seeds + ["--period", "2024-Q1", "--office", "Jeonbok-do"])
        #expect(result.stderrLines.first == "Error: Unknown office 'Jeonbok-do'. Did you mean 전북특별자치도?")
    }

    @Test func aBrokenLogMakesNoTable() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,date,office,kind,partner_country\nx1,2024-02-30,전북,forum,US\n"
            .write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["tables", "bad.csv", "--period", "2024-Q1"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderrLines.first == "bad.csv:2:2: error: date: no such day in the calendar '2024-02-30'")
    }
}
