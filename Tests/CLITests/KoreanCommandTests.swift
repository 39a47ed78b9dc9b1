import Foundation
import Testing

/// The language of messages and help: `--lang`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
struct KoreanCommandTests {
    static let korean = ["LANG": "ko_KR.UTF-8"]

    func badLog() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        try "id,date,office,kind,partner_country\nx1,2024-01-10,전북,forum,US\nx2,2023-02-29,Jeonbok-do,forum,US\n"
            .write(to: folder.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
        try "id,date,office,kind,partner_country\nx1,2024-03-01,전라북도,forum,US\n"
            .write(to: folder.appendingPathComponent("b.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aKoreanLocaleGivesKoreanMessages() throws {
        let folder = try badLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["validate", "a.csv", "b.csv"], in: folder, environment: Self.korean)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "a.csv:3:2: error: date: 달력에 없는 날짜입니다 '2023-02-29'",
            "a.csv:3:3: error: office: 알 수 없는 기관입니다(혹시 전북특별자치도입니까?) 'Jeonbok-do'",
            "b.csv:2:1: error: id: 이미 a.csv:2에서 쓴 번호입니다 'x1'",
            "b.csv:2:3: warning: office: 전라북도는 2024-01-18부터 전북특별자치도입니다. 전북특별자치도로 집계합니다 '전라북도'",
        ])
        #expect(result.stdoutLines == [
            "a.csv: 행 1개, 오류 있는 행 1개, UTF-8",
            "b.csv: 행 0개, 오류 있는 행 1개, UTF-8",
            "파일 2개, 행 1개, 2024-01-10 ~ 2024-01-10",
            "기관: 전북특별자치도 1",
            "유형: 포럼 1",
            "실패: 오류 3건, 경고 1건",
        ])
    }

    @Test func langOverridesTheLocale() throws {
        let folder = try badLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try CLIRunner.run(["validate", "--lang", "en", "a.csv", "b.csv"], in: folder, environment: Self.korean)
        #expect(english.stderrLines.first == "a.csv:3:2: error: date: no such day in the calendar '2023-02-29'")
        #expect(english.stdoutLines.last == "failed: 3 errors, 1 warning")
        let korean = try CLIRunner.run(["validate", "a.csv", "--lang=ko", "b.csv"], in: folder, environment: ["LANG": "en_US.UTF-8"])
        #expect(korean.stderrLines.first == "a.csv:3:2: error: date: 달력에 없는 날짜입니다 '2023-02-29'")
        // LC_ALL before LANG; LC_MESSAGES before LANG.
        let all = try CLIRunner.run(["validate", "a.csv"], in: folder, environment: ["LC_ALL": "C", "LANG": "ko_KR.UTF-8"])
        #expect(all.stdoutLines.last == "failed: 2 errors, 0 warnings")
        let messages = try CLIRunner.run(["validate", "a.csv"], in: folder, environment: ["LC_MESSAGES": "ko_KR.UTF-8"])
        #expect(messages.stdoutLines.last == "실패: 오류 2건, 경고 0건")
    }

    @Test func aReportSaysWhatItWroteInKorean() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("r.xlsx").path
        let result = try CLIRunner.run(["quarterly", "seeds/jeonbuk.csv", "seeds/jeonju.csv", "--period", "2024-Q1", "--office", "전북",
                                        "-o", output], environment: Self.korean)
        #expect(result.status == 0)
        #expect(result.stdoutLines == ["\(output) 저장: 시트 7개, 2024-Q1 활동 10건 (전북특별자치도)"])
        let english = try CLIRunner.run(["quarterly", "seeds/jeonbuk.csv", "--period", "2024-Q1", "--office", "전북",
                                         "-o", output, "--force", "--lang", "en"], environment: Self.korean)
        #expect(english.stdoutLines.first?.hasPrefix("wrote \(output): ") == true)
    }

    @Test func refusalsInKorean() throws {
        let result = try CLIRunner.run(["tables", "seeds/jeonbuk.csv", "--period", "2024-Q5"], environment: Self.korean)
        #expect(result.status == 2)
        #expect(result.stderrLines.first == "Error: 잘못된 기간입니다: '2024-Q5'. 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 또는 all로 적으십시오")
        let office = try CLIRunner.run(["tables", "seeds/jeonbuk.csv", "--period", "2024", "--office", "Jeonbok"], environment: Self.korean)
        #expect(office.stderrLines.first == "Error: 알 수 없는 기관입니다: 'Jeonbok'. 혹시 전북특별자치도입니까?")
        let none = try CLIRunner.run(["validate"], environment: Self.korean)
        #expect(none.status == 2)
        #expect(none.stderr.contains("활동 기록 파일을 하나 이상 지정하십시오."))
        #expect(none.stderrLines.last == "사용법은 'report-cli --help'로 확인하십시오.")
        // swift-argument-parser's own refusals, in Korean around the names.
        let unknown = try CLIRunner.run(["validate", "--bogus", "seeds/jeonbuk.csv"], environment: Self.korean)
        #expect(unknown.status == 2)
        #expect(unknown.stderrLines.first == "Error: 알 수 없는 옵션입니다: '--bogus'")
        let missing = try CLIRunner.run(["quarterly", "seeds/jeonbuk.csv", "-o", "x.xlsx"], environment: Self.korean)
        #expect(missing.stderrLines.first == "Error: 필요한 인수가 없습니다: '--period <period>'")
        #expect(missing.stderr.contains("사용법: report-cli quarterly"))
        let invalid = try CLIRunner.run(["quarterly", "seeds/jeonbuk.csv", "--period", "2024", "-o", "x.xlsx", "--lang", "jp"],
                                        environment: Self.korean)
        #expect(invalid.stderrLines.first == "Error: 값 'jp'은(는) 쓸 수 없습니다: '--lang <lang>'. 다음 중 하나를 쓰십시오: 'ko' 또는 'en'.")
    }

    @Test func aTemplatesMistakesInKorean() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "titel: x\nsheets: []\n".write(to: folder.appendingPathComponent("t.yaml"), atomically: true, encoding: .utf8)
        let log = CLIRunner.projectRoot.appendingPathComponent("seeds/jeonbuk.csv").path
        let result = try CLIRunner.run(["quarterly", log, "--period", "2024-Q1", "--template", "t.yaml", "-o", "r.xlsx"],
                                       in: folder, environment: Self.korean)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["t.yaml:1:1: error: 알 수 없는 키입니다: 'titel'(서식). 혹시 'title'입니까?"])
        let english = try CLIRunner.run(["quarterly", log, "--period", "2024-Q1", "--template", "t.yaml", "-o", "r.xlsx", "--lang", "en"],
                                        in: folder, environment: Self.korean)
        #expect(english.stderrLines == ["t.yaml:1:1: error: unknown key 'titel' in the template; did you mean 'title'?"])
    }

    @Test func helpInKorean() throws {
        for command in ["validate", "tables", "quarterly", "compare", "briefing", "ties", "form", "template", "serve"] {
            let result = try CLIRunner.run([command, "--help"], environment: Self.korean)
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("사용법:"), "\(command)")
            // Every line that explains something is in Korean: no option's help left in English.
            for line in result.stdoutLines where line.hasPrefix("  -") || line.hasPrefix("  <") {
                // The text after the option's name and its gap (on the next line when the name is long).
                let text = line.dropFirst(2).range(of: "  ").map { String(line[$0.upperBound...]).trimmingCharacters(in: .whitespaces) } ?? ""
                #expect(text.isEmpty || text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(command): \(line)")
            }
        }
        let validate = try CLIRunner.run(["validate", "--help"], environment: Self.korean)
        #expect(validate.stdout.contains("개요: 활동 기록을 확인하고 요약합니다."))
        #expect(validate.stdout.contains("--dedupe                두 기관의 기록"))
        #expect(validate.stdout.contains("도움말을 보여 줍니다."))
        let english = try CLIRunner.run(["validate", "--help", "--lang", "en"], environment: Self.korean)
        #expect(english.stdout.contains("OVERVIEW: Check activity logs and summarise them."))
        let root = try CLIRunner.run(["--help"], environment: Self.korean)
        #expect(root.stdout.contains("quarterly               기관의 분기 Excel 보고서(와 그 표의 CSV)를 만듭니다."))
    }
}
