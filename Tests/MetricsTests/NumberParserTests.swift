import Testing
@testable import TradeMetrics

struct NumberParserTests {
    @Test func counts() {
        #expect(NumberParser.count("12") == .success(12))
        #expect(NumberParser.count(" 1,200 ") == .success(1200))
        #expect(NumberParser.count("3.0") == .success(3))
        #expect(NumberParser.count("0") == .success(0))
        #expect(NumberParser.count("-0") == .success(0))
        #expect(NumberParser.count("2.5") == .failure(.notWhole))
        #expect(NumberParser.count("-3") == .failure(.negative))
        #expect(NumberParser.count("삼십") == .failure(.notANumber))
        #expect(NumberParser.count("30여") == .failure(.notANumber))
        #expect(NumberParser.count("99999999999") == .failure(.tooLarge))
    }

    @Test(arguments: ["1,20,000", "1,2000", ",100", "1,", "1.2.3", ".5", "5.", "1 200", "$100", "1e6", "+5", ""])
    func rejectsMalformedNumbers(_ text: String) {
        #expect(NumberParser.dollars(Substring(text)) == .failure(.notANumber))
    }

    @Test func dollarsAreExactInCents() {
        #expect(NumberParser.dollars("1,200,000") == .success(Dollars(1_200_000)))
        #expect(NumberParser.dollars("717000000") == .success(Dollars(717_000_000)))
        #expect(NumberParser.dollars("0.1") == .success(Dollars(cents: 10)))
        #expect(NumberParser.dollars("1,234.56") == .success(Dollars(cents: 123_456)))
        #expect(NumberParser.dollars("2.500") == .success(Dollars(cents: 250)))
        #expect(NumberParser.dollars("2.555") == .failure(.tooManyDecimals))
        #expect(NumberParser.dollars("-1,000") == .failure(.negative))
        #expect(Dollars(cents: 10) + Dollars(cents: 20) == Dollars(cents: 30))
        #expect(Dollars(cents: 123_456).description == "1234.56")
        #expect(Dollars(cents: 150).description == "1.5")
        #expect(Dollars(cents: 105).description == "1.05")
        #expect(Dollars(1_200_000).description == "1200000")
    }
}
