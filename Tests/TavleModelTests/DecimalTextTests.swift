import TavleModel
import Testing

@Suite struct DecimalTextTests {
    @Test func plainNumbersDropAWholeNumbersFraction() {
        #expect(DecimalText.plain(4) == "4")
        #expect(DecimalText.plain(-12) == "-12")
        #expect(DecimalText.plain(0.25) == "0.25")
        #expect(DecimalText.plain(1e-05) == "1e-05")
        #expect(DecimalText.plain(2.5, in: .nb) == "2,5")
        #expect(DecimalText.plain(2.5, in: .en) == "2.5")
    }

    @Test func fixedDecimalsRoundAndPad() {
        #expect(DecimalText.fixed(1.5, decimals: 2, in: .en) == "1.50")
        #expect(DecimalText.fixed(0.004, decimals: 2, in: .nb) == "0,00")
        #expect(DecimalText.fixed(0.046, decimals: 2, in: .en) == "0.05")
        #expect(DecimalText.fixed(12.345, decimals: 1, in: .nb) == "12,3")
        #expect(DecimalText.fixed(-0.5, decimals: 0, in: .en) == "-1")
        #expect(DecimalText.fixed(-0.001, decimals: 2, in: .en) == "0.00")
        #expect(DecimalText.fixed(7, decimals: 0, in: .en) == "7")
    }
}
