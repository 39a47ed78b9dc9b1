import Testing
@testable import TradeMetrics

/// The ends of the calendar (years 1000…9999 in a log, days up to 9999-12-31) and of amounts (a
/// row's largest, a log's largest total): refused with a message that says so, never a trap.
struct CalendarAndAmountBoundsTests {
    let header = "id,date,office,kind,partner_country,contract_usd\n"

    @Test func ordinalsOutsideTheCalendarAreNoDay() {
        #expect(Day(inCalendar: Day.lastOrdinal) == Day(year: 9999, month: 12, day: 31))
        #expect(Day(inCalendar: Day.firstOrdinal) == Day(year: 1, month: 1, day: 1))
        #expect(Day(inCalendar: Day.lastOrdinal + 1) == nil)
        #expect(Day(inCalendar: Day.firstOrdinal - 1) == nil)
        #expect(Day(inCalendar: .max) == nil)
    }

    @Test(arguments: ["0999-01-08", "10000-01-08", "123456789-1-1", "0000.1.1."])
    func aYearOutOfRangeIsSaidToBe(_ text: String) {
        #expect(Day.parse(text) == .failure(.yearOutOfRange))
    }

    @Test func aRowsYearOutOfRangeNamesTheRange() {
        let log = readLog(header + "a1,0999-01-08,전북,forum,US,\n")
        #expect(log.lines == ["log.csv:2:2: error: date: the year is out of range (from 1000 to 9999) '0999-01-08'"])
    }

    @Test func periodsNameTheYearsTheyAccept() {
        #expect(throws: Period.ParseError(text: "10000-Q1", reason: .yearOutOfRange)) { try Period(parsing: "10000-Q1") }
        #expect(throws: Period.ParseError(text: "0999", reason: .yearOutOfRange)) { try Period(parsing: "0999") }
        #expect(throws: Period.ParseError(text: "0999-01-01..2024-01-01", reason: .yearOutOfRange)) {
            try Period(parsing: "0999-01-01..2024-01-01")
        }
        #expect(Period.ParseError(text: "10000", reason: .yearOutOfRange).description
                == "bad period '10000': the year must be from 1000 to 9999")
    }

    @Test func aReversedRangeIsSaidToBe() {
        let error = Period.ParseError(text: "2024-03-31..2024-01-15", reason: .reversed)
        #expect(throws: error) { try Period(parsing: "2024-03-31..2024-01-15") }
        #expect(error.description.contains("the range is reversed"))
    }

    /// Time series over periods that end in 9999-12 stop there (the month after is no day).
    @Test func timeSeriesEndAtTheCalendarsEnd() throws {
        let months = GroupKey.fixedKeys(.month, over: try Period(parsing: "9999"), .shared, allProvinces: false)
        #expect(months.count == 12)
        #expect(months.last == .month(999_912))
        let quarters = GroupKey.fixedKeys(.quarter, over: try Period(parsing: "9999-H2"), .shared, allProvinces: false)
        #expect(quarters == [.quarter(99_993), .quarter(99_994)])
    }

    @Test func anAmountOverTheLargestIsRefusedWithTheLargest() {
        #expect(NumberParser.dollars("1,000,000,000,000") == .success(Dollars.largestAmount))
        #expect(NumberParser.dollars("1000000000000.01") == .failure(.tooLarge))
        #expect(NumberParser.dollars("90,000,000,000,000,000") == .failure(.tooLarge))
        let log = readLog(header + "a1,2024-01-08,전북,forum,US,90000000000000000\n")
        #expect(log.lines == ["log.csv:2:6: error: contract_usd: is too large (at most 1,000,000,000,000 dollars) '90000000000000000'"])
    }

    @Test func sumsStopAtTheEndInsteadOfTrapping() {
        let most = Dollars(cents: .max)
        #expect(most + Dollars(cents: 1) == most)
        #expect(Dollars(cents: .min) - Dollars(cents: 1) == Dollars(cents: .min))
        #expect(Dollars.zero - most == Dollars(cents: -Int64.max))
        #expect(Dollars(cents: 5) - Dollars(cents: 7) == Dollars(cents: -2))
    }

    /// Amounts each within the bound whose total is not: the row that passes the total is refused,
    /// across files, so that no report's sum can overflow.
    @Test func aLogWhoseAmountsAddUpPastTheLargestTotalIsRefused() {
        let perFile = 5_001  // two files of 5,001 rows of a trillion: 10,002 trillion in all
        func file(_ prefix: String) -> String {
            header + (1...perFile).map { "\(prefix)\($0),2024-01-08,전북,forum,US,1000000000000\n" }.joined()
        }
        let log = readLog([("a.csv", file("a")), ("b.csv", file("b"))])
        #expect(log.read.diagnostics.errorCount == 1)
        #expect(log.lines == ["b.csv:5001:6: error: contract_usd: brings the log's total over 10,000,000,000,000,000 dollars, more than a report can add up '1000000000000'"])
    }

    @Test func aWholeNumberWithManyDecimalsIsNotWhole() {
        #expect(NumberParser.count("1.0000000000000000000001") == .failure(.notWhole))
        #expect(NumberParser.count("2.5") == .failure(.notWhole))
    }
}
