import Foundation
import TavleModel
import TavleParse
import Testing

@testable import TavleEdit

/// The journal's text changed in place: only the lines a form changes differ, and what is
/// written reads back, through the journal reader, as exactly what was typed.
@Suite struct JournalTextTests {
    static let journal = """
        # Our journal. Comments stay.
        goals:
          - id: fewer-falls                   # a short id
            statement: Fewer falls among the residents
            indicator: fall
            target: 4                         # the goal
            direction: down
            due: 2027-06-30
            # revisions:
            #   - date: 2026-12-03

          - id: screening
            statement: Everyone screened
            target: 80 %
            direction: up
            revisions:
              - date: 2026-01-10
                reason: First target was 70 %.

        decisions:
          - date: 2026-11-01
            what: The night shift joins the team.
        """

    func parse(_ text: String) throws -> Journal {
        try JournalParser().parse(text, file: "journals/team-a.yaml", team: "team-a", defaultLanguage: .en).journal
    }

    @Test func aTargetChangesOnItsOwnLineAndItsCommentStays() throws {
        var text = JournalText(Self.journal)
        try text.setGoal("fewer-falls", fields: [("target", .verbatim("3.5"))])
        let before = Self.journal.split(separator: "\n", omittingEmptySubsequences: false)
        let after = text.text.split(separator: "\n", omittingEmptySubsequences: false)
        // One line differs, and it keeps its comment in the same column.
        let differing = zip(before, after).filter { $0 != $1 }
        #expect(differing.count == 1)
        #expect(differing.first?.1 == "    target: 3.5                       # the goal")
        #expect(try parse(text.text).goals[0].target == 3.5)
        #expect(try parse(text.text).goals[1].target == 0.8)
    }

    @Test func aRevisionGoesUnderTheGoalMakingTheListWhenThereIsNone() throws {
        var text = JournalText(Self.journal)
        try text.addRevision(toGoal: "fewer-falls", date: "2026-12-03", reason: "Night lights work: we aim lower.")
        try text.addRevision(toGoal: "screening", date: "2026-12-03", reason: "Reached 80 %")
        let goals = try parse(text.text).goals
        #expect(goals[0].revisions.map(\.reason) == ["Night lights work: we aim lower."])
        #expect(goals[0].revisions.map(\.date.description) == ["2026-12-03"])
        #expect(goals[1].revisions.map(\.reason) == ["First target was 70 %.", "Reached 80 %"])
        // The new list sits at the goal's key column; the commented example stays below it.
        #expect(
            text.text.contains(
                """
                    due: 2027-06-30
                    revisions:
                      - date: 2026-12-03
                        reason: "Night lights work: we aim lower."
                    # revisions:
                """))
    }

    @Test func anEntryIsAddedAtTheEndOfItsListOrAsANewList() throws {
        var text = JournalText(Self.journal)
        try text.append(
            [("date", .verbatim("2026-12-01")), ("what", .text("Falls are reviewed on Mondays."))],
            toTopLevel: "decisions")
        try text.append(
            [
                ("id", .verbatim("night-lights")), ("title", .text("Night lights")),
                ("plan", .text("Four rooms in May.")),
            ],
            toTopLevel: "pdsa")
        let journal = try parse(text.text)
        #expect(journal.decisions.map(\.what) == ["The night shift joins the team.", "Falls are reviewed on Mondays."])
        #expect(journal.cycles.map(\.id) == ["night-lights"])
        #expect(text.text.hasPrefix("# Our journal. Comments stay.\n"))
    }

    @Test func anEntryIsTakenOutWithItsLinesOnly() throws {
        var text = JournalText(Self.journal)
        try text.removeEntry(in: "goals", at: 0)
        let journal = try parse(text.text)
        #expect(journal.goals.map(\.id) == ["screening"])
        #expect(journal.decisions.count == 1)
        #expect(text.text.hasPrefix("# Our journal. Comments stay.\ngoals:\n  - id: screening"))
        try text.removeEntry(in: "decisions", at: 0)
        #expect(text.text.hasSuffix("decisions: []\n"))
        #expect(throws: JournalText.LayoutError.self) { try text.removeEntry(in: "decisions", at: 0) }
    }

    @Test func anEntryIsFoundByItsKeysAndTakenOut() throws {
        var text = JournalText(Self.journal)
        #expect(throws: JournalText.LayoutError.self) {
            try text.removeEntry(in: "goals", matching: [("id", "no-such-goal")])
        }
        #expect(text == JournalText(Self.journal))
        try text.removeEntry(in: "goals", matching: [("id", "screening")])
        let journal = try parse(text.text)
        #expect(journal.goals.map(\.id) == ["fewer-falls"])
    }

    @Test func anEmptyFlowListBecomesABlockList() throws {
        var text = JournalText("decisions: []\n")
        try text.append([("date", .verbatim("2026-12-01")), ("what", .text("Start."))], toTopLevel: "decisions")
        #expect(text.text == "decisions:\n  - date: 2026-12-01\n    what: Start.\n")
    }

    @Test func aListWrittenOnOneLineIsRefusedNotGuessed() throws {
        var text = JournalText("decisions: [{date: 2026-12-01, what: Start.}]\n")
        #expect(throws: JournalText.LayoutError.self) {
            try text.append([("what", .text("More."))], toTopLevel: "decisions")
        }
    }

    /// Every text a person might type reads back the same: quoted, escaped or as a block where
    /// plain YAML would read otherwise.
    @Test(arguments: [
        "yes", "No", "null", "~", "12", "2026-12-03", "- a list?", "a: b", "ends with colon:", "# not a comment",
        "tab\there", "\"quoted\"", "'single'", "back\\slash", "  leading spaces", "trailing spaces  ",
        "<script>alert(1)</script>", "Æ ø å – “curly” quotes", "line one\nline two", "  indented\nblock",
        "%percent", "@at", "`tick`", "{brace}", "[bracket]", "*star", "&amp", "!bang", "|pipe", ">gt", "?q",
        "a #hash", ".5", "+1", "0x1F", "1e3", "on", "y", "Ends with a newline\n", "\u{0007}bell",
        "line\u{2028}separator", "next\u{85}line", "#1 first line\nsecond",
    ])
    func typedTextReadsBackAsTyped(typed: String) throws {
        var text = JournalText(Self.journal)
        try text.setGoal("fewer-falls", fields: [("statement", .text(typed))])
        try text.addRevision(toGoal: "fewer-falls", date: "2026-12-03", reason: typed)
        let expected = typed.hasSuffix("\n") ? String(typed.dropLast()) : typed
        let goal = try parse(text.text).goals[0]
        #expect(goal.statement == expected.trimmingCharacters(in: .whitespaces) || goal.statement == expected)
        #expect(
            goal.revisions.last?.reason == expected
                || goal.revisions.last?.reason == expected.trimmingCharacters(in: .whitespaces))
    }

    /// A line of the team's text that starts with '#' is text, not a comment: a later edit of
    /// the same entry must not move it out of its value.
    @Test func aTypedLineStartingWithAHashStaysInItsValueThroughLaterEdits() throws {
        var text = JournalText(Self.journal)
        try text.append(
            [
                ("id", .verbatim("lights")), ("title", .text("Night lights")),
                ("study", .text("Fewer falls.\n#1 lesson: ask the night shift first.")),
            ], toTopLevel: "pdsa")
        try text.setEntry(in: "pdsa", matching: [("id", "lights")], fields: [("decision", .verbatim("adopt"))])
        try text.setEntry(in: "pdsa", matching: [("id", "lights")], fields: [("act", .text("Every room."))])
        let cycle = try #require(try parse(text.text).cycles.first)
        #expect(cycle.study == "Fewer falls.\n#1 lesson: ask the night shift first.")
        #expect(cycle.decision == .adopt && cycle.act == "Every room.")
        // And a second answer after a first whose text ends with such a line.
        try text.append(
            [("prompt", .verbatim("a")), ("gathering", .verbatim("1")), ("text", .text("One.\n# Two"))],
            toTopLevel: "answers")
        try text.append(
            [("prompt", .verbatim("b")), ("gathering", .verbatim("1")), ("text", .text("Three"))], toTopLevel: "answers"
        )
        #expect(try parse(text.text).answers.map(\.text) == ["One.\n# Two", "Three"])
    }

    /// Random text, many times: the same promise.
    @Test func randomTextReadsBackAsTyped() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcæøå ÆØÅ:-#'\"\\[]{}%&*!|>?@`,.0123456789 \n")
        for _ in 0..<300 {
            let length = Int.random(in: 1...24, using: &generator)
            var typed = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            typed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !typed.isEmpty else { continue }
            var text = JournalText(Self.journal)
            try text.setGoal("fewer-falls", fields: [("statement", .text(typed))])
            let statement = try parse(text.text).goals[0].statement
            #expect(statement == typed, "typed \(typed.debugDescription), read \(statement.debugDescription)")
        }
    }
}
