import Foundation
import TavleModel

/// Previews as they were last made, one per notebook and team, kept with the stamp of the
/// inputs they were made from. The preview page and its frame then share one rendering, and
/// the long poll can start the next one the moment it sees a change, before the browser asks.
///
/// A preview being made is made once: a request for the same notebook, team and stamp waits
/// for it instead of rendering beside it (on two cores that would double the wait of both).
final class PreviewCache: @unchecked Sendable {
    struct Made: Sendable {
        var html: String
        var warnings: [Diagnostic]
        /// Whether the report could be made (the page shows the problem otherwise).
        var ok: Bool
    }

    /// One rendering, and those waiting for it. It stays theirs even when a newer stamp takes
    /// its place in the cache meanwhile: each request gets the preview of the stamp it asked for,
    /// and nothing is rendered twice because another stamp came and went.
    private final class Making {
        var made: Made?
    }

    private struct Slot {
        var stamp: String
        var making: Making
    }

    /// Guards `slots` and every `Making`; waiters sleep on it.
    private let condition = NSCondition()
    private var slots: [String: Slot] = [:]
    /// The previews kept at most (a facilitator looks at a few; each is a report's page).
    let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The preview of `key` for inputs with `stamp`: the one kept, the one being made, or one
    /// made now with `make`.
    func made(_ key: String, stamp: String, make: () -> Made) -> Made {
        condition.lock()
        if let slot = slots[key], slot.stamp == stamp {
            let making = slot.making
            while making.made == nil { condition.wait() }
            let made = making.made!
            condition.unlock()
            return made
        }
        let making = Making()
        if slots[key] == nil, slots.count >= capacity,
            let finished = slots.first(where: { $0.value.making.made != nil })?.key
        {
            slots[finished] = nil
        }
        slots[key] = Slot(stamp: stamp, making: making)
        condition.unlock()

        let made = make()

        condition.lock()
        making.made = made
        condition.broadcast()
        condition.unlock()
        return made
    }
}
