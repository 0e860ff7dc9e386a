import Testing
@testable import TavleRun

@Suite struct TimeFormatTests {
    @Test func iso8601ByHand() {
        #expect(ReportLog.iso8601(0, offsetMinutes: 0) == "1970-01-01T00:00:00+00:00")
        #expect(ReportLog.iso8601(0, offsetMinutes: -300) == "1969-12-31T19:00:00-05:00")
        // 2000-02-29, a leap day in a century year divisible by 400.
        #expect(ReportLog.iso8601(951_782_400, offsetMinutes: 0) == "2000-02-29T00:00:00+00:00")
        #expect(ReportLog.iso8601(1_795_384_742, offsetMinutes: 0) == "2026-11-22T21:59:02+00:00")
        #expect(ReportLog.iso8601(1_795_384_742, offsetMinutes: 60) == "2026-11-22T22:59:02+01:00")
        // 2021-12-31T23:30:00Z is already the new year in Norway.
        #expect(ReportLog.iso8601(1_640_993_400, offsetMinutes: 60) == "2022-01-01T00:30:00+01:00")
    }
}
