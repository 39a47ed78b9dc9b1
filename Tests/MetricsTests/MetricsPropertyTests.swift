import PropertyBased
import Testing
@testable import TradeMetrics

/// Properties that hold for any log: each generated number decodes into one row.
struct MetricsPropertyTests {
    static let header = "id,date,office,kind,trip,partner_country,sectors,companies,agreements,consultations,consultation_usd\n"
    static let offices = ["전북", "전주시", "전라북도", "제주", "경북", "군위군", "서울특별시 강남구", "Jeonbuk State"]
    static let countries = ["US", "KZ", "JP", "VN", "DE", "미국"]
    static let sectorChoices = ["", "bio", "bio;mobility", "agrifood; battery", "trade;culture;tourism", "other"]
    static let trips = ["", "", "T1", "T2", "T3"]

    /// Row `index` of a log, drawn from `seed`: dates over 2023–2024, offices in every written form.
    static func row(_ index: Int, _ seed: Int) -> String {
        var s = seed
        func pick(_ n: Int) -> Int { defer { s /= n }; return s % n }
        let day = Day(ordinal: Day(year: 2023, month: 1, day: 1)!.ordinal + pick(730))
        let kind = Kind.allCases[pick(Kind.allCases.count)].code
        return [ "r\(index)", day.description, offices[pick(offices.count)], kind, trips[pick(trips.count)],
                 countries[pick(countries.count)], "\"\(sectorChoices[pick(sectorChoices.count)])\"",
                 "\(pick(20))", pick(3) == 0 ? "" : "\(pick(3))", "\(pick(50))", "\(pick(1000) * 1000)",
        ].joined(separator: ",")
    }

    static func records(_ seeds: [Int]) -> [ActivityRecord] {
        guard !seeds.isEmpty else { return [] }   // a header alone is an error of its own
        let text = header + seeds.enumerated().map { row($0, $1) }.joined(separator: "\n")
        let log = readLog(text)
        #expect(!log.read.hasErrors, "generated rows must be valid: \(log.lines)")
        return log.records
    }

    static let seeds = Gen.int(in: 0...Int(Int32.max)).array(of: 0...60)
    static let periods = ["2023-Q2", "2024-H1", "2024", "all", "2023-11", "2023-12-20..2024-02-10"]

    @Test func theTotalEqualsTheSumOverKinds() async {
        await propertyCheck(input: Self.seeds, Gen.int(in: 0...5)) { seeds, p in
            let table = MetricsEngine(records: Self.records(seeds))
                .table(TableQuery(period: try! Period(parsing: Self.periods[p]), dimensions: [.kind]))
            for measure in [Measure.activities, .companies, .agreements, .consultations, .consultationUSD] {
                let sum = table.rows.map { $0.totals[measure].number }.reduce(0, +)
                #expect(sum == table.total.totals[measure].number, "\(measure)")
            }
        }
    }

    @Test func groupsAddUpToTheTotalExceptSectors() async {
        await propertyCheck(input: Self.seeds, Gen.int(in: 0...5)) { seeds, p in
            let engine = MetricsEngine(records: Self.records(seeds))
            let period = try! Period(parsing: Self.periods[p])
            for dimension in Dimension.allCases {
                let table = engine.table(TableQuery(period: period, dimensions: [dimension]))
                let sum = table.rows.map(\.totals.activities).reduce(0, +)
                if dimension == .sector {
                    #expect(sum >= table.total.totals.activities)
                } else {
                    #expect(sum == table.total.totals.activities, "\(dimension)")
                }
                // A trip counts at most once in a group, so groups hold at least the total's missions
                // (time series exactly, as a trip counts in the quarter or month of its first row).
                let missions = table.rows.map(\.totals.missions).reduce(0, +)
                if dimension.isTime && period.length != .all {
                    #expect(missions == table.total.totals.missions, "\(dimension)")
                } else {
                    #expect(missions >= table.total.totals.missions, "\(dimension)")
                }
            }
        }
    }

    @Test func splittingALogInTwoFilesChangesNothing() async {
        await propertyCheck(input: Self.seeds, Gen.int(in: 0...Int(Int32.max))) { seeds, mask in
            let rows = seeds.enumerated().map { Self.row($0, $1) }
            var first: [String] = [], second: [String] = []
            for (index, row) in rows.enumerated() {
                if (mask >> (index % 31)) & 1 == 0 { first.append(row) } else { second.append(row) }
            }
            let whole = readLog(Self.header + rows.joined(separator: "\n")).records
            let split = readLog([("a.csv", Self.header + first.joined(separator: "\n")),
                                 ("b.csv", Self.header + second.joined(separator: "\n"))]).records
            let query = TableQuery(period: .all, dimensions: [.province, .sector])
            let a = MetricsEngine(records: whole).table(query), b = MetricsEngine(records: split).table(query)
            #expect(a.keys == b.keys)
            #expect(a.rows.map(\.totals) == b.rows.map(\.totals))
            #expect(a.total.totals == b.total.totals)
        }
    }

    @Test func anyOrderOfTheRowsGivesTheSameMetrics() async {
        await propertyCheck(input: Self.seeds, Gen.int(in: 0...Int(Int32.max))) { seeds, shuffleSeed in
            guard !seeds.isEmpty else { return }
            let rows = seeds.enumerated().map { Self.row($0, $1) }
            // Fisher–Yates driven by a small linear congruential generator, reproducible from the seed.
            var shuffled = rows, state = UInt64(shuffleSeed)
            for index in stride(from: shuffled.count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                shuffled.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
            }
            let a = MetricsEngine(records: readLog(Self.header + rows.joined(separator: "\n")).records)
            let b = MetricsEngine(records: readLog(Self.header + shuffled.joined(separator: "\n")).records)
            for period in Self.periods.map({ try! Period(parsing: $0) }) {
                for dimension in Dimension.allCases {
                    let query = TableQuery(period: period, dimensions: [dimension])
                    let x = a.table(query), y = b.table(query)
                    #expect(x.keys == y.keys, "\(period) \(dimension)")
                    #expect(x.rows.map(\.totals) == y.rows.map(\.totals), "\(period) \(dimension)")
                    #expect(x.total.totals == y.total.totals, "\(period) \(dimension)")
                }
            }
        }
    }
}
