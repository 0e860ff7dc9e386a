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

    static let keys = ["team", "language", "goals", "indicators", "pdsa", "decisions", "answers"]
    static let goalKeys = ["id", "statement", "what", "for_whom", "how_much", "indicator", "baseline", "target", "direction", "due", "revisions"]
    static let indicatorKeys = ["id", "name", "kind", "definition", "caveats", "changes"]
    static let cycleKeys = ["id", "title", "goal", "plan", "do", "study", "act", "decision", "started", "ended"]
    static let decisionKeys = ["id", "date", "what", "why"]
    static let answerKeys = ["prompt", "gathering", "date", "text"]

    public init() {}

    /// - Parameters:
    ///   - team: the team the file is named after; a `team:` inside must agree.
    ///   - defaultLanguage: the workspace's language, for warnings when the journal names none.
    public func parse(_ text: String, file: String, team: String, defaultLanguage: Language) throws(Diagnostic) -> Parsed {
        let reader = YAMLReader(file: file, lineOffset: 0)
        let root = try reader.root(text)
        let fields = try root.fields("the journal", known: Self.keys)
        if let field = fields["team"] {
            let named = try field.value.string("the team")
            guard named == team else {
                throw .error(
                    at: field.value.location, "this journal says it belongs to team '\(named)', but its file is named after '\(team)'",
                    hint: "rename the file to journals/\(named).yaml, or correct 'team:'")
            }
        }
        let language = try fields["language"].map { field throws(Diagnostic) in try field.value.oneOf("the language", Language.self) }
        let goals = try list(fields["goals"], "goals") { node throws(Diagnostic) in try goal(node) }
        let indicators = try list(fields["indicators"], "indicators") { node throws(Diagnostic) in try indicator(node) }
        let cycles = try list(fields["pdsa"], "pdsa") { node throws(Diagnostic) in try cycle(node) }
        var decisions = try list(fields["decisions"], "decisions") { node throws(Diagnostic) in try decision(node) }
        let answers = try list(fields["answers"], "answers") { node throws(Diagnostic) in try answer(node) }

        try requireUnique(goals.map { ($0.id, $0.location) }, "goal")
        try requireUnique(indicators.map { ($0.id, $0.location) }, "indicator")
        try requireUnique(cycles.map { ($0.id, $0.location) }, "PDSA cycle")
        decisions = Self.namingDecisions(decisions)
        try requireUnique(decisions.map { ($0.id, $0.location) }, "decision")
        var answered: [String: SourceLocation] = [:]
        for answer in answers {
            let key = "\(answer.prompt)@\(answer.gathering)"
            if let first = answered[key] {
                throw .error(
                    at: answer.location, "the prompt '\(answer.prompt)' is answered twice for gathering \(answer.gathering) (the first at line \(first.line))",
                    hint: "keep one answer per prompt and gathering; edit the first, and the report repository keeps the earlier wording")
            }
            answered[key] = answer.location
        }
        let goalIDs = Set(goals.map(\.id))
        for cycle in cycles {
            if let goal = cycle.goal, !goalIDs.contains(goal) {
                throw .error(
                    at: cycle.location, "the PDSA cycle '\(cycle.id)' belongs to the goal '\(goal)', which the journal does not have",
                    hint: Suggestions.hint(for: goal, among: goals.map(\.id), noun: "goal id"))
            }
            if let started = cycle.started, let ended = cycle.ended, ended < started {
                throw .error(at: cycle.location, "the PDSA cycle '\(cycle.id)' ends (\(ended)) before it starts (\(started))", hint: "correct 'started' or 'ended'")
            }
        }
        let journal = Journal(
            team: team, language: language, goals: goals, indicators: indicators, cycles: cycles, decisions: decisions,
            answers: answers, file: file)
        let warnings = goals.compactMap { goal in
            Self.smartWarning(goal, language: language ?? defaultLanguage)
        }
        return Parsed(journal: journal, warnings: warnings)
    }

    // MARK: - Entries

    private func goal(_ node: YAMLNode) throws(Diagnostic) -> Goal {
        let fields = try node.fields("a goal", known: Self.goalKeys)
        let id = try required(fields, "id", in: node, "a goal", example: "id: faerre-fall")
        let statement = try required(fields, "statement", in: node, "the goal '\(id)'", example: "statement: Færre fall blant brukerne")
        var goal = Goal(id: id, statement: statement, location: node.location)
        goal.what = try optionalText(fields["what"], "what the goal '\(id)' is about")
        goal.forWhom = try optionalText(fields["for_whom"], "who the goal '\(id)' is for")
        goal.howMuch = try optionalText(fields["how_much"], "how much the goal '\(id)' aims for")
        goal.indicator = try optionalText(fields["indicator"], "the indicator of the goal '\(id)'")
        goal.baseline = try fields["baseline"].map { field throws(Diagnostic) in try share(field.value, "the baseline of the goal '\(id)'") }
        goal.target = try fields["target"].map { field throws(Diagnostic) in try share(field.value, "the target of the goal '\(id)'") }
        goal.direction = try fields["direction"].map { field throws(Diagnostic) in try field.value.oneOf("the direction of the goal '\(id)'", GoalDirection.self) }
        goal.due = try fields["due"].map { field throws(Diagnostic) in try date(field.value, "the due date of the goal '\(id)'") }
        goal.revisions = try list(fields["revisions"], "the revisions of the goal '\(id)'") { node throws(Diagnostic) in
            let revision = try node.fields("a revision", known: ["date", "reason"])
            guard let dateField = revision["date"] else {
                throw .error(at: node.location, "a revision of the goal '\(id)' has no date", hint: "add 'date: YYYY-MM-DD', the day the goal was changed")
            }
            let reason = try required(revision, "reason", in: node, "a revision of the goal '\(id)'", example: "reason: Why the goal was changed")
            return Revision(date: try date(dateField.value, "the date of a revision"), reason: reason, location: node.location)
        }
        if goal.target != nil && goal.direction == nil {
            throw .error(
                at: node.location, "the goal '\(id)' has a target but does not say whether higher or lower is better",
                hint: "add 'direction: down' (lower is better, e.g. falls) or 'direction: up' (higher is better, e.g. share screened)")
        }
        return goal
    }

    private func indicator(_ node: YAMLNode) throws(Diagnostic) -> JournalIndicator {
        let fields = try node.fields("an indicator", known: Self.indicatorKeys)
        let id = try required(fields, "id", in: node, "an indicator", example: "id: fall")
        guard let kind = fields["kind"] else {
            throw .error(
                at: node.location, "the indicator '\(id)' does not say what kind it is",
                hint: "add 'kind: result', 'kind: process' or 'kind: balancing'")
        }
        return JournalIndicator(
            id: id, name: try optionalText(fields["name"], "the name of the indicator '\(id)'"),
            kind: try kind.value.oneOf("the kind of the indicator '\(id)'", IndicatorKind.self),
            definition: try optionalText(fields["definition"], "the definition of the indicator '\(id)'"),
            caveats: try optionalText(fields["caveats"], "the caveats of the indicator '\(id)'"),
            changes: try list(fields["changes"], "the definition changes of the indicator '\(id)'") { node throws(Diagnostic) in
                let change = try node.fields("a definition change", known: ["date", "change"])
                guard let dateField = change["date"] else {
                    throw .error(
                        at: node.location, "a definition change of the indicator '\(id)' has no date",
                        hint: "add 'date: YYYY-MM-DD', the first day counted the new way")
                }
                let what = try required(change, "change", in: node, "a definition change of the indicator '\(id)'", example: "change: What is counted differently now")
                return DefinitionChange(date: try date(dateField.value, "the date of a definition change"), change: what, location: node.location)
            },
            location: node.location)
    }

    private func cycle(_ node: YAMLNode) throws(Diagnostic) -> PDSACycle {
        let fields = try node.fields("a PDSA cycle", known: Self.cycleKeys)
        let id = try required(fields, "id", in: node, "a PDSA cycle", example: "id: fallrisiko-ved-oppstart")
        let title = try required(fields, "title", in: node, "the PDSA cycle '\(id)'", example: "title: The change idea being tested")
        return PDSACycle(
            id: id, title: title, goal: try optionalText(fields["goal"], "the goal of the PDSA cycle '\(id)'"),
            plan: try optionalText(fields["plan"], "the plan of '\(id)'"), do: try optionalText(fields["do"], "the do of '\(id)'"),
            study: try optionalText(fields["study"], "the study of '\(id)'"), act: try optionalText(fields["act"], "the act of '\(id)'"),
            decision: try fields["decision"].map { field throws(Diagnostic) in try field.value.oneOf("the decision of the PDSA cycle '\(id)'", PDSADecision.self) },
            started: try fields["started"].map { field throws(Diagnostic) in try date(field.value, "the start of the PDSA cycle '\(id)'") },
            ended: try fields["ended"].map { field throws(Diagnostic) in try date(field.value, "the end of the PDSA cycle '\(id)'") },
            location: node.location)
    }

    private func decision(_ node: YAMLNode) throws(Diagnostic) -> Decision {
        let fields = try node.fields("a decision", known: Self.decisionKeys)
        guard let dateField = fields["date"] else {
            throw .error(at: node.location, "a decision has no date", hint: "add 'date: YYYY-MM-DD', the day it was decided")
        }
        let what = try required(fields, "what", in: node, "a decision", example: "what: What was decided")
        return Decision(
            id: try optionalText(fields["id"], "the id of a decision") ?? "",
            date: try date(dateField.value, "the date of a decision"), what: what,
            why: try optionalText(fields["why"], "why it was decided"), location: node.location)
    }

    private func answer(_ node: YAMLNode) throws(Diagnostic) -> Answer {
        let fields = try node.fields("an answer", known: Self.answerKeys)
        let prompt = try required(fields, "prompt", in: node, "an answer", example: "prompt: tema")
        guard let gathering = fields["gathering"] else {
            throw .error(at: node.location, "the answer to '\(prompt)' does not say before which gathering it was given", hint: "add for example 'gathering: 3'")
        }
        let text = try required(fields, "text", in: node, "the answer to '\(prompt)'", example: "text: What the team answered")
        return Answer(
            prompt: prompt, gathering: try gathering.value.integer("the gathering of an answer", in: 0...99),
            date: try fields["date"].map { field throws(Diagnostic) in try date(field.value, "the date of an answer") },
            text: text, location: node.location)
    }

    // MARK: - Helpers

    private func list<T>(_ field: (keyLocation: SourceLocation, value: YAMLNode)?, _ what: String, _ entry: (YAMLNode) throws(Diagnostic) -> T) throws(Diagnostic) -> [T] {
        guard let field, !field.value.isNull else { return [] }
        guard case .sequence(let sequence) = field.value.node else {
            throw .error(
                at: field.value.location, "\(what) should be a list (lines starting with '- '), but it is \(field.value.kindDescription)",
                hint: "write each entry on its own line starting with '- '")
        }
        var entries: [T] = []
        for node in sequence { entries.append(try entry(YAMLNode(node: node, reader: field.value.reader))) }
        return entries
    }

    private func required(
        _ fields: [String: (keyLocation: SourceLocation, value: YAMLNode)], _ key: String, in node: YAMLNode, _ what: String, example: String
    ) throws(Diagnostic) -> String {
        guard let field = fields[key], !field.value.isNull else {
            throw .error(at: node.location, "\(what) has no '\(key)'", hint: "add '\(example)'")
        }
        let text = try field.value.string("'\(key)' of \(what)").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .error(at: field.value.location, "'\(key)' of \(what) is empty", hint: "add '\(example)'") }
        return text
    }

    private func optionalText(_ field: (keyLocation: SourceLocation, value: YAMLNode)?, _ what: String) throws(Diagnostic) -> String? {
        guard let field, !field.value.isNull else { return nil }
        let text = try field.value.string(what).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A number, or a share written in per cent ("80 %" is 0.8, as a p chart plots it).
    private func share(_ node: YAMLNode, _ what: String) throws(Diagnostic) -> Double {
        let text = try node.string(what).trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("%") else { return try node.number(what) }
        let digits = text.dropLast().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let percent = Double(digits), percent.isFinite else {
            throw .error(at: node.location, "\(what) should be a number or a percentage such as '80 %', but it is '\(text)'")
        }
        return percent / 100
    }

    private func date(_ node: YAMLNode, _ what: String) throws(Diagnostic) -> JournalDate {
        let text = try node.string(what)
        guard let date = JournalDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw .error(at: node.location, "\(what) should be a date written YYYY-MM-DD, but it is '\(text)'", hint: "for example 2021-10-15")
        }
        return date
    }

    private func requireUnique(_ ids: [(String, SourceLocation)], _ noun: String) throws(Diagnostic) {
        var seen: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let first = seen[id] {
                throw .error(
                    at: location, "two entries are the \(noun) '\(id)' (the first at line \(first.line))",
                    hint: "give each \(noun) its own id; history follows a \(noun) by its id")
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
    static func smartWarning(_ goal: Goal, language: Language) -> Diagnostic? {
        let missing = goal.missingSMARTParts
        guard !missing.isEmpty else { return nil }
        let keys: [SMARTPart: String] = [.what: "what", .howMuch: "target (or how_much)", .byWhen: "due", .forWhom: "for_whom"]
        let add = missing.map { keys[$0]! }.joined(separator: ", ")
        switch language {
        case .nb:
            let names: [SMARTPart: String] = [.what: "hva (spesifikt)", .howMuch: "hvor mye", .byWhen: "innen når", .forWhom: "for hvem"]
            return .warning(
                at: goal.location, "målet '\(goal.id)' sier ikke \(missing.map { names[$0]! }.joined(separator: ", "))",
                hint: "et SMART mål sier hva, hvor mye, innen når og for hvem; legg til \(add)")
        case .en:
            let names: [SMARTPart: String] = [.what: "what (specific)", .howMuch: "how much", .byWhen: "by when", .forWhom: "for whom"]
            return .warning(
                at: goal.location, "the goal '\(goal.id)' does not say \(missing.map { names[$0]! }.joined(separator: ", "))",
                hint: "a SMART goal says what, how much, by when and for whom; add \(add)")
        }
    }
}
