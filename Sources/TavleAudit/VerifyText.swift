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
        out +=
            summary.mismatches.isEmpty
            ? say(Phrase(": every committed file is what tavle made.\n"))
            : say(
                Phrase(
                    ": \(Phrase.count(differing, one: Phrase("\(differing) problem"), other: Phrase("\(differing) problems"))) found.\n"
                ))
        // One report proved: each file, with the blob id a citation names.
        for file in summary.compared where file.identical {
            out += "  ✓ \(file.path) (\(say(Phrase("commit"))) \(file.commit.prefix(7)), blob \(file.blob ?? "–"))\n"
        }
        for mismatch in summary.mismatches {
            // A finding about a commit itself is named by the commit once.
            let place =
                mismatch.path == "commit \(mismatch.commit)"
                ? "\(mismatch.path) (\(mismatch.date))"
                : "\(mismatch.path) (commit \(mismatch.commit), \(mismatch.date))"
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
            let ran = Phrase.count(
                queries, one: Phrase("\(queries) recorded query"), other: Phrase("\(queries) recorded queries"))
            out += say(Phrase("Ran \(ran) again against the live data"))
            out +=
                summary.dataChanges.isEmpty
                ? say(Phrase(": every value a report showed is still the same.\n"))
                : say(
                    Phrase.count(
                        changed, one: Phrase(": 1 value has changed since a report showed it"),
                        other: Phrase(": \(changed) values have changed since a report showed them"))
                        + (corrected > 0
                            ? Phrase(", \(corrected) of them corrected with a recorded reason") : Phrase(verbatim: ""))
                        + Phrase(verbatim: ".\n"))
            for change in summary.dataChanges {
                let team = change.teamName.map { name in change.team.map { "\(name) (\($0)), " } ?? "\(name), " } ?? ""
                let column = change.column.map { ", \($0)" } ?? ""
                let now = change.new.map { "→ \($0)" } ?? say(Phrase("→ (row no longer in the data)"))
                out +=
                    "  \(change.explained ? "✓" : "✗") \(team)\(change.query), \(change.row)\(column): \(change.old) \(now) "
                out += say(Phrase("since the report of \(change.reportDate) (commit \(change.reportCommit))\n"))
                if let correction = change.correction {
                    out += say(Phrase("      corrected \(correction.date): \(correction.reason)\n"))
                }
                if let later = change.reReported {
                    out += say(
                        Phrase("      the newer report of \(later.date) (commit \(later.commit)) shows the new value\n")
                    )
                } else {
                    out += say(Phrase("      changed since the report, not yet in a newer one\n"))
                }
                if !change.explained {
                    out +=
                        "      \(say(Phrase("hint"))): "
                        + say(
                            Phrase(
                                "if the data was corrected on purpose, record why in corrections.yaml (team, indicator, period, date, reason); otherwise find out who changed it"
                            )) + "\n"
                }
            }
        }
        return out
    }
}

extension ReportVerify {
    /// What verify found, for a program: the same findings as the text, in English, with the
    /// field names, times and numbers of tavle's other JSON (snake_case, numbers as numbers).
    public static func json(_ summary: Summary, reportsOnly: Bool) -> String {
        struct File: Encodable {
            var path: String
            var commit: String
            var blob: String?
            var identical: Bool
        }
        struct Problem: Encodable {
            var path: String
            var commit: String
            var date: String
            var problem: String
            var hint: String?
            var committed_line: String?
            var remade_line: String?
            var line: Int?
        }
        struct Change: Encodable {
            var team: String?
            var query: String
            var row: String
            var column: String?
            var old: String
            var new: String?
            var report_date: String
            var report_commit: String
            var reported_again_commit: String?
            var correction_date: String?
            var correction_reason: String?
            var explained: Bool
        }
        struct LiveData: Encodable {
            var checked: Bool
            var not_checked_because: String?
            var queries_rerun: Int
            var changes: [Change]
        }
        struct Document: Encodable {
            var passed: Bool
            var commits: Int
            var reports_checked: Int
            var files: [File]?
            var problems: [Problem]
            var live_data: LiveData?
        }
        let document = Document(
            passed: summary.passed, commits: summary.commits, reports_checked: summary.reportsChecked,
            files: summary.compared.isEmpty
                ? nil
                : summary.compared.map {
                    File(path: $0.path, commit: $0.commit, blob: $0.blob, identical: $0.identical)
                },
            problems: summary.mismatches.map { mismatch in
                Problem(
                    path: mismatch.path, commit: mismatch.commit, date: mismatch.date,
                    problem: mismatch.problem.text(in: .en), hint: mismatch.hint?.text(in: .en),
                    committed_line: mismatch.committedLine?.text, remade_line: mismatch.remadeLine,
                    line: mismatch.committedLine?.number)
            },
            live_data: reportsOnly
                ? nil
                : LiveData(
                    checked: summary.dataNotChecked == nil, not_checked_because: summary.dataNotChecked?.text(in: .en),
                    queries_rerun: summary.queriesRerun,
                    changes: summary.dataChanges.map { change in
                        Change(
                            team: change.team, query: change.query, row: change.row, column: change.column,
                            old: change.old, new: change.new,
                            report_date: change.reportDate, report_commit: change.reportCommit,
                            reported_again_commit: change.reReported?.commit,
                            correction_date: change.correction?.date.description,
                            correction_reason: change.correction?.reason, explained: change.explained)
                    }))
        return JSONText.encode(document)
    }
}
