import Foundation
import TavleEdit
import TavleModel
import TavleRun

/// The goal form's fields: the three a reason must go with (statement, target, due date) and
/// the reason itself.
struct GoalFormValues: Sendable, Equatable {
    var statement: String
    var target: String
    var due: String
    var reason: String

    static let fieldNames: Set<String> = ["statement", "target", "due", "reason"]

    /// The goal as its journal writes it (the target as typed: "80 %" stays "80 %").
    init(_ goal: Goal, text: JournalText? = nil) {
        statement = goal.statement
        target =
            text?.field("target", ofEntryIn: "goals", is: goal.id)
            ?? goal.target.map { goal.targetInPercent ? "\(Self.number($0 * 100)) %" : Self.number($0) } ?? ""
        due = goal.due?.description ?? ""
        reason = ""
    }

    init(_ fields: FormFields) {
        statement = fields["statement"] ?? ""
        target = fields["target"] ?? ""
        due = fields["due"] ?? ""
        reason = fields["reason"] ?? ""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The change these values make to the goal as it stands (`original`): only the fields
    /// that differ are written, so the rest keeps its layout; a reason becomes a revision
    /// dated `today`. `nil` when nothing differs and no reason is given.
    func change(goal id: String, original: GoalFormValues, basedOn version: String, today: String)
        -> JournalEditor.Change?
    {
        var fields: [(key: String, value: YAMLScalar?)] = []
        var said: [String] = []
        if trimmedField(statement) != trimmedField(original.statement) {
            fields.append(("statement", trimmedField(statement).isEmpty ? nil : .text(trimmedField(statement))))
            said.append("statement")
        }
        if trimmedField(target) != trimmedField(original.target) {
            fields.append(("target", trimmedField(target).isEmpty ? nil : .verbatim(trimmedField(target))))
            said.append(
                "target \(trimmedField(original.target).isEmpty ? "none" : trimmedField(original.target)) → \(trimmedField(target).isEmpty ? "none" : trimmedField(target))"
            )
        }
        if trimmedField(due) != trimmedField(original.due) {
            fields.append(("due", trimmedField(due).isEmpty ? nil : .verbatim(trimmedField(due))))
            said.append(
                "due \(trimmedField(original.due).isEmpty ? "none" : trimmedField(original.due)) → \(trimmedField(due).isEmpty ? "none" : trimmedField(due))"
            )
        }
        let reason = trimmedField(reason)
        guard !fields.isEmpty || !reason.isEmpty else { return nil }
        if !reason.isEmpty { said.append("reason given") }
        let changes = fields
        return JournalEditor.Change(
            form: "goal", basedOn: version, summary: "goal \(id): " + said.joined(separator: ", ")
        ) { text throws(JournalText.LayoutError) in
            if !changes.isEmpty { try text.setGoal(id, fields: changes) }
            if !reason.isEmpty { try text.addRevision(toGoal: id, date: today, reason: reason) }
        }
    }
}

/// A field of a form sent on a version of the journal that has changed since, shown again:
/// what the person changed stays as they typed it, and a field they left as it was takes what
/// the journal holds now, so that sending the form again undoes no one else's change. Without
/// the version it was opened on (not in the report repository), what was typed stays.
func mergedField(_ typed: String, base: String?, now: String?) -> String {
    guard let base, let now else { return typed }
    return trimmedField(typed) == trimmedField(base) ? now : typed
}

extension GoalFormValues {
    func merged(base: GoalFormValues?, now: GoalFormValues?) -> GoalFormValues {
        var merged = self
        merged.statement = mergedField(statement, base: base?.statement, now: now?.statement)
        merged.target = mergedField(target, base: base?.target, now: now?.target)
        merged.due = mergedField(due, base: base?.due, now: now?.due)
        return merged
    }
}

/// The forms that add an entry to a journal list.
enum EntryKind: String, Sendable {
    case decision
    case pdsa

    var fieldNames: [String] {
        switch self {
        case .decision: return ["date", "what", "why"]
        case .pdsa: return ["id", "title", "goal", "plan", "started"]
        }
    }

    var title: Phrase {
        switch self {
        case .decision: return Phrase("Add a decision")
        case .pdsa: return Phrase("Add a PDSA cycle")
        }
    }

    var listKey: String {
        switch self {
        case .decision: return "decisions"
        case .pdsa: return "pdsa"
        }
    }

    /// Fields written as given (dates, ids); the others are free text.
    func isVerbatim(_ name: String) -> Bool { ["date", "started", "id", "goal"].contains(name) }

    func change(_ fields: FormFields, basedOn version: String) -> JournalEditor.Change? {
        var entry: [(key: String, value: YAMLScalar)] = []
        for name in fieldNames {
            guard let value = fields.trimmed(name) else { continue }
            entry.append((name, isVerbatim(name) ? .verbatim(value) : .text(value)))
        }
        guard !entry.isEmpty else { return nil }
        let list = listKey, written = entry
        let summary: String
        switch self {
        case .decision: summary = "decision added (\(fields.trimmed("date") ?? "no date"))"
        case .pdsa: summary = "PDSA cycle \(fields.trimmed("id") ?? "") added"
        }
        return JournalEditor.Change(form: rawValue, basedOn: version, summary: summary) {
            text throws(JournalText.LayoutError) in
            try text.append(written, toTopLevel: list)
        }
    }
}

/// An indicator of the journal: its words, and a change of its definition when there is one.
struct IndicatorFormValues: Sendable, Equatable {
    var values: [String: String]

    static let fieldNames = ["name", "kind", "definition", "caveats", "change", "change_date"]

    init(_ indicator: JournalIndicator, today: String) {
        values = [
            "name": indicator.name ?? "", "kind": indicator.kind.rawValue, "definition": indicator.definition ?? "",
            "caveats": indicator.caveats ?? "", "change": "", "change_date": today,
        ]
    }

    init(_ fields: FormFields) {
        values = Dictionary(uniqueKeysWithValues: Self.fieldNames.map { ($0, fields[$0] ?? "") })
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The indicator's words merged (see `mergedField`); a change of definition stays as typed.
    func merged(base: IndicatorFormValues?, now: IndicatorFormValues?) -> IndicatorFormValues {
        var merged = self
        for name in ["name", "kind", "definition", "caveats"] {
            merged.values[name] = mergedField(self[name], base: base?[name], now: now?[name])
        }
        return merged
    }

    /// The words that differ, and a new entry under `changes:` when one is written.
    func change(indicator id: String, original: IndicatorFormValues, basedOn version: String) -> JournalEditor.Change? {
        var fields: [(key: String, value: YAMLScalar?)] = []
        for name in ["name", "kind", "definition", "caveats"]
        where trimmedField(self[name]) != trimmedField(original[name]) {
            let value = trimmedField(self[name])
            fields.append((name, value.isEmpty ? nil : name == "kind" ? .verbatim(value) : .text(value)))
        }
        let definitionChange = trimmedField(self["change"]), date = trimmedField(self["change_date"])
        guard !fields.isEmpty || !definitionChange.isEmpty else { return nil }
        let changes = fields
        let said = fields.map(\.key) + (definitionChange.isEmpty ? [] : ["definition change"])
        return JournalEditor.Change(
            form: "indicator", basedOn: version, summary: "indicator \(id): " + said.joined(separator: ", ")
        ) { text throws(JournalText.LayoutError) in
            if !changes.isEmpty { try text.setEntry(in: "indicators", matching: [("id", id)], fields: changes) }
            if !definitionChange.isEmpty {
                try text.addDefinitionChange(toIndicator: id, date: date, change: definitionChange)
            }
        }
    }
}

/// Taking an entry out of a journal list (a decision, a PDSA cycle), by its place: the form's
/// version check makes sure it is the entry the person saw. Its history stays in the report
/// repository's commits.
enum EntryRemoval {
    static func change(list: String, position: Int, what: String, basedOn version: String) -> JournalEditor.Change {
        JournalEditor.Change(
            form: list == "pdsa" ? "pdsa" : "decision", basedOn: version, summary: "\(what) removed"
        ) { text throws(JournalText.LayoutError) in
            try text.removeEntry(in: list, at: position)
        }
    }
}

/// A goal the team no longer works toward: out of `goals:`, into `retired_goals:` with the
/// day and the reason, which is what the goal guard asks of a goal that leaves.
enum GoalSetAside {
    static func change(goal id: String, reason: String, basedOn version: String, today: String)
        -> JournalEditor.Change
    {
        JournalEditor.Change(form: "goal-set-aside", basedOn: version, summary: "goal \(id) set aside") {
            text throws(JournalText.LayoutError) in
            try text.removeEntry(in: "goals", matching: [("id", id)])
            try text.append(
                [("id", .verbatim(id)), ("date", .verbatim(today)), ("reason", .text(reason))],
                toTopLevel: "retired_goals")
        }
    }
}

/// A decision already in the journal, by its place in the list.
struct DecisionFormValues: Sendable, Equatable {
    var date: String
    var what: String
    var why: String

    static let fieldNames: Set<String> = ["date", "what", "why"]

    init(_ decision: Decision) {
        date = decision.date.description
        what = decision.what
        why = decision.why ?? ""
    }

    init(_ fields: FormFields) {
        date = fields["date"] ?? ""
        what = fields["what"] ?? ""
        why = fields["why"] ?? ""
    }

    func merged(base: DecisionFormValues?, now: DecisionFormValues?) -> DecisionFormValues {
        var merged = self
        merged.date = mergedField(date, base: base?.date, now: now?.date)
        merged.what = mergedField(what, base: base?.what, now: now?.what)
        merged.why = mergedField(why, base: base?.why, now: now?.why)
        return merged
    }

    /// The fields that differ from the decision as it stands; an emptied `why` is taken out.
    func change(at position: Int, original: DecisionFormValues, basedOn version: String) -> JournalEditor.Change? {
        var fields: [(key: String, value: YAMLScalar?)] = []
        if trimmedField(date) != trimmedField(original.date) { fields.append(("date", .verbatim(trimmedField(date)))) }
        if trimmedField(what) != trimmedField(original.what) { fields.append(("what", .text(trimmedField(what)))) }
        if trimmedField(why) != trimmedField(original.why) {
            fields.append(("why", trimmedField(why).isEmpty ? nil : .text(trimmedField(why))))
        }
        guard !fields.isEmpty else { return nil }
        let changes = fields
        return JournalEditor.Change(
            form: "decision", basedOn: version,
            summary: "decision \(position + 1) changed: " + fields.map(\.key).joined(separator: ", ")
        ) { text throws(JournalText.LayoutError) in
            try text.setEntry(in: "decisions", at: position, fields: changes)
        }
    }
}

/// A team's answers to one gathering's prompts, by prompt id.
struct AnswerFormValues: Sendable {
    var answers: [String: String]

    static func field(_ prompt: String) -> String { "answer-" + prompt }

    static func title(_ notebook: Notebook) -> Phrase {
        Phrase("Answers for gathering \(notebook.gathering ?? 0): \(notebook.title)")
    }

    /// The answers the journal holds for the notebook's gathering.
    init(answers: [String: String]) {
        self.answers = answers
    }

    init(_ journal: Journal?, gathering notebook: Notebook) {
        answers = [:]
        for answer in journal?.answers ?? [] where answer.gathering == notebook.gathering {
            answers[answer.prompt] = answer.text
        }
    }

    /// A prompt whose field the form did not send (one added to the notebook after the page
    /// was opened) is left out, so that its answer is kept.
    init(_ fields: FormFields, prompts: [PromptCell]) {
        answers = [:]
        for prompt in prompts { answers[prompt.id] = fields[Self.field(prompt.id)] }
    }

    /// Each answer merged (see `mergedField`): a box left as it was shows what the journal
    /// holds now (a teammate's answer given meanwhile), so that sending again removes nothing.
    func merged(base: AnswerFormValues?, now: AnswerFormValues?) -> AnswerFormValues {
        var merged = self
        for (prompt, typed) in answers {
            merged.answers[prompt] = mergedField(
                typed, base: base.map { $0.answers[prompt] ?? "" }, now: now.map { $0.answers[prompt] ?? "" })
        }
        // A question the form did not have (added to the notebook since it was opened) shows
        // the answer the journal holds, so that sending again leaves it.
        for (prompt, text) in now?.answers ?? [:] where merged.answers[prompt] == nil {
            merged.answers[prompt] = text
        }
        return merged
    }

    /// New answers are added, changed ones rewritten (with today's date), and an answer the
    /// team emptied is taken out (the report repository keeps it). `nil` when nothing differs.
    func change(from before: AnswerFormValues, gathering: Int, basedOn version: String, today: String)
        -> JournalEditor.Change?
    {
        /// `write` rewrites the answer's entry where it stands, or adds one at the end.
        enum Edit {
            case write(String), remove
        }
        var edits: [(prompt: String, edit: Edit)] = []
        for (prompt, typed) in answers.sorted(by: { $0.key < $1.key }) {
            let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            // An answer written empty in the file counts as none: saving other answers leaves it.
            let had = before.answers[prompt]?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
            switch (had, text.isEmpty) {
            case (nil, true): continue
            case (nil, false): edits.append((prompt, .write(text)))
            case (.some, true): edits.append((prompt, .remove))
            case (.some(let had), false) where had != text: edits.append((prompt, .write(text)))
            case (.some, false): continue
            }
        }
        guard !edits.isEmpty else { return nil }
        let planned = edits
        let named = edits.map { edit -> String in
            if case .remove = edit.edit { return edit.prompt + " (removed)" }
            return edit.prompt
        }
        return JournalEditor.Change(
            form: "answers", basedOn: version,
            summary: "answers for gathering \(gathering): \(named.joined(separator: ", "))"
        ) { text throws(JournalText.LayoutError) in
            for planned in planned {
                let key = [("prompt", planned.prompt), ("gathering", String(gathering))]
                switch planned.edit {
                case .remove:
                    try text.removeEntry(in: "answers", matching: key)
                case .write(let answer) where text.hasEntry(in: "answers", matching: key):
                    try text.setEntry(
                        in: "answers", matching: key, fields: [("date", .verbatim(today)), ("text", .text(answer))])
                case .write(let answer):
                    try text.append(
                        [
                            ("prompt", .verbatim(planned.prompt)), ("gathering", .verbatim(String(gathering))),
                            ("date", .verbatim(today)), ("text", .text(answer)),
                        ], toTopLevel: "answers")
                }
            }
        }
    }
}

/// The form of a PDSA cycle already in the journal: its plan, what was done and learnt, and
/// the decision, so that a team finishes a cycle on the web.
struct CycleFormValues: Sendable, Equatable {
    var values: [String: String]

    /// In the order of the form; the dates and the decision are written as given.
    static let fieldNames = ["title", "goal", "plan", "do", "study", "act", "decision", "decided", "started", "ended"]
    static let verbatim: Set<String> = ["goal", "decision", "decided", "started", "ended"]

    init(_ cycle: PDSACycle) {
        values = [
            "title": cycle.title, "goal": cycle.goal ?? "", "plan": cycle.plan ?? "", "do": cycle.do ?? "",
            "study": cycle.study ?? "", "act": cycle.act ?? "", "decision": cycle.decision?.rawValue ?? "",
            "decided": cycle.decided?.description ?? "", "started": cycle.started?.description ?? "",
            "ended": cycle.ended?.description ?? "",
        ]
    }

    init(_ fields: FormFields) {
        values = Dictionary(uniqueKeysWithValues: Self.fieldNames.map { ($0, fields[$0] ?? "") })
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    func merged(base: CycleFormValues?, now: CycleFormValues?) -> CycleFormValues {
        var merged = self
        for name in Self.fieldNames {
            merged.values[name] = mergedField(self[name], base: base?[name], now: now?[name])
        }
        return merged
    }

    /// The fields that differ from the cycle as it stands; an emptied field is taken out.
    func change(cycle id: String, original: CycleFormValues, basedOn version: String) -> JournalEditor.Change? {
        var fields: [(key: String, value: YAMLScalar?)] = []
        for name in Self.fieldNames where trimmedField(self[name]) != trimmedField(original[name]) {
            let value = trimmedField(self[name])
            fields.append((name, value.isEmpty ? nil : Self.verbatim.contains(name) ? .verbatim(value) : .text(value)))
        }
        guard !fields.isEmpty else { return nil }
        let changes = fields
        return JournalEditor.Change(
            form: "pdsa", basedOn: version,
            summary: "PDSA cycle \(id): " + fields.map(\.key).joined(separator: ", ")
        ) { text throws(JournalText.LayoutError) in
            try text.setEntry(in: "pdsa", matching: [("id", id)], fields: changes)
        }
    }
}

/// A field's text as a form's comparison and the journal take it: without the spaces and line
/// breaks around it.
func trimmedField(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
