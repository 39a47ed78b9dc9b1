import Foundation
import Testing

struct CompareCommandTests {
    let seeds = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }

    @Test func comparesAllProvincesOrAChosenFew() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let all = try CLIRunner.run(["compare"] + seeds + ["--period", "2024", "-o", "all.xlsx"], in: dir)
        #expect(all.status == 0)
        #expect(all.stdoutLines == ["wrote all.xlsx: 4 sheets, 17 provinces compared, 11 activities in 2024"])
        let three = try CLIRunner.run(["compare"] + seeds + ["--period", "2024", "--offices", "전북,제주,경북", "-o", "three.xlsx"], in: dir)
        #expect(three.stdoutLines == ["wrote three.xlsx: 7 sheets, 3 provinces compared, 11 activities in 2024"])
        let offices = try CLIRunner.run(["compare"] + seeds + ["--period", "2024", "--by", "office", "--offices", "전북,전주시", "-o", "o.xlsx"], in: dir)
        #expect(offices.stdoutLines == ["wrote o.xlsx: 6 sheets, 2 offices compared, 11 activities in 2024"])
    }

    @Test(arguments: [
        (["--period", "2024", "--offices", "전주시", "-o", "x.xlsx"], "Error: 전주시 is not a province; compare by office to compare it as itself."),
        (["--period", "2024", "--offices", "Jeonbok-do", "-o", "x.xlsx"], "Error: Unknown office 'Jeonbok-do'. Did you mean 전북특별자치도?"),
        (["--period", "2024-Q5", "-o", "x.xlsx"], "Error: bad period '2024-Q5'; write 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all"),
        (["--period", "2024", "--offices", "전북", "--all-provinces", "-o", "x.xlsx"], "Error: Give either --offices or --all-provinces, not both."),
    ])
    func refusals(_ arguments: [String], _ message: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["compare"] + seeds + arguments, in: dir)
        #expect(result.status == 2)
        #expect(result.stderrLines.first == message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }

    @Test func refusesExistingOutputAndInputs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data("keep".utf8).write(to: dir.appendingPathComponent("c.xlsx"))
        let existing = try CLIRunner.run(["compare"] + seeds + ["--period", "2024", "-o", "c.xlsx"], in: dir)
        #expect(existing.status == 2)
        #expect(try Data(contentsOf: dir.appendingPathComponent("c.xlsx")) == Data("keep".utf8))
        let input = try CLIRunner.run(["compare"] + seeds + ["--period", "2024", "-o", seeds[0], "--force"], in: dir)
        #expect(input.status == 2)
        try "sheets: [".write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let template = try CLIRunner.run(["compare"] + seeds + ["--period", "2024", "--template", "bad.yaml", "-o", "n.xlsx"], in: dir)
        #expect(template.status == 1)
        #expect(template.stderrLines.first == "bad.yaml:2:1: error: YAML syntax: a value is missing here")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("n.xlsx").path))
    }
}

struct BriefingCommandTests {
    let seeds = ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }

    func read(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    @Test func koreanNamesUTF8WithBOM() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["briefing"] + seeds + ["--period", "2023", "--office", "전북", "-o", "brief"], in: dir)
        #expect(result.status == 0)
        let folder = dir.appendingPathComponent("brief")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["2023_전북_권역별.csv", "2023_전북_분야별.csv", "2023_전북_시도별.csv", "2023_전북_요약.csv",
                          "2023_전북_유형별.csv", "2023_전북_활동목록.csv"])
        let list = try read(folder.appendingPathComponent("2023_전북_활동목록.csv"))
        #expect(list.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: list.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("번호,일자,종료일,기관,유형,출장,국가,도시,상대기관,분야,참여기업,상대기업,협약,상담건수,상담액(달러),계약액(달러),제목,출처\r\n"))
        // A title with a comma and quotes survives, quoted per RFC 4180.
        #expect(text.contains("\"전북-카자흐스탄 경제포럼 \"\"카자흐스탄의 바람\"\" (Wind of Kazakhstan), 전주: 중앙아시아 신시장 개척 기조연설, 외교·산업 연계 토론\""))
    }

    @Test func englishNamesInCP949() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "--office", "전북", "-o", "b", "--names", "en",
                                                               "--csv-encoding", "cp949", "--encoding", "utf-8"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let folder = dir.appendingPathComponent("b")
        let file = folder.appendingPathComponent("2024-Q1_Jeonbuk_by-sector.csv")
        let bytes = try read(file)
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let decoded = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0422))
        #expect(decoded?.hasPrefix("분야,활동,활동 전분기,") == true)
        #expect(decoded?.contains("바이오·헬스,6,0,6,") == true)
    }

    /// `--encoding` is the logs' encoding in briefing too; its earlier meaning (the files') is told.
    @Test func briefingsEncodingOptionsMeanWhatTheySay() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let old = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "-o", "a", "--encoding", "utf-8-bom"], in: dir)
        #expect(old.status == 0)
        #expect(old.stderrLines == ["warning: --encoding utf-8-bom names the CSV files' encoding, which is now --csv-encoding; --encoding is the logs' encoding"])
        let ambiguous = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "-o", "b", "--encoding", "cp949"], in: dir)
        #expect(ambiguous.status == 1)   // the UTF-8 sample log read as CP949 is not text
        #expect(ambiguous.stderrLines.first == "warning: --encoding cp949 now reads the logs as CP949 (it named the CSV files' encoding before); for CSV files in CP949 give --csv-encoding cp949")
        let earlier = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "-o", "c", "--log-encoding", "utf-8"], in: dir)
        #expect(earlier.status == 0 && earlier.stderr == "")
    }

    @Test func aValueWithANewlineSurvives() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "id,date,office,kind,partner_country,title\nn1,2024-02-01,전북,forum,US,\"두 줄\n제목, \"\"인용\"\"\"\n"
            .write(to: dir.appendingPathComponent("log.csv"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["briefing", "log.csv", "--period", "2024-Q1", "-o", "b"], in: dir)
        #expect(result.status == 0)
        let text = String(decoding: try read(dir.appendingPathComponent("b/2024-Q1_전체_활동목록.csv")).dropFirst(3), as: UTF8.self)
        #expect(text.contains(",\"두 줄\n제목, \"\"인용\"\"\",\r\n") || text.contains(",\"두 줄\n제목, \"\"인용\"\"\"\r\n"))
    }

    @Test func anExistingFolderIsKeptUnlessForced() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let folder = dir.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let refused = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "-o", "b"], in: dir)
        #expect(refused.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        let forced = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "-o", "b", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 6)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["b"])   // nothing stray
    }
}

struct TemplateCommandTests {
    @Test func listShowsEveryBuiltInWithWhatItMakes() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["template", "list"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdoutLines.map { String($0.prefix(12)).trimmingCharacters(in: .whitespaces) } == ["bench", "briefing", "compare", "quarterly"])
        #expect(result.stdoutLines.allSatisfy { $0.contains("(built in)") })
        #expect(result.stdoutLines[3].contains("한 기관의 분기 보고서"))
    }

    @Test func listIncludesUserTemplates() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try "description: 우리 보고서\nsheets:\n  - name: a\n    blocks: []\n".write(to: dir.appendingPathComponent("Templates/ours.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["template", "list"], in: dir)
        #expect(result.stdoutLines.last == "ours          Templates/ours.yaml  우리 보고서")
    }

    @Test func showPrintsTheTemplate() throws {
        let result = try CLIRunner.run(["template", "show", "quarterly"])
        let file = try String(contentsOf: CLIRunner.projectRoot.appendingPathComponent("Templates/quarterly.yaml"), encoding: .utf8)
        #expect(result.stdout == file)
        #expect(try CLIRunner.run(["template", "show", "nosuch"]).status == 2)
    }

    @Test func initCopiesAndNeverOverwrites() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let first = try CLIRunner.run(["template", "init", "compare", "mine.yaml"], in: dir)
        #expect(first.status == 0)
        let copied = try String(contentsOf: dir.appendingPathComponent("mine.yaml"), encoding: .utf8)
        #expect(copied == (try String(contentsOf: CLIRunner.projectRoot.appendingPathComponent("Templates/compare.yaml"), encoding: .utf8)))
        try "edited".write(to: dir.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        let second = try CLIRunner.run(["template", "init", "compare", "mine.yaml"], in: dir)
        #expect(second.status == 2)
        #expect(try String(contentsOf: dir.appendingPathComponent("mine.yaml"), encoding: .utf8) == "edited")
        let defaultName = try CLIRunner.run(["template", "init", "briefing"], in: dir)
        #expect(defaultName.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("briefing.yaml").path))
        // The copy works as a template.
        let seeds = ["jeonbuk.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }
        _ = try CLIRunner.run(["template", "init", "quarterly", "q.yaml"], in: dir)
        let used = try CLIRunner.run(["quarterly"] + seeds + ["--period", "2024-Q1", "--template", "q.yaml", "-o", "r.xlsx"], in: dir)
        #expect(used.status == 0)
    }

    @Test func englishLabelsWithLang() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let seeds = ["jeonbuk.csv"].map { CLIRunner.projectRoot.appendingPathComponent("seeds/\($0)").path }
        let result = try CLIRunner.run(["briefing"] + seeds + ["--period", "2024-Q1", "-o", "b", "--lang", "en", "--names", "en"], in: dir)
        #expect(result.status == 0)
        let text = String(decoding: try Data(contentsOf: dir.appendingPathComponent("b/2024-Q1_all_summary.csv")).dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Measure,2024-Q1,Previous period (2023-Q4),Change,Change %,Same period last year (2023-Q1),Change,Change %\r\nActivities,10,"))
    }
}
