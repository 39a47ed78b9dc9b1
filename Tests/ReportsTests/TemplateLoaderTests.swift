import Foundation
import Testing
@testable import Reports
@testable import TradeMetrics

struct TemplateLoaderTests {
    func load(_ yaml: String) throws(TemplateError) -> ReportTemplate {
        try TemplateLoader().load(yaml: yaml, file: "t.yaml")
    }

    func error(_ yaml: String) -> String? {
        do { _ = try load(yaml); return nil } catch { return error.description }
    }

    let minimal = """
        sheets:
          - name: 요약
            blocks:
              - table: { by: sector }

        """

    @Test func aMinimalTemplate() throws {
        let template = try load(minimal)
        #expect(template.sheets.count == 1)
        #expect(template.sheets[0].name == LocalizedText("요약"))
        guard case .table(let table) = template.sheets[0].blocks[0] else { Issue.record("not a table"); return }
        #expect(table.dimensions == [.sector])
        #expect(table.measures == Measure.allCases)
        #expect(table.total)
        #expect(template.style == ReportStyle())
    }

    @Test func everyBuiltInTemplateLoadsAndMatchesItsFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for (name, yaml) in BuiltInTemplates.all {
            let file = try String(contentsOf: root.appendingPathComponent("Templates/\(name).yaml"), encoding: .utf8)
            #expect(file == yaml, "Templates/\(name).yaml changed: run scripts/embed-templates")
            _ = try load(yaml)
        }
        #expect(BuiltInTemplates.all.map(\.name) == ["bench", "briefing", "compare", "quarterly"])
    }

    @Test func yamlSyntaxErrorsNameLineAndColumn() {
        #expect(error("sheets:\n  - name: [unclosed\n") == "t.yaml:3:1: error: YAML syntax: a list in [ ] is not closed, or an item lacks its ','")
    }

    @Test func unknownKeysGetADidYouMean() {
        #expect(error("sheets:\n  - name: a\n    blocks:\n      - table: { by: sector, mesures: [activities] }\n")
                == "t.yaml:4:30: error: unknown key 'mesures' in table; did you mean 'measures'?")
        #expect(error("titel: x\nsheets: []\n") == "t.yaml:1:1: error: unknown key 'titel' in the template; did you mean 'title'?")
        #expect(error("sheets:\n  - name: a\n    blocks:\n      - tabel: { by: sector }\n")
                == "t.yaml:4:9: error: unknown key 'tabel' in a block; did you mean 'table'?")
    }

    @Test func unknownMeasuresAndDimensions() {
        #expect(error("sheets:\n  - name: a\n    blocks:\n      - table: { by: sectr }\n")
                == "t.yaml:4:22: error: unknown dimension 'sectr'; did you mean 'sector'?")
        #expect(error("sheets:\n  - name: a\n    blocks:\n      - table: { by: sector, measures: [activities, mission] }\n")
                == "t.yaml:4:53: error: unknown measure 'mission'; did you mean 'missions'?")
        #expect(error("sheets:\n  - name: a\n    blocks:\n      - table: { measures: [activities] }\n")
                == "t.yaml:4:16: error: a table needs 'by' with one or two dimensions (province, office, region, country, sector, kind, quarter, month)")
    }

    @Test func sheetNamesWithinExcelsLimits() {
        #expect(error("sheets:\n  - name: 이름이 아주 아주 아주 아주 아주 아주 아주 긴 시트 이름입니다\n    blocks: []\n")?
            .hasPrefix("t.yaml:2:11: error: sheet name '이름이 아주 아주 아주 아주 아주 아주 아주 긴 시트 이름입니다' exceeds Excel's limit of 31 characters") == true)
        #expect(error("sheets:\n  - name: 'a/b'\n    blocks: []\n") == "t.yaml:2:11: error: sheet name 'a/b' contains '/', which Excel forbids ([ ] : * ? / \\)")
        #expect(error("sheets:\n  - name: a\n    blocks: []\n  - name: A\n    blocks: []\n") == "t.yaml:4:11: error: two sheets are named 'A'")
    }

    @Test func aChartMustDrawFromABlockAboveIt() {
        #expect(error("sheets:\n  - name: a\n    blocks:\n      - chart: { from: nowhere, title: x }\n")
                == "t.yaml:4:9: error: chart draws from 'nowhere', which is not a table or series block above it on this sheet")
    }

    @Test func textInBothLanguagesOrOne() throws {
        let template = try load("title: { ko: 보고서, en: Report }\nsheets:\n  - name: { ko: 요약, en: Summary }\n    blocks: []\n")
        #expect(template.title == LocalizedText(ko: "보고서", en: "Report"))
        #expect(template.sheets[0].name.text(.en) == "Summary")
        #expect(error("title: { ko: 보고서 }\nsheets: []\n") == "t.yaml:1:8: error: title needs both ko and en")
    }

    @Test func styleValues() throws {
        let template = try load("style: { font: Nanum Gothic, header_fill: \"#FFEECC\", number_formats: { percent: \"0%\" } }\n" + minimal)
        #expect(template.style.font == "Nanum Gothic")
        #expect(template.style.headerFill == 0xFFEECC)
        #expect(template.style.percentFormat == "0%")
        #expect(error("style: { header_fill: blue }\n" + minimal) == "t.yaml:1:23: error: header_fill must be a colour like \"#DDEBF7\"")
    }
}

/// Hostile templates refused before they cost anything.
struct HostileTemplateTests {
    func error(_ yaml: String) -> String? {
        do { _ = try TemplateLoader().load(yaml: yaml, file: "t.yaml"); return nil } catch { return error.description }
    }

    /// An alias bomb used as a mapping key: Yams hashes the key whole, ten times more work a level
    /// (seven levels took 27 s). Refused by counting the expanded nodes first, at the alias that
    /// goes over, whatever the depth: 30 levels are refused as 6 are.
    @Test func anAliasBombIsRefusedBeforeYamsBuildsIt() {
        func bomb(_ levels: Int) -> String {
            var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
            for level in 1...levels { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
            return lines.joined(separator: "\n") + "\n? *a\(levels)\n: v\n"
        }
        let refusal = "error: YAML aliases (*name) here would expand to more than 100,000 values; write the values out instead"
        #expect(error(bomb(30)) == "t.yaml:5:55: \(refusal)")
        #expect(error(bomb(6)) == "t.yaml:5:55: \(refusal)")
        // Three levels (1,111 values a use) are within the bound: read, then refused as a template.
        #expect(error(bomb(3))?.hasPrefix("t.yaml:1:1: error: unknown key 'a0'") == true)
    }

    @Test func anAliasWithinTheBoundStillWorks() throws {
        let yaml = """
            title: &t { ko: 보고서, en: Report }
            description: *t
            sheets:
              - name: 요약
                blocks:
                  - table: { by: sector }

            """
        let template = try TemplateLoader().load(yaml: yaml, file: "t.yaml")
        #expect(template.description?.text(.en) == "Report")
    }

    /// Two sheets naming one CSV file: the second table would replace the first.
    @Test func twoSheetsCannotShareACSVFile() {
        let yaml = """
            sheets:
              - name: 가
                file: { ko: "{period}_표", en: by-sector }
                blocks: [ { table: { by: sector } } ]
              - name: 나
                file: { ko: "{PERIOD}_표", en: by-kind }
                blocks: [ { table: { by: kind } } ]

            """
        #expect(error(yaml) == "t.yaml:6:11: error: two sheets write the CSV file '{PERIOD}_표'; give each sheet its own file")
        #expect(error(yaml.replacingOccurrences(of: "{PERIOD}_표", with: "{period}_나")) == nil)
    }
}
