@testable import TradeMetrics

// The tests written against the English texts of the catalogue compare through these.

/// `.found` with its note as English text.
struct FoundInEnglish {
    let id: OfficeID
    let note: String?
    init(_ id: OfficeID, _ note: String?) {
        self.id = id
        self.note = note
    }
}

func == (lhs: OfficeLookup, rhs: FoundInEnglish) -> Bool {
    guard case .found(let id, let note) = lhs else { return false }
    return id == rhs.id && note?.text(.en) == rhs.note
}

func == (lhs: Message?, rhs: String) -> Bool { lhs?.text(.en) == rhs }

func == (lhs: OfficeNote?, rhs: String?) -> Bool { lhs?.text(.en) == rhs }

func == (lhs: OfficeLookup, rhs: FoundInEnglish?) -> Bool { rhs.map { lhs == $0 } ?? false }
