import TavleData
import TavleModel
import TavleParse

/// Resolves every name a notebook and the team journals use for something else, before any
/// report is made: `tavle check` runs it, and so does every `run` and `handout` before it
/// opens the report repository. A name that does not resolve is an error at the place that
/// wrote it, with the nearest names that exist; nothing is guessed.
///
/// - Every option naming a column (`x`, `y`, `n`, and their defaults) against the columns
///   the query returns, read from the prepared statement (SQLite) or the server's description
///   of it (PostgreSQL) without fetching a row.
/// - Every chart's `indicator` against the indicators the team journals know.
/// - Every goal's `indicator` against the indicators the journals declare and the notebook's
///   charts and forms measure.
/// - Every goal's target and baseline against the scale of each chart that measures it.
struct ReferenceCheck {
    let notebook: Notebook

    /// The columns each query returns, by query name; charts' column options resolved.
    func columns(from source: any DataSource) throws(Diagnostic) -> [String: [String]] {
        var columns: [String: [String]] = [:]
        var errors: [Diagnostic] = []
        for query in notebook.queries {
            do throws(Diagnostic) {
                let names = try source.check(
                    QueryRequest(
                        sql: query.sql, sqlLocation: query.sqlLocation, label: Phrase("the query '\(query.name)'")))
                columns[query.name] = names
                _ = try ChartAnalysis.columns(of: query, in: names)
            } catch {
                errors.append(error)
            }
        }
        try Self.throwAll(errors)
        return columns
    }

    /// Each error and the ones it carries, as one flat list.
    static func flattened(_ errors: [Diagnostic]) -> [Diagnostic] {
        errors.flatMap { error in
            var head = error
            head.related = []
            return [head] + error.related
        }
    }

    /// Every error found, the first with the others after it, so that one `tavle check` lists
    /// all the names to mend rather than one per run.
    static func throwAll(_ errors: [Diagnostic]) throws(Diagnostic) {
        guard var first = errors.first else { return }
        first.related += errors.dropFirst()
        throw first
    }

    /// - Parameters:
    ///   - journals: the journals of the teams being reported on, checked in full.
    ///   - workspaceJournals: every journal of the workspace, so that a chart is not refused
    ///     for one team that does not measure it.
    /// - Returns: warnings for charts whose indicator no journal knows yet (early in a
    ///   network, before any team has written one); a name one slip away from a known
    ///   indicator is an error instead.
    func checkIndicators(journals: [Journal], workspaceJournals: [Journal]) throws(Diagnostic) -> [Diagnostic] {
        // A chart's indicator may be one a team only sets goals on; a goal's must be declared
        // somewhere, or a typo in the goal would vouch for itself.
        let vocabulary = Self.vocabulary(of: workspaceJournals)
        let declaredAnywhere = Set(workspaceJournals.flatMap { $0.indicators.map(\.id) })
        let charted = Set(notebook.queries.compactMap(\.options.indicator))
        let formed = Set(notebook.forms.flatMap { $0.fields.map(\.indicator) })
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        // Goals first: a mistyped goal indicator is the source of the chart's mismatch too.
        for journal in journals {
            let declared = Set(journal.indicators.map(\.id))
            for goal in journal.goals {
                guard let indicator = goal.indicator else { continue }
                let known = declared.union(charted).union(formed).union(declaredAnywhere)
                guard known.contains(indicator) else {
                    errors.append(
                        .error(
                            at: goal.fieldLocations["indicator"] ?? goal.location,
                            Phrase(
                                "the goal '\(goal.id)' is measured by the indicator '\(indicator)', which no journal declares and no chart of '\(notebook.id)' shows"
                            ),
                            hint: Self.hint(for: indicator, among: known)
                                + Phrase("; or declare it under 'indicators:' in this journal")))
                    continue
                }
                // Declared, but not what any chart of this notebook shows, though one is near:
                // mistyped in the goal and its declaration alike, the goal line would be missing.
                if !charted.contains(indicator), !formed.contains(indicator),
                    let near = Suggestions.closest(to: indicator, in: charted.sorted()).first
                {
                    warnings.append(
                        .warning(
                            at: goal.fieldLocations["indicator"] ?? goal.location,
                            Phrase(
                                "the goal '\(goal.id)' is measured by the indicator '\(indicator)', which no chart of '\(notebook.id)' shows, so no chart draws its target"
                            ),
                            hint: Phrase(
                                "did you mean '\(near)', which a chart shows? Correct the goal's indicator and its entry under 'indicators:'"
                            )))
                }
                // One error per goal: its target and baseline are placed on the same charts.
                for query in notebook.queries where query.options.indicator == indicator {
                    do throws(Diagnostic) {
                        _ = try GoalPlacement.place(goal, on: query)
                    } catch {
                        errors.append(error)
                        break
                    }
                }
            }
        }
        for query in notebook.queries {
            guard let indicator = query.options.indicator, !vocabulary.contains(indicator), !formed.contains(indicator)
            else { continue }
            let at = query.options.locations["indicator"] ?? query.location
            let message = Phrase("no team journal knows the indicator '\(indicator)' of the query '\(query.name)'")
            if !Suggestions.closest(to: indicator, in: vocabulary.sorted()).isEmpty {
                errors.append(.error(at: at, message, hint: Self.hint(for: indicator, among: vocabulary)))
                continue
            }
            warnings.append(
                .warning(
                    at: at, message + Phrase(", so its chart shows no goal line, PDSA phases or definition changes"),
                    hint: Phrase(
                        "a journal declares an indicator under 'indicators:' (id, name, kind); \(Self.hint(for: indicator, among: vocabulary))"
                    )))
        }
        try Self.throwAll(errors)
        return warnings
    }

    /// The indicators a set of journals declares or sets goals on.
    static func vocabulary(of journals: [Journal]) -> Set<String> {
        var known: Set<String> = []
        for journal in journals {
            known.formUnion(journal.indicators.map(\.id))
            known.formUnion(journal.goals.compactMap(\.indicator))
        }
        return known
    }

    static func hint(for name: String, among known: Set<String>) -> Phrase {
        let sorted = known.sorted()
        let near = Suggestions.closest(to: name, in: sorted)
        let listed = sorted.prefix(12).joined(separator: ", ") + (sorted.count > 12 ? ", …" : "")
        if let first = near.first {
            return Phrase("did you mean '\(first)'? known: \(listed)")
        }
        return sorted.isEmpty ? Phrase("no indicators are known yet") : Phrase("known: \(listed)")
    }
}
