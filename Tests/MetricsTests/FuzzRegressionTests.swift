import Testing
@testable import TradeMetrics

/// The inputs the fuzzers found (Fuzz/Crashers/TARGET/NAME), each with what it must give.
struct FuzzRegressionTests {
    /// FuzzPeriod/range-previous-before-year-1: the range before a range that long would start
    /// before 0001-01-01; asking for it trapped in `Day(ordinal:)`.
    @Test func aRangeWithNoRangeBeforeItHasNoPreviousPeriod() throws {
        let long = try Period(parsing: "2024-01-15..4048-03-31")
        #expect(long.previous == nil)
        #expect(long.lastYear == .range(Day(year: 2023, month: 1, day: 15)!, Day(year: 4047, month: 3, day: 31)!))
        // The longest range that still has one: 1000-01-01 and the 364,877 days after.
        let first = Day(year: 1000, month: 1, day: 1)!
        #expect(try Period(parsing: "1000-01-01..1998-12-31").previous == .range(Day(year: 1, month: 1, day: 1)!, first.adding(days: -1)))
        #expect(try Period(parsing: "1000-01-01..1999-01-01").previous == nil)
    }

    /// FuzzLogReader/unknown-values-on-every-row.csv (the fuzzer's slowest kind of input): every row
    /// looked for "did you mean" hints for its unknown values, even past the 100 errors a file keeps;
    /// 100,000 such rows took 31 s to read, against 0.2 s for as many good rows. Hints are now looked
    /// for only while errors are kept (the time is measured in Fuzz/README.md, not here). The same
    /// rows, 5,000 of them after one good row (without it the reading stops early: see
    /// `BrokenFileStopTests`), still give every error and the hints of those kept:
    @Test func hintsAreLookedForOnlyWhileErrorsAreKept() {
        let rows = (1...5_000).map { "x\($0),2024-01-10,Jeonbukk,forom,Kazakhztan\n" }.joined()
        let log = LogSource.bytes(name: "log.csv", Array(("id,date,office,kind,partner_country\ngood,2024-01-10,전북,forum,KZ\n" + rows).utf8))
        let (records, report) = LogReader().readAll([log])
        #expect(records.count == 1)
        #expect(report.diagnostics.errorCount == 15_000)
        #expect(report.diagnostics.lines.count == 101)
        #expect(report.diagnostics.lines.prefix(3) == [
            "log.csv:3:3: error: office: unknown office (did you mean 전북특별자치도?) 'Jeonbukk'",
            "log.csv:3:4: error: kind: unknown kind (did you mean forum?) 'forom'",
            "log.csv:3:5: error: partner_country: unknown country (did you mean 카자흐스탄 KZ?) 'Kazakhztan'",
        ])
        #expect(report.diagnostics.lines.last == "log.csv: error: 14900 more errors not shown")
    }
}

/// FuzzLogReader ran at a hundred inputs a second: a row of unknown values looked for a "did you
/// mean" among every known name. That search is now bounded, and must still find what it found.
struct SuggestionSearchTests {
    @Test func theBoundedDistanceIsTheDistanceWhenWithinTheBound() {
        let alphabet: [Unicode.Scalar] = ["a", "b", "전"]
        var words: [[Unicode.Scalar]] = [[]], longest: [[Unicode.Scalar]] = [[]]
        for _ in 1...4 {
            longest = longest.flatMap { word in alphabet.map { word + [$0] } }
            words += longest
        }
        var wrong: [String] = []
        for a in words where !a.isEmpty {
            for b in words {
                let distance = Suggestion.editDistance(a, b)
                for limit in -1...4 where Suggestion.editDistance(a, b, atMost: limit) != (distance <= limit ? distance : nil) {
                    wrong.append("\(String(String.UnicodeScalarView(a))) \(String(String.UnicodeScalarView(b))) \(limit)")
                }
            }
        }
        #expect(wrong == [])
    }
}
