import Testing
@testable import TradeMetrics

struct DayTests {
    @Test(arguments: ["2024-01-08", "2024.01.08", "2024. 1. 8.", "2024/1/8", "2024-1-8", " 2024-01-08 ", "2024. 1. 8"])
    func acceptsTheContractForms(_ text: String) throws {
        let day = try Day.parse(text).get()
        #expect(day == Day(year: 2024, month: 1, day: 8))
        #expect(day.description == "2024-01-08")
    }

    @Test(arguments: ["2024-13-01", "2023-02-29", "2024-04-31", "2024-00-10", "2024-01-00"])
    func rejectsImpossibleDays(_ text: String) {
        #expect(Day.parse(text) == .failure(.impossible))
    }

    @Test(arguments: ["", "2024", "2024-01", "24-01-08", "2024-01-08T10:00", "2024-01/08", "2024년 1월 8일",
                      "2024-01-08-", "08/01/2024", "2024..01.08", "20240108", "2024-001-08"])
    func rejectsOtherText(_ text: String) {
        #expect(Day.parse(text) == .failure(.malformed))
    }

    @Test func leapYears() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
    }

    @Test func partsAndQuarter() throws {
        let day = try Day.parse("2025-11-30").get()
        #expect((day.year, day.month, day.day, day.quarter) == (2025, 11, 30, 4))
        #expect(try Day.parse("2025-03-31").get().quarter == 1)
        #expect(try Day.parse("2025-04-01").get().quarter == 2)
        #expect(try Day.parse("2024-12-31").get() < Day.parse("2025-01-01").get())
    }
}
