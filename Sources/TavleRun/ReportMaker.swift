import Foundation
import TavleArchive
import TavleGit
import TavleHistory
import TavleModel
import TavlePrompts
import TavleRender

/// Everything a report is made from once its queries have run. `tavle run` fills it from the
/// workspace and the live data; `tavle verify` fills it from what the report repository
/// recorded, so both go through the same rendering.
package struct ReportInputs {
    package struct TeamJournal {
        package var journal: Journal
        /// The journal's text as read, copied into the report repository.
        package var text: String
        /// Its path in the workspace.
        package var file: String

        package init(journal: Journal, text: String, file: String) {
            self.journal = journal
            self.text = text
            self.file = file
        }
    }

    package var notebook: Notebook
    package var notebookText: String
    /// The notebook's path in the workspace.
    package var notebookPath: String?
    package var workspaceName: String?
    package var language: Language
    package var team: Team?
    package var journal: TeamJournal?
    /// Every parameter's value except the team's.
    package var parameters: [String: Value]
    package var results: [String: QueryResult]
    /// The team's own label in each anonymised comparison, by query name.
    package var highlights: [String: String]
    /// The tavle that made the report ("tavle 0.2.0") when it is made again from what a run
    /// recorded; `nil` for a new report, made by this tavle.
    package var tool: String?

    package init(
        notebook: Notebook, notebookText: String, notebookPath: String?, workspaceName: String?, language: Language,
        team: Team?,
        journal: TeamJournal?, parameters: [String: Value], results: [String: QueryResult], highlights: [String: String]
    ) {
        self.notebook = notebook
        self.notebookText = notebookText
        self.notebookPath = notebookPath
        self.workspaceName = workspaceName
        self.language = language
        self.team = team
        self.journal = journal
        self.parameters = parameters
        self.results = results
        self.highlights = highlights
    }
}

/// Renders one report (HTML, Markdown), its manifest, its data and the team's ledger files.
/// Pure: the same inputs always give the same bytes, which is what `tavle verify` relies on.
package enum ReportMaker {
    package static func make(_ inputs: ReportInputs) throws(Diagnostic) -> RenderedReport {
        let notebook = inputs.notebook
        let team = inputs.team
        let journal = inputs.journal
        let results = inputs.results
        let highlights = inputs.highlights
        var arguments = inputs.parameters
        if let teamParameter = notebook.teamParameter, let team { arguments[teamParameter.name] = team.id }

        // Each chart is analysed once, with its phases and baseline, and read as it is by both
        // renderers, the goals, the ledger and the facilitator's overview.
        var series: [(query: QueryCell, series: ChartSeries)] = []
        var seriesByQuery: [String: ChartSeries] = [:]
        for query in notebook.queries {
            let phases =
                query.options.phases == .pdsa ? pdsaPhases(for: query.options.indicator, in: journal?.journal) : []
            // The month the report is for, when the query reads a month parameter.
            let month = notebook.parameters.first { spec in
                spec.type == .month && query.parameterUses.contains { $0.name == spec.name }
            }
            let reportPeriod = month.flatMap { inputs.parameters[$0.name]?.plainText }
            if let chart = try ChartAnalysis.series(
                query, result: try result(of: query, in: results), phases: phases, reportPeriod: reportPeriod)
            {
                series.append((query, chart))
                seriesByQuery[query.name] = chart
            }
        }
        // What a reader should know that does not stop the run, recorded in the manifest.
        var notes: [ReportNote] = []
        for query in notebook.queries where try result(of: query, in: results).rows.isEmpty {
            notes.append(ReportNote(kind: .noRows(query: query.name)))
        }
        if !notebook.queries.isEmpty, notes.count == notebook.queries.count {
            notes.insert(ReportNote(kind: .noData), at: 0)
        }
        for (query, chart) in series {
            if let freeze = query.options.freeze, query.options.phases == nil, freeze > chart.labels.count,
                !chart.labels.isEmpty
            {
                notes.append(
                    ReportNote(
                        kind: .freezeLongerThanSeries(query: query.name, freeze: freeze, points: chart.labels.count)))
            }
            // Noticed from 0.3 on, so that a report made earlier is made again as it was.
            let values = chart.observations.compactMap(\.y)
            if ReportEdition(tool: inputs.tool) >= .v0_3, chart.scale == .percent, let largest = values.max(),
                largest > 0, largest <= 0.01
            {
                notes.append(
                    ReportNote(
                        kind: .percentLooksLikeShares(query: query.name, largest: (largest * 100 * 1e9).rounded() / 1e9)
                    ))
            }
        }
        // Rows a chart that divides (p, u, funnel) cannot draw: noticed from 0.4 on.
        if ReportEdition(tool: inputs.tool) >= .v0_4 {
            for query in notebook.queries where query.options.chart.needsDenominator {
                let result = try result(of: query, in: results)
                guard let columns = try ChartAnalysis.columns(of: query, in: result.columns), let n = columns.n else {
                    continue
                }
                let labels = result.rows.filter { row in
                    !row[columns.x].isNull && (row[columns.y].isNull || row[n].isNull)
                }.map { $0[columns.x].plainText }
                if !labels.isEmpty { notes.append(ReportNote(kind: .countsMissing(query: query.name, labels: labels))) }
            }
        }
        let lastPeriods = Dictionary(
            series.compactMap { entry in entry.series.labels.last.map { (entry.query.name, $0) } },
            uniquingKeysWith: { first, _ in first })
        let context = ExpressionContext(
            notebook: notebook, team: team, parameters: inputs.parameters, results: results,
            format: Format(language: inputs.language))
        var blocks: [ReportBlock] = []
        for block in notebook.blocks {
            switch block {
            case .narrative(let narrative):
                var markdown = ""
                for segment in narrative.segments {
                    switch segment {
                    case .markdown(let text): markdown += text
                    case .expression(let expression):
                        markdown += try ExpressionEvaluator.render(expression, in: context)
                    }
                }
                blocks.append(.markdown(markdown))
            case .query(let query):
                // The team's goals for this indicator, as target lines on its chart.
                var targets: [ChartTarget] = []
                if let indicator = query.options.indicator {
                    for goal in journal?.journal.goals ?? [] where goal.indicator == indicator {
                        if let target = try GoalPlacement.place(goal, on: query).target {
                            targets.append(ChartTarget(value: target))
                        }
                    }
                }
                let queryResult = try result(of: query, in: results)
                blocks.append(
                    .query(
                        QueryView(
                            name: query.name, options: query.options, result: queryResult,
                            highlight: highlights[query.name], targets: targets,
                            definitionChanges: definitionChanges(of: query.options.indicator, in: journal?.journal),
                            series: seriesByQuery[query.name],
                            funnel: ChartAnalysis.funnel(query, result: queryResult, own: highlights[query.name]))))
            case .prompt(let prompt):
                blocks.append(
                    .prompt(prompt, answer: journal?.journal.latestAnswer(to: prompt.id, upTo: notebook.gathering)))
            case .worksheet(let worksheet):
                blocks.append(
                    .worksheet(
                        worksheet,
                        answers: worksheet.prompts.map {
                            journal?.journal.latestAnswer(to: $0.id, upTo: notebook.gathering)
                        }))
            case .form(let form):
                blocks.append(.form(form, period: form.periodParameter.flatMap { inputs.parameters[$0]?.plainText }))
            case .journal(let section):
                switch section.kind {
                case .goals:
                    if let journal {
                        blocks.append(
                            .goals(
                                try journal.journal.goals.map { goal throws(Diagnostic) in
                                    try goalView(goal, journal: journal.journal, series: series)
                                }))
                    } else {
                        blocks.append(.goals([]))
                    }
                case .pdsa: blocks.append(.pdsa(journal?.journal.cycles ?? []))
                case .decisions: blocks.append(.decisions(journal?.journal.decisions ?? []))
                }
            }
        }
        let shownParameters = notebook.parameters.compactMap { spec -> ReportDocument.Parameter? in
            if spec.type == .team { return nil }
            return inputs.parameters[spec.name].map { ReportDocument.Parameter(name: spec.name, value: $0.plainText) }
        }
        let base = (team.map { ReportWriter.safeName($0.key) + "/" } ?? "") + notebook.id
        var files: [(path: String, contents: String)] = []
        var queries: [RunManifest.QueryInfo] = []
        for query in notebook.queries {
            let result = try result(of: query, in: results)
            let csv = ResultCSV.text(result)
            let path = ReportLayout.dataPath(base: base, query: query.name)
            files.append((path, csv))
            var bound: [String: String] = [:]
            for use in query.parameterUses { bound[use.name] = arguments[use.name]?.plainText ?? "" }
            let types = RecordedTypes.describe(result)
            queries.append(
                RunManifest.QueryInfo(
                    name: query.name, sql: query.sql, parameters: bound, columns: result.columns,
                    rows: result.rows.count,
                    data: path, blob: ObjectID.blob(hashing: Data(csv.utf8)).hex, types: types.types,
                    cellTypes: types.cells.isEmpty ? nil : types.cells, highlight: highlights[query.name]))
        }
        let tool = inputs.tool ?? "tavle \(TavleVersion.current)"
        let notebookBlob = ObjectID.blob(hashing: Data(inputs.notebookText.utf8)).hex
        let document = ReportDocument(
            language: inputs.language, title: notebook.title, notebookID: notebook.id,
            notebookVersion: notebook.version,
            workspaceName: inputs.workspaceName, team: team, gathering: notebook.gathering, phase: notebook.phase,
            parameters: shownParameters, blocks: blocks, edition: ReportEdition(tool: inputs.tool),
            fingerprint: ReportDocument.Fingerprint(
                notebookBlob: notebookBlob, data: ReportFingerprint.data(queries.map { ($0.name, $0.blob) }),
                tool: tool, reportPath: base + ".html"))
        files.insert(
            contentsOf: [
                (base + ".html", HTMLReport.render(document)), (base + ".md", MarkdownReport.render(document)),
            ], at: 0)
        if let team {
            let folder = ReportWriter.safeName(team.key)
            if let journal {
                files.append((ReportLayout.journalCopyPath(teamFolder: folder), journal.text))
                files += Ledger.files(for: journal.journal, teamFolder: folder)
            }
            if !series.isEmpty {
                files.append(
                    (
                        Ledger.measurementsPath(teamFolder: folder, notebook: notebook.id),
                        Ledger.encode(series.map { ledgerSeries($0.query, $0.series) })
                    ))
            }
        }
        var manifestParameters = inputs.parameters.mapValues(\.plainText)
        if let teamParameter = notebook.teamParameter, let team { manifestParameters[teamParameter.name] = team.key }
        let manifest = RunManifest(
            tool: tool,
            workspace: inputs.workspaceName,
            notebook: .init(
                id: notebook.id, version: notebook.version, title: notebook.title,
                copy: ReportLayout.notebookCopyPath(notebook.id),
                blob: notebookBlob, path: inputs.notebookPath),
            team: team.map {
                .init(
                    id: $0.key, name: $0.name, value: RecordedValue($0.id), municipality: $0.municipality,
                    fields: $0.fields.mapValues(RecordedValue.init))
            },
            journal: team.flatMap { team in
                journal.map {
                    .init(
                        file: $0.file, blob: ObjectID.blob(hashing: Data($0.text.utf8)).hex,
                        copy: ReportLayout.journalCopyPath(teamFolder: ReportWriter.safeName(team.key)))
                }
            },
            language: inputs.language.rawValue,
            gathering: notebook.gathering, phase: notebook.phase, parameters: manifestParameters, queries: queries,
            library: RunManifest.libraryInfo(
                PromptResolver.used(by: notebook, language: inputs.language), language: inputs.language),
            reports: [base + ".html", base + ".md"],
            warnings: notes.isEmpty ? nil : notes.map(\.recorded))
        files.append((ReportLayout.manifestPath(base: base), manifest.json()))
        let overview = team.map { team in
            OverviewRow(
                teamKey: team.key, teamName: team.name, handoutPath: base + ".html",
                charts: series.compactMap { chart in
                    guard ![.table, .funnel].contains(chart.query.options.chart) else { return nil }
                    return .init(
                        query: chart.query.name, title: chart.query.options.title ?? chart.query.name,
                        series: chart.series, decimals: chart.query.options.decimals ?? 1)
                },
                answered: notebook.promptIDs.filter {
                    journal?.journal.latestAnswer(to: $0, upTo: notebook.gathering) != nil
                }.count,
                prompts: notebook.promptIDs.count, hasJournal: journal != nil)
        }
        return RenderedReport(
            team: team, relativePath: base, files: files, overview: overview, notes: notes, lastPeriods: lastPeriods)
    }

    /// Where the team's PDSA cycles started, for a chart split at them: the cycles aimed at a
    /// goal on the chart's indicator (every cycle when the chart names no indicator).
    static func pdsaPhases(for indicator: String?, in journal: Journal?) -> [ChartPhase] {
        guard let journal else { return [] }
        let goals = Set(journal.goals.filter { indicator == nil || $0.indicator == indicator }.map(\.id))
        return journal.cycles.compactMap { cycle in
            guard let started = cycle.started, indicator == nil || cycle.goal.map(goals.contains) == true else {
                return nil
            }
            return ChartPhase(from: started.period, label: cycle.title)
        }
    }

    /// How the chart's indicator came to be counted differently, from the team's journal.
    static func definitionChanges(of indicator: String?, in journal: Journal?) -> [ChartDefinitionChange] {
        guard let indicator, let recorded = journal?.indicators.first(where: { $0.id == indicator }) else { return [] }
        return recorded.changes.map { ChartDefinitionChange(from: $0.date.period, change: $0.change) }
    }

    /// A goal with the last value its indicator's chart shows in this report, and its target
    /// and baseline on that chart's scale.
    static func goalView(_ goal: Goal, journal: Journal, series: [(query: QueryCell, series: ChartSeries)])
        throws(Diagnostic) -> GoalView
    {
        let name = goal.indicator.flatMap { id in journal.indicators.first { $0.id == id }?.name }
        guard let indicator = goal.indicator,
            let chart = series.first(where: { $0.query.options.indicator == indicator })
        else {
            return GoalView(
                goal: goal, indicatorName: name, measured: nil, target: goal.target, baseline: goal.baseline,
                percent: goal.targetInPercent)
        }
        let placed = try GoalPlacement.place(goal, on: chart.query)
        var measured: GoalView.Measured?
        if let last = chart.series.values.lastIndex(where: { $0 != nil }) {
            measured = GoalView.Measured(
                period: chart.series.labels[last], value: chart.series.values[last]!, percent: chart.series.inPercent,
                decimals: chart.query.options.decimals ?? 1)
        }
        var view = GoalView(
            goal: goal, indicatorName: name, measured: measured, target: placed.target, baseline: placed.baseline,
            percent: chart.series.inPercent)
        // Judged at the due date when the chart goes on past it.
        if let due = goal.due.map({ Period(year: $0.year, month: $0.month) }),
            let last = measured.flatMap({ Period($0.period) }), due < last,
            let index = chart.series.labels.indices.last(where: {
                chart.series.values[$0] != nil && (Period(chart.series.labels[$0]).map { $0 <= due } ?? false)
            })
        {
            view.atDue = GoalView.Measured(
                period: chart.series.labels[index], value: chart.series.values[index]!, percent: chart.series.inPercent,
                decimals: chart.query.options.decimals ?? 1)
        }
        return view
    }

    /// A query's result; a recorded run that lacks one (a hand-edited manifest) is reported,
    /// not trusted.
    static func result(of query: QueryCell, in results: [String: QueryResult]) throws(Diagnostic) -> QueryResult {
        guard let result = results[query.name] else {
            throw .error(
                at: query.location, Phrase("there is no result for the query '\(query.name)'"),
                hint: Phrase("the run's manifest does not list this query; it was changed after the run"))
        }
        return result
    }

    static func ledgerSeries(_ query: QueryCell, _ series: ChartSeries) -> LedgerSeries {
        let counts = series.kind.needsDenominator
        let points = series.labels.indices.map { index in
            LedgerSeries.Point(
                period: series.labels[index], value: series.values[index],
                y: counts ? series.observations[index].y : nil, n: counts ? series.observations[index].n : nil)
        }
        return LedgerSeries(
            query: query.name, indicator: query.options.indicator, chart: series.kind.rawValue,
            title: query.options.title,
            unit: series.inPercent ? "%" : nil, points: points)
    }

}

/// The short id of the data a report was made from: the first digits of a git hash over its
/// queries' results by name, so that a report's footer and `tavle cite` name the same data.
package enum ReportFingerprint {
    package static func data(_ queries: [(name: String, blob: String)]) -> String {
        let text = queries.map { "\($0.name)=\($0.blob)\n" }.joined()
        return String(ObjectID.blob(hashing: Data(text.utf8)).hex.prefix(12))
    }
}
