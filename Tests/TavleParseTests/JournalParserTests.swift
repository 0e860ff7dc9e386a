import TavleModel
import Testing

@testable import TavleParse

@Suite struct JournalParserTests {
    let parser = JournalParser()

    let complete = """
        team: molde-sykehjem-2
        goals:
          - id: faerre-fall
            statement: Færre fall blant beboerne
            what: Fall blant beboere på avdeling 2
            for_whom: Beboere på avdeling 2
            indicator: fall
            baseline: 5.2
            target: 3.5
            direction: down
            due: 2022-06-30
            revisions:
              - date: 2021-11-10
                reason: Målet var 3,0; vi tok med nattevakten og satte et mer realistisk mål.
        indicators:
          - id: fall
            kind: result
            definition: Fall per 1000 døgn
            caveats: Avhenger av meldekulturen.
            changes:
              - date: 2021-08-01
                change: Meldes elektronisk, ikke på papir.
        pdsa:
          - id: sengealarm
            title: Sengealarm for beboere med høy fallrisiko
            goal: faerre-fall
            plan: Prøve sengealarm på tre beboere i fire uker.
            decision: adapt
            started: 2021-09-01
            ended: 2021-09-30
        decisions:
          - date: 2021-10-05
            what: Fallrisiko vurderes ved innkomst.
          - date: 2021-10-05
            what: Nattevakten tar del i teamet.
            why: De fleste fall skjer om natta.
        answers:
          - prompt: tema
            gathering: 2
            text: Fall om natta.
          - prompt: tema
            gathering: 3
            date: 2021-10-01
            text: |
              Fall om natta, særlig
              ved toalettbesøk.
        """

    @Test func readsEveryPart() throws {
        let parsed = try parser.parse(
            complete, file: "journals/molde-sykehjem-2.yaml", team: "molde-sykehjem-2", defaultLanguage: .nb)
        let journal = parsed.journal
        #expect(parsed.warnings.isEmpty)
        let goal = try #require(journal.goals.first)
        #expect(goal.id == "faerre-fall")
        #expect(goal.target == 3.5)
        #expect(goal.baseline == 5.2)
        #expect(goal.direction == .down)
        #expect(goal.due == JournalDate("2022-06-30"))
        #expect(goal.revisions.map(\.date) == [JournalDate("2021-11-10")!])
        #expect(goal.location == SourceLocation(file: "journals/molde-sykehjem-2.yaml", line: 3, column: 5))
        #expect(journal.indicators.first?.kind == .result)
        #expect(journal.indicators.first?.changes.map(\.date) == [JournalDate("2021-08-01")!])
        #expect(journal.indicators.first?.changes.first?.change == "Meldes elektronisk, ikke på papir.")
        #expect(journal.cycles.first?.decision == .adapt)
        #expect(journal.cycles.first?.goal == "faerre-fall")
        // Decisions without an id are known by their date.
        #expect(journal.decisions.map(\.id) == ["2021-10-05", "2021-10-05-2"])
        #expect(journal.latestAnswer(to: "tema", upTo: nil)?.text == "Fall om natta, særlig\nved toalettbesøk.")
        #expect(journal.latestAnswer(to: "tema", upTo: 2)?.text == "Fall om natta.")
        #expect(journal.latestAnswer(to: "tiltak", upTo: nil) == nil)
    }

    @Test func datesAreCalendarDates() {
        #expect(JournalDate("2024-02-29") != nil)
        #expect(JournalDate("2023-02-29") == nil)
        #expect(JournalDate("2021-13-01") == nil)
        #expect(JournalDate("2021-4-01") == nil)
        #expect(JournalDate("1. mars 2021") == nil)
        #expect(JournalDate("2021-09-30")! < JournalDate("2021-10-01")!)
        #expect(JournalDate("2021-09-30")!.period == "2021-09")
    }

    @Test func goalWithoutSMARTPartsWarnsInBothLanguages() throws {
        let text = "goals:\n  - id: bedre-maltider\n    statement: Bedre måltider\n    target: 80\n    direction: up\n"
        let norwegian = try parser.parse(text, file: "j.yaml", team: "t", defaultLanguage: .nb).warnings
        #expect(norwegian.count == 1)
        #expect(norwegian.first?.severity == .warning)
        #expect(
            norwegian.first?.phrase.text(in: .nb)
                == "målet «bedre-maltider» sier ikke hva (spesifikt), innen når, for hvem")
        #expect(norwegian.first?.hint?.contains("what, due, for_whom") == true)
        #expect(norwegian.first?.location == SourceLocation(file: "j.yaml", line: 2, column: 5))
        let english = try parser.parse("language: en\n" + text, file: "j.yaml", team: "t", defaultLanguage: .nb)
            .warnings
        #expect(english.first?.message == "the goal 'bedre-maltider' does not say what (specific), by when, for whom")
    }

    func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try parser.parse(text, file: "j.yaml", team: "t", defaultLanguage: .en)
            return nil
        } catch {
            return error
        }
    }

    /// A tab in the indentation is said plainly, at the tab, not in the YAML parser's words.
    @Test func aTabInTheIndentationIsNamed() {
        let error = failure("goals:\n  - id: a\n\tstatement: Færre fall\n")
        #expect(error?.message == "this line is indented with a tab; YAML indents with spaces only")
        #expect(error?.location == SourceLocation(file: "j.yaml", line: 3, column: 1))
        #expect(error?.hintPhrase?.en == "replace the tab with spaces, as many as the lines around it use")
    }

    @Test func wrongType() {
        let error = failure("goals: Færre fall\n")
        #expect(error?.message == "goals should be a list (lines starting with '- '), but it is a single value")
        #expect(error?.location == SourceLocation(file: "j.yaml", line: 1, column: 8))
    }

    @Test func unknownField() {
        let error = failure("goals:\n  - id: g\n    statement: s\n    traget: 3\n")
        #expect(error?.message == "unknown key 'traget' in a goal")
        #expect(error?.hint == "did you mean 'target'?")
        #expect(error?.location?.line == 4)
    }

    @Test func dateThatDoesNotParse() {
        let error = failure("decisions:\n  - date: 31.10.2021\n    what: x\n")
        #expect(error?.message == "the date of a decision should be a date written YYYY-MM-DD, but it is '31.10.2021'")
        #expect(error?.location == SourceLocation(file: "j.yaml", line: 2, column: 11))
    }

    @Test func definitionChangeWithoutItsDateOrWhatChanged() {
        let noDate = failure("indicators:\n  - id: fall\n    kind: result\n    changes:\n      - change: Elektronisk\n")
        #expect(noDate?.message == "a definition change of the indicator 'fall' has no date")
        #expect(noDate?.location == SourceLocation(file: "j.yaml", line: 5, column: 9))
        let noChange = failure("indicators:\n  - id: fall\n    kind: result\n    changes:\n      - date: 2021-08-01\n")
        #expect(
            noChange?.message.hasPrefix("a definition change of the indicator 'fall'") == true,
            "\(String(describing: noChange?.message))")
        #expect(noChange?.location?.line == 5)
    }

    @Test func targetThatIsNotANumber() {
        let error = failure("goals:\n  - id: g\n    statement: s\n    target: halvparten\n    direction: down\n")
        #expect(error?.message == "the target of the goal 'g' should be a number, but it is 'halvparten'")
        #expect(error?.location == SourceLocation(file: "j.yaml", line: 4, column: 13))
    }

    @Test func pdsaDecisionOutsideAdoptAdaptAbandon() {
        let error = failure("pdsa:\n  - id: p\n    title: t\n    decision: adopted\n")
        #expect(
            error?.message == "the decision of the PDSA cycle 'p' 'adopted' is not one of 'adopt', 'adapt', 'abandon'")
        #expect(error?.hint == "did you mean 'adopt'?")
    }

    @Test func duplicateGoalIDs() {
        let error = failure("goals:\n  - id: g\n    statement: a\n  - id: g\n    statement: b\n")
        #expect(error?.message == "two entries are the goal 'g' (the first at line 2)")
        #expect(error?.location?.line == 4)
    }

    @Test func journalOfAnotherTeam() {
        let error = failure("team: someone-else\n")
        #expect(
            error?.message == "this journal says it belongs to team 'someone-else', but its file is named after 't'")
    }

    @Test func targetWithoutDirection() {
        let error = failure("goals:\n  - id: g\n    statement: s\n    target: 3\n")
        #expect(error?.message == "the goal 'g' has a target but does not say whether higher or lower is better")
    }

    @Test func cycleOfAnUnknownGoal() {
        let error = failure(
            "goals:\n  - id: faerre-fall\n    statement: s\npdsa:\n  - id: p\n    title: t\n    goal: fere-fall\n")
        #expect(error?.message == "the PDSA cycle 'p' belongs to the goal 'fere-fall', which the journal does not have")
        #expect(error?.hint == "did you mean 'faerre-fall'?")
    }

    @Test func aCycleOfAGoalSetAsideKeepsItsGoal() throws {
        let parsed = try parser.parse(
            "goals: []\nretired_goals:\n  - id: faerre-fall\n    date: 2026-11-02\n    reason: Reached.\n"
                + "pdsa:\n  - id: p\n    title: t\n    goal: faerre-fall\n",
            file: "j.yaml", team: "t", defaultLanguage: .en)
        #expect(parsed.journal.cycles.map(\.goal) == ["faerre-fall"])
        #expect(parsed.journal.retiredGoals.map(\.id) == ["faerre-fall"])
    }
}

/// A PDSA ramp: a cycle that builds on another (`follows:`), and the day a decision was made
/// (`decided:`), checked against the journal they are written in.
@Suite struct PDSARampTests {
    let parser = JournalParser()

    func journal(_ second: String) -> String {
        """
        pdsa:
          - id: sengealarm
            title: Sengealarm for tre beboere
            decision: adapt
            decided: 2021-10-04
            started: 2021-09-01
          - id: sengealarm-alle
            title: Sengealarm for alle nye beboere
        \(second)
        """
    }

    func failure(_ text: String) -> Diagnostic? { JournalParserTests().failure(text) }

    @Test func aCycleFollowsAnotherAndADecisionHasItsDay() throws {
        let parsed = try parser.parse(
            journal("    follows: sengealarm\n    started: 2021-10-15"), file: "j.yaml", team: "t1",
            defaultLanguage: .en)
        #expect(parsed.journal.cycles[0].decided == JournalDate("2021-10-04"))
        #expect(parsed.journal.cycles[1].follows == "sengealarm")
        #expect(parsed.journal.cycles[1].followsLocation == SourceLocation(file: "j.yaml", line: 9, column: 14))
    }

    @Test(arguments: [
        (
            "    follows: sengalarm", 9, 14,
            "the PDSA cycle 'sengealarm-alle' follows 'sengalarm', which the journal does not have",
            "did you mean 'sengealarm'?"
        ),
        (
            "    follows: sengealarm-alle", 9, 14, "the PDSA cycle 'sengealarm-alle' follows itself",
            "name the cycle it builds on, or remove 'follows'"
        ),
        (
            "    decided: 2021-11-01", 7, 5,
            "the PDSA cycle 'sengealarm-alle' says when it was decided (2021-11-01) but not what",
            "write the decision beside its day: 'decision: adopt', 'adapt' or 'abandon'"
        ),
        (
            "    decision: adopt\n    decided: 2021-08-01\n    started: 2021-09-01", 7, 5,
            "the PDSA cycle 'sengealarm-alle' was decided (2021-08-01) before it started (2021-09-01)",
            "correct 'started' or 'decided'"
        ),
    ])
    func aRampThatDoesNotHoldIsRefusedWhereItIsWritten(
        second: String, line: Int, column: Int, message: String, hint: String
    ) {
        let error = failure(journal(second))
        #expect(error?.message == message)
        #expect(error?.hint == hint)
        #expect(error?.location == SourceLocation(file: "j.yaml", line: line, column: column))
    }
}
