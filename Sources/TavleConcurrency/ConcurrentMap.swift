import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, for work that is pure and costs more than a
    /// thread hand-off (compressing or hashing a report); results keep the input order.
    public func concurrentMap<Result>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        slots.values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                buffer[index] = transform(self[index])
            }
        }
        return slots.values.map { $0! }
    }
}

/// Each index is written by exactly one iteration of `concurrentMap`, so no two threads
/// ever share a slot.
private final class Slots<Value>: @unchecked Sendable {
    var values: [Value?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
}
