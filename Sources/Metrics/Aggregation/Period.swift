/// A stretch of days that metrics are computed over, selected on each row's `date`:
/// `2024-Q1`, `2024-H1`, `2024`, `2024-03`, `2024-01-15..2024-03-31` or `all`.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Length: Hashable, Sendable {
        case quarter, half, year, month, range, all
    }

    public let length: Length
    /// First and last day, both included.
    public let first: Day
    public let last: Day

    public static let all = Period(length: .all, first: Day(year: 1, month: 1, day: 1)!, last: Day(year: 9999, month: 12, day: 31)!)

    init(length: Length, first: Day, last: Day) {
        self.length = length
        self.first = first
        self.last = last
    }

    public static func quarter(_ year: Int, _ quarter: Int) -> Period {
        Period(length: .quarter, first: .firstOf(year: year, month: quarter * 3 - 2), last: .lastOf(year: year, month: quarter * 3))
    }

    public static func month(_ year: Int, _ month: Int) -> Period {
        Period(length: .month, first: .firstOf(year: year, month: month), last: .lastOf(year: year, month: month))
    }

    public static func year(_ year: Int) -> Period {
        Period(length: .year, first: .firstOf(year: year, month: 1), last: .lastOf(year: year, month: 12))
    }

    public static func half(_ year: Int, _ half: Int) -> Period {
        Period(length: .half, first: .firstOf(year: year, month: half * 6 - 5), last: .lastOf(year: year, month: half * 6))
    }

    public static func range(_ first: Day, _ last: Day) -> Period {
        Period(length: .range, first: first, last: last)
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// The period of the same length just before: 2024-Q1 → 2023-Q4, 2024-03 → 2024-02; a range of
    /// N days → the N days before it. None for `all`, and for a range too long to have N days
    /// before it in the calendar (which starts on 0001-01-01).
    public var previous: Period? {
        switch length {
        case .all: return nil
        case .range:
            let days = last.ordinal - first.ordinal + 1
            guard first.ordinal - days >= Period.all.first.ordinal else { return nil }
            return .range(first.adding(days: -days), first.adding(days: -1))
        case .quarter, .half, .year, .month:
            let months = length == .quarter ? 3 : length == .half ? 6 : length == .year ? 12 : 1
            var year = first.year, month = first.month - months
            if month < 1 { month += 12; year -= 1 }
            let start = Day.firstOf(year: year, month: month)
            var endYear = year, endMonth = month + months - 1
            if endMonth > 12 { endMonth -= 12; endYear += 1 }
            return Period(length: length, first: start, last: .lastOf(year: endYear, month: endMonth))
        }
    }

    /// The same period a year before: 2024-Q1 → 2023-Q1. None for `all`.
    public var lastYear: Period? {
        switch length {
        case .all: return nil
        case .range: return .range(first.adding(years: -1), last.adding(years: -1))
        case .quarter, .half, .year, .month:
            return Period(length: length, first: first.adding(years: -1), last: .lastOf(year: last.year - 1, month: last.month))
        }
    }

    /// As written on the command line: `2024-Q1`, `2024-H2`, `2024`, `2024-03`, `2024-01-15..2024-03-31`, `all`.
    public var description: String {
        switch length {
        case .all: return "all"
        case .quarter: return "\(first.year)-Q\(first.quarter)"
        case .half: return "\(first.year)-H\(first.month <= 6 ? 1 : 2)"
        case .year: return "\(first.year)"
        case .month: return "\(first.year)-\(first.month < 10 ? "0" : "")\(first.month)"
        case .range: return "\(first)..\(last)"
        }
    }

    /// In Korean, for report titles: `2024년 1분기`, `2024년 상반기`, `2024년`, `2024년 3월`.
    public var korean: String {
        switch length {
        case .all: return "전체 기간"
        case .quarter: return "\(first.year)년 \(first.quarter)분기"
        case .half: return "\(first.year)년 \(first.month <= 6 ? "상" : "하")반기"
        case .year: return "\(first.year)년"
        case .month: return "\(first.year)년 \(first.month)월"
        case .range: return "\(first) ~ \(last)"
        }
    }
}

extension Period {
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            case malformed, yearOutOfRange, reversed
        }

        public let text: String
        public var reason = Reason.malformed

        public var message: Message {
            switch reason {
            case .malformed: .badPeriod(text)
            case .yearOutOfRange: .periodYearOutOfRange(text, Day.years)
            case .reversed: .periodReversed(text)
            }
        }

        public var description: String { message.text(.en) }
    }

    public init(parsing text: String) throws(ParseError) {
        let text = text.trimmingWhitespace()
        let failure = ParseError(text: text)
        if text.lowercased() == "all" { self = .all; return }
        if let range = text.firstRange(of: "..") {
            let ends = [String(text[..<range.lowerBound]), String(text[range.upperBound...])].map { Day.parse($0) }
            guard case .success(let first) = ends[0], case .success(let last) = ends[1] else {
                let outOfRange = ends.contains { $0 == .failure(.yearOutOfRange) }
                throw ParseError(text: text, reason: outOfRange ? .yearOutOfRange : .malformed)
            }
            guard first <= last else { throw ParseError(text: text, reason: .reversed) }
            self = .range(first, last)
            return
        }
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count >= 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { throw failure }
        guard Day.years.contains(year) else { throw ParseError(text: text, reason: .yearOutOfRange) }
        switch parts.count {
        case 1: self = .year(year)
        case 2:
            let part = parts[1]
            if part.hasPrefix("Q"), let q = Int(part.dropFirst()), (1...4).contains(q), part.count == 2 {
                self = .quarter(year, q)
            } else if part.hasPrefix("H"), let h = Int(part.dropFirst()), (1...2).contains(h), part.count == 2 {
                self = .half(year, h)
            } else if part.count == 2, part.allSatisfy({ $0.isASCII && $0.isNumber }), let m = Int(part), (1...12).contains(m) {
                self = .month(year, m)
            } else {
                throw failure
            }
        default: throw failure
        }
    }
}
