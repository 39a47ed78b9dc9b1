import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// The comparison report across 2026-07-01, on the log of `RestatementTests` (rows in 2025-Q3 and
/// 2026-Q3 for 광주, 전남, the special city and Incheon's old and new districts).
struct ReorganisationReportTests {
    static let records: [ActivityRecord] = {
        let header = "id,date,office,kind,trip,partner_country,sectors,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd\n"
        let read = LogReader().readAll([.bytes(name: "log.csv", Array((header + RestatementLog.text).utf8))])
        precondition(!read.read.hasErrors)
        return read.records
    }()

    func compare(_ period: String, boundaries: Boundaries = .current, language: Language = .ko,
                 selection: ReportContext.Selection? = nil) throws -> XLSXContents {
        let template = try TemplateLoader().load(yaml: BuiltInTemplates.all.first { $0.name == "compare" }!.yaml, file: "compare")
        let context = ReportContext(period: try Period(parsing: period), selection: selection, language: language,
                                    created: 1_700_000_000, boundaries: boundaries)
        let report = ReportBuilder(template: template, engine: MetricsEngine(records: Self.records), context: context).build()
        let url = try Sample.temporaryFolder().appendingPathComponent("c.xlsx")
        try XLSXReportWriter().write(report, to: url.path)
        return try XLSXContents(url)
    }

    /// The names in column A from row 5 down to the total, and the about sheet's rows as `label: text`.
    func names(_ xlsx: XLSXContents) -> [String] {
        let side = xlsx.cells("나란히 비교")
        return (5...30).compactMap { side["A\($0)"]?.value }.prefix { $0 != "합계" }.map { $0 }
    }

    func about(_ xlsx: XLSXContents, sheet: String = "정보") -> [String] {
        let cells = xlsx.cells(sheet)
        return (1...80).compactMap { row in cells["B\(row)"].map { "\(cells["A\(row)"]?.value ?? ""): \($0.value)" } }
    }

    @Test func seventeenProvincesIn2025() throws {
        let xlsx = try compare("2025")
        let names = names(xlsx)
        #expect(names.count == 17)
        #expect(names.contains("광주광역시") && names.contains("전라남도") && !names.contains("전남광주통합특별시"))
        #expect(about(xlsx).contains { $0.hasPrefix("경계: 현재 경계 (2025-12-31 기준)") })
        #expect(!about(xlsx).contains { $0.hasPrefix("재집계:") })
    }

    @Test func sixteenIn2026Q3WithTheSpecialCityRestated() throws {
        let xlsx = try compare("2026-Q3")
        let names = names(xlsx)
        #expect(names.count == 16)
        #expect(names[1] == "전남광주통합특별시")
        #expect(!names.contains("광주광역시") && !names.contains("전라남도"))
        let side = xlsx.cells("나란히 비교")
        // activities, rank, national share, the previous quarter (2026-Q2: 전라남도's row, restated), change
        #expect(["B6", "E6", "F6"].map { side[$0]?.value } == ["3", "1", "2"])
        let rows = about(xlsx)
        #expect(rows.contains("경계: 현재 경계 (2026-09-30 기준): 그때까지 통합된 시·도의 행은 비교 기간을 포함해 통합된 시·도로 셈"))
        #expect(rows.contains("재집계: 광주광역시, 전라남도 → 전남광주통합특별시 (2026-07-01): 이전 행도 전남광주통합특별시로 셈"))
        #expect(rows.contains("재집계하지 않음: 인천광역시 중구 → 제물포구, 영종구 (2026-07-01): 이전 행은 인천광역시 중구 (~2026-06-30)에 남음"))
        #expect(rows.contains("재집계하지 않음: 인천광역시 서구 → 서해구, 검단구 (2026-07-01): 이전 행은 인천광역시 서구 (~2026-06-30)에 남음"))
    }

    /// A label of code and name needs no end mark (the code tells the office apart), so that the
    /// benchmark layout's keys read as other implementations write them.
    @Test func codeAndNameLabelsCarryNoEndMark() throws {
        let gwangju = GroupKey.office(try #require(Gazetteer.shared.province(code: "KR-29")))
        #expect(Labels.group(gwangju, .both, .ko, .shared, in: .all) == "KR-29 광주광역시")
        #expect(Labels.group(gwangju, .both, .en, .shared, in: .all) == "KR-29 Gwangju")
        #expect(Labels.group(gwangju, .names, .ko, .shared, in: .all) == "광주광역시 (~2026-06-30)")
    }

    @Test func asLoggedListsWhatExistedAndRestatesNothing() throws {
        let xlsx = try compare("2026-Q3", boundaries: .asLogged)
        // The 16 of 2026-Q3, and 전라남도 for its row of the previous quarter, under its own name.
        #expect(names(xlsx).count == 17)
        #expect(names(xlsx).last == "전라남도 (~2026-06-30)")
        let side = xlsx.cells("나란히 비교")
        #expect(["B6", "E6"].map { side[$0]?.value } == ["3", "0"])     // the special city has no row before 2026-07-01 as logged
        let rows = about(xlsx)
        #expect(rows.contains("경계: 기록 당시 경계 (boundaries: as-logged): 각 행을 그 일자의 기관으로 셈"))
        #expect(rows.contains("재집계하지 않음: 광주광역시, 전라남도 → 전남광주통합특별시 (2026-07-01): 이전 행은 광주광역시 (~2026-06-30), 전라남도 (~2026-06-30)에 남음"))
        #expect(names(try compare("2026", boundaries: .asLogged)).count == 18)
    }

    @Test func aChosenMergedProvinceIsTheSpecialCity() throws {
        let gwangju = Gazetteer.shared.province(code: "KR-29")!, jeonnam = Gazetteer.shared.province(code: "KR-46")!
        let xlsx = try compare("2026-Q3", selection: .init(dimension: .province, offices: [gwangju, jeonnam]))
        #expect(names(xlsx) == ["전남광주통합특별시"])
        #expect(xlsx.sheetNames.contains("전남광주통합특별시"))
    }

    @Test func inEnglish() throws {
        let xlsx = try compare("2026-Q3", language: .en)
        let sheet = xlsx.sheetNames.last!
        let rows = about(xlsx, sheet: sheet)
        #expect(rows.contains("Restated: Gwangju, Jeollanam-do → Jeonnam-Gwangju Special City (2026-07-01): earlier rows count under Jeonnam-Gwangju Special City"))
        #expect(rows.contains("Not restated: Jung-gu → Jemulpo-gu, Yeongjong-gu (2026-07-01): earlier rows stay under Jung-gu (~2026-06-30)"))
    }
}
/// The log of `MetricsTests/RestatementTests` (its fixture file), without its header.
enum RestatementLog {
    static let text: String = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MetricsTests/Fixtures/restatement.csv")
        let text = try! String(contentsOf: file, encoding: .utf8)
        return String(text.drop { $0 != "\n" }.dropFirst())
    }()
}
