import Testing
import ReportJobs

/// `SOURCE_DATE_EPOCH` is taken only as a time a workbook can hold (1970 to the end of 9999);
/// beyond, the report says now instead of trapping on a day past the calendar.
struct CreationTimeTests {
    @Test func sourceDateEpochWithinTheCalendarIsTaken() {
        #expect(creationTime(["SOURCE_DATE_EPOCH": "1700000000"]) == 1_700_000_000)
        #expect(creationTime(["SOURCE_DATE_EPOCH": "253402300799"]) == 253_402_300_799)
    }

    @Test(arguments: ["253402300800", "99999999999999999", "-1", "soon"])
    func anyOtherIsNow(_ text: String) {
        let now = creationTime([:])
        #expect(abs(creationTime(["SOURCE_DATE_EPOCH": text]) - now) < 60)
    }
}
