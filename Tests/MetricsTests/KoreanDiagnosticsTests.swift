import Foundation
import Testing
@testable import TradeMetrics

/// Each family of findings about a log, in Korean and in English: the shape of the line stays
/// (`FILE:LINE:COLUMN: error: COLUMN_NAME: MESSAGE 'VALUE'`), only MESSAGE is translated.
struct KoreanDiagnosticsTests {
    let header = "id,date,office,kind,partner_country\n"

    func lines(_ files: [(name: String, bytes: [UInt8])], _ language: Language) -> [String] {
        let sources = files.map { LogSource.bytes(name: $0.name, $0.bytes) }
        return LogReader().readAll(sources).read.diagnostics.lines(language) { _ in "" }
    }

    func lines(_ text: String, name: String = "bad.csv", _ language: Language) -> [String] {
        lines([(name, Array(text.utf8))], language)
    }

    /// Both languages: the English line, and the Korean one.
    func expect(_ text: String, _ english: [String], _ korean: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(lines(text, .en) == english, sourceLocation: sourceLocation)
        #expect(lines(text, .ko) == korean, sourceLocation: sourceLocation)
    }

    @Test func dates() {
        expect(header + "x1,2023-02-29,전북,mission,US\nx2,2024-3월-05,전북,mission,US\nx3,,전북,mission,US\n", [
            "bad.csv:2:2: error: date: no such day in the calendar '2023-02-29'",
            "bad.csv:3:2: error: date: not a date (write 2024-01-08, 2024.01.08 or 2024. 1. 8.) '2024-3월-05'",
            "bad.csv:4:2: error: date: is required and empty",
        ], [
            "bad.csv:2:2: error: date: 달력에 없는 날짜입니다 '2023-02-29'",
            "bad.csv:3:2: error: date: 날짜가 아닙니다(2024-01-08, 2024.01.08 또는 2024. 1. 8. 형식으로 적으십시오) '2024-3월-05'",
            "bad.csv:4:2: error: date: 필수 항목인데 비어 있습니다",
        ])
        expect("id,date,end_date,office,kind,partner_country\nx1,2024-01-10,2024-01-08,전북,mission,US\n",
               ["bad.csv:2:3: error: end_date: ends before the date 2024-01-10 '2024-01-08'"],
               ["bad.csv:2:3: error: end_date: 종료일이 일자(2024-01-10)보다 앞섭니다 '2024-01-08'"])
    }

    @Test func offices() {
        expect(header + "x1,2024-01-08,Jeonbok-do,mission,US\nx2,2024-01-08,중구,mission,US\nx3,2024-01-19,전라북도,mission,US\n", [
            "bad.csv:2:3: error: office: unknown office (did you mean 전북특별자치도?) 'Jeonbok-do'",
            "bad.csv:3:3: error: office: names more than one office (서울특별시 중구, 부산광역시 중구, 대구광역시 중구, 인천광역시 중구, 대전광역시 중구, 울산광역시 중구); write the province before it '중구'",
            "bad.csv:4:3: warning: office: 전라북도 is 전북특별자치도 since 2024-01-18; counted as 전북특별자치도 '전라북도'",
        ], [
            "bad.csv:2:3: error: office: 알 수 없는 기관입니다(혹시 전북특별자치도입니까?) 'Jeonbok-do'",
            "bad.csv:3:3: error: office: 여러 기관에 같은 이름이 있습니다(서울특별시 중구, 부산광역시 중구, 대구광역시 중구, 인천광역시 중구, 대전광역시 중구, 울산광역시 중구). 앞에 시·도를 함께 적으십시오 '중구'",
            "bad.csv:4:3: warning: office: 전라북도는 2024-01-18부터 전북특별자치도입니다. 전북특별자치도로 집계합니다 '전라북도'",
        ])
        expect(header + "x1,2025-08-01,영종구,mission,US\n",
               ["bad.csv:2:3: error: office: 영종구 exists from 2026-07-01; before, write 인천광역시 중구 '영종구'"],
               ["bad.csv:2:3: error: office: 영종구는 2026-07-01부터 있습니다. 그 전에는 인천광역시 중구를 적으십시오 '영종구'"])
    }

    @Test func kindsCountriesAndSectors() {
        expect("id,date,office,kind,partner_country,sectors\nx1,2024-01-08,전북,misison,Amerca,biology\n", [
            "bad.csv:2:4: error: kind: unknown kind (did you mean mission?) 'misison'",
            "bad.csv:2:5: error: partner_country: unknown country (did you mean 미국 US?) 'Amerca'",
            "bad.csv:2:6: error: sectors: unknown sector (use codes such as bio, mobility, agrifood, separated by ;) 'biology'",
        ], [
            "bad.csv:2:4: error: kind: 알 수 없는 유형입니다(혹시 mission입니까?) 'misison'",
            "bad.csv:2:5: error: partner_country: 알 수 없는 상대국입니다(혹시 미국 US입니까?) 'Amerca'",
            "bad.csv:2:6: error: sectors: 알 수 없는 분야입니다(bio, mobility, agrifood 같은 코드를 ;로 구분해 적으십시오) 'biology'",
        ])
    }

    @Test func numbers() {
        expect("id,date,office,kind,partner_country,companies,contract_usd\nx1,2024-01-08,전북,mission,US,-3,12.345\nx2,2024-01-08,전북,mission,US,many,1.5\n", [
            "bad.csv:2:6: error: companies: must not be negative '-3'",
            "bad.csv:2:7: error: contract_usd: has more than two decimals '12.345'",
            "bad.csv:3:6: error: companies: not a number (write digits, e.g. 12) 'many'",
        ], [
            "bad.csv:2:6: error: companies: 음수는 적을 수 없습니다 '-3'",
            "bad.csv:2:7: error: contract_usd: 소수점 아래가 두 자리를 넘습니다 '12.345'",
            "bad.csv:3:6: error: companies: 숫자가 아닙니다(숫자로 적으십시오. 예: 12) 'many'",
        ])
    }

    @Test func idsAndDuplicates() {
        #expect(lines([("dup-a.csv", Array((header + "x1,2024-01-08,전북,mission,US\n").utf8)),
                       ("dup-b.csv", Array((header + "x1,2024-01-09,전북,mission,US\n").utf8))], .ko)
                == ["dup-b.csv:2:1: error: id: 이미 dup-a.csv:2에서 쓴 번호입니다 'x1'"])
    }

    @Test func headersAndFiles() {
        expect("id,date,office,kind\n", [
            "bad.csv:1:1: error: partner_country: required column is missing; name it in the first line (partner_country, 국가, 상대국)",
        ], [
            "bad.csv:1:1: error: partner_country: 필수 열이 없습니다. 첫 행에 열 이름을 적으십시오(partner_country, 국가, 상대국)",
        ])
        expect("", ["bad.csv:1:1: error: header: the file is empty; the first line must name the columns"],
               ["bad.csv:1:1: error: header: 빈 파일입니다. 첫 행에 열 이름을 적어야 합니다"])
        expect(header, ["bad.csv:1:1: error: header: the file has a header but no rows; add the activities below it, or leave the file out"],
               ["bad.csv:1:1: error: header: 첫 행(열 이름)만 있고 활동이 없습니다. 그 아래에 활동을 적거나 이 파일을 빼십시오"])
        expect(header + "x1,2024-01-08,전북,mission,US\n" + header + "x2,2024-01-08,전북,mission,US\n",
               ["bad.csv:3:1: error: id: the header is repeated here: another file seems joined here; give the files separately 'id'"],
               ["bad.csv:3:1: error: id: 첫 행(열 이름)이 여기에 다시 나옵니다. 다른 파일이 이어 붙은 것으로 보이니 파일을 따로 지정하십시오 'id'"])
        expect(header + "x1,2024-01-08,\"전북,mission,US\n",
               ["bad.csv:2:3: error: office: this quote is never closed; the rest of the file was read as one value '\"전북,mission,US'"],
               ["bad.csv:2:3: error: office: 따옴표가 닫히지 않아 파일의 나머지를 값 하나로 읽었습니다 '\"전북,mission,US'"])
    }

    @Test func encodings() {
        let mixed = Array((header + "x1,2024-01-08,전북,mission,US\n").utf8) + Array("x2,2024-01-08,".utf8)
            + [0xC0, 0xFC, 0xBA, 0xCF] + Array(",mission,US\n".utf8)   // 전북 in CP949
        #expect(lines([("bad.csv", mixed)], .en) == ["bad.csv:3:3: error: office: is CP949 text in a UTF-8 file; save the whole file in one encoding '전북'"])
        #expect(lines([("bad.csv", mixed)], .ko) == ["bad.csv:3:3: error: office: UTF-8 파일 안에 CP949 텍스트가 있습니다. 파일 전체를 한 가지 인코딩으로 저장하십시오 '전북'"])
    }

    @Test func workbooks() {
        let notZip = Array("this is not a workbook".utf8)
        #expect(lines([("log.xlsx", notZip)], .ko)
                == ["log.xlsx:1:1: error: file: Excel 통합 문서가 아닙니다. .xlsx 파일은 zip 압축 파일인데 이 파일은 그렇지 않습니다. CSV 파일이면 확장자를 .csv로 바꾸십시오"])
        #expect(lines([("log.xlsx", notZip)], .en)
                == ["log.xlsx:1:1: error: file: is not an Excel workbook: an .xlsx file is a zip archive and this one is not; if it is a CSV file, name it .csv"])
    }

    @Test func findingsNotShown() {
        let rows = (1...103).map { "x\($0),2023-02-29,전북,mission,US\n" }.joined()
        #expect(lines(header + rows, .ko).suffix(1) == ["bad.csv: error: 오류 3건은 더 표시하지 않았습니다"])
        #expect(lines(header + rows, .en).suffix(1) == ["bad.csv: error: 3 more errors not shown"])
    }
}
