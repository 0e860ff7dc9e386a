import Foundation
import TavleArchive
import TavleGit
import TavleModel
import TavleParse

/// Something in one team's report a reader should know though it did not stop the run: what
/// `ReportMaker` notices while it makes the report, recorded in the report's manifest.
struct ReportNote: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// The query returned no rows for this team.
        case noRows(query: String)
        /// No query of the notebook returned a row for this team.
        case noData
        /// `freeze: N` asks for a baseline longer than the team's series.
        case freezeLongerThanSeries(query: String, freeze: Int, points: Int)
        /// A chart said to plot per cent (`unit: %`) whose every value lies between 0 and 1:
        /// most likely shares, which would be drawn a hundred times too low.
        case percentLooksLikeShares(query: String, largest: Double)
        /// Rows of a p or u chart or a funnel with no count (y) or no denominator (n): their
        /// points are left out, which a reader could not tell from a month without data.
        case countsMissing(query: String, labels: [String])
    }

    var kind: Kind

    /// The note as the manifest records it, in English.
    var recorded: String {
        switch kind {
        case .noRows(let query): "the query '\(query)' returned no rows"
        case .noData: "no query returned any rows"
        case .freezeLongerThanSeries(let query, let freeze, let points):
            "freeze: \(freeze) on the chart '\(query)' is longer than its series (\(points) points)"
        case .percentLooksLikeShares(let query, let largest):
            "the chart '\(query)' plots per cent, but every value lies between 0 and 1 (largest \(DecimalText.plain(largest)))"
        case .countsMissing(let query, let labels):
            "the chart '\(query)' has \(labels.count) row(s) without a count or a denominator (\(labels.prefix(3).joined(separator: ", "))), left out"
        }
    }
}

/// The warnings of a whole run: each team's notes gathered by what they say, so that a
/// network of 25 teams gets one line per problem naming the teams, and what only the run
/// as a whole can see (a period parameter after the last data).
public enum RunWarnings {
    static func gather(notebook: Notebook, reports: [RunReport], parameters: [String: Value]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let teamCount = reports.count
        let withoutData = reports.filter { $0.notes.contains(ReportNote(kind: .noData)) }
        if !withoutData.isEmpty {
            let teams = list(withoutData.map { Self.name($0, notebook) })
            warnings.append(
                .warning(
                    at: notebook.teams?.location,
                    Phrase.count(
                        withoutData.count,
                        one: Phrase(
                            "the team \(teams) has no rows in any query of '\(notebook.id)': every chart of its report is empty"
                        ),
                        other: Phrase(
                            "the teams \(teams) have no rows in any query of '\(notebook.id)': every chart of their reports is empty"
                        )),
                    hint: Phrase("check the team's id in the data, or whether its numbers have been imported yet")))
        }
        let withData = reports.filter { !$0.notes.contains(ReportNote(kind: .noData)) }
        for query in notebook.queries {
            let empty = withData.filter { $0.notes.contains(ReportNote(kind: .noRows(query: query.name))) }
            if !empty.isEmpty {
                let names = list(empty.map { Self.name($0, notebook) })
                let some =
                    empty.count == teamCount
                    ? Phrase("every team") : Phrase("\(empty.count) of \(teamCount) teams: \(names)")
                warnings.append(
                    .warning(
                        at: query.location,
                        Phrase("the query '\(query.name)' returned no rows for \(some)"),
                        hint: Phrase("their reports say so where the chart would stand")))
            }
            let frozen = withData.compactMap { report -> (String, Int, Int)? in
                for note in report.notes {
                    if case .freezeLongerThanSeries(let name, let freeze, let points) = note.kind, name == query.name {
                        return (Self.name(report, notebook), freeze, points)
                    }
                }
                return nil
            }
            let shares = withData.compactMap { report -> (String, Double)? in
                for note in report.notes {
                    if case .percentLooksLikeShares(let name, let largest) = note.kind, name == query.name {
                        return (Self.name(report, notebook), largest)
                    }
                }
                return nil
            }
            if !shares.isEmpty {
                let largest = shares.map(\.1).max() ?? 0
                warnings.append(
                    .warning(
                        at: query.options.locations["unit"] ?? query.location,
                        Phrase(
                            "the chart '\(query.name)' says its values are per cent (unit: %), but every value lies between 0 and 1 (largest \(Phrase.number(largest))) for \(list(shares.map(\.0))): shares would be drawn a hundred times too low"
                        ),
                        hint: Phrase(
                            "if the values are shares (0–1), remove 'unit: %' and use a p chart, or multiply by 100 in the SELECT; if they really are below 1 %, this warning can stay"
                        )))
            }
            let uncounted = withData.compactMap { report -> (String, [String])? in
                for note in report.notes {
                    if case .countsMissing(let name, let labels) = note.kind, name == query.name {
                        return (Self.name(report, notebook), labels)
                    }
                }
                return nil
            }
            if !uncounted.isEmpty {
                let teams = list(uncounted.map(\.0))
                let columns = Phrase(
                    verbatim:
                        "\(query.options.yColumn ?? "numerator"), \(query.options.denominatorColumn ?? "denominator")")
                if query.options.chart == .funnel {
                    let rows = uncounted.map(\.1.count).max() ?? 0
                    warnings.append(
                        .warning(
                            at: query.options.locations["n"] ?? query.location,
                            Phrase(
                                "the funnel '\(query.name)' has \(Phrase.count(rows, one: Phrase("\(rows) team"), other: Phrase("\(rows) teams"))) without a count or a denominator (\(columns)): they are left out of the plot in the reports of \(teams), as if they had no data"
                            ),
                            hint: Phrase(
                                "fill in both columns for every team of the month (a value alone cannot be compared), or leave the team out in the SELECT"
                            )))
                } else {
                    let periods = Array(Set(uncounted.flatMap(\.1))).sorted()
                    let shown = Phrase(
                        verbatim: periods.count <= 4
                            ? periods.joined(separator: ", ")
                            : periods.prefix(3).joined(separator: ", ") + ", … " + periods.last!)
                    warnings.append(
                        .warning(
                            at: query.options.locations["n"] ?? query.location,
                            Phrase(
                                "the \(Phrase(verbatim: query.options.chart.rawValue)) chart '\(query.name)' has rows without a count or a denominator (\(columns)) for \(shown) in \(teams): those months are left out of the chart and of the goal's last measurement, as if there were no data"
                            ),
                            hint: Phrase(
                                "fill in both columns for those rows: a value alone cannot be drawn on a \(Phrase(verbatim: query.options.chart.rawValue)) chart (numbers imported with 'tavle import' from a form give a value only)"
                            )))
                }
            }
            if let first = frozen.first {
                let longest = frozen.map(\.2).max() ?? first.2
                warnings.append(
                    .warning(
                        at: query.options.locations["freeze"] ?? query.location,
                        Phrase(
                            "freeze: \(first.1) on the chart '\(query.name)' is longer than its series (at most \(longest) points) for \(list(frozen.map(\.0))); the baseline is the whole series"
                        ),
                        hint: Phrase("freeze the months before the change, for example 'freeze: 12'")))
            }
        }
        // A month parameter after the last month any team's chart shows.
        for spec in notebook.parameters where spec.type == .month {
            guard case .text(let value)? = parameters[spec.name], let period = Period(value) else { continue }
            for query in notebook.queries where query.parameterUses.contains(where: { $0.name == spec.name }) {
                let last = reports.compactMap { $0.lastPeriods[query.name] }.compactMap(Period.init).max()
                if let last, last < period {
                    warnings.append(
                        .warning(
                            at: spec.location,
                            Phrase(
                                "the \(spec.name) \(value) is after the last month in the data of the query '\(query.name)' (\(last))"
                            ),
                            hint: Phrase(
                                "the reports show data up to \(last); import the newer numbers, or run with --param \(spec.name)=\(last)"
                            )))
                    break
                }
            }
        }
        return warnings
    }

    static func name(_ report: RunReport, _ notebook: Notebook) -> String { report.team?.key ?? notebook.id }

    /// "a, b, c" or "a, b, c and 9 more".
    static func list(_ names: [String]) -> String {
        names.count <= 6
            ? names.joined(separator: ", ") : names.prefix(5).joined(separator: ", ") + " (+\(names.count - 5))"
    }

    /// A run under `--strict`: every warning stops it, as an error, before anything is committed.
    public static func strict(_ warnings: [Diagnostic]) throws(Diagnostic) {
        guard let first = warnings.first else { return }
        var error = Diagnostic.error(
            at: first.location,
            first.phrase
                + Phrase(" (a warning; --strict makes every warning an error)"),
            hint: first.hintPhrase)
        error.related = warnings.dropFirst().map { warning in
            var related = warning
            related.severity = .error
            return related
        }
        throw error
    }
}

extension RunWarnings {
    /// A notebook whose text differs from the copy the report repository's last run of it
    /// committed, but whose `version` is the same: two different reports would carry one
    /// version, and a reader could not tell them apart. Tavle leaves the number to the author
    /// (a version says "the questions changed", which an edit of a typo need not), and says so.
    static func unchangedVersion(_ notebook: Notebook, text: String, outputFolder: String) -> [Diagnostic] {
        guard FileManager.default.fileExists(atPath: outputFolder + "/.git"),
            let repository = try? GitRepository.open(at: outputFolder), let head = try? repository.headCommit(),
            let data = try? repository.blob(atPath: ReportLayout.notebookCopyPath(notebook.id), inCommit: head)
        else { return [] }
        let committed = String(decoding: data, as: UTF8.self)
        guard committed != text, let earlier = try? NotebookParser().parse(committed, file: notebook.file),
            earlier.version == notebook.version
        else { return [] }
        return [
            .warning(
                at: notebook.versionLocation ?? notebook.parametersLocation,
                Phrase(
                    "the notebook has changed since its last run (\(head.short)), but its version is still \(notebook.version)"
                ),
                hint: Phrase(
                    "raise 'version: \(notebook.version + 1)' in the front matter, so that reports made from the two texts can be told apart"
                ))
        ]
    }
}
