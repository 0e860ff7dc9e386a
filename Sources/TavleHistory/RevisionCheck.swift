import Foundation
import TavleModel

/// A goal's statement, target and due date may only change with a reason: the history of a
/// goal is worth little if it silently moves. Compares the journal with the goals the report
/// repository last committed for the team.
public enum RevisionCheck {
    /// Throws for the first goal whose statement, target or due date differs from
    /// `committed` without a revision that the committed goal did not have yet.
    public static func requireReasons(for journal: Journal, committed: [LedgerGoal], commit: String, today: String) throws(Diagnostic) {
        let before = Dictionary(committed.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for goal in journal.goals {
            guard let old = before[goal.id] else { continue }
            let new = LedgerGoal(goal)
            var changes: [String] = []
            if old.statement != new.statement { changes.append("its statement") }
            if old.target != new.target {
                changes.append("its target from \(old.target.map(LedgerNumber.text) ?? "none") to \(new.target.map(LedgerNumber.text) ?? "none")")
            }
            if old.due != new.due { changes.append("its due date from \(old.due ?? "none") to \(new.due ?? "none")") }
            guard !changes.isEmpty else { continue }
            let explained = new.revisions.contains { !old.revisions.contains($0) }
            guard !explained else { continue }
            throw .error(
                at: goal.location,
                "the goal '\(goal.id)' changed \(changes.joined(separator: " and ")) since the report repository last recorded it (commit \(commit)), but the journal gives no reason",
                hint: "add the reason under the goal, then run again:\n      revisions:\n        - date: \(today)\n          reason: Why the goal was changed")
        }
    }
}
