import Foundation
import TavleArchive
import TavleGit
import TavleHistory
import TavleModel
import TavleRender
import TavleRun
import TavleStats

/// `tavle history goals --format html`: the page a team reads at a gathering, built from the
/// ledger's goal events and what the last run recorded (goals, indicators, measurements).
extension ReportHistory {
    public static func goalsPage(outputFolder: String, team: String) throws(Diagnostic) -> String {
        let events = try events(outputFolder: outputFolder, team: team, entities: [.goal])
        let folder = ReportWriter.safeName(team)
        let latest = try ReportRepository.reading(outputFolder) { () throws(GitError) in
            try LatestLedger(repository: GitRepository.open(at: outputFolder), teamFolder: folder)
        }
        guard latest.exists else {
            throw .error(
                at: nil, Phrase("the report repository has no reports for the team '\(team)'"),
                hint: Phrase("check the team id; 'tavle log' lists the runs and their teams"))
        }
        return GoalHistoryPage.render(document(events: events, latest: latest))
    }

    /// What the last commit holds for one team.
    struct LatestLedger {
        var exists = false
        var goals: [LedgerGoal] = []
        var indicators: [LedgerIndicator] = []
        var series: [LedgerSeries] = []
        var manifest: RunManifest?

        init(repository: GitRepository, teamFolder: String) throws(GitError) {
            guard let head = try repository.headCommit(),
                let tree = try repository.entryID(atPath: teamFolder, inCommit: head)
            else { return }
            exists = true
            func read<T: Decodable>(_ kind: Ledger.Kind, as type: T.Type) throws(GitError) -> T? {
                try repository.blob(atPath: Ledger.path(kind, teamFolder: teamFolder), inCommit: head).flatMap {
                    Ledger.decode(type, from: $0)
                }
            }
            goals = try read(.goals, as: [LedgerGoal].self) ?? []
            indicators = try read(.indicators, as: [LedgerIndicator].self) ?? []
            let entries = try repository.entries(ofTree: tree)
            if let manifest = entries.filter({ $0.name.hasSuffix(ReportLayout.manifestSuffix) }).sorted(by: {
                $0.name < $1.name
            }).last {
                self.manifest = RunManifest.decode(try repository.blob(manifest.id))
            }
            if let measurements = try repository.entryID(
                atPath: "\(teamFolder)/\(Ledger.folder)/\(Ledger.measurementsFolder)", inCommit: head)
            {
                for file in try repository.entries(ofTree: measurements) where file.name.hasSuffix(".json") {
                    series += Ledger.decode([LedgerSeries].self, from: try repository.blob(file.id)) ?? []
                }
            }
        }

        /// The longest series of the indicator the last runs showed (notebooks may show different spans).
        func series(of indicator: String) -> LedgerSeries? {
            series.filter { $0.indicator == indicator }.max {
                ($0.points.count, $0.points.last?.period ?? "") < ($1.points.count, $1.points.last?.period ?? "")
            }
        }
    }

    static func document(events: [LedgerEvent], latest: LatestLedger) -> GoalHistoryDocument {
        let language = latest.manifest.flatMap { Language(rawValue: $0.language) } ?? .nb
        let goals = latest.goals.map { goal -> GoalHistoryDocument.Goal in
            let own = events.filter { $0.id == goal.id }
            let series = goal.indicator.flatMap { latest.series(of: $0) }
            let percent = series.map { $0.unit == "%" || ($0.unit == nil && $0.chart == "p") } ?? false
            var chart: GoalHistoryDocument.Chart?
            if let series, let plotted = chartSeries(series) {
                let name = latest.indicators.first { $0.id == goal.indicator }?.name
                chart = .init(
                    title: series.title ?? name ?? series.id, series: plotted, percent: percent,
                    target: targetSteps(own))
            }
            return GoalHistoryDocument.Goal(
                id: goal.id, statement: goal.statement, target: goal.target,
                direction: goal.direction.flatMap(GoalDirection.init(rawValue:)),
                percent: percent, due: goal.due,
                indicatorName: latest.indicators.first { $0.id == goal.indicator }?.name,
                entries: entries(
                    own,
                    indicatorNames: Dictionary(
                        latest.indicators.map { ($0.id, $0.name ?? $0.id) }, uniquingKeysWith: { first, _ in first })),
                chart: chart)
        }
        return GoalHistoryDocument(
            language: language, teamName: latest.manifest?.team?.name ?? latest.manifest?.team?.id ?? "",
            workspaceName: latest.manifest?.workspace,
            goals: goals)
    }

    /// One entry per run that changed the goal, oldest first.
    static func entries(_ events: [LedgerEvent], indicatorNames: [String: String]) -> [GoalHistoryDocument.Entry] {
        let named = { (field: String, text: String?) in
            field == "indicator" ? text.map { indicatorNames[$0] ?? $0 } : text
        }
        var entries: [GoalHistoryDocument.Entry] = []
        var commit = ""
        for event in events {
            if event.commit != commit {
                commit = event.commit
                let run = [
                    event.notebook.map { "\($0)\(event.notebookVersion.map { " v\($0)" } ?? "")" },
                    String(event.commit.prefix(7)),
                ].compactMap { $0 }
                entries.append(
                    .init(
                        date: String(Timestamp.iso8601(event.time, offsetMinutes: event.timeZoneOffset).prefix(10)),
                        run: run.joined(separator: " · "), gathering: event.gathering,
                        author: event.author, changes: [], reasons: [],
                        measured: event.measured.map { ($0.period, $0.value) }))
            }
            if event.field == "revision" || (event.field == "retired" && event.change != .removed) {
                if let reason = event.reason { entries[entries.count - 1].reasons.append(reason) }
            } else {
                entries[entries.count - 1].changes.append(
                    (
                        event.field, event.change == .added ? nil : named(event.field, event.old),
                        named(event.field, event.new)
                    ))
                if entries[entries.count - 1].measured == nil, let measured = event.measured {
                    entries[entries.count - 1].measured = (measured.period, measured.value)
                }
            }
        }
        return entries
    }

    /// The target as it stood over time: the first from the start, each revision from the
    /// month of its date (or, without one, the last month measured when it was recorded).
    static func targetSteps(_ events: [LedgerEvent]) -> ChartTarget? {
        var steps: [ChartTarget.Step] = []
        for event in events where event.field == "target" {
            guard let value = event.new.flatMap(Double.init) else { continue }
            if steps.isEmpty {
                steps.append(.init(from: nil, value: value))
                continue
            }
            let revision = events.first { $0.commit == event.commit && $0.field == "revision" }?.new
            let month =
                revision.map { String($0.prefix(7)) } ?? event.measured?.period
                ?? String(Timestamp.iso8601(event.time, offsetMinutes: 0).prefix(7))
            steps.append(.init(from: month, value: value))
        }
        return steps.isEmpty ? nil : ChartTarget(steps: steps)
    }

    /// The plotted values of a recorded series as a run chart: what the team saw, with the
    /// median and the runs rules.
    static func chartSeries(_ series: LedgerSeries) -> ChartSeries? {
        guard !series.points.isEmpty else { return nil }
        let observations = series.points.map { Observation(y: $0.value) }
        return ChartSeries(
            kind: .run, labels: series.points.map(\.period), observations: observations, valueColumn: "value",
            statistics: ControlChart.analyse(observations, options: ChartOptions(kind: .run)),
            scale: series.unit == "%" ? .share : .number)
    }
}
