import PropertyBased
import Testing
@testable import TradeMetrics
@testable import Reports

/// Any log our CSV writer writes reads back to the same records, hostile text included.
struct LogRoundTripTests {
    static let header = ["id", "date", "end_date", "office", "kind", "trip", "partner_country", "partner_city", "partner_org",
                         "sectors", "companies", "partner_companies", "agreements", "consultations", "consultation_usd",
                         "contract_usd", "title", "source"]
    /// Pieces of free text: separators, quotes, line breaks, formula starts, Hangul, emoji,
    /// right-to-left marks and control characters.
    static let pieces = [",", "\"", "\n", "\r\n", "'", "=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1+1", "전북 방문단", "🚀",
                         "\u{200F}مرحبا\u{200E}", "\u{7}", "a b", ";", "x"]
    static let guardStarts = ["", "", "=", "+", "-", "@"]
    static let offices = Gazetteer.shared.offices.filter { !$0.nameIsShared }

    struct Drawn {
        var record: ActivityRecord
        /// How a text field reads back: as written, with the writer's `'` before a formula start.
        static func guarded(_ text: String) -> String {
            guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
            return "'" + text
        }
    }

    /// A text field from `seed`: pieces joined, opening with a letter or a formula start and ending
    /// with a letter (the reader trims white space at the ends of a field).
    static func text(_ seed: inout Int) -> String {
        func pick(_ n: Int) -> Int { defer { seed /= n }; return seed % n }
        var text = guardStarts[pick(guardStarts.count)] + "k"
        for _ in 0..<pick(5) { text += pieces[pick(pieces.count)] }
        return text + "z"
    }

    static func draw(_ index: Int, _ seed: Int) -> ActivityRecord {
        var s = seed
        func pick(_ n: Int) -> Int { defer { s /= n }; return s % n }
        let date = Day(ordinal: Day(year: 2020, month: 1, day: 1)!.ordinal + pick(2000))
        let existing = offices.filter { $0.exists(on: date) }    // 영종구 not before 2026-07-01
        let office = existing[pick(existing.count)]
        let kind = Kind.allCases[pick(Kind.allCases.count)]
        let country = Gazetteer.shared.countries[pick(Gazetteer.shared.countries.count)]
        let sectors = SectorSet(Sector.allCases.filter { _ in pick(4) == 0 })
        let implied = kind == .agreement && pick(2) == 0
        var textSeed = seed / 7 + index
        return ActivityRecord(
            id: "r\(index)-" + text(&textSeed), date: date, endDate: pick(3) == 0 ? date.adding(days: pick(9)) : nil,
            office: office.id, province: office.province(on: date), kind: kind,
            trip: pick(2) == 0 ? "" : text(&textSeed), country: country.id, partnerCity: text(&textSeed),
            partnerOrg: text(&textSeed), sectors: sectors, companies: pick(30), partnerCompanies: pick(5),
            agreements: implied ? 1 : pick(4), agreementsImplied: implied, consultations: pick(40),
            consultationUSD: Dollars(cents: Int64(pick(1_000_000)) * 100), contractUSD: Dollars(cents: Int64(pick(100_000)) * 100),
            title: text(&textSeed), source: text(&textSeed), extras: [],
            location: SourceLocation(file: 0, line: 0))
    }

    static func row(_ record: ActivityRecord) -> [CSVWriter.Cell] {
        let places = Gazetteer.shared
        func number(_ value: Int) -> CSVWriter.Cell { .number("\(value)") }
        return [.text(record.id), .text(record.date.description), record.endDate.map { .text($0.description) } ?? .empty,
                .text(places[record.office].korean), .text(record.kind.code), .text(record.trip),
                .text(places[record.country].alpha2), .text(record.partnerCity), .text(record.partnerOrg),
                .text(record.sectors.map(\.code).joined(separator: ";")), number(record.companies),
                number(record.partnerCompanies), record.agreementsImplied ? .empty : number(record.agreements),
                number(record.consultations), .number(record.consultationUSD.description),
                .number(record.contractUSD.description), .text(record.title), .text(record.source)]
    }

    @Test func whatTheWriterWritesReadsBackTheSame() async {
        let seeds = Gen.int(in: 0...Int(Int32.max)).array(of: 1...40)
        await propertyCheck(input: seeds, Gen.bool) { seeds, excel in
            let records = seeds.enumerated().map { Self.draw($0, $1) }
            var writer = CSVWriter(options: excel ? .excel : .plain)
            writer.writeRow(Self.header)
            records.forEach { writer.writeRow(Self.row($0)) }
            let read = LogReader().readAll([.bytes(name: "log.csv", Array(writer.text.utf8))])
            #expect(read.read.diagnostics.lines == [])
            #expect(read.records.count == records.count)
            // A record starts on the physical line after the line breaks of the rows before it.
            var line = 2
            for (back, written) in zip(read.records, records) {
                var expected = written
                expected.location.line = line
                line += Self.row(written).map(CSVWriter.field).joined(separator: ",").utf8.count { $0 == 0x0A } + 1
                for path in [\ActivityRecord.id, \.trip, \.partnerCity, \.partnerOrg, \.title, \.source] {
                    expected[keyPath: path] = Drawn.guarded(expected[keyPath: path])
                }
                #expect(back == expected)
            }
        }
    }
}
