import Dispatch
import TavleConcurrency
import Testing

@Suite struct ConcurrencyTests {
    @Test func concurrentMapKeepsTheOrder() {
        let numbers = Array(0..<1000)
        #expect(numbers.concurrentMap { $0 * $0 } == numbers.map { $0 * $0 })
        #expect([Int]().concurrentMap { $0 } == [])
    }

    @Test func aLockedValueLosesNoChangeUnderContention() {
        let count = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 10_000) { _ in count.withLock { $0 += 1 } }
        #expect(count.withLock { $0 } == 10_000)
    }
}
