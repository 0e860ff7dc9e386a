import Foundation
import TavleModel

/// A goal's statement, target and due date may only change with a reason: the history of a
/// goal is worth little if it silently moves. Compares the journal with the goals the report
/// repository last committed for the team.
public enum RevisionCheck {
    /// Throws for the first goal whose statement, target or due date differs from
    /// `committed` without a revision that the committed goal did not have yet.
    /// - Parameter committedOn: the day (`YYYY-MM-DD`) of the commit that recorded
    ///   `committed`: a revision that explains a change must be dated on or after it, since
    ///   that run still showed the old goal.
    public static func requireReasons(
        for journal: Journal, committed: [LedgerGoal], commit: String, committedOn: String? = nil, today: String
    ) throws(Diagnostic) {
        // A goal's revisions are its history: each one committed stays as it was written.
        let before = Dictionary(committed.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for goal in journal.goals {
            guard let old = before[goal.id] else { continue }
            let now = goal.revisions.map { LedgerRevision(date: $0.date.description, reason: $0.reason) }
            if let lost = old.revisions.first(where: { !now.contains($0) }) {
                throw .error(
                    at: goal.revisions.first?.location ?? goal.location,
                    Phrase(
                        "the revision of \(lost.date) of the goal '\(goal.id)' was changed or removed since the report repository recorded it (commit \(commit))"
                    ),
                    hint: Phrase(
                        "a goal's revisions are its history: put it back as it was (\(lost.date): \(lost.reason)) and add a new revision for the new change"
                    ))
            }
            if let committedOn,
                let early = goal.revisions.first(where: { revision in
                    !old.revisions.contains(LedgerRevision(date: revision.date.description, reason: revision.reason))
                        && revision.date.description < committedOn
                })
            {
                throw .error(
                    at: early.location,
                    Phrase(
                        "the new revision of the goal '\(goal.id)' is dated \(early.date), before the run of \(committedOn) (commit \(commit)) that still showed the goal as it was"
                    ),
                    hint: Phrase("date it the day the goal was changed, \(committedOn) or later"))
            }
        }
        // A goal that left the journal (removed, or renamed: a new id) leaves with a reason.
        let kept = Set(journal.goals.map(\.id))
        for old in committed where !kept.contains(old.id) {
            guard let retirement = journal.retiredGoals.last(where: { $0.id == old.id }) else {
                let today = today
                throw .error(
                    at: SourceLocation(file: journal.file, line: 1, column: 1),
                    Phrase(
                        "the goal '\(old.id)' is no longer in the journal, but the report repository recorded it (commit \(commit)); a goal is set aside, or renamed, with a reason"
                    ),
                    hint: Phrase(
                        "add it to the journal:\n  retired_goals:\n    - id: \(old.id)\n      date: \(today)\n      reason: Why the goal was set aside (or renamed to …)"
                    ))
            }
            if let committedOn, retirement.date.description < committedOn {
                throw .error(
                    at: retirement.location,
                    Phrase(
                        "the goal '\(old.id)' is retired on \(retirement.date), before the run of \(committedOn) (commit \(commit)) that still showed it"
                    ),
                    hint: Phrase("date it the day the goal was set aside, \(committedOn) or later"))
            }
        }
        for difference in differences(from: committed, to: journal) where difference.reasons.isEmpty {
            guard case .changed(let statement, let target, let due) = difference.kind,
                let goal = journal.goals.first(where: { $0.id == difference.goal })
            else { continue }
            var changes: [Phrase] = []
            if statement {
                changes.append(Phrase("its statement"))
            }
            if let target {
                let wasInPercent = committed.first { $0.id == goal.id }?.unit == "%"
                let old = Self.target(target.old, inPercent: wasInPercent),
                    new = Self.target(target.new, inPercent: goal.targetInPercent)
                changes.append(Phrase("its target from \(old) to \(new)"))
            }
            if let due {
                changes.append(
                    Phrase(
                        "its due date from \(due.old.map(Phrase.init(verbatim:)) ?? Phrase("none")) to \(due.new.map(Phrase.init(verbatim:)) ?? Phrase("none"))"
                    ))
            }
            throw .error(
                at: goal.location,
                Phrase(
                    "the goal '\(goal.id)' changed \(Phrase.list(changes, separator: Phrase(" and "))) since the report repository last recorded it (commit \(commit)), but the journal gives no reason"
                ),
                hint: Phrase(
                    "add the reason under the goal, then run again:\n      revisions:\n        - date: \(today)\n          reason: Why the goal was changed"
                ))
        }
    }

    /// The goals added, removed or changed (statement, target, due date) since `committed`,
    /// in the journal's order, removed goals last.
    /// A target as the reader writes it: "2,5", or "80 %" for one written in per cent.
    static func target(_ text: String?, inPercent: Bool) -> Phrase {
        guard let text else { return Phrase("none") }
        guard let value = Double(text) else { return Phrase(verbatim: text) }
        return inPercent ? Phrase("\(Phrase.number((value * 100 * 1e9).rounded() / 1e9)) %") : Phrase.number(value)
    }

    public static func differences(from committed: [LedgerGoal], to journal: Journal) -> [GoalDifference] {
        let before = Dictionary(committed.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [GoalDifference] = []
        for goal in journal.goals {
            let new = LedgerGoal(goal)
            guard let old = before[goal.id] else {
                differences.append(GoalDifference(goal: goal.id, kind: .added(statement: goal.statement), reasons: []))
                continue
            }
            let target =
                old.target == new.target
                ? nil
                : GoalDifference.Change(old: old.target.map(LedgerNumber.text), new: new.target.map(LedgerNumber.text))
            let due = old.due == new.due ? nil : GoalDifference.Change(old: old.due, new: new.due)
            guard old.statement != new.statement || target != nil || due != nil else { continue }
            let reasons = new.revisions.filter { !old.revisions.contains($0) }.map(\.reason)
            differences.append(
                GoalDifference(
                    goal: goal.id, kind: .changed(statement: old.statement != new.statement, target: target, due: due),
                    reasons: reasons))
        }
        let kept = Set(journal.goals.map(\.id))
        for old in committed where !kept.contains(old.id) {
            differences.append(
                GoalDifference(
                    goal: old.id, kind: .removed, reasons: journal.retiredGoals.filter { $0.id == old.id }.map(\.reason)
                ))
        }
        return differences
    }
}
