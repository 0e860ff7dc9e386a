import Foundation
import TavleModel
import Testing

@testable import TavleHistory

@Suite struct LedgerTests {
    let here = SourceLocation(file: "journals/t.yaml", line: 3, column: 5)

    func journal(goals: [Goal]) -> Journal {
        Journal(
            team: "t", language: nil, goals: goals, indicators: [], cycles: [], decisions: [], answers: [],
            file: "journals/t.yaml")
    }

    @Test func goalsAreSortedByIdWithSortedKeysAndNoEmptyFields() {
        let goals = [
            Goal(id: "b-mal", statement: "Bedre måltider", target: 0.8, direction: .up, location: here),
            Goal(
                id: "a-fall", statement: "Færre fall", target: 3, direction: .down, due: JournalDate("2022-06-30"),
                location: here),
        ]
        let files = Ledger.files(for: journal(goals: goals), teamFolder: "t")
        #expect(
            files.map(\.path) == [
                "t/ledger/goals.json", "t/ledger/indicators.json", "t/ledger/pdsa.json", "t/ledger/decisions.json",
                "t/ledger/answers.json",
            ])
        #expect(
            files[0].contents == """
                [
                  {
                    "direction" : "down",
                    "due" : "2022-06-30",
                    "id" : "a-fall",
                    "revisions" : [

                    ],
                    "statement" : "Færre fall",
                    "target" : 3
                  },
                  {
                    "direction" : "up",
                    "id" : "b-mal",
                    "revisions" : [

                    ],
                    "statement" : "Bedre måltider",
                    "target" : 0.8
                  }
                ]

                """)
        #expect(files[1].contents == "[\n\n]\n")
    }

    @Test func numbersReadAsPeopleWriteThem() {
        #expect(LedgerNumber.text(3) == "3")
        #expect(LedgerNumber.text(3.5) == "3.5")
        #expect(LedgerNumber.text(-2) == "-2")
        #expect(LedgerNumber.text(0.8) == "0.8")
    }
}

@Suite struct RevisionCheckTests {
    let here = SourceLocation(file: "journals/t.yaml", line: 3, column: 5)

    func committed(_ goal: Goal) -> [LedgerGoal] {
        let json = Ledger.files(
            for: Journal(
                team: "t", language: nil, goals: [goal], indicators: [], cycles: [], decisions: [], answers: [],
                file: ""), teamFolder: "t")[0].contents
        return Ledger.decode([LedgerGoal].self, from: Data(json.utf8))!
    }

    func journal(_ goal: Goal) -> Journal {
        Journal(
            team: "t", language: nil, goals: [goal], indicators: [], cycles: [], decisions: [], answers: [],
            file: "journals/t.yaml")
    }

    @Test func anUnexplainedNewTargetIsRefusedWithTheWayToExplainIt() {
        let before = Goal(id: "fall", statement: "Færre fall", target: 3, direction: .down, location: here)
        var after = before
        after.target = 3.5
        do {
            try RevisionCheck.requireReasons(
                for: journal(after), committed: committed(before), commit: "abc1234", today: "2026-11-22")
            Issue.record("an unexplained change was accepted")
        } catch {
            #expect(error.location == here)
            #expect(
                error.message
                    == "the goal 'fall' changed its target from 3 to 3.5 since the report repository last recorded it (commit abc1234), but the journal gives no reason"
            )
            #expect(error.hint?.contains("- date: 2026-11-22") == true, "\(String(describing: error.hint))")
        }
    }

    @Test func aNewRevisionExplainsTheChange() throws {
        let before = Goal(
            id: "fall", statement: "Færre fall", target: 3, direction: .down, due: JournalDate("2022-06-30"),
            location: here)
        var after = before
        after.due = JournalDate("2022-12-31")
        after.statement = "Færre fall om natta"
        after.revisions = [Revision(date: JournalDate("2021-11-10")!, reason: "Nattevakten er med", location: here)]
        try RevisionCheck.requireReasons(
            for: journal(after), committed: committed(before), commit: "abc1234", today: "2026-11-22")
        // An old revision does not explain a second change.
        var again = after
        again.target = 2
        #expect(throws: Diagnostic.self) {
            try RevisionCheck.requireReasons(
                for: journal(again), committed: committed(after), commit: "def5678", today: "2026-11-22")
        }
    }

    @Test func otherFieldsAndNewGoalsNeedNoReason() throws {
        let before = Goal(id: "fall", statement: "Færre fall", target: 3, direction: .down, location: here)
        var after = before
        after.forWhom = "Beboere på avdeling 2"
        after.what = "Fall"
        try RevisionCheck.requireReasons(
            for: journal(after), committed: committed(before), commit: "abc1234", today: "2026-11-22")
        let other = Goal(id: "ny", statement: "Nytt mål", location: here)
        var both = journal(after)
        both.goals.append(other)
        try RevisionCheck.requireReasons(
            for: both, committed: committed(before), commit: "abc1234", today: "2026-11-22")
    }

    @Test func aGoalLeavesTheJournalWithAReasonDatedAfterTheRunThatShowedIt() throws {
        let before = Goal(id: "fall", statement: "Færre fall", target: 3, direction: .down, location: here)
        let other = Goal(id: "ny", statement: "Nytt mål", location: here)
        // Removed (or renamed to 'ny') without a word: refused.
        #expect(throws: Diagnostic.self) {
            try RevisionCheck.requireReasons(
                for: journal(other), committed: committed(before), commit: "abc1234", committedOn: "2022-03-01",
                today: "2026-11-22")
        }
        var retired = journal(other)
        retired.retiredGoals = [
            GoalRetirement(id: "fall", date: JournalDate("2022-02-01")!, reason: "Replaced by 'ny'.", location: here)
        ]
        // Dated before the run that still showed it: refused.
        #expect(throws: Diagnostic.self) {
            try RevisionCheck.requireReasons(
                for: retired, committed: committed(before), commit: "abc1234", committedOn: "2022-03-01",
                today: "2026-11-22")
        }
        retired.retiredGoals[0].date = JournalDate("2022-03-05")!
        try RevisionCheck.requireReasons(
            for: retired, committed: committed(before), commit: "abc1234", committedOn: "2022-03-01",
            today: "2026-11-22")
        #expect(
            RevisionCheck.differences(from: committed(before), to: retired).contains {
                $0.goal == "fall" && $0.reasons == ["Replaced by 'ny'."]
            })
    }
}
