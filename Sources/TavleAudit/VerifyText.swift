import Foundation
import TavleModel

extension ReportVerify {
    /// What verify found, as a person reads it (the command's whole output).
    public static func text(_ summary: Summary, reportsOnly: Bool, language: Language) -> String {
        let say = { (phrase: Phrase) in phrase.text(in: language) }
        let commits = summary.commits, reports = summary.reportsChecked, differing = summary.mismatches.count
        let walked = Phrase.count(commits, one: Phrase("\(commits) commit"), other: Phrase("\(commits) commits"))
        let made = Phrase.count(reports, one: Phrase("\(reports) report"), other: Phrase("\(reports) reports"))
        var out = say(Phrase("Walked \(walked); made \(made) again from what the repository recorded"))
        out += summary.mismatches.isEmpty
            ? say(Phrase(": every committed file is what tavle made.\n"))
            : say(Phrase(": \(Phrase.count(differing, one: Phrase("\(differing) problem"), other: Phrase("\(differing) problems"))) found.\n"))
        for mismatch in summary.mismatches {
            // A finding about a commit itself is named by the commit once.
            let place = mismatch.path == "commit \(mismatch.commit)" ? "\(mismatch.path) (\(mismatch.date))" : "\(mismatch.path) (commit \(mismatch.commit), \(mismatch.date))"
            out += "  ✗ \(place) \(say(mismatch.problem))\n"
            if let line = mismatch.committedLine, let remade = mismatch.remadeLine {
                out += say(Phrase("      line \(line.number) as committed: \(line.text)\n"))
                out += say(Phrase("      line \(line.number) as made:      \(remade)\n"))
            }
            if let hint = mismatch.hint, !hint.en.isEmpty { out += "      \(say(Phrase("hint"))): \(say(hint))\n" }
        }
        if let reason = summary.dataNotChecked, !reportsOnly {
            out += say(Phrase("The live data was not checked: \(reason) (use --workspace).\n"))
        } else if !reportsOnly {
            let queries = summary.queriesRerun, changed = summary.dataChanges.count
            let corrected = summary.dataChanges.filter(\.explained).count
            let ran = Phrase.count(queries, one: Phrase("\(queries) recorded query"), other: Phrase("\(queries) recorded queries"))
            out += say(Phrase("Ran \(ran) again against the live data"))
            out += summary.dataChanges.isEmpty
                ? say(Phrase(": every value a report showed is still the same.\n"))
                : say(
                    Phrase.count(
                        changed, one: Phrase(": 1 value has changed since a report showed it"),
                        other: Phrase(": \(changed) values have changed since a report showed them"))
                        + (corrected > 0 ? Phrase(", \(corrected) of them corrected with a recorded reason") : Phrase(verbatim: ""))
                        + Phrase(verbatim: ".\n"))
            for change in summary.dataChanges {
                let team = change.teamName.map { name in change.team.map { "\(name) (\($0)), " } ?? "\(name), " } ?? ""
                let column = change.column.map { ", \($0)" } ?? ""
                let now = change.new.map { "→ \($0)" } ?? say(Phrase("→ (row no longer in the data)"))
                out += "  \(change.explained ? "✓" : "✗") \(team)\(change.query), \(change.row)\(column): \(change.old) \(now) "
                out += say(Phrase("since the report of \(change.reportDate) (commit \(change.reportCommit))\n"))
                if let correction = change.correction {
                    out += say(Phrase("      corrected \(correction.date): \(correction.reason)\n"))
                }
                if let later = change.reReported {
                    out += say(Phrase("      the newer report of \(later.date) (commit \(later.commit)) shows the new value\n"))
                } else {
                    out += say(Phrase("      changed since the report, not yet in a newer one\n"))
                }
                if !change.explained {
                    out += "      \(say(Phrase("hint"))): " + say(Phrase("if the data was corrected on purpose, record why in corrections.yaml (team, indicator, period, date, reason); otherwise find out who changed it")) + "\n"
                }
            }
        }
        return out
    }
}
