import TavleStats
import Testing

@Suite struct MedianTests {
    @Test func oddCountTakesTheMiddle() {
        #expect(median([5, 1, 3]) == 3)
    }

    @Test func evenCountAveragesTheTwoMiddleValues() {
        // sorted: 1 2 | 4 7 → (2 + 4) / 2
        #expect(median([7, 1, 4, 2]) == 3)
    }

    @Test func emptyHasNoMedian() {
        #expect(median([]) == nil)
    }
}
