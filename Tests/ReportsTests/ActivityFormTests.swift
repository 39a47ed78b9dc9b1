import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// The activity-log form read back by our own reader (openpyxl and LibreOffice read it back in
/// scripts/check_form.py): what it offers, and that a form is a log.
struct ActivityFormTests {
    let places = Gazetteer.shared
    let today = Day(year: 2026, month: 12, day: 1)!

    func write(_ form: ActivityForm) throws -> URL {
        let url = try Sample.temporaryFolder().appendingPathComponent("form.xlsx")
        try form.write(to: url.path)
        return url
    }

    func read(_ url: URL) -> (records: [ActivityRecord], read: LogReadReport) {
        LogReader().readAll([.file(path: url.path)])
    }

    /// Fields that make a record what it is, without its id and place in a file.
    func essence(_ record: ActivityRecord) -> String {
        [record.date.description, record.endDate?.description ?? "", places.displayName(record.office), record.kind.code,
         record.trip, places[record.country].alpha2, record.partnerCity, record.partnerOrg, record.sectors.map(\.code).joined(separator: ";"),
         "\(record.companies)", "\(record.partnerCompanies)", "\(record.agreements)", "\(record.agreementsImplied)", "\(record.consultations)",
         "\(record.consultationUSD)", "\(record.contractUSD)", record.title, record.source].joined(separator: "|")
    }

    @Test func anEmptyFormIsALogWithAHeaderAndNoRows() throws {
        let url = try write(ActivityForm(office: places.province(code: "KR-45"), today: today))
        let (records, report) = read(url)
        #expect(records.isEmpty)
        #expect(report.files[0].sheet == "활동")
        // Only "no rows": every header was recognised.
        #expect(report.diagnostics.lines.count == 1)
        #expect(report.diagnostics.lines.first?.contains("has a header but no rows") == true)
    }

    @Test func theOfficeListIsTheOfficeAndItsMunicipalitiesOfToday() {
        let jeonbuk = ActivityForm(office: places.province(code: "KR-45"), today: today).officeNames(places)
        #expect(jeonbuk.count == 15)   // the province, 6 시 and 8 군
        #expect(jeonbuk.first == "전북특별자치도")
        #expect(jeonbuk.contains("전주시") && jeonbuk.contains("무주군"))
        let incheon = ActivityForm(office: places.province(code: "KR-28"), today: today).officeNames(places)
        #expect(incheon.contains("제물포구") && incheon.contains("영종구") && !incheon.contains("인천광역시 중구"))
        let before = ActivityForm(office: places.province(code: "KR-28"), today: Day(year: 2026, month: 6, day: 30)!).officeNames(places)
        #expect(before.contains("인천광역시 중구") && !before.contains("영종구"))
        let all = ActivityForm(today: today).officeNames(places)
        #expect(all.count == 16 + 227 + 2)   // provinces, autonomous 시·군·구, Jeju's two cities
        #expect(Set(all).count == all.count)
        // Every name offered is one office for the reader, on the day the form is made.
        for name in all {
            guard case .found = places.lookUpOffice(name, on: today) else { Issue.record("\(name) is not read as one office"); continue }
        }
        #expect(ActivityForm(today: today).countryNames(places).count == 250)
    }

    @Test func theSampleLogMovedIntoTheFormReadsBackAsTheSameRecords() throws {
        let source = Sample.records()
        let url = try write(ActivityForm(records: source, today: today))
        let (records, report) = read(url)
        #expect(!report.hasErrors, "\(report.diagnostics.lines)")
        #expect(records.map(essence) == source.map(essence))
        #expect(records.map(\.id) == source.map(\.id))   // the ids of the older log are kept
        #expect(report.diagnostics.lines.filter { $0.contains("warning") } == [])   // names as the reader wants them
    }

    @Test func theEnglishFormReadsBackToo() throws {
        let source = Sample.records()
        let url = try write(ActivityForm(language: .en, records: source, today: today))
        let (records, report) = read(url)
        #expect(!report.hasErrors, "\(report.diagnostics.lines)")
        #expect(report.files[0].sheet == "Activities")
        #expect(records.map(essence) == source.map(essence))
    }

    /// The guide's example is the sample log's row jeju-2023-01, as the form shows it.
    @Test func theGuidesExampleIsARowOfTheSampleLog() throws {
        let columns = Column.allCases
        let headers = FormColumns(language: .ko, officeRange: "", countryRange: "").all.map(\.header)
        let values = columns.map { FormGuide.example($0, .ko) }
        let csv = headers.joined(separator: ",") + "\n" + values.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
        let read = LogReader().readAll([.bytes(name: "example.csv", Array(csv.utf8))])
        #expect(!read.read.hasErrors, "\(read.read.diagnostics.lines)")
        let sample = Sample.records().first { $0.id == "jeju-2023-01" }!
        #expect(read.records.map(essence) == [essence(sample)])
    }

    /// Ids made from the rows: the same row gives the same id wherever it stands; a changed copy
    /// another; an identical copy is an error; a row with only an id, or none, is no row.
    @Test func automaticIDsSurviveSortingCopyingAndDeleting() {
        let header = "번호(자동),일자,기관,유형,상대국,제목\n"
        let a = ",2026-03-05,전북,forum,미국,A\n", b = ",2026-03-06,전북,forum,미국,B\n"
        func ids(_ rows: String) -> (ids: [String], lines: [String]) {
            let read = LogReader().readAll([.bytes(name: "f.csv", Array((header + rows).utf8))])
            return (read.records.map(\.id), read.read.diagnostics.lines)
        }
        let sorted = ids(a + b), reversed = ids(b + a)
        #expect(sorted.lines == [])
        #expect(sorted.ids.count == 2 && sorted.ids.allSatisfy { $0.hasPrefix("auto-") && $0.count == 17 })
        #expect(Set(sorted.ids).count == 2)
        #expect(reversed.ids == Array(sorted.ids.reversed()))
        // Rows deleted and others left with only their id, or blank: the same ids, no findings.
        let gaps = ids("x9,,,,,\n,,,,,\n" + b)
        #expect(gaps.ids == [sorted.ids[1]] && gaps.lines == [])
        // A copy changed is another activity; an unchanged copy is an error at its id.
        let changed = ids(a + a.replacingOccurrences(of: ",A\n", with: ",A2\n"))
        #expect(Set(changed.ids).count == 2 && changed.lines == [])
        let copied = ids(a + a)
        #expect(copied.lines == ["f.csv:3:1: error: id: this row is the same as f.csv:2 in every cell; delete one, or give each an id of its own"])
        // An id written by hand is kept; the plain 'id' header still requires one.
        #expect(ids(a.replacingOccurrences(of: ",2026", with: "mine,2026")).ids == ["mine"])
        let plain = LogReader().readAll([.bytes(name: "p.csv", Array("id,date,office,kind,partner_country\n,2026-03-05,전북,forum,US\n".utf8))])
        #expect(plain.read.diagnostics.lines == ["p.csv:2:1: error: id: is required and empty"])
    }
}
