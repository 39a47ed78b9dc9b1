import FuzzSupport
import TradeMetrics

/// `Day.parse` on arbitrary bytes, as the reader calls it (bytes) and as the rest does (text);
/// both must agree, and a day read must print and read back as itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDay(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count).bindMemory(to: UInt8.self)
    checkOrdinal(bytes)
    let result = Day.parse(bytes)
    if let text = String(validating: bytes, as: UTF8.self) {
        require(Day.parse(text) == result, "bytes and text disagree")
    }
    guard case .success(let day) = result else { return 0 }
    require((1000...9999).contains(day.year), "year out of range: \(day)")
    require(Day.parse(day.description) == .success(day), "\(day) does not read back")
    require(Day(ordinal: day.ordinal) == day, "\(day) does not survive its ordinal")
    require(Day(year: day.year, month: day.month, day: day.day) == day, "\(day) does not survive its parts")
    return 0
}

/// The first 8 bytes as a day's ordinal: a day of the calendar, surviving it, or none (no trap).
func checkOrdinal(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count >= 8 else { return }
    let ordinal = bytes.prefix(8).reduce(0) { $0 << 8 | Int($1) }
    let inCalendar = (Day.firstOrdinal...Day.lastOrdinal).contains(ordinal)
    guard let day = Day(inCalendar: ordinal) else { return require(!inCalendar, "ordinal \(ordinal) is no day") }
    require(inCalendar && day.ordinal == ordinal, "ordinal \(ordinal) gives \(day)")
}
