/// Numbers the trips of a log as its rows go by and keeps each trip's first day, so that a trip
/// counts in the period of its first row however the rows are ordered.
struct TripRegistry {
    private var numbers = ByteTable<Int32>()
    private(set) var firstDays: [Day] = []

    /// The trip number of `record` (see `ActivityRecord.missionKey`), or -1 when it has none.
    mutating func number(of record: ActivityRecord) -> Int32 {
        guard var key = record.missionKey else { return -1 }
        return key.withUTF8 { bytes in
            if let number = numbers.value(for: bytes) {
                if record.date < firstDays[Int(number)] { firstDays[Int(number)] = record.date }
                return number
            }
            let number = Int32(firstDays.count)
            numbers.insert(bytes, number)
            firstDays.append(record.date)
            return number
        }
    }
}
