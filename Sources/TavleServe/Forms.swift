import Foundation
import TavleEdit
import TavleModel

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
        func clean(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        var fields: [(key: String, value: YAMLScalar?)] = []
        var said: [String] = []
        if clean(statement) != clean(original.statement) {
            fields.append(("statement", clean(statement).isEmpty ? nil : .text(clean(statement))))
            said.append("statement")
        }
        if clean(target) != clean(original.target) {
            fields.append(("target", clean(target).isEmpty ? nil : .verbatim(clean(target))))
            said.append(
                "target \(clean(original.target).isEmpty ? "none" : clean(original.target)) → \(clean(target).isEmpty ? "none" : clean(target))"
            )
        }
        if clean(due) != clean(original.due) {
            fields.append(("due", clean(due).isEmpty ? nil : .verbatim(clean(due))))
            said.append(
                "due \(clean(original.due).isEmpty ? "none" : clean(original.due)) → \(clean(due).isEmpty ? "none" : clean(due))"
            )
        }
        let reason = clean(reason)
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
