import Foundation
import TavleModel

/// Reads a team journal (`journals/<team>.yaml`). Errors stop the run with the place in the
/// file; goals that lack SMART parts only warn, in the journal's language, since a team may
/// still be working its goal out.
public struct JournalParser: Sendable {
    public struct Parsed: Sendable {
        public var journal: Journal
        public var warnings: [Diagnostic]
    }

    static let keys = ["team", "language", "goals", "retired_goals", "indicators", "pdsa", "decisions", "answers"]
    static let goalKeys = [
        "id", "statement", "what", "for_whom", "how_much", "indicator", "baseline", "target", "direction", "due",
        "revisions",
    ]
    static let indicatorKeys = ["id", "name", "kind", "definition", "caveats", "changes"]
    static let cycleKeys = [
        "id", "title", "goal", "plan", "do", "study", "act", "decision", "decided", "started", "ended", "follows",
    ]
    static let decisionKeys = ["id", "date", "what", "why"]
    static let answerKeys = ["prompt", "gathering", "date", "text"]

    public init() {}

    /// - Parameters:
    ///   - team: the team the file is named after; a `team:` inside must agree.
    ///   - defaultLanguage: the workspace's language, for warnings when the journal names none.
    public func parse(_ text: String, file: String, team: String, defaultLanguage: Language) throws(Diagnostic)
        -> Parsed
    {
        try ControlCharacters.requireNone(in: text, file: file)
        let reader = YAMLReader(file: file, lineOffset: 0)
        let root = try reader.root(text)
        let fields = try root.fields(Phrase("the journal"), known: Self.keys)
        if let field = fields["team"] {
            let named = try field.value.string(Phrase("the team"))
            guard named == team else {
                throw .error(
                    at: field.value.location,
                    Phrase("this journal says it belongs to team '\(named)', but its file is named after '\(team)'"),
                    hint: Phrase("rename the file to journals/\(named).yaml, or correct 'team:'"))
            }
        }
        let language = try fields["language"].map { field throws(Diagnostic) in
            try field.value.oneOf(Phrase("the language"), Language.self)
        }
        let goals = try list(fields["goals"], Phrase("goals")) { node throws(Diagnostic) in try goal(node) }
        let indicators = try list(fields["indicators"], Phrase("indicators", context: "yaml key")) {
            node throws(Diagnostic) in try indicator(node)
        }
        let cycles = try list(fields["pdsa"], Phrase("pdsa", context: "yaml key")) { node throws(Diagnostic) in
            try cycle(node)
        }
        var decisions = try list(fields["decisions"], Phrase("decisions")) { node throws(Diagnostic) in
            try decision(node)
        }
        let answers = try list(fields["answers"], Phrase("answers")) { node throws(Diagnostic) in try answer(node) }
        let retired = try list(fields["retired_goals"], Phrase("retired_goals")) { node throws(Diagnostic) in
            let entry = try node.fields(Phrase("a retired goal"), known: ["id", "date", "reason"])
            let id = try required(entry, "id", in: node, Phrase("a retired goal"), example: "id: faerre-fall")
            guard let dateField = entry["date"] else {
                throw .error(
                    at: node.location, Phrase("the retired goal '\(id)' has no date"),
                    hint: Phrase("add 'date: YYYY-MM-DD', the day it was set aside"))
            }
            let reason = try required(
                entry, "reason", in: node, Phrase("the retired goal '\(id)'"),
                example: "reason: Why the goal was set aside")
            return GoalRetirement(
                id: id, date: try date(dateField.value, Phrase("the date of a retired goal")), reason: reason,
                location: node.location)
        }
        for retirement in retired where goals.contains(where: { $0.id == retirement.id }) {
            throw .error(
                at: retirement.location, Phrase("the goal '\(retirement.id)' is both among the goals and retired"),
                hint: Phrase(
                    "remove it from 'goals' if it is set aside, or from 'retired_goals' if it is still pursued"))
        }

        try requireUnique(goals.map { ($0.id, $0.location) }, Phrase("goal", context: "the"))
        try requireUnique(indicators.map { ($0.id, $0.location) }, Phrase("indicator", context: "the"))
        try requireUnique(cycles.map { ($0.id, $0.location) }, Phrase("PDSA cycle", context: "the"))
        decisions = Self.namingDecisions(decisions)
        try requireUnique(decisions.map { ($0.id, $0.location) }, Phrase("decision", context: "the"))
        var answered: [String: SourceLocation] = [:]
        for answer in answers {
            let key = "\(answer.prompt)@\(answer.gathering)"
            if let first = answered[key] {
                throw .error(
                    at: answer.location,
                    Phrase(
                        "the prompt '\(answer.prompt)' is answered twice for gathering \(answer.gathering) (the first at line \(first.line))"
                    ),
                    hint: Phrase(
                        "keep one answer per prompt and gathering; edit the first, and the report repository keeps the earlier wording"
                    ))
            }
            answered[key] = answer.location
        }
        // A cycle may belong to a goal set aside since: it is the history of that goal.
        let goalIDs = Set(goals.map(\.id) + retired.map(\.id))
        for cycle in cycles {
            if let goal = cycle.goal, !goalIDs.contains(goal) {
                throw .error(
                    at: cycle.location,
                    Phrase(
                        "the PDSA cycle '\(cycle.id)' belongs to the goal '\(goal)', which the journal does not have"),
                    hint: Suggestions.hint(for: goal, among: goals.map(\.id), noun: Phrase("goal ids")))
            }
            if let started = cycle.started, let ended = cycle.ended, ended < started {
                throw .error(
                    at: cycle.location,
                    Phrase("the PDSA cycle '\(cycle.id)' ends (\(ended)) before it starts (\(started))"),
                    hint: Phrase("correct 'started' or 'ended'"))
            }
            if let follows = cycle.follows {
                if follows == cycle.id {
                    throw .error(
                        at: cycle.followsLocation ?? cycle.location,
                        Phrase("the PDSA cycle '\(cycle.id)' follows itself"),
                        hint: Phrase("name the cycle it builds on, or remove 'follows'"))
                }
                if !cycles.contains(where: { $0.id == follows }) {
                    throw .error(
                        at: cycle.followsLocation ?? cycle.location,
                        Phrase("the PDSA cycle '\(cycle.id)' follows '\(follows)', which the journal does not have"),
                        hint: Suggestions.hint(
                            for: follows, among: cycles.map(\.id).filter { $0 != cycle.id }, noun: Phrase("PDSA cycles")
                        ))
                }
            }
            if let decided = cycle.decided {
                if cycle.decision == nil {
                    throw .error(
                        at: cycle.location,
                        Phrase("the PDSA cycle '\(cycle.id)' says when it was decided (\(decided)) but not what"),
                        hint: Phrase("write the decision beside its day: 'decision: adopt', 'adapt' or 'abandon'"))
                }
                if let started = cycle.started, decided < started {
                    throw .error(
                        at: cycle.location,
                        Phrase("the PDSA cycle '\(cycle.id)' was decided (\(decided)) before it started (\(started))"),
                        hint: Phrase("correct 'started' or 'decided'"))
                }
            }
        }
        var journal = Journal(
            team: team, language: language, goals: goals, indicators: indicators, cycles: cycles, decisions: decisions,
            answers: answers, file: file)
        journal.retiredGoals = retired
        let warnings = goals.compactMap { goal in
            Self.smartWarning(goal)
        }
        return Parsed(journal: journal, warnings: warnings)
    }

    // MARK: - Entries

    private func goal(_ node: YAMLNode) throws(Diagnostic) -> Goal {
        let fields = try node.fields(Phrase("a goal"), known: Self.goalKeys)
        let id = try required(fields, "id", in: node, Phrase("a goal"), example: "id: faerre-fall")
        let statement = try required(
            fields, "statement", in: node, Phrase("the goal '\(id)'"), example: "statement: Færre fall blant brukerne")
        var goal = Goal(id: id, statement: statement, location: node.location)
        goal.fieldLocations = fields.mapValues(\.value.location)
        goal.what = try optionalText(fields["what"], Phrase("what the goal '\(id)' is about"))
        goal.forWhom = try optionalText(fields["for_whom"], Phrase("who the goal '\(id)' is for"))
        goal.howMuch = try optionalText(fields["how_much"], Phrase("how much the goal '\(id)' aims for"))
        goal.indicator = try optionalText(fields["indicator"], Phrase("the indicator of the goal '\(id)'"))
        goal.baseline = try fields["baseline"].map { field throws(Diagnostic) in
            try share(field.value, Phrase("the baseline of the goal '\(id)'"))
        }
        goal.target = try fields["target"].map { field throws(Diagnostic) in
            try share(field.value, Phrase("the target of the goal '\(id)'"))
        }
        goal.baselineInPercent = fields["baseline"].map { Self.writtenInPercent($0.value) } ?? false
        goal.targetInPercent = fields["target"].map { Self.writtenInPercent($0.value) } ?? false
        goal.direction = try fields["direction"].map { field throws(Diagnostic) in
            try field.value.oneOf(Phrase("the direction of the goal '\(id)'"), GoalDirection.self)
        }
        goal.due = try fields["due"].map { field throws(Diagnostic) in
            try date(field.value, Phrase("the due date of the goal '\(id)'"))
        }
        goal.revisions = try list(fields["revisions"], Phrase("the revisions of the goal '\(id)'")) {
            node throws(Diagnostic) in
            let revision = try node.fields(Phrase("a revision"), known: ["date", "reason"])
            guard let dateField = revision["date"] else {
                throw .error(
                    at: node.location, Phrase("a revision of the goal '\(id)' has no date"),
                    hint: Phrase("add 'date: YYYY-MM-DD', the day the goal was changed"))
            }
            let reason = try required(
                revision, "reason", in: node, Phrase("a revision of the goal '\(id)'"),
                example: "reason: Why the goal was changed")
            return Revision(
                date: try date(dateField.value, Phrase("the date of a revision")), reason: reason,
                location: node.location)
        }
        if goal.target != nil && goal.direction == nil {
            throw .error(
                at: node.location,
                Phrase("the goal '\(id)' has a target but does not say whether higher or lower is better"),
                hint: Phrase(
                    "add 'direction: down' (lower is better, e.g. falls) or 'direction: up' (higher is better, e.g. share screened)"
                ))
        }
        return goal
    }

    private func indicator(_ node: YAMLNode) throws(Diagnostic) -> JournalIndicator {
        let fields = try node.fields(Phrase("an indicator"), known: Self.indicatorKeys)
        let id = try required(fields, "id", in: node, Phrase("an indicator"), example: "id: fall")
        guard let kind = fields["kind"] else {
            throw .error(
                at: node.location, Phrase("the indicator '\(id)' does not say what kind it is"),
                hint: Phrase("add 'kind: result', 'kind: process' or 'kind: balancing'"))
        }
        return JournalIndicator(
            id: id, name: try optionalText(fields["name"], Phrase("the name of the indicator '\(id)'")),
            kind: try kind.value.oneOf(Phrase("the kind of the indicator '\(id)'"), IndicatorKind.self),
            definition: try optionalText(fields["definition"], Phrase("the definition of the indicator '\(id)'")),
            caveats: try optionalText(fields["caveats"], Phrase("the caveats of the indicator '\(id)'")),
            changes: try list(fields["changes"], Phrase("the definition changes of the indicator '\(id)'")) {
                node throws(Diagnostic) in
                let change = try node.fields(Phrase("a definition change"), known: ["date", "change"])
                guard let dateField = change["date"] else {
                    throw .error(
                        at: node.location, Phrase("a definition change of the indicator '\(id)' has no date"),
                        hint: Phrase("add 'date: YYYY-MM-DD', the first day counted the new way"))
                }
                let what = try required(
                    change, "change", in: node, Phrase("a definition change of the indicator '\(id)'"),
                    example: "change: What is counted differently now")
                return DefinitionChange(
                    date: try date(dateField.value, Phrase("the date of a definition change")), change: what,
                    location: node.location)
            },
            location: node.location)
    }

    private func cycle(_ node: YAMLNode) throws(Diagnostic) -> PDSACycle {
        let fields = try node.fields(Phrase("a PDSA cycle"), known: Self.cycleKeys)
        let id = try required(fields, "id", in: node, Phrase("a PDSA cycle"), example: "id: fallrisiko-ved-oppstart")
        let title = try required(
            fields, "title", in: node, Phrase("the PDSA cycle '\(id)'"), example: "title: The change idea being tested")
        return PDSACycle(
            id: id, title: title, goal: try optionalText(fields["goal"], Phrase("the goal of the PDSA cycle '\(id)'")),
            plan: try optionalText(fields["plan"], Phrase("the plan of '\(id)'")),
            do: try optionalText(fields["do"], Phrase("the do of '\(id)'")),
            study: try optionalText(fields["study"], Phrase("the study of '\(id)'")),
            act: try optionalText(fields["act"], Phrase("the act of '\(id)'")),
            decision: try fields["decision"].map { field throws(Diagnostic) in
                try field.value.oneOf(Phrase("the decision of the PDSA cycle '\(id)'"), PDSADecision.self)
            },
            started: try fields["started"].map { field throws(Diagnostic) in
                try date(field.value, Phrase("the start of the PDSA cycle '\(id)'"))
            },
            ended: try fields["ended"].map { field throws(Diagnostic) in
                try date(field.value, Phrase("the end of the PDSA cycle '\(id)'"))
            },
            decided: try fields["decided"].map { field throws(Diagnostic) in
                try date(field.value, Phrase("the day the decision of the PDSA cycle '\(id)' was made"))
            },
            follows: try optionalText(fields["follows"], Phrase("the cycle that '\(id)' follows")),
            followsLocation: fields["follows"]?.value.location,
            location: node.location)
    }

    private func decision(_ node: YAMLNode) throws(Diagnostic) -> Decision {
        let fields = try node.fields(Phrase("a decision"), known: Self.decisionKeys)
        guard let dateField = fields["date"] else {
            throw .error(
                at: node.location, Phrase("a decision has no date"),
                hint: Phrase("add 'date: YYYY-MM-DD', the day it was decided"))
        }
        let what = try required(fields, "what", in: node, Phrase("a decision"), example: "what: What was decided")
        return Decision(
            id: try optionalText(fields["id"], Phrase("the id of a decision")) ?? "",
            date: try date(dateField.value, Phrase("the date of a decision")), what: what,
            why: try optionalText(fields["why"], Phrase("why it was decided")), location: node.location)
    }

    private func answer(_ node: YAMLNode) throws(Diagnostic) -> Answer {
        let fields = try node.fields(Phrase("an answer"), known: Self.answerKeys)
        let prompt = try required(fields, "prompt", in: node, Phrase("an answer"), example: "prompt: tema")
        guard let gathering = fields["gathering"] else {
            throw .error(
                at: node.location, Phrase("the answer to '\(prompt)' does not say before which gathering it was given"),
                hint: Phrase("add for example 'gathering: 3'"))
        }
        let text = try required(
            fields, "text", in: node, Phrase("the answer to '\(prompt)'"), example: "text: What the team answered")
        return Answer(
            prompt: prompt, gathering: try gathering.value.integer(Phrase("the gathering of an answer"), in: 0...99),
            date: try fields["date"].map { field throws(Diagnostic) in
                try date(field.value, Phrase("the date of an answer"))
            },
            text: text, location: node.location)
    }

    // MARK: - Helpers

    private func list<T>(
        _ field: (keyLocation: SourceLocation, value: YAMLNode)?, _ what: Phrase,
        _ entry: (YAMLNode) throws(Diagnostic) -> T
    ) throws(Diagnostic) -> [T] {
        guard let field, !field.value.isNull else { return [] }
        guard case .sequence(let sequence) = field.value.node else {
            throw .error(
                at: field.value.location,
                Phrase("\(what) should be a list (lines starting with '- '), but it is \(field.value.kindDescription)"),
                hint: Phrase("write each entry on its own line starting with '- '"))
        }
        var entries: [T] = []
        for node in sequence { entries.append(try entry(YAMLNode(node: node, reader: field.value.reader))) }
        return entries
    }

    private func required(
        _ fields: [String: (keyLocation: SourceLocation, value: YAMLNode)], _ key: String, in node: YAMLNode,
        _ what: Phrase, example: String
    ) throws(Diagnostic) -> String {
        guard let field = fields[key], !field.value.isNull else {
            throw .error(at: node.location, Phrase("\(what) has no '\(key)'"), hint: Phrase("add '\(example)'"))
        }
        let text = try field.value.string(Phrase("'\(key)' of \(what)")).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw .error(
                at: field.value.location, Phrase("'\(key)' of \(what) is empty"), hint: Phrase("add '\(example)'"))
        }
        return text
    }

    private func optionalText(_ field: (keyLocation: SourceLocation, value: YAMLNode)?, _ what: Phrase)
        throws(Diagnostic) -> String?
    {
        guard let field, !field.value.isNull else { return nil }
        let text = try field.value.string(what).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Whether a number was written with `%` (and so is kept as a share).
    private static func writtenInPercent(_ node: YAMLNode) -> Bool {
        (try? node.string(Phrase(verbatim: "")))?.trimmingCharacters(in: .whitespaces).hasSuffix("%") == true
    }

    /// A number, or a share written in per cent ("80 %" is 0.8, as a p chart plots it).
    private func share(_ node: YAMLNode, _ what: Phrase) throws(Diagnostic) -> Double {
        let text = try node.string(what).trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("%") else { return try node.number(what) }
        let digits = text.dropLast().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let percent = Double(digits), percent.isFinite else {
            throw .error(
                at: node.location,
                Phrase("\(what) should be a number or a percentage such as '80 %', but it is '\(text)'"))
        }
        return percent / 100
    }

    private func date(_ node: YAMLNode, _ what: Phrase) throws(Diagnostic) -> JournalDate {
        let text = try node.string(what)
        guard let date = JournalDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw .error(
                at: node.location, Phrase("\(what) should be a date written YYYY-MM-DD, but it is '\(text)'"),
                hint: Phrase("for example 2021-10-15"))
        }
        return date
    }

    private func requireUnique(_ ids: [(String, SourceLocation)], _ noun: Phrase) throws(Diagnostic) {
        var seen: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let first = seen[id] {
                throw .error(
                    at: location, Phrase("two entries are the \(noun) '\(id)' (the first at line \(first.line))"),
                    hint: Phrase("give each \(noun) its own id; history follows a \(noun) by its id"))
            }
            seen[id] = location
        }
    }

    /// A decision without an id is known by its date (and `-2`, `-3` … for later ones on the same day).
    static func namingDecisions(_ decisions: [Decision]) -> [Decision] {
        var count: [String: Int] = [:]
        return decisions.map { decision in
            guard decision.id.isEmpty else { return decision }
            var named = decision
            let base = decision.date.description
            count[base, default: 0] += 1
            named.id = count[base]! == 1 ? base : "\(base)-\(count[base]!)"
            return named
        }
    }

    /// A goal that lacks SMART parts: which ones, in words the team uses.
    static func smartWarning(_ goal: Goal) -> Diagnostic? {
        let missing = goal.missingSMARTParts
        guard !missing.isEmpty else { return nil }
        let keys: [SMARTPart: String] = [
            .what: "what", .howMuch: "target (or how_much)", .byWhen: "due", .forWhom: "for_whom",
        ]
        let add = missing.map { keys[$0]! }.joined(separator: ", ")
        let names: [SMARTPart: Phrase] = [
            .what: Phrase("what (specific)"), .howMuch: Phrase("how much"),
            .byWhen: Phrase("by when"), .forWhom: Phrase("for whom"),
        ]
        return .warning(
            at: goal.location,
            Phrase(
                "the goal '\(goal.id)' does not say \(Phrase.list(missing.compactMap { names[$0] }))"),
            hint: Phrase("a SMART goal says what, how much, by when and for whom; add \(add)"))
    }
}
