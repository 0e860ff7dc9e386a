import Testing

@testable import TavleExport

/// The export's numbers, by hand: the decimals a value was recorded with, the value as the
/// reader saw it, the noise of storage taken off, how often a series was measured, and the
/// CSV a statistician loads.
@Suite struct ExportValueTests {
    @Test func aValueIsRecordedWithTheDecimalsItWasWrittenWith() {
        // 43.48 % divided by 100 is stored as 0.43479999999999996: four decimals, not seventeen.
        #expect(Scale.decimals(0.43479999999999996) == 4)
        #expect(Scale.decimals(6.667) == 3)
        #expect(Scale.decimals(52.38) == 2)
        #expect(Scale.decimals(8) == 0)
        #expect(Scale.decimals(0) == 0)
        #expect(Scale.decimals(0.00001) == 5)
        // A computed share (2/3) has no written decimals: full precision.
        #expect(Scale.decimals(2.0 / 3) > Scale.written)
    }

    @Test func aShareIsShownInPerCentWithoutTheNoiseOfTheMultiplication() {
        let percent = Scale(unit: "%")
        #expect(percent.factor == 100)
        #expect(percent.shown(0.43479999999999996) == 43.48)
        #expect(percent.shown(0.2941) == 29.41)
        // A computed share is multiplied as it is: 67/84 × 100.
        #expect(percent.shown(67.0 / 84) == 67.0 / 84 * 100)
        let own = Scale(unit: nil)
        #expect(own.factor == 1)
        #expect(own.shown(6.667) == 6.667)
        #expect(own.shown(0.23079999999999998) == 0.2308)
    }

    @Test func storageNoiseIsTakenOffWrittenValuesOnly() {
        #expect(Scale.clean(0.23079999999999998) == 0.2308)
        #expect(Scale.clean(0.0007000000000000001) == 0.0007)
        #expect(Scale.clean(5.333333333333333) == 5.333333333333333)
        #expect(Scale.clean(12) == 12)
    }

    @Test func roundingAtTheComparedDecimalsTellsNoiseFromChange() {
        // 6.667 and 6.666666666666667 agree at three decimals; 8 and 6.667 do not at none.
        #expect(Scale.rounded(6.666666666666667, 3) == Scale.rounded(6.667, 3))
        #expect(Scale.rounded(8, 0) != Scale.rounded(6.667, 0))
        #expect(Scale.rounded(52.38095238095238, 2) == 52.38)
    }

    /// A whole number is exact: 0 corrected to 0.4, or 8 to 8.4, is a change, though rounding
    /// both at the whole number's "no decimals" would hide it.
    @Test func aWholeNumberTakesTheOtherValuesDecimals() {
        #expect(DriftTable.comparedDecimals(0, 0, 1, 0.4) == 1)
        #expect(DriftTable.comparedDecimals(0, 8, 1, 8.4) == 1)
        #expect(DriftTable.comparedDecimals(3, 6.667, 15, 6.666666666666667) == 3)
        #expect(DriftTable.comparedDecimals(0, 8, 0, 7) == 0)
    }

    @Test func howOftenASeriesWasMeasuredIsReadFromItsMonths() {
        #expect(Granularity.of(["2020-01", "2020-02", "2020-03"]) == .month)
        #expect(Granularity.of(["2020-01", "2020-04", "2020-10", "2021-01"]) == .quarter)
        // Every third month, but not from the first of a quarter: months.
        #expect(Granularity.of(["2020-02", "2020-05", "2020-08"]) == .month)
        #expect(Granularity.of(["2019-01", "2020-01", "2021-01"]) == .year)
        #expect(Granularity.of(["2020-01"]) == nil, "one point says nothing")
        #expect(Granularity.of(["2020-01", "uke 3"]) == nil, "periods that are not months")
    }

    @Test func theCSVQuotesWhatNeedsItAndLeavesMissingEmpty() {
        var table = ExportTable(
            name: "t", description: "d",
            fields: [
                .init("a", .string, "x"), .init("b", .number, "y"), .init("c", .integer, "z"),
                .init("d", .boolean, "w"),
            ],
            primaryKey: ["a"])
        table.rows = [
            [.text("plain"), .number(0.25), .integer(4), .boolean(true)],
            [.text("a, b"), .number(4), .missing, .boolean(false)],
            [.text("two\nlines \"quoted\""), .missing, .integer(-1), .missing],
        ]
        #expect(table.csv() == "a,b,c,d\nplain,0.25,4,true\n\"a, b\",4,,false\n\"two\nlines \"\"quoted\"\"\",,-1,\n")
        #expect(ExportTable.json(.missing) == "null")
        #expect(ExportTable.json(.text("\"x\"")) == "\"\\\"x\\\"\"")
        #expect(ExportTable.json(.number(0.5)) == "0.5")
    }
}
