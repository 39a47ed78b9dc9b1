import Testing
@testable import TradeMetrics

/// A partner keeps the spelling of its earliest row, the first in the log on a tie, whatever order
/// the register is given the rows in (`--dedupe` gives the rows of its pairs last).
struct TieSpellingOrderTests {
    @Test func theFirstRowOfTheEarliestDaySpellsThePartner() {
        let log = readLog(TieRegisterTests.header + """
            a1,2023-05-01,전북,agreement,KZ,Almaty Province,,
            a2,2023-05-01,전북,forum,KZ,ALMATY province,,
            a3,2023-04-01,경북,forum,KZ,TASHKENT,,
            a4,2023-04-01,경북,agreement,KZ,Tashkent,,
            """)
        #expect(!log.read.hasErrors)
        for records in [log.records, log.records.reversed()] {
            var register = TieRegister()
            for record in records { register.add(record) }
            let partners = register.finish().ties.map(\.partner).sorted()
            #expect(partners == ["Almaty Province", "TASHKENT"])
        }
    }
}
