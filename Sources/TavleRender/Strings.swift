import Foundation
import TavleModel
import TavleStats

/// The words a report itself adds around the notebook's own text.
public struct Strings: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    func say(_ phrase: Phrase) -> String { phrase.text(in: language) }

    var team: String { say(Phrase("Team")) }
    var gathering: String { say(Phrase("Gathering")) }
    var phase: String { say(Phrase("Phase")) }
    var answer: String { say(Phrase("Answer")) }
    var noRows: String { say(Phrase("The query returned no rows for this selection.")) }
    var median: String { say(Phrase("Median")) }
    var data: String { say(Phrase("Data")) }
    func rows(_ count: Int) -> String { say(Phrase("\(count) rows")) }
    var upperLimit: String { say(Phrase("Upper limit")) }
    var lowerLimit: String { say(Phrase("Lower limit")) }
    /// The label of a goal's target line on a chart.
    var targetName: String { say(Phrase("Target")) }
    /// The centre line's name on the chart: the median of a run chart, the mean otherwise.
    func centreName(_ kind: ChartKind) -> String { kind == .run ? median : say(Phrase("Mean")) }
    /// "the median" / "the centre line", inside a sentence.
    func centreInSentence(_ kind: ChartKind) -> String {
        kind == .run ? say(Phrase("the median")) : say(Phrase("the centre line"))
    }
    func chartName(_ kind: ChartKind) -> String {
        switch kind {
        case .run: say(Phrase("Run chart"))
        case .i: say(Phrase("Control chart of individual values (I)"))
        case .p: say(Phrase("Control chart of proportions (P)"))
        case .u: say(Phrase("Control chart of rates (U)"))
        case .c: say(Phrase("Control chart of counts (C)"))
        }
    }
    func chartDescription(kind: ChartKind, points: Int, first: String, last: String, centre: String) -> String {
        let what = kind == .run ? say(Phrase("The median")) : say(Phrase("The mean"))
        return say(
            Phrase("\(chartName(kind)) of \(points) measurements from \(first) to \(last). \(what) is \(centre)."))
    }

    // MARK: Variation in plain words. Each sentence describes the pattern and what it may
    // point to; none judges the quality of the service.

    func tooFewToJudge(useful: Int, kind: ChartKind) -> String {
        say(
            Phrase(
                "There are too few measurements off \(centreInSentence(kind)) (\(useful)) to apply the rules for non-random variation; at least \(RunsAnalysis.minimumUseful) are needed."
            ))
    }
    func longRun(length: Int, limit: Int, kind: ChartKind) -> String {
        say(
            Phrase(
                "\(length) measurements in a row lie on the same side of \(centreInSentence(kind)) (more than \(limit) is unusual): a sign of a shift, that is, non-random variation."
            ))
    }
    func fewCrossings(crossings: Int, minimum: Int, kind: ChartKind) -> String {
        say(
            Phrase.count(
                crossings,
                one: Phrase(
                    "The line crosses \(centreInSentence(kind)) only 1 time (fewer than \(minimum) is unusual): a sign of non-random variation."
                ),
                other: Phrase(
                    "The line crosses \(centreInSentence(kind)) only \(crossings) times (fewer than \(minimum) is unusual): a sign of non-random variation."
                )))
    }
    func outsideLimits(_ periods: [String]) -> String {
        let list = periods.joined(separator: ", ")
        return periods.count == 1
            ? say(
                Phrase(
                    "One measurement lies outside the control limits (\(list)): a sign of special-cause variation worth looking into."
                ))
            : say(
                Phrase(
                    "\(periods.count) measurements lie outside the control limits (\(list)): a sign of special-cause variation worth looking into."
                ))
    }
    /// Said first under a chart split into phases: what the verdict that follows is about.
    func lastPhase(from month: String, change: String, kind: ChartKind) -> String {
        let line = centreInSentence(kind)
        return say(
            Phrase(
                "The chart is split at the changes the team tested; \(line) is computed afresh from \(month) (\(change)). What follows is about the time since."
            ))
    }
    func noSignal(kind: ChartKind) -> String {
        kind == .run
            ? say(
                Phrase(
                    "No sign of non-random variation: the measurements vary around the median as natural (random) variation does."
                ))
            : say(
                Phrase(
                    "No sign of non-random variation: the measurements stay within the control limits and vary around the centre line as natural variation does."
                ))
    }
    // MARK: Comparison between teams (funnel plot)

    var funnelAxis: String { say(Phrase("Size of the denominator (for example users or days)")) }
    var funnelAll: String { say(Phrase("All")) }
    func funnelDescription(teams: Int, target: String) -> String {
        say(
            Phrase(
                "Funnel plot comparing \(teams) teams with the overall value, \(target), with 95 % and 99.8 % limits. Your team is named; the others are anonymous."
            ))
    }
    func funnelInside(team: String, value: String) -> String {
        say(
            Phrase(
                "\(team) (\(value)) lies within the 95 % limits: the difference from the overall value may well be chance."
            ))
    }
    func funnelBetween(team: String, value: String, above: Bool) -> String {
        let side = above ? say(Phrase("above")) : say(Phrase("below"))
        return say(
            Phrase(
                "\(team) (\(value)) lies \(side) the overall value, between the 95 % and the 99.8 % limit: it may be chance, but is worth following."
            ))
    }
    func funnelOutside998(team: String, value: String, above: Bool) -> String {
        let side = above ? say(Phrase("above")) : say(Phrase("below"))
        return say(
            Phrase(
                "\(team) (\(value)) lies \(side) the 99.8 % limit: probably more than chance. Look first for technical causes, such as different recording or different groups of users."
            ))
    }
    func funnelHidden(_ count: Int) -> String {
        say(
            Phrase.count(
                count,
                one: Phrase(
                    "1 team is not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
                ),
                other: Phrase(
                    "\(count) teams are not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing."
                )))
    }
    var funnelCaveat: String {
        say(Phrase("The comparison is anonymous and no ranking: the other teams have new letters in every handout."))
    }

    var technicalCauses: String { say(Phrase("Possible technical causes:")) }
    func lastMeasurementBefore(_ last: String, period: String) -> String {
        say(Phrase("The last measurement is from \(last); the report is for \(period)."))
    }
    func missingPeriods(_ periods: [String]) -> String {
        say(Phrase("no measurement for \(periods.joined(separator: ", "))"))
    }
    func definitionChanged(from month: String, change: String) -> String {
        // The journal's own sentence, without its full stop: it is one cause in a list.
        var change = Substring(change)
        while let last = change.last, last == "." || last.isWhitespace { change.removeLast() }
        while let first = change.first, first.isWhitespace { change.removeFirst() }
        return say(Phrase("the indicator is measured a new way from \(month) (\(change))"))
    }
    var worksheetSource: String { say(Phrase("Source")) }

    // Preparation forms.
    var preparationForm: String { say(Phrase("Preparation form")) }
    var formPeriod: String { say(Phrase("Period")) }
    /// The values that make sense, e.g. "0–100", or nil when the form sets no bounds.
    func formRange(_ field: FormField, format: Format) -> String? {
        // As few decimals as the bound needs: 0.5 is written 0,5, not 0,50.
        let decimals = { (value: Double) in
            (0...3).first { places in
                let scale = pow(10, Double(places))
                return (value * scale).rounded() / scale == value
            } ?? 3
        }
        switch (field.minimum, field.maximum) {
        case let (low?, high?):
            return "\(format.number(low, decimals: decimals(low)))–\(format.number(high, decimals: decimals(high)))"
        case let (low?, nil): return say(Phrase("at least \(format.number(low, decimals: decimals(low)))"))
        case let (nil, high?): return say(Phrase("at most \(format.number(high, decimals: decimals(high)))"))
        case (nil, nil): return nil
        }
    }
    func formReturn(_ id: String) -> String {
        say(
            Phrase(
                "Give the form to the facilitator before the meeting, who reads the numbers in with 'tavle import' (form '\(id)')."
            ))
    }

    // The facilitator's overview and the index of a gathering's handouts.
    func overviewTitle(_ notebook: String) -> String { say(Phrase("Facilitator's overview – \(notebook)")) }
    func handoutsTitle(_ notebook: String) -> String { say(Phrase("Handouts – \(notebook)")) }
    func teamCount(_ count: Int) -> String {
        say(Phrase.count(count, one: Phrase("1 team"), other: Phrase("\(count) teams")))
    }
    var overviewCaveat: String {
        say(
            Phrase(
                "For the facilitator, not for handing out: this page names every team. Teams stand in a fixed order, not by value. ▲ marks a sign of non-random variation, not good or bad quality."
            ))
    }
    var answersColumn: String { say(Phrase("Answers")) }
    func goalChangesColumn(_ gathering: Int?) -> String {
        guard let gathering, gathering > 1 else { return say(Phrase("Changes to goals")) }
        return say(Phrase("Changes to goals since gathering \(gathering - 1)"))
    }
    func answeredOf(_ answered: Int, _ prompts: Int) -> String { say(Phrase("\(answered) of \(prompts)")) }
    var noJournal: String { say(Phrase("no journal")) }
    var noGoalChanges: String { say(Phrase("none")) }
    var overviewLink: String { say(Phrase("Overview of every team (for the facilitator)")) }
    var handoutsHeading: String { say(Phrase("A handout per team")) }
    func smallChartLabel(title: String, last: String, signal: Bool) -> String {
        say(
            signal
                ? Phrase("\(title): last measurement \(last); a sign of non-random variation")
                : Phrase("\(title): last measurement \(last)"))
    }
    func newGoal(_ statement: String) -> String { say(Phrase("new goal: \(statement)")) }
    func goalRemoved(_ id: String) -> String { say(Phrase("the goal '\(id)' was removed")) }
    func goalChanged(_ id: String, changes: [String], reason: String?) -> String {
        let text = say(Phrase.quoted(id)) + ": " + changes.joined(separator: ", ")
        return reason.map { text + " (\($0))" } ?? text
    }
    func targetChange(_ old: String, _ new: String) -> String { say(Phrase("target \(old) → \(new)")) }
    func dueChange(_ old: String, _ new: String) -> String { say(Phrase("due \(old) → \(new)")) }
    var statementChange: String { say(Phrase("reworded")) }
    var definitionChangeMark: String { say(Phrase("new def.")) }
    func missingValues(_ count: Int) -> String {
        say(
            Phrase.count(
                count, one: Phrase("1 period without a value"), other: Phrase("\(count) periods without a value")))
    }
    func missingDenominators(_ count: Int) -> String {
        say(
            Phrase.count(
                count, one: Phrase("1 period where the denominator is 0 or missing (not drawn)"),
                other: Phrase("\(count) periods where the denominator is 0 or missing (not drawn)")))
    }
    func impossibleValues(_ count: Int) -> String {
        say(
            Phrase.count(
                count, one: Phrase("1 value outside what is possible (below 0, or the count above its denominator)"),
                other: Phrase("\(count) values outside what is possible (below 0, or the count above its denominator)"))
        )
    }
    var chartCaveat: String {
        say(Phrase("The chart shows variation over time; on its own it says nothing about the quality of care."))
    }
    func footer(notebook: String, version: Int) -> String {
        say(Phrase("Made with Tavle from the notebook \(notebook), version \(version)."))
    }

    func fingerprint(_ fingerprint: ReportDocument.Fingerprint) -> String {
        let notebook = Phrase(verbatim: String(fingerprint.notebookBlob.prefix(12)))
        return say(
            Phrase(
                "Notebook \(notebook) · data \(Phrase(verbatim: fingerprint.data)) · \(Phrase(verbatim: fingerprint.tool)). To cite it: tavle cite \(Phrase(verbatim: fingerprint.reportPath))"
            ))
    }
}

/// The words around a team's journal: goals, PDSA cycles, decisions and answers.
extension Strings {
    var noGoals: String { say(Phrase("The team has not written any goals in its journal yet.")) }
    var noCycles: String { say(Phrase("The team has not written any PDSA cycles in its journal yet.")) }
    var noDecisions: String { say(Phrase("The team has not written any decisions in its journal yet.")) }
    package var what: String { say(Phrase("What")) }
    package var forWhom: String { say(Phrase("For whom")) }
    package var howMuch: String { say(Phrase("How much")) }
    var byWhen: String { say(Phrase("By")) }
    package var indicator: String { say(Phrase("Indicator")) }
    package var baseline: String { say(Phrase("Baseline")) }
    var revised: String { say(Phrase("Revised")) }
    var why: String { say(Phrase("Why")) }
    package var plan: String { say(Phrase("Plan")) }
    package var doStep: String { say(Phrase("Do")) }
    package var study: String { say(Phrase("Study")) }
    package var act: String { say(Phrase("Act")) }
    func answer(beforeGathering gathering: Int) -> String {
        say(Phrase("The team's answer before gathering \(gathering)"))
    }

    func target(_ value: String, direction: GoalDirection) -> String {
        switch direction {
        case .down: say(Phrase("\(value) or lower"))
        case .up: say(Phrase("\(value) or higher"))
        }
    }

    func measured(_ value: String, month: String, reaches: Bool?) -> String {
        let base = say(Phrase("Last measurement (\(month)): \(value)."))
        switch reaches {
        case .some(true): return base + say(Phrase(" It reaches the target."))
        case .some(false): return base + say(Phrase(" It does not reach the target yet."))
        case .none: return base
        }
    }

    func measuredAtDue(_ value: String, month: String, due: String, reached: Bool?) -> String {
        let base = say(Phrase("The goal was due \(due); the measurement then (\(month)) was \(value)."))
        switch reached {
        case .some(true): return base + say(Phrase(" The target was reached by then."))
        case .some(false): return base + say(Phrase(" The target was not reached by then."))
        case .none: return base
        }
    }

    var notMeasuredHere: String { say(Phrase("This report shows no measurements of the indicator.")) }

    package var decisionField: String { say(Phrase("Decision", context: "PDSA field")) }

    /// A PDSA cycle's other fields, as `tavle history` names them.
    package func cycleField(_ field: String) -> String? {
        switch field {
        case "title": say(Phrase("Title", context: "PDSA field"))
        case "started": say(Phrase("Started", context: "PDSA field"))
        case "ended": say(Phrase("Ended", context: "PDSA field"))
        case "decided": say(Phrase("Decided", context: "PDSA field"))
        case "follows": say(Phrase("Follows", context: "PDSA field"))
        default: nil
        }
    }

    /// A journal field that has no name of its own in the reports (an answer's, a decision's,
    /// an indicator's, a measurement's), in the reader's language; in English, the key itself.
    package func ledgerField(_ field: String) -> String? {
        switch field {
        case "date": say(Phrase("date", context: "journal field"))
        case "gathering": say(Phrase("gathering", context: "journal field"))
        case "prompt": say(Phrase("prompt", context: "journal field"))
        case "text": say(Phrase("text", context: "journal field"))
        case "what": say(Phrase("what", context: "journal field"))
        case "why": say(Phrase("why", context: "journal field"))
        case "unit": say(Phrase("unit", context: "journal field"))
        case "value": say(Phrase("value", context: "journal field"))
        case "name": say(Phrase("name", context: "journal field"))
        case "kind": say(Phrase("kind", context: "journal field"))
        case "definition": say(Phrase("definition", context: "journal field"))
        case "caveats": say(Phrase("caveats", context: "journal field"))
        case "sent": say(Phrase("sent", context: "journal field"))
        default: nil
        }
    }

    /// A decision in a word (videreføre, behålla, fastholde).
    package func decisionName(_ decision: PDSADecision) -> String {
        switch decision {
        case .adopt: say(Phrase("adopt", context: "PDSA decision"))
        case .adapt: say(Phrase("adapt", context: "PDSA decision"))
        case .abandon: say(Phrase("abandon", context: "PDSA decision"))
        }
    }

    func follows(_ title: String) -> String { say(Phrase("follows: \(Phrase(verbatim: title))")) }

    func decision(_ decision: PDSADecision) -> String {
        switch decision {
        case .adopt: say(Phrase("Decision: adopt"))
        case .adapt: say(Phrase("Decision: adapt"))
        case .abandon: say(Phrase("Decision: abandon"))
        }
    }
}
