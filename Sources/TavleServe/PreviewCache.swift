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

    private struct Slot {
        var stamp: String
        /// Nil while it is being made.
        var made: Made?
    }

    /// Guards `slots`; waiters for a preview being made sleep on it.
    private let condition = NSCondition()
    private var slots: [String: Slot] = [:]

    /// The preview of `key` for inputs with `stamp`: the one kept, the one being made, or one
    /// made now with `make`.
    func made(_ key: String, stamp: String, make: () -> Made) -> Made {
        condition.lock()
        while let slot = slots[key], slot.stamp == stamp {
            if let made = slot.made {
                condition.unlock()
                return made
            }
            condition.wait()
        }
        slots[key] = Slot(stamp: stamp, made: nil)
        condition.unlock()

        let made = make()

        condition.lock()
        // A newer stamp may have taken the slot meanwhile; that one is then kept instead.
        if slots[key]?.stamp == stamp { slots[key]?.made = made }
        condition.broadcast()
        condition.unlock()
        return made
    }
}
