import Foundation
import Testing

/// A province's file and a municipality's file sharing three activities, through the commands.
struct DedupeCommandTests {
    static let header = "id,date,office,kind,trip,partner_country,partner_city,sectors,companies,consultations,consultation_usd,contract_usd,title\n"
    static let files = [
        "jeonbuk.csv": header + """
            p1,2024-01-09,전북,mission,T1,US,Las Vegas,bio,10,30,1000000,100000,CES 2024 참가
            p2,2024-01-10,전북,forum,,US,Las Vegas,,5,,,,전북 투자설명회
            p3,2024-02-01,전북,agreement,,KZ,Almaty,,,,,,MOU 체결
            p4,2024-03-01,전북,delegation,,JP,,,2,,,,일본 방문단 접견
            """ + "\n",
        "jeonju.csv": header + """
            m1,2024-01-09,전주시,mission,T1,US,las vegas,mobility,4,40,800000,150000,CES 2024 참가 (전주)
            m2,2024-01-10,전주시,forum,,US,Las Vegas,,7,,,,"전북 투자 설명회!"
            m3,2024-02-01,전주시,agreement,,KZ,Almaty,,,,,,업무협약 체결
            m4,2024-03-01,전주시,delegation,,JP,,,1,,,,일본 방문단 접견
            """ + "\n",
    ]

    func folder() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        for (name, text) in Self.files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    static let warnings = [2, 3, 5].map {
        "jeonju.csv:\($0):1: warning: row: the same activity as jeonbuk.csv:\($0) (전북특별자치도 and 전주시); both rows count, --dedupe counts it once"
    }

    @Test func validateWarnsOfEachPair() throws {
        let result = try CLIRunner.run(["validate", "jeonbuk.csv", "jeonju.csv"], in: try folder())
        #expect(result.status == 0)
        #expect(result.stderrLines == Self.warnings)
    }

    @Test func tablesCountBothRowsOrEachActivityOnce() throws {
        let dir = try folder()
        let arguments = ["tables", "jeonbuk.csv", "jeonju.csv", "--period", "2024-Q1", "--by", "office", "--format", "csv"]
        let both = try CLIRunner.run(arguments, in: dir)
        #expect(both.stdoutLines == [
            "key,name,activities,missions,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd,countries,consultations_per_company,consultation_usd_per_company,contract_usd_per_company,conversion_pct",
            "KR-45,전북특별자치도,4,1,17,0,1,30,1000000,100000,3,1.7647058823529411,58823.529411764706,5882.35294117647,10",
            "KR-45/전주시,전주시,4,1,12,0,1,40,800000,150000,3,3.3333333333333335,66666.66666666667,12500,18.75",
            "total,합계,8,1,29,0,2,70,1800000,250000,3,2.413793103448276,62068.96551724138,8620.689655172413,13.88888888888889",
        ])
        #expect(both.stderrLines == Self.warnings)
        let once = try CLIRunner.run(arguments + ["--dedupe"], in: dir)
        // 전주시 keeps its four rows, each with the larger numbers of its pair; 전북 keeps p3 alone.
        #expect(once.stdoutLines == [
            "key,name,activities,missions,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd,countries,consultations_per_company,consultation_usd_per_company,contract_usd_per_company,conversion_pct",
            "KR-45,전북특별자치도,1,0,0,0,1,0,0,0,1,,,,",   // no company, no consultation: all four empty
            "KR-45/전주시,전주시,4,1,19,0,1,40,1000000,150000,3,2.1052631578947367,52631.57894736842,7894.736842105263,15",
            "total,합계,5,1,19,0,2,40,1000000,150000,3,2.1052631578947367,52631.57894736842,7894.736842105263,15",
        ])
    }

    @Test func theAboutSheetListsEachMerge() throws {
        let dir = try folder()
        let result = try CLIRunner.run(["quarterly", "jeonbuk.csv", "jeonju.csv", "--period", "2024-Q1", "--dedupe",
                                        "-o", "q.xlsx", "--csv", "csv"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdoutLines.last == "wrote q.xlsx: 7 sheets, 5 activities in 2024-Q1 (all offices)")
        let about = try String(contentsOf: dir.appendingPathComponent("csv/07-정보.csv"), encoding: .utf8)
        #expect(about.contains("중복 병합 (dedupe),\"3건: 한 활동으로 셈, 기초자치단체 행에 수치는 큰 값\"\r\n"
            + ",jeonju.csv:2 전주시 2024-01-09 CES 2024 참가 (전주) ← jeonbuk.csv:2 전북특별자치도 2024-01-09 CES 2024 참가\r\n"
            + ",jeonju.csv:3 전주시 2024-01-10 전북 투자 설명회! ← jeonbuk.csv:3 전북특별자치도 2024-01-10 전북 투자설명회\r\n"
            + ",jeonju.csv:5 전주시 2024-03-01 일본 방문단 접견 ← jeonbuk.csv:5 전북특별자치도 2024-03-01 일본 방문단 접견\r\n"))
        let list = try String(contentsOf: dir.appendingPathComponent("csv/06-활동 목록.csv"), encoding: .utf8)
        #expect(list.split(separator: "\r\n").count == 1 + 5)   // header and the five activities counted
    }
}
