import Foundation
import Testing
@testable import TradeMetrics
@testable import Reports

/// The comparison report on the sample log, worked out by hand: in 2024 전북특별자치도 has 11 rows
/// (10 of the CES trip, 1 of 전주시 in October) against 6 in 2023 (the Kazakhstan forum, logged as
/// 전라북도); 제주특별자치도 has none against 3; 경상북도 none in either (구미시's mission is 2017).
struct CompareReportTests {
    func write(_ report: Report) throws -> XLSXContents {
        let url = try Sample.temporaryFolder().appendingPathComponent("c.xlsx")
        try XLSXReportWriter().write(report, to: url.path)
        return try XLSXContents(url)
    }

    let three = ReportContext.Selection(dimension: .province, offices: Sample.provinces("전북", "제주", "경북"))

    @Test func threeProvincesSideBySide() throws {
        let xlsx = try write(try Sample.report(template: "compare", period: "2024", office: nil, selection: three))
        #expect(xlsx.sheetNames == ["나란히 비교", "시·도×분야", "시·도×권역", "전북특별자치도", "제주특별자치도", "경상북도", "정보"])
        let side = xlsx.cells("나란히 비교")
        // Row 5 is 전북 (title 1, blank, block title 3, header 4), in the order chosen.
        #expect(["A5", "A6", "A7", "A8"].map { side[$0]?.value } == ["전북특별자치도", "제주특별자치도", "경상북도", "합계"])
        // activities, rank, national share, last year, change, change %
        #expect(["B5", "C5", "D5", "E5", "F5", "G5"].map { side[$0]?.value } == ["11", "1", "1", "6", "5", "0.8333333333333333"])
        #expect(["B6", "C6", "D6", "E6", "F6", "G6"].map { side[$0]?.value } == ["0", "2", "0", "3", "-3", "-1"])
        #expect(side["G7"]?.value == "–")                       // 0 against 0: no percentage
        #expect(["B8", "E8", "F8"].map { side[$0]?.value } == ["11", "9", "2"])
        // missions: the CES trip in 2024; 제주's Fullerton trip in 2023.
        #expect(["H5", "K5", "H6", "K6"].map { side[$0]?.value } == ["1", "0", "0", "1"])
    }

    @Test func matricesOfSectorAndRegion() throws {
        let xlsx = try write(try Sample.report(template: "compare", period: "2024", office: nil, selection: three))
        let sectors = xlsx.cells("시·도×분야")
        let header = (0..<20).compactMap { sectors["\(Character(UnicodeScalar(65 + $0)!))2"]?.value }
        #expect(header.first == "시·도")
        #expect(header.last == "합계")
        let bio = try #require(header.firstIndex(of: "바이오·헬스"))
        let column = Character(UnicodeScalar(65 + bio)!)
        #expect(sectors["A3"]?.value == "전북특별자치도")
        #expect(sectors["\(column)3"]?.value == "6")            // six bio rows of the CES trip
        let total = Character(UnicodeScalar(65 + header.count - 1)!)
        #expect(sectors["\(total)3"]?.value == "11")            // the row total counts each row once
        let sheetIndex = xlsx.sheetNames.firstIndex(of: "시·도×분야")! + 1
        let xml = String(decoding: xlsx.parts["xl/worksheets/sheet\(sheetIndex).xml"]!, as: UTF8.self)
        #expect(xml.contains("<colorScale>"))
    }

    @Test func allProvincesByDefaultEachEvenWithoutActivity() throws {
        let xlsx = try write(try Sample.report(template: "compare", period: "2024", office: nil))
        #expect(xlsx.sheetNames == ["나란히 비교", "시·도×분야", "시·도×권역", "정보"])   // no sheet per province for 17
        let side = xlsx.cells("나란히 비교")
        let names = (5...21).compactMap { side["A\($0)"]?.value }
        #expect(names.count == 17)
        #expect(names.first == "서울특별시")
        #expect(side["A22"]?.value == "합계")
        #expect(side["B5"]?.value == "0")
    }

    @Test func byOfficeComparesGovernmentsThemselves() throws {
        let offices = ReportContext.Selection(dimension: .office, offices: Sample.provinces("전북", "전주시"))
        let xlsx = try write(try Sample.report(template: "compare", period: "2024", office: nil, selection: offices))
        let side = xlsx.cells("나란히 비교")
        #expect(["A5", "B5", "A6", "B6"].map { side[$0]?.value } == ["전북특별자치도", "10", "전주시", "1"])
    }
}
