import Foundation
import Testing
@testable import TradeMetrics

/// Reads in-memory files as one log.
func readLog(_ files: [(name: String, text: String)], encoding: TextEncoding? = nil)
    -> (records: [ActivityRecord], read: LogReadReport, lines: [String]) {
    let sources = files.map { LogSource.bytes(name: $0.name, Array($0.text.utf8)) }
    let (records, report) = LogReader(encoding: encoding).readAll(sources)
    return (records, report, report.diagnostics.lines)
}

func readLog(_ text: String, name: String = "log.csv") -> (records: [ActivityRecord], read: LogReadReport, lines: [String]) {
    readLog([(name, text)])
}

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

struct LogReaderTests {
    let places = Gazetteer.shared
    let header = "id,date,office,kind,partner_country\n"

    @Test func aRowBecomesARecord() throws {
        let log = readLog("""
            id,date,end_date,office,kind,trip,partner_country,partner_city,partner_org,sectors,companies,partner_companies,agreements,consultations,consultation_usd,contract_usd,title,source
            d1,2024-01-09,2024-01-10,전북특별자치도,expo,t1,US,Las Vegas,CES,mobility; bio,8,2,,120,"1,200,000",30000.5,Pavilion,press
            """)
        #expect(log.lines == [])
        let record = try #require(log.records.first)
        #expect(record.id == "d1")
        #expect(record.date.description == "2024-01-09")
        #expect(record.endDate?.description == "2024-01-10")
        #expect(places[record.office].isoCode == "KR-45")
        #expect(record.province == record.office)
        #expect(record.kind == .expo)
        #expect(record.trip == "t1")
        #expect(places[record.country].alpha2 == "US")
        #expect((record.partnerCity, record.partnerOrg, record.title, record.source) == ("Las Vegas", "CES", "Pavilion", "press"))
        #expect(Array(record.sectors) == [.bio, .mobility])
        #expect((record.companies, record.partnerCompanies, record.agreements, record.consultations) == (8, 2, 0, 120))
        #expect(record.consultationUSD == Dollars(1_200_000))
        #expect(record.contractUSD == Dollars(cents: 3_000_050))
        #expect(record.location == SourceLocation(file: 0, line: 2))
        #expect(record.missionKey == "t1")
    }

    @Test func emptyAgreementsOnAnAgreementRowCountOne() throws {
        let log = readLog(header.replacingOccurrences(of: "\n", with: ",agreements\n") + """
            a1,2024-01-10,전북,agreement,US,
            a2,2024-01-10,전북,업무협약,US,3
            a3,2024-01-10,전북,agreement,US,0
            a4,2024-01-10,전북,forum,US,
            """)
        #expect(log.lines == [])
        #expect(log.records.map(\.agreements) == [1, 3, 0, 0])
        let noColumn = readLog(header + "a1,2024-01-10,전북,agreement,US\n")
        #expect(noColumn.records.map(\.agreements) == [1])
    }

    @Test func missionKeyIsTheTripOrTheIdOfAMission() {
        let log = readLog("id,date,office,kind,partner_country,trip\n"
                          + "m1,2024-01-10,전북,mission,US,\nm2,2024-01-10,전북,mission,US,t9\nf1,2024-01-10,전북,forum,US,\n")
        #expect(log.records.map(\.missionKey) == ["m1", "t9", nil])
    }

    @Test func everyErrorOfAFileIsReportedWithFileLineColumnAndValue() {
        let log = readLog("""
            id,date,end_date,office,kind,partner_country,sectors,companies,consultation_usd
            x1,2024-13-01,,전북,mission,US,bio,3,100
            x2,2023-02-29,,Jeonbok-do,mision,Kazakhztan,bio;moblity,삼십,-5
            x3,2024-01-10,2024-01-08,중구,agreement,US,,2.5,1.234
            x4,01/10/2024,,전주시,expo,Atlantis,,-2,abc
            x5,2024-01-10,,,,,,,

            """, name: "bad.csv")
        #expect(log.records.isEmpty)
        #expect(log.lines == [
            "bad.csv:2:2: error: date: no such day in the calendar '2024-13-01'",
            "bad.csv:3:2: error: date: no such day in the calendar '2023-02-29'",
            "bad.csv:3:4: error: office: unknown office (did you mean 전북특별자치도?) 'Jeonbok-do'",
            "bad.csv:3:5: error: kind: unknown kind (did you mean mission?) 'mision'",
            "bad.csv:3:6: error: partner_country: unknown country (did you mean 카자흐스탄 KZ?) 'Kazakhztan'",
            "bad.csv:3:7: error: sectors: unknown sector (did you mean mobility?) 'moblity'",
            "bad.csv:3:8: error: companies: not a number (write digits, e.g. 12) '삼십'",
            "bad.csv:3:9: error: consultation_usd: must not be negative '-5'",
            "bad.csv:4:3: error: end_date: ends before the date 2024-01-10 '2024-01-08'",
            "bad.csv:4:4: error: office: names more than one office (서울특별시 중구, 부산광역시 중구, 대구광역시 중구, 인천광역시 중구, 대전광역시 중구, 울산광역시 중구); write the province before it '중구'",
            "bad.csv:4:8: error: companies: must be a whole number '2.5'",
            "bad.csv:4:9: error: consultation_usd: has more than two decimals '1.234'",
            "bad.csv:5:2: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '01/10/2024'",
            "bad.csv:5:6: error: partner_country: unknown country (write an ISO 3166-1 code such as US, or a name such as 미국) 'Atlantis'",
            "bad.csv:5:8: error: companies: must not be negative '-2'",
            "bad.csv:5:9: error: consultation_usd: not a number (write digits in US dollars, e.g. 1,200,000) 'abc'",
            "bad.csv:6:4: error: office: is required and empty",
            "bad.csv:6:5: error: kind: is required and empty",
            "bad.csv:6:6: error: partner_country: is required and empty",
        ])
        #expect(log.read.files[0].rejectedRows == 5)
        #expect(log.read.diagnostics.errorCount == 19)
    }

    @Test func unknownKindWithoutAHintListsTheKinds() {
        let log = readLog(header + "x,2024-01-10,전북,picnic,US\n")
        #expect(log.lines == ["log.csv:2:4: error: kind: unknown kind (use one of mission, delegation, agreement, forum, expo, consultation, promotion, advisor, other) 'picnic'"])
    }

    @Test func unclosedQuoteIsReportedAtTheLineWhereItOpens() {
        let log = readLog(header + "x1,2024-01-10,전북,forum,US\nx2,2024-01-11,전북,\"forum,US\nx3,2024-01-12,전북,forum,US\n")
        #expect(log.records.map(\.id) == ["x1"])
        #expect(log.lines == ["log.csv:3:4: error: kind: this quote is never closed; the rest of the file was read as one value '\"forum,US'"])
    }

    @Test func missingRequiredColumnsAreNamedOnLineOne() {
        let log = readLog("번호,일자,기관,notes\nx1,2024-01-10,전북,hello\n", name: "m.csv")
        #expect(log.records.isEmpty)
        #expect(log.lines == [
            "m.csv:1:1: error: kind: required column is missing; name it in the first line (kind, 유형, 구분)",
            "m.csv:1:1: error: partner_country: required column is missing; name it in the first line (partner_country, 국가, 상대국)",
        ])
    }

    @Test func aColumnNamedTwiceIsAnError() {
        let log = readLog("id,date,일자,office,kind,partner_country\n")
        #expect(log.lines == ["log.csv:1:3: error: date: the column appears twice (also field 2) '일자'"])
    }

    @Test func duplicateIdsNameBothPlaces() {
        let log = readLog([("dup-a.csv", header + "x1,2024-01-10,전북,forum,US\n"),
                           ("dup-b.csv", header + "x2,2024-01-10,전북,forum,US\nx1,2024-01-11,전북,forum,US\nx2,2024-01-12,전북,forum,US\n")])
        #expect(log.lines == [
            "dup-b.csv:3:1: error: id: already used at dup-a.csv:2 'x1'",
            "dup-b.csv:4:1: error: id: already used at dup-b.csv:2 'x2'",
        ])
        #expect(log.records.map(\.id) == ["x1", "x2"])
        #expect(log.records.map(\.location.file) == [0, 1])
    }

    @Test func headersInKoreanAnyCaseAndSpacing() {
        let log = readLog(" ID , Date ,END DATE,기관,구분,국가,분야,참여기업수,상담액\n"
                          + "x1,2024-01-09,2024-01-10,경북,경제사절단,일본,바이오,4,\"2,000\"\n")
        #expect(log.lines == [])
        let record = log.records[0]
        #expect(record.endDate?.description == "2024-01-10")
        #expect(record.kind == .mission)
        #expect(places[record.office].korean == "경상북도")
        #expect(record.companies == 4)
        #expect(record.consultationUSD == Dollars(2000))
    }

    @Test func extraColumnsAreKeptAndIgnored() {
        let log = readLog("id,date,office,kind,partner_country,담당자,비고\nx1,2024-01-10,전북,forum,US,김주무관,\n")
        #expect(log.lines == [])
        #expect(log.read.files[0].extraColumns == ["담당자", "비고"])
        #expect(log.records[0].extras == ["김주무관", ""])
    }

    @Test func fieldsBeyondTheHeaderAreWarnedAbout() {
        let log = readLog(header + "x1,2024-01-10,전북,forum,US,stray\n")
        #expect(log.records.count == 1)
        #expect(log.lines == ["log.csv:2:6: warning: column 6: this field is beyond the header's last column and is ignored 'stray'"])
    }

    @Test func formerNameAfterItsChangeIsAcceptedWithAWarning() {
        let log = readLog(header + "x1,2024-01-17,전라북도,forum,US\nx2,2024-03-05,전라북도,forum,US\nx3,2024-03-05,KR-45,forum,US\nx4,2024-03-05,KR-52,forum,US\n")
        #expect(log.records.count == 4)
        #expect(Set(log.records.map(\.office)).count == 1)
        #expect(log.lines == [   // ISO's KR-45 is the current code; the ministry's 52 is read with a warning
            "log.csv:3:3: warning: office: 전라북도 is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 '전라북도'",
            "log.csv:5:3: warning: office: KR-52 is not an ISO 3166-2 code (it is the Ministry of the Interior's number); 전북특별자치도 is KR-45; counted as 전북특별자치도 'KR-52'",
        ])
        #expect(!log.read.hasErrors)
    }

    @Test func municipalitiesRollUpByTheRowsDate() {
        let log = readLog(header + "g1,2023-06-30,군위군,forum,JP\ng2,2023-07-01,군위군,forum,JP\nj1,2024-02-01,전주시,forum,JP\n")
        #expect(log.records.map { places[$0.province].korean } == ["경상북도", "대구광역시", "전북특별자치도"])
        #expect(log.records.map { places[$0.office].korean } == ["군위군", "군위군", "전주시"])
    }

    @Test func spacesAroundValuesAndSectorSeparatorsAreIgnored() {
        let log = readLog(header.replacingOccurrences(of: "\n", with: ",sectors\n")
                          + "  x1 , 2024-01-10 , 전북 , forum , US , bio ;  agrifood;;\n")
        #expect(log.lines == [])
        #expect(log.records[0].id == "x1")
        #expect(Array(log.records[0].sectors) == [.bio, .agrifood])
    }

    @Test func cp949AndItsUTF8TwinGiveTheSameRecords() throws {
        let utf8 = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent("korean-utf8.csv")))
        let cp949 = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent("korean-cp949.csv")))
        #expect(utf8 != cp949)
        let reader = LogReader()
        let a = reader.readAll([.bytes(name: "a.csv", utf8)])
        let b = reader.readAll([.bytes(name: "a.csv", cp949)])
        let forced = LogReader(encoding: .cp949).readAll([.bytes(name: "a.csv", cp949)])
        #expect(a.read.diagnostics.lines == [])
        #expect(b.read.diagnostics.lines == [])
        #expect(a.records.count == 3)
        #expect(a.records == b.records)
        #expect(a.records == forced.records)
        #expect(a.read.files[0].encoding == .utf8)
        #expect(b.read.files[0].encoding == .cp949)
        #expect(b.records[0].title == "CES 2024 전북관, \"첫\" 단독관")
        #expect(b.records[2].title == "전자상거래 매칭\n상담회")
        #expect(b.records[2].location.line == 4)
        #expect(b.records[0].extras == ["김주무관"])
        #expect(Array(b.records[0].sectors) == [.bio, .mobility])
        #expect(b.records[0].consultationUSD == Dollars(1_200_000))
    }

    @Test func aBOMIsSkippedAndSettlesUTF8() {
        let text = "\u{FEFF}" + header + "x1,2024-01-10,전북,forum,미국\n"
        let log = readLog(text)
        #expect(log.lines == [])
        #expect(log.records.count == 1)
        #expect(log.read.files[0].encoding == .utf8)
    }

    @Test func cp949ReadAsForcedUTF8IsAnErrorAtTheField() throws {
        let cp949 = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent("korean-cp949.csv")))
        let log = LogReader(encoding: .utf8).readAll([.bytes(name: "k.csv", cp949)])
        #expect(log.read.hasErrors)
        #expect(log.read.diagnostics.lines.first?.hasPrefix("k.csv:1:1: error: header: is CP949 text in a UTF-8 file; save the whole file in one encoding") == true)
    }

    @Test func mixedEncodingsAreAnError() {
        var bytes = Array((header + "x1,2024-01-10,전북,forum,US\nx2,2024-01-10,").utf8)
        bytes += [0xC0, 0xFC, 0xBA, 0xCF]   // 전북 in CP949
        bytes += Array(",forum,US\n".utf8)
        let log = LogReader().readAll([.bytes(name: "mixed.csv", bytes)])
        #expect(log.records.map(\.id) == ["x1"])
        #expect(log.read.diagnostics.lines.count == 1)
        #expect(log.read.diagnostics.lines == ["mixed.csv:3:3: error: office: is CP949 text in a UTF-8 file; save the whole file in one encoding '전북'"])
    }

    @Test func utf16AndNULBytesAreRefused() {
        let utf16 = LogReader().readAll([.bytes(name: "u.csv", [0xFF, 0xFE, 0x69, 0x00])])
        #expect(utf16.read.diagnostics.lines == ["u.csv:1:1: error: file: is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV (쉼표로 분리)\""])
        let nul = readLog(header + "x1,2024-01-10,전북,for\u{0}um,US\n")
        #expect(nul.lines == ["log.csv:2:4: error: kind: contains a NUL byte; is this a text file? 'for\\u{0}um'"])
    }

    @Test func emptyFileAndHeaderOnly() {
        #expect(readLog("", name: "e.csv").lines == ["e.csv:1:1: error: header: the file is empty; the first line must name the columns"])
        #expect(readLog("\n\n", name: "e.csv").read.hasErrors)
        let headerOnly = readLog(header)
        #expect(headerOnly.lines == ["log.csv:1:1: error: header: the file has a header but no rows; add the activities below it, or leave the file out"])
        #expect(headerOnly.records.isEmpty)
    }

    @Test func atMostOneHundredErrorsAFileThenACount() {
        let rows = (1...130).map { "x\($0),2024-02-30,전북,forum,US" }.joined(separator: "\n")
        let log = readLog(header + rows)
        #expect(log.read.diagnostics.errorCount == 130)
        #expect(log.lines.count == 101)
        #expect(log.lines[99] == "log.csv:101:2: error: date: no such day in the calendar '2024-02-30'")
        #expect(log.lines[100] == "log.csv: error: 30 more errors not shown")
    }

    @Test func aMissingFileIsAnError() {
        let log = LogReader().readAll([.file(path: "/nonexistent/x.csv")])
        #expect(log.read.diagnostics.lines == ["/nonexistent/x.csv:1:1: error: file: cannot be read: No such file or directory"])
    }

    @Test func theSampleLogValidatesClean() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files == ["gumi.csv", "jeju.csv", "jeonbuk.csv", "jeonju.csv"])
        let log = LogReader().readAll(files.map { .file(path: seeds.appendingPathComponent($0).path) })
        #expect(log.read.diagnostics.lines == [])
        #expect(log.records.count == 30)
        var summary = LogSummary()
        log.records.forEach { summary.add($0) }
        #expect(summary.firstDate?.description == "2017-10-17")
        #expect(summary.lastDate?.description == "2025-10-14")
        let perOffice = Dictionary(uniqueKeysWithValues: summary.rowsPerOffice.map { (places[$0.key].korean, $0.value) })
        #expect(perOffice == ["전북특별자치도": 16, "구미시": 6, "전주시": 5, "제주특별자치도": 3])
        // The CES trip of case D: one trip, 10 rows, 2024-01-08 to 2024-01-14.
        let ces = log.records.filter { $0.trip == "jb-2024-01-us" }
        #expect(ces.count == 10)
        #expect(ces.first { $0.kind == .expo }?.companies == 8)
        #expect(ces.first { $0.kind == .agreement }?.agreements == 1)
        // Case B was logged under the former name 전라북도 before 2024-01-18: no warning, same office.
        #expect(Set(log.records.filter { $0.id.hasPrefix("jb-") }.map(\.office)).count == 1)
    }
}

struct ColumnTests {
    @Test func ordinalsFollowTheContractsOrder() {
        #expect(Column.allCases.map(\.ordinal) == Array(0..<18))
    }
}

struct IDRegistryTests {
    @Test func manyIdsNoFalseDuplicatesAndTheRealOneFound() {
        var registry = IDRegistry()
        func register(_ id: String, _ line: Int) -> TradeMetrics.SourceLocation? {
            var id = id
            return id.withUTF8 { registry.register($0, at: TradeMetrics.SourceLocation(file: 0, line: line)) }
        }
        for n in 0..<50_000 { #expect(register("KR-41-2024-\(n)", n + 2) == nil) }
        #expect(register("KR-41-2024-123", 99_999) == TradeMetrics.SourceLocation(file: 0, line: 125))
        #expect(register("", 100_000) == nil)
        #expect(register("", 100_001) == TradeMetrics.SourceLocation(file: 0, line: 100_000))
    }

    @Test func aDuplicateAcrossFilesNamesTheFileOfTheFirstUse() {
        var registry = IDRegistry()
        func register(_ id: String, file: Int, line: Int) -> TradeMetrics.SourceLocation? {
            var id = id
            return id.withUTF8 { registry.register($0, at: TradeMetrics.SourceLocation(file: file, line: line)) }
        }
        #expect(register("a", file: 0, line: 2) == nil)
        #expect(register("b", file: 1, line: 2) == nil)
        #expect(register("c", file: 1, line: 3) == nil)
        #expect(register("d", file: 2, line: 2) == nil)
        #expect(register("c", file: 2, line: 3) == TradeMetrics.SourceLocation(file: 1, line: 3))
        #expect(register("a", file: 2, line: 4) == TradeMetrics.SourceLocation(file: 0, line: 2))
        #expect(register("d", file: 2, line: 5) == TradeMetrics.SourceLocation(file: 2, line: 2))
    }
}
