import Foundation
import TavleModel

extension ReportVerify {
    /// What verify found, as a person reads it (the command's whole output).
    public static func text(_ summary: Summary, reportsOnly: Bool, language: Language) -> String {
        let say = { (phrase: Phrase) in phrase.text(in: language) }
        let commits = summary.commits, reports = summary.reportsChecked, differing = summary.mismatches.count
        var out = say(Phrase(
            "Walked \(plural(commits, "commit")); made \(plural(reports, "report")) again from what the repository recorded",
            nb: "Gikk gjennom \(commits) commit\(commits == 1 ? "" : "s"); laget \(plural(reports, "rapport", "rapporter")) på nytt fra det arkivet registrerte"))
        out += summary.mismatches.isEmpty
            ? say(Phrase(": every committed file is what tavle made.\n", nb: ": hver lagret fil er slik tavle laget den.\n"))
            : say(Phrase(": \(plural(differing, "problem")) found.\n", nb: ": fant \(plural(differing, "problem", "problemer")).\n"))
        for mismatch in summary.mismatches {
            // A finding about a commit itself is named by the commit once.
            let place = mismatch.path == "commit \(mismatch.commit)" ? "\(mismatch.path) (\(mismatch.date))" : "\(mismatch.path) (commit \(mismatch.commit), \(mismatch.date))"
            out += "  ✗ \(place) \(say(mismatch.problem))\n"
            if let line = mismatch.committedLine, let remade = mismatch.remadeLine {
                out += say(Phrase("      line \(line.number) as committed: \(line.text)\n", nb: "      linje \(line.number) slik den ble lagret: \(line.text)\n"))
                out += say(Phrase("      line \(line.number) as made:      \(remade)\n", nb: "      linje \(line.number) slik den ble laget:  \(remade)\n"))
            }
            if let hint = mismatch.hint, !hint.en.isEmpty { out += "      \(say(Phrase("hint", nb: "tips"))): \(say(hint))\n" }
        }
        if let reason = summary.dataNotChecked, !reportsOnly {
            out += say(Phrase("The live data was not checked: \(reason.en) (use --workspace).\n", nb: "Dataene slik de er nå, ble ikke sjekket: \(reason.nb) (bruk --workspace).\n"))
        } else if !reportsOnly {
            let queries = summary.queriesRerun, changed = summary.dataChanges.count
            let corrected = summary.dataChanges.filter(\.explained).count
            out += say(Phrase(
                "Ran \(plural(queries, "recorded query", "recorded queries")) again against the live data",
                nb: "Kjørte \(plural(queries, "registrert spørring", "registrerte spørringer")) på nytt mot dataene slik de er nå"))
            out += summary.dataChanges.isEmpty
                ? say(Phrase(": every value a report showed is still the same.\n", nb: ": hver verdi en rapport viste, er fortsatt den samme.\n"))
                : say(Phrase(
                    ": \(plural(changed, "value has", "values have")) changed since a report showed \(changed == 1 ? "it" : "them")\(corrected > 0 ? ", \(corrected) of them corrected with a recorded reason" : "").\n",
                    nb: ": \(plural(changed, "verdi", "verdier")) er endret siden en rapport viste \(changed == 1 ? "den" : "dem")\(corrected > 0 ? ", \(corrected) av dem rettet med en registrert begrunnelse" : "").\n"))
            for change in summary.dataChanges {
                let team = change.teamName.map { name in change.team.map { "\(name) (\($0)), " } ?? "\(name), " } ?? ""
                let column = change.column.map { ", \($0)" } ?? ""
                let now = change.new.map { "→ \($0)" } ?? say(Phrase("→ (row no longer in the data)", nb: "→ (raden finnes ikke lenger i dataene)"))
                out += "  \(change.explained ? "✓" : "✗") \(team)\(change.query), \(change.row)\(column): \(change.old) \(now) "
                out += say(Phrase(
                    "since the report of \(change.reportDate) (commit \(change.reportCommit))\n",
                    nb: "siden rapporten fra \(change.reportDate) (commit \(change.reportCommit))\n"))
                if let correction = change.correction {
                    out += say(Phrase("      corrected \(correction.date): \(correction.reason)\n", nb: "      rettet \(correction.date): \(correction.reason)\n"))
                }
                if let later = change.reReported {
                    out += say(Phrase(
                        "      the newer report of \(later.date) (commit \(later.commit)) shows the new value\n",
                        nb: "      den nyere rapporten fra \(later.date) (commit \(later.commit)) viser den nye verdien\n"))
                } else {
                    out += say(Phrase("      changed since the report, not yet in a newer one\n", nb: "      endret siden rapporten, ikke med i noen nyere ennå\n"))
                }
                if !change.explained {
                    out += "      \(say(Phrase("hint", nb: "tips"))): " + say(Phrase(
                        "if the data was corrected on purpose, record why in corrections.yaml (team, indicator, period, date, reason); otherwise find out who changed it",
                        nb: "ble dataene rettet med vilje, skriv hvorfor i corrections.yaml (team, indicator, period, date, reason); ellers finn ut hvem som endret dem")) + "\n"
                }
            }
        }
        return out
    }

    static func plural(_ count: Int, _ noun: String, _ nouns: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : nouns ?? noun + "s")"
    }
}
