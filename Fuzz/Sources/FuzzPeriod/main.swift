import FuzzSupport
@testable import TradeMetrics

/// `Period(parsing:)` on arbitrary text, then what a report asks of a period: its name (which must
/// read back as the same period), its Korean name and its comparison periods.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPeriod(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let period = try? Period(parsing: text) else { return 0 }
    require((try? Period(parsing: period.description)) == period, "\(period) does not read back")
    check(period)
    checkTimeSeries(period)
    if let previous = period.previous {
        check(previous)
        require(previous.last.adding(days: 1) == period.first, "\(previous) does not end just before \(period)")
    }
    if let lastYear = period.lastYear {
        check(lastYear)
        require(lastYear.first.year == period.first.year - 1, "\(lastYear) is not a year before \(period)")
    }
    return 0
}

/// A period is a stretch of days with names.
func check(_ period: Period) {
    require(period.first <= period.last, "\(period) ends before it starts")
    require(!period.description.isEmpty && !period.korean.isEmpty, "\(period) has no name")
}

/// A table by month or quarter shows every month or quarter of the period, up to 9999-12 (no trap).
func checkTimeSeries(_ period: Period) {
    guard period.length != .all else { return }
    let months = (period.last.year - period.first.year) * 12 + period.last.month - period.first.month + 1
    guard months <= 2400 else { return }   // two centuries at most: a run stays fast
    let keys = GroupKey.fixedKeys(.month, over: period, .shared, allProvinces: false)
    require(keys.count == months, "\(period) has \(months) months, not \(keys.count)")
    require(keys.last?.period?.contains(period.last) == true, "\(period)'s last month is missing")
}
