import TavleModel
import TavleParse
import Testing

@testable import TavleImport

/// A number for a month far from the data, or not yet begun, is imported but pointed out,
/// once per period, at the cell that holds the period.
@Suite struct OutlyingPeriodTests {
    func value(_ team: String, _ period: String, line: Int) -> FilledValue {
        let here = SourceLocation(file: "f.csv", line: line, column: 20)
        return FilledValue(
            team: team, indicator: "fall", period: period, text: "3", unit: nil, location: here, teamLocation: here,
            periodLocation: SourceLocation(file: "f.csv", line: line, column: 8))
    }

    @Test func farAndFuturePeriodsAreWarnedOfOnce() {
        let known = ["fall": Period(year: 2023, month: 1)...Period(year: 2024, month: 6)]
        let values = [
            value("a", "2024-07", line: 2),  // the next month: nothing to say
            value("b", "2025-09", line: 3),  // 15 months after the last
            value("c", "2025-09", line: 4),  // the same period again: said once
            value("d", "2021-01", line: 5),  // 2 years before the first
            value("e", "2027-01", line: 6),  // not begun
        ]
        let warnings = FormImport.outlyingPeriods(values, known: known, thisMonth: Period(year: 2026, month: 12))
        #expect(warnings.map(\.location?.line) == [3, 5, 6])
        #expect(warnings.allSatisfy { $0.location?.column == 8 })
        #expect(
            warnings[0].phrase.en
                == "b has numbers for 2025-09, 15 months after the last month the data holds for fall (2024-06)")
        #expect(
            warnings[1].phrase.en
                == "d has numbers for 2021-01, 2 years before the first month the data holds for fall (2023-01)")
        #expect(warnings[2].phrase.en == "e has numbers for 2027-01, a month that has not begun (this is 2026-12)")
    }
}
