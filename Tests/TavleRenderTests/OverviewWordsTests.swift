import Foundation
import TavleModel
import Testing

@testable import TavleRender

/// How the facilitator's overview words a team's goal changes since the last gathering.
@Suite struct OverviewWordsTests {
    @Test func aGoalSetAsideIsShownWithItsReason() {
        let strings = Strings(language: .en)
        let setAside = GoalDifference(goal: "screening", kind: .removed, reasons: ["Reached; part of every admission."])
        #expect(setAside.words(strings) == "the goal 'screening' was removed (Reached; part of every admission.)")
        let removed = GoalDifference(goal: "screening", kind: .removed, reasons: [])
        #expect(removed.words(strings) == "the goal 'screening' was removed")
        let danish = setAside.words(Strings(language: .da))
        #expect(danish == "målet »screening« er fjernet (Reached; part of every admission.)")
    }
}
