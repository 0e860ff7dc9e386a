import Foundation
import TavleModel

/// The canonical, sorted JSON form of a team's journal and of the measurements each report
/// showed. Every run commits these files beside the reports, so that `git log -p` on them is
/// the audit trail, and `history`, `trace` and `diff` read them back.
///
/// Layout, per team folder: `ledger/goals.json`, `ledger/indicators.json`, `ledger/pdsa.json`,
/// `ledger/decisions.json`, `ledger/answers.json` (from the journal) and
/// `ledger/measurements/<notebook>.json` (from the report of that notebook).
public enum Ledger {
    public static let folder = "ledger"

    /// The parts of the journal, one file each.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case goals, indicators, pdsa, decisions, answers
        /// Goals the team set aside, each with the day and the reason (`retired_goals:`). Written
        /// only once a team has retired a goal, so ledgers of other teams keep their five files.
        case retiredGoals = "retired_goals"
        /// The facilitator's corrections of data the team's reports showed (`corrections.yaml`).
        case corrections

        public var fileName: String { "\(rawValue).json" }
    }

    /// Inside `ledger/`: one file per notebook with what its report's charts showed.
    public static let measurementsFolder = "measurements"
    /// Beside `ledger/` in a team's folder: what the team sent in preparation forms.
    public static let formsFolder = "forms"

    public static func path(_ kind: Kind, teamFolder: String) -> String {
        "\(teamFolder)/\(folder)/\(kind.fileName)"
    }

    public static func measurementsPath(teamFolder: String, notebook: String) -> String {
        "\(teamFolder)/\(folder)/\(measurementsFolder)/\(notebook).json"
    }

    /// The kinds a team's journal is kept in (corrections come from the workspace instead).
    public static let journalKinds: [Kind] = [.goals, .indicators, .pdsa, .decisions, .answers, .retiredGoals]

    /// The team's corrections, sorted by id (what was corrected and when).
    public static func correctionsFile(_ corrections: [DataCorrection], teamFolder: String) -> (
        path: String, contents: String
    ) {
        (
            path(.corrections, teamFolder: teamFolder),
            encode(corrections.map(LedgerCorrection.init).sorted { $0.id < $1.id })
        )
    }

    /// The journal's files, each a JSON array sorted by id: five always, and the retired goals
    /// once there are any. A retired-goals file left by an earlier run is emptied, not removed,
    /// by the run (see StaleFiles), so its history stays readable.
    public static func files(for journal: Journal, teamFolder: String) -> [(path: String, contents: String)] {
        var files = [
            (path(.goals, teamFolder: teamFolder), encode(journal.goals.map(LedgerGoal.init).sorted { $0.id < $1.id })),
            (
                path(.indicators, teamFolder: teamFolder),
                encode(journal.indicators.map(LedgerIndicator.init).sorted { $0.id < $1.id })
            ),
            (
                path(.pdsa, teamFolder: teamFolder),
                encode(journal.cycles.map(LedgerCycle.init).sorted { $0.id < $1.id })
            ),
            (
                path(.decisions, teamFolder: teamFolder),
                encode(journal.decisions.map(LedgerDecision.init).sorted { $0.id < $1.id })
            ),
            (
                path(.answers, teamFolder: teamFolder),
                encode(journal.answers.map(LedgerAnswer.init).sorted { $0.id < $1.id })
            ),
        ]
        if !journal.retiredGoals.isEmpty {
            // One entry per goal: the last retirement the journal gives for it.
            var latest: [String: GoalRetirement] = [:]
            for retirement in journal.retiredGoals { latest[retirement.id] = retirement }
            files.append(
                (
                    path(.retiredGoals, teamFolder: teamFolder),
                    encode(latest.values.map(LedgerRetirement.init).sorted { $0.id < $1.id })
                ))
        }
        return files
    }

    public static func encode<T: Encodable>(_ value: T) -> String {
        JSONText.encode(value)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) -> T? {
        try? JSONDecoder().decode(type, from: data)
    }
}

public struct LedgerRevision: Codable, Sendable, Hashable {
    public var date: String
    public var reason: String
}

public struct LedgerDefinitionChange: Codable, Sendable, Hashable {
    public var date: String
    public var change: String
}

public struct LedgerGoal: Codable, Sendable, Hashable {
    public var id: String
    public var statement: String
    public var what: String?
    public var for_whom: String?
    public var how_much: String?
    public var indicator: String?
    public var baseline: Double?
    public var target: Double?
    public var direction: String?
    public var due: String?
    /// `%` when the target or baseline was written in per cent: the numbers are then shares
    /// (0.8 for "80 %"), as p charts plot them. Absent for a goal in the indicator's own unit.
    public var unit: String?
    public var revisions: [LedgerRevision]

    public init(_ goal: Goal) {
        id = goal.id
        statement = goal.statement
        what = goal.what
        for_whom = goal.forWhom
        how_much = goal.howMuch
        indicator = goal.indicator
        baseline = goal.baseline
        target = goal.target
        direction = goal.direction?.rawValue
        due = goal.due?.description
        unit = goal.targetInPercent || goal.baselineInPercent ? "%" : nil
        revisions = goal.revisions.map { LedgerRevision(date: $0.date.description, reason: $0.reason) }
    }

}

public struct LedgerIndicator: Codable, Sendable, Hashable {
    public var id: String
    public var name: String?
    public var kind: String
    public var definition: String?
    public var caveats: String?
    /// Absent rather than empty when the definition never changed, so ledgers written before
    /// changes were recorded read the same.
    public var changes: [LedgerDefinitionChange]?

    init(_ indicator: JournalIndicator) {
        id = indicator.id
        name = indicator.name
        kind = indicator.kind.rawValue
        definition = indicator.definition
        caveats = indicator.caveats
        changes =
            indicator.changes.isEmpty
            ? nil : indicator.changes.map { LedgerDefinitionChange(date: $0.date.description, change: $0.change) }
    }

}

public struct LedgerCycle: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var goal: String?
    public var plan: String?
    public var `do`: String?
    public var study: String?
    public var act: String?
    public var decision: String?
    public var started: String?
    public var ended: String?
    /// Absent unless the journal gives them, so that ledgers written before read the same.
    public var decided: String?
    public var follows: String?

    init(_ cycle: PDSACycle) {
        id = cycle.id
        title = cycle.title
        goal = cycle.goal
        plan = cycle.plan
        self.do = cycle.do
        study = cycle.study
        act = cycle.act
        decision = cycle.decision?.rawValue
        started = cycle.started?.description
        ended = cycle.ended?.description
        decided = cycle.decided?.description
        follows = cycle.follows
    }

}

public struct LedgerRetirement: Codable, Sendable, Hashable {
    public var id: String
    public var date: String
    public var reason: String

    init(_ retirement: GoalRetirement) {
        id = retirement.id
        date = retirement.date.description
        reason = retirement.reason
    }
}

public struct LedgerDecision: Codable, Sendable, Hashable {
    public var id: String
    public var date: String
    public var what: String
    public var why: String?

    init(_ decision: Decision) {
        id = decision.id
        date = decision.date.description
        what = decision.what
        why = decision.why
    }

}

public struct LedgerAnswer: Codable, Sendable, Hashable {
    /// `<prompt>@<gathering>`: one answer per prompt and gathering.
    public var id: String
    public var prompt: String
    public var gathering: Int
    public var date: String?
    public var text: String

    init(_ answer: Answer) {
        id = "\(answer.prompt)@\(answer.gathering)"
        prompt = answer.prompt
        gathering = answer.gathering
        date = answer.date?.description
        text = answer.text
    }

}

/// What one chart of a report showed, point by point.
public struct LedgerSeries: Codable, Sendable, Hashable {
    public struct Point: Codable, Sendable, Hashable {
        public var period: String
        /// The value the chart plotted (a share on a p chart, per `multiply` on a u chart).
        public var value: Double?
        /// The count and denominator behind it, on charts that have them.
        public var y: Double?
        public var n: Double?

        public init(period: String, value: Double?, y: Double?, n: Double?) {
            self.period = period
            self.value = value
            self.y = y
            self.n = n
        }
    }

    public var query: String
    public var indicator: String?
    public var chart: String
    public var title: String?
    /// `%` when the values are shares the report showed in per cent (a p chart, or a chart
    /// declared `unit: %`); absent for numbers in the chart's own unit.
    public var unit: String?
    public var points: [Point]

    public init(query: String, indicator: String?, chart: String, title: String?, unit: String? = nil, points: [Point])
    {
        self.unit = unit
        self.query = query
        self.indicator = indicator
        self.chart = chart
        self.title = title
        self.points = points
    }

    /// The id history and trace know a measured series by: its indicator, else its query.
    public var id: String { indicator ?? query }
}

/// Numbers as the ledger's readers show them: no trailing ".0", no exponent for everyday values.
public enum LedgerNumber {
    public static func text(_ value: Double) -> String { DecimalText.plain(value) }
}

/// A correction of a value a report showed, in the team's ledger: its id is what was
/// corrected (`fall/2021-07`), so a later reason for the same value is a change of it.
public struct LedgerCorrection: Codable, Sendable, Hashable {
    public var id: String
    public var indicator: String?
    public var query: String?
    public var period: String
    public var date: String
    public var reason: String

    public init(_ correction: DataCorrection) {
        id = "\(correction.indicator ?? correction.query ?? "")/\(correction.period)"
        indicator = correction.indicator
        query = correction.query
        period = correction.period
        date = correction.date.description
        reason = correction.reason
    }
}
