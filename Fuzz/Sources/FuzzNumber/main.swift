import FuzzSupport
@testable import TradeMetrics

/// `NumberParser` (counts and dollar amounts) on arbitrary bytes, through both entry points (bytes,
/// as the reader calls it, and text); a number read must print and read back as itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumber(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count).bindMemory(to: UInt8.self)
    let whole = NumberParser.count(bytes)
    let amount = NumberParser.dollars(bytes)
    if let text = String(validating: bytes, as: UTF8.self) {
        require(NumberParser.count(Substring(text)) == whole, "count: bytes and text disagree")
        require(NumberParser.dollars(Substring(text)) == amount, "dollars: bytes and text disagree")
    }
    if case .success(let number) = whole {
        require(number >= 0 && number <= Int(Int32.max), "count out of range: \(number)")
        require(NumberParser.count(Substring(String(number))) == .success(number), "\(number) does not read back")
        // A whole number is also an amount.
        require(amount == .success(Dollars(number)), "count \(number) but dollars \(amount)")
    }
    if case .success(let dollars) = amount {
        require(dollars.cents >= 0, "negative amount \(dollars)")
        require(dollars <= Dollars.largestAmount, "amount over the largest: \(dollars)")
        require(NumberParser.dollars(Substring(dollars.description)) == .success(dollars), "\(dollars) does not read back")
    }
    return 0
}
