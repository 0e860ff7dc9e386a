import TavleModel
import Testing

@Suite struct TimestampTests {
    @Test func iso8601ByHand() {
        #expect(Timestamp.iso8601(0, offsetMinutes: 0) == "1970-01-01T00:00:00+00:00")
        #expect(Timestamp.iso8601(0, offsetMinutes: -300) == "1969-12-31T19:00:00-05:00")
        // 2000-02-29, a leap day in a century year divisible by 400.
        #expect(Timestamp.iso8601(951_782_400, offsetMinutes: 0) == "2000-02-29T00:00:00+00:00")
        #expect(Timestamp.iso8601(1_795_384_742, offsetMinutes: 0) == "2026-11-22T21:59:02+00:00")
        #expect(Timestamp.iso8601(1_795_384_742, offsetMinutes: 60) == "2026-11-22T22:59:02+01:00")
        // 2021-12-31T23:30:00Z is already the new year in Norway.
        #expect(Timestamp.iso8601(1_640_993_400, offsetMinutes: 60) == "2022-01-01T00:30:00+01:00")
    }
}

@Suite struct CommitTimeParsingTests {
    @Test func readsWhatIso8601Writes() {
        for (seconds, offset) in [
            (Int64(0), 0), (951_782_400, 0), (1_795_384_742, 60), (1_640_993_400, 60), (-86_400, -300),
            (1_611_129_600, 120),
        ] {
            let text = Timestamp.iso8601(seconds, offsetMinutes: offset)
            let parsed = Timestamp.parseISO8601(text)
            #expect(parsed?.seconds == seconds, "\(text)")
            #expect(parsed?.offsetMinutes == offset, "\(text)")
        }
        // 2021-01-20 09:00 in Norway (winter, UTC+1) is 08:00 UTC: 1611129600.
        #expect(Timestamp.parseISO8601("2021-01-20T09:00:00+01:00")?.seconds == 1_611_129_600)
        #expect(Timestamp.parseISO8601("2021-01-20T08:00:00Z")?.seconds == 1_611_129_600)
    }

    @Test func refusesWhatIsNotATime() {
        for text in [
            "2021-01-20", "2021-02-30T09:00:00+01:00", "2021-01-20 09:00:00+01:00", "2021-13-01T00:00:00Z",
            "2021-01-20T24:00:00Z", "2021-01-20T09:00:00+0100", "yesterday",
        ] {
            #expect(Timestamp.parseISO8601(text) == nil, "\(text)")
        }
    }
}
