import Testing
@testable import TradeMetrics
@testable import Reports

/// Wide tables in labelled parts, page breaks, and warnings by kind: the pieces of a printed sheet.
struct PrintPartsTests {
    func wideTable() -> ReportTable {
        var columns = [ReportColumn("국가")]
        for name in ["활동", "출장", "참여기업", "협약"] {
            columns += [ReportColumn(name, role: .value), ReportColumn("\(name) 전년", role: .base),
                        ReportColumn("\(name) 증감", role: .change), ReportColumn("\(name) 증감률", role: .changePercent)]
        }
        let row: [ReportCell] = [.text("미국")] + Array(repeating: .count(1), count: 16)
        return ReportTable(id: "countries", title: "국가별", columns: columns, rows: [row, row], hasTotal: true)
    }

    @Test func aWideTableSplitsIntoPartsEachWithItsKeyColumn() {
        let parts = wideTable().printParts(budget: 100, width: { $0 == 0 ? 20 : 9 })
        #expect(parts.map(\.table.title) == ["국가별 (1/2: 활동·출장)", "국가별 (2/2: 참여기업·협약)"])
        #expect(parts.map(\.sourceColumns) == [[0] + Array(1...8), [0] + Array(9...16)])
        #expect(parts.allSatisfy { $0.table.columns[0].header == "국가" && $0.table.hasTotal && $0.sourceID == "countries" })
        #expect(parts[1].table.rows[0].count == 9)
        // One that fits stays whole.
        #expect(wideTable().printParts(budget: 200, width: { _ in 9 }).count == 1)
    }

    @Test func packingEvensOutTheParts() {
        #expect(ReportTable.pack([4, 4, 4, 4], room: 12) == [[0, 1], [2, 3]])
        #expect(ReportTable.pack([5, 5, 5], room: 20) == [[0, 1, 2]])
        #expect(ReportTable.pack([9, 2, 2, 9], room: 11) == [[0, 1], [2, 3]])
    }

    @Test func aBlockThatFitsOnAPageIsNotCut() {
        var flow = PageFlow(capacity: 100)
        flow.add(70)
        flow.start(block: 50, keeping: 20, at: 10)       // fits on a page of its own: a break
        #expect(flow.breaks == [10])
        flow.add(50)
        flow.start(block: 300, keeping: 40, at: 20)      // longer than a page, its head fits: no break
        #expect(flow.breaks == [10])
        flow.fit(40, at: 21, repeating: 15)              // 50 + 40 fits
        flow.fit(40, at: 22, repeating: 15)              // the page is full: a break, the header repeated
        #expect(flow.breaks == [10, 22])
        #expect(flow.used == 55)
    }

    @Test func warningsAreCountedByKindWithTheFirstPlaces() {
        let warnings = [
            "log.csv:3:4: warning: office: 전라북도 is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 '전라북도'",
            "log.csv:5:4: warning: office: Jeollabuk-do is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 'Jeollabuk-do'",
            "b.csv:2:1: warning: row: the same activity as a.csv:7 (전북특별자치도 and 전주시); both rows count",
            "log.csv:9:4: warning: office: 전라북도 is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 '전라북도'",
            "log.csv:11:4: warning: office: 전라북도 is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 '전라북도'",
            "log.csv:12:4: warning: office: 전라북도 is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 '전라북도'",
        ]
        let kinds = WarningKind.group(warnings)
        #expect(kinds.map(\.count) == [5, 1])
        #expect(kinds[0].text == "office: … is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도")
        #expect(kinds[0].examples == ["log.csv:3:4 '전라북도'", "log.csv:5:4 'Jeollabuk-do'", "log.csv:9:4 '전라북도'"])
        #expect(kinds[1].text == "row: the same activity as … (전북특별자치도 and 전주시); both rows count")
        #expect(kinds[1].examples == ["b.csv:2:1"])
    }

    /// In Korean a value's particle depends on the value: warnings of one kind stay one kind.
    @Test func koreanWarningsOfOneKindAreOneKindWhateverTheParticle() {
        let warnings = [
            "log.csv:3:4: warning: office: 전라북도는 2024-01-18부터 전북특별자치도입니다. 전북특별자치도로 집계합니다 '전라북도'",
            "log.csv:5:4: warning: office: Jeollabuk-do은(는) 2024-01-18부터 전북특별자치도입니다. 전북특별자치도로 집계합니다 'Jeollabuk-do'",
            "log.csv:7:4: warning: office: Jeonbuk-do은(는) 2024-01-18부터 전북특별자치도입니다. 전북특별자치도로 집계합니다 'Jeonbuk-do'",
        ]
        let kinds = WarningKind.group(warnings)
        #expect(kinds.map(\.count) == [3])
        #expect(kinds.first?.text == "office: …은(는) 2024-01-18부터 전북특별자치도입니다. 전북특별자치도로 집계합니다")
        #expect(WarningKind.sameParticles("…로 집계, …(으)로, …으로, …이 …가 …을(를) …은 …는") == "…(으)로 집계, …(으)로, …(으)로, …이(가) …이(가) …을(를) …은(는) …은(는)")
    }

    @Test func theAboutSheetCountsWarningsAndTheListHoldsThemAll() throws {
        let template = try TemplateLoader().load(yaml: BuiltInTemplates.all.first { $0.name == "quarterly" }!.yaml, file: "quarterly")
        let warnings = (1...40).map { "log.csv:\($0 + 1):4: warning: office: 제주도 is 제주특별자치도 since 2006-07-01; counted as 제주특별자치도 '제주도'" }
        let context = ReportContext(period: .quarter(2024, 1), warnings: warnings, created: 1_700_000_000)
        let report = ReportBuilder(template: template, engine: MetricsEngine(records: Sample.records()), context: context).build()
        guard case .table(let about)? = report.sheets.first(where: { $0.name == "정보" })?.blocks.first else { Issue.record("no about"); return }
        let rows = about.rows.compactMap { row -> String? in if case .text(let t) = row[1] { return t } else { return nil } }
        #expect(rows.contains("40건 (1가지; 종류마다 처음 몇 건, 모두는 '경고 목록' 시트)"))
        #expect(rows.contains("40건: office: … is 제주특별자치도 since 2006-07-01; counted as 제주특별자치도\n예: log.csv:2:4 '제주도', log.csv:3:4 '제주도', log.csv:4:4 '제주도', …"))
        #expect(report.sheets.last?.name == "경고 목록")
        guard case .table(let list)? = report.sheets.last?.blocks.first else { Issue.record("no list"); return }
        #expect(list.rows.count == 40)
        #expect(list.rows[0] == [.text("log.csv:2:4"), .text("office: 제주도 is 제주특별자치도 since 2006-07-01; counted as 제주특별자치도 '제주도'")])
    }
}
