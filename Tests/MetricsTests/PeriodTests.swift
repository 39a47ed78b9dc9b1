import Testing
@testable import TradeMetrics

struct PeriodTests {
    func period(_ text: String) throws -> Period { try Period(parsing: text) }

    @Test func parsesEveryForm() throws {
        #expect(try period("2024-Q1") == .quarter(2024, 1))
        #expect(try period("2024-q3").first.description == "2024-07-01")
        #expect(try period("2024-Q3").last.description == "2024-09-30")
        #expect(try period("2024-H2") == .half(2024, 2))
        #expect(try period("2024") == .year(2024))
        #expect(try period("2024-02").last.description == "2024-02-29")
        #expect(try period("2024-01-15..2024-03-31") == .range(Day(year: 2024, month: 1, day: 15)!, Day(year: 2024, month: 3, day: 31)!))
        #expect(try period("all") == .all)
        for text in ["2024-Q1", "2024-H1", "2024", "2024-03", "2024-01-15..2024-03-31", "all"] {
            #expect(try period(text).description == text)
        }
    }

    @Test(arguments: ["2024-Q5", "2024-+3", "2024- 3", "2024-Q0", "2024-H3", "2024-13", "24", "2024-3", "Q1-2024",
                      "2024-01-15..", "", "someday", "2024-Q1-x"])
    func rejectsOtherText(_ text: String) {
        #expect(throws: Period.ParseError(text: text.trimmingWhitespace())) { try Period(parsing: text) }
    }

    @Test func previousIsTheSameLengthJustBefore() throws {
        #expect(try period("2024-Q1").previous == .quarter(2023, 4))
        #expect(try period("2024-Q3").previous == .quarter(2024, 2))
        #expect(try period("2024-H1").previous == .half(2023, 2))
        #expect(try period("2024").previous == .year(2023))
        #expect(try period("2024-01").previous == .month(2023, 12))
        #expect(try period("2024-03").previous == .month(2024, 2))
        // 77 days: 2024-01-15..2024-03-31 → the 77 days before.
        #expect(try period("2024-01-15..2024-03-31").previous?.description == "2023-10-30..2024-01-14")
        #expect(Period.all.previous == nil)
    }

    @Test func lastYearIsTheSamePeriodAYearBefore() throws {
        #expect(try period("2024-Q1").lastYear == .quarter(2023, 1))
        #expect(try period("2024-H2").lastYear == .half(2023, 2))
        #expect(try period("2024-02").lastYear == .month(2023, 2))
        #expect(try period("2024-02-29..2024-03-10").lastYear?.description == "2023-02-28..2023-03-10")
        #expect(Period.all.lastYear == nil)
    }

    @Test func dayArithmetic() {
        let day = Day(year: 2024, month: 3, day: 1)!
        #expect(day.adding(days: -1).description == "2024-02-29")
        #expect(Day(ordinal: 0).description == "1970-01-01")
        #expect(Day(year: 2000, month: 1, day: 1)!.ordinal == 10957)
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(Day(year: 2024, month: 2, day: 29)!.adding(years: 1).description == "2025-02-28")
    }
}
