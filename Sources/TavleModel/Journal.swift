import Foundation

/// One team's journal: what it aims for, what it measures, what it tried and decided, and how
/// it answered the worksheet prompts. Kept by the team (or its facilitator) as a YAML file in
/// the workspace; every run commits it, in canonical form, beside the reports.
public struct Journal: Sendable, Hashable {
    public var team: String
    public var language: Language?
    public var goals: [Goal]
    public var indicators: [JournalIndicator]
    public var cycles: [PDSACycle]
    public var decisions: [Decision]
    public var answers: [Answer]
    public var file: String
    /// Goals the team has set aside, each with the day and the reason: a goal leaves the
    /// journal as it changes, with a reason (see `RevisionCheck`).
    public var retiredGoals: [GoalRetirement] = []

    public init(
        team: String, language: Language?, goals: [Goal], indicators: [JournalIndicator], cycles: [PDSACycle],
        decisions: [Decision], answers: [Answer], file: String
    ) {
        self.team = team
        self.language = language
        self.goals = goals
        self.indicators = indicators
        self.cycles = cycles
        self.decisions = decisions
        self.answers = answers
        self.file = file
    }

    /// The team's latest answer to a prompt: from the highest gathering up to `gathering`
    /// (all gatherings when `nil`), and within one gathering the last written.
    public func latestAnswer(to prompt: String, upTo gathering: Int?) -> Answer? {
        answers.enumerated()
            .filter { $0.element.prompt == prompt && (gathering == nil || $0.element.gathering <= gathering!) }
            .max { ($0.element.gathering, $0.offset) < ($1.element.gathering, $1.offset) }?
            .element
    }
}

/// A goal the team set aside (reached, replaced, or given up), and why.
public struct GoalRetirement: Sendable, Hashable {
    public var id: String
    public var date: JournalDate
    public var reason: String
    public var location: SourceLocation

    public init(id: String, date: JournalDate, reason: String, location: SourceLocation) {
        self.id = id
        self.date = date
        self.reason = reason
        self.location = location
    }
}

/// A calendar date as written in a journal, `YYYY-MM-DD`; compares and sorts as a date.
public struct JournalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today in UTC, as journals write dates.
    public static func today() -> JournalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return JournalDate(String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1))!
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        let pad = { (value: Int, width: Int) in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The month it falls in, as the measurements name periods: `YYYY-MM`.
    public var period: String { String(description.prefix(7)) }

    public static func < (lhs: JournalDate, rhs: JournalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

public enum GoalDirection: String, Sendable, Hashable, CaseIterable {
    /// Higher is better (e.g. share screened).
    case up
    /// Lower is better (e.g. falls).
    case down
}

/// A goal, with the SMART parts the worksheets ask for: what (specific), how much (target on
/// an indicator), by when (due) and for whom.
public struct Goal: Sendable, Hashable {
    public var id: String
    public var statement: String
    public var what: String?
    public var forWhom: String?
    /// How much, in words, when the target is not only a number.
    public var howMuch: String?
    public var indicator: String?
    public var baseline: Double?
    public var target: Double?
    public var direction: GoalDirection?
    public var due: JournalDate?
    public var revisions: [Revision]
    public var location: SourceLocation
    /// Whether the target and the baseline were written in per cent ("80 %", kept as 0.8), so
    /// that they can be placed on a chart's scale (see `ChartScale`).
    public var targetInPercent = false
    public var baselineInPercent = false
    /// Where each field's value stands (by key: `indicator`, `target`, …), for errors that
    /// point at the word to mend.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(
        id: String, statement: String, what: String? = nil, forWhom: String? = nil, howMuch: String? = nil,
        indicator: String? = nil,
        baseline: Double? = nil, target: Double? = nil, direction: GoalDirection? = nil, due: JournalDate? = nil,
        revisions: [Revision] = [], location: SourceLocation
    ) {
        self.id = id
        self.statement = statement
        self.what = what
        self.forWhom = forWhom
        self.howMuch = howMuch
        self.indicator = indicator
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.due = due
        self.revisions = revisions
        self.location = location
    }

    /// The SMART parts the goal does not state yet.
    public var missingSMARTParts: [SMARTPart] {
        var missing: [SMARTPart] = []
        if what == nil { missing.append(.what) }
        if target == nil && howMuch == nil { missing.append(.howMuch) }
        if due == nil { missing.append(.byWhen) }
        if forWhom == nil { missing.append(.forWhom) }
        return missing
    }
}

public enum SMARTPart: String, Sendable, Hashable, CaseIterable {
    case what, howMuch, byWhen, forWhom
}

/// Why a goal was changed: the journal keeps every reason, oldest first.
public struct Revision: Sendable, Hashable {
    public var date: JournalDate
    public var reason: String
    public var location: SourceLocation

    public init(date: JournalDate, reason: String, location: SourceLocation) {
        self.date = date
        self.reason = reason
        self.location = location
    }
}

public enum IndicatorKind: String, Sendable, Hashable, CaseIterable {
    case result, process, balancing
}

/// An indicator as the team uses it, with what the number can and cannot tell.
public struct JournalIndicator: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var kind: IndicatorKind
    public var definition: String?
    public var caveats: String?
    /// When and how the definition changed: a measurement before a change and one after it may
    /// differ for that reason alone (technical variation), which every chart of it says.
    public var changes: [DefinitionChange]
    public var location: SourceLocation

    public init(
        id: String, name: String?, kind: IndicatorKind, definition: String?, caveats: String?,
        changes: [DefinitionChange] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.definition = definition
        self.caveats = caveats
        self.changes = changes
        self.location = location
    }
}

/// A change to how an indicator is counted or collected, from a date on.
public struct DefinitionChange: Sendable, Hashable {
    public var date: JournalDate
    public var change: String
    public var location: SourceLocation

    public init(date: JournalDate, change: String, location: SourceLocation) {
        self.date = date
        self.change = change
        self.location = location
    }
}

public enum PDSADecision: String, Sendable, Hashable, CaseIterable {
    case adopt, adapt, abandon
}

/// One Plan–Do–Study–Act cycle testing a change idea.
public struct PDSACycle: Sendable, Hashable {
    public var id: String
    public var title: String
    public var goal: String?
    public var plan: String?
    public var `do`: String?
    public var study: String?
    public var act: String?
    public var decision: PDSADecision?
    public var started: JournalDate?
    public var ended: JournalDate?
    /// The day the team made its decision, when it wrote it (`decided:`).
    public var decided: JournalDate?
    /// The cycle this one builds on (`follows:`), a PDSA ramp: its id in the same journal.
    public var follows: String?
    public var followsLocation: SourceLocation?
    public var location: SourceLocation

    public init(
        id: String, title: String, goal: String?, plan: String?, do: String?, study: String?, act: String?,
        decision: PDSADecision?, started: JournalDate?, ended: JournalDate?, decided: JournalDate? = nil,
        follows: String? = nil,
        followsLocation: SourceLocation? = nil, location: SourceLocation
    ) {
        self.decided = decided
        self.follows = follows
        self.followsLocation = followsLocation
        self.id = id
        self.title = title
        self.goal = goal
        self.plan = plan
        self.do = `do`
        self.study = study
        self.act = act
        self.decision = decision
        self.started = started
        self.ended = ended
        self.location = location
    }
}

/// What the team decided, when and why.
public struct Decision: Sendable, Hashable {
    public var id: String
    public var date: JournalDate
    public var what: String
    public var why: String?
    public var location: SourceLocation

    public init(id: String, date: JournalDate, what: String, why: String?, location: SourceLocation) {
        self.id = id
        self.date = date
        self.what = what
        self.why = why
        self.location = location
    }
}

/// The team's answer to a worksheet prompt before a gathering: qualitative data, kept as written.
public struct Answer: Sendable, Hashable {
    public var prompt: String
    public var gathering: Int
    public var date: JournalDate?
    public var text: String
    public var location: SourceLocation

    public init(prompt: String, gathering: Int, date: JournalDate?, text: String, location: SourceLocation) {
        self.prompt = prompt
        self.gathering = gathering
        self.date = date
        self.text = text
        self.location = location
    }
}

/// How one goal differs between two states of a team's journal (what the report repository
/// recorded, and the journal now): the revision check and the facilitator's overview read it.
public struct GoalDifference: Sendable, Hashable {
    /// An old and a new value as the ledger writes them; `nil` where there was none.
    public struct Change: Sendable, Hashable {
        public var old: String?
        public var new: String?

        public init(old: String?, new: String?) {
            self.old = old
            self.new = new
        }
    }

    public enum Kind: Sendable, Hashable {
        case added(statement: String)
        case removed
        /// `nil` where unchanged.
        case changed(statement: Bool, target: Change?, due: Change?)
    }

    public var goal: String
    public var kind: Kind
    /// The reasons of revisions the journal added since.
    public var reasons: [String]

    public init(goal: String, kind: Kind, reasons: [String]) {
        self.goal = goal
        self.kind = kind
        self.reasons = reasons
    }
}
