import Foundation
import TavleArchive
import TavleAudit
import TavleGit
import TavleHistory
import TavleModel
import TavleRun
import TavleWorkspace

/// Which runs an export covers. History before `since` is still read, so "first recorded"
/// means first ever, and a goal revision's "target before" is the target before it.
public struct ExportFilter: Sendable {
    public var team: String?
    /// Runs committed on or after this day (in the commit's own time zone).
    public var since: JournalDate?
    /// Runs committed on or before this day.
    public var until: JournalDate?
    public var gathering: Int?

    public init(team: String? = nil, since: JournalDate? = nil, until: JournalDate? = nil, gathering: Int? = nil) {
        self.team = team
        self.since = since
        self.until = until
        self.gathering = gathering
    }

    func selects(_ run: RunRecord) -> Bool {
        if let since, run.day < since.description { return false }
        if let until, run.day > until.description { return false }
        if let gathering, run.gathering != gathering { return false }
        if let team, !run.reports.contains(where: { $0.team == ReportLayout.teamFolder(team) }) { return false }
        return true
    }

    /// A report's team is its folder in the repository: the team id as a folder name.
    func selects(team: String) -> Bool { self.team.map { ReportLayout.teamFolder($0) == team } ?? true }
}

/// `tavle export`: the report repository as tidy tables for research, one row per thing
/// observed, with the schema and codebook generated from the same definitions
/// (`ExportSchema`).
public enum ResearchExport {
    public static func document(outputFolder: String, filter: ExportFilter) throws(Diagnostic) -> ExportDocument {
        let repository = try ReportRepository.openForReading(outputFolder)
        if let team = filter.team { try ReportHistory.requireTeam(team, in: repository, outputFolder: outputFolder) }
        let runs = try ReportRepository.reading(outputFolder) { () throws(GitError) in
            var records = RepositoryRecords(repository: repository)
            return try records.runs()
        }
        guard runs.contains(where: filter.selects) else { throw noRunMatches(filter, runs: runs) }
        let builder = TableBuilder(runs: runs, filter: filter)
        let newest = runs.last(where: filter.selects)
        return ExportDocument(
            tables: builder.tables(), title: newest?.reports.lazy.compactMap { $0.manifest?.workspace }.first,
            newestRun: newest?.time, filter: filter)
    }

    /// `--format json --to FILE`: one file, written only where nothing is or an earlier export was.
    public static func writeJSON(_ document: ExportDocument, to file: String) throws(Diagnostic) {
        let shown = Files.displayPath(file)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw .error(
                    at: nil, Phrase("'\(shown)' is a folder; --format json writes one file"),
                    hint: Phrase("name the file: --to export.json"))
            }
            let start =
                FileManager.default.contents(atPath: file).map { String(decoding: $0.prefix(400), as: UTF8.self) } ?? ""
            guard start.contains("\"name\": \"tavle-export\"") else {
                throw .error(
                    at: nil,
                    Phrase(
                        "'\(shown)' exists and is not an earlier export; the export writes only a new file or over an earlier export"
                    ),
                    hint: Phrase("name a new file: --to export.json"))
            }
        }
        do {
            try Data(document.dataPackage(inline: true).utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw .error(
                at: nil, Phrase("the export could not be written to '\(shown)': \(error.localizedDescription)"),
                hint: Phrase("check that you may write in '\(shown)'"))
        }
    }

    /// Filters that select no run are a mistake (a gathering that never was, a team that took
    /// no part then, days without runs), said with what there is rather than written as an
    /// empty export.
    static func noRunMatches(_ filter: ExportFilter, runs: [RunRecord]) -> Diagnostic {
        var asked: [String] = []
        if let team = filter.team { asked.append("--team \(team)") }
        if let gathering = filter.gathering { asked.append("--gathering \(gathering)") }
        if let since = filter.since { asked.append("--since \(since)") }
        if let until = filter.until { asked.append("--until \(until)") }
        let teamRuns = runs.filter { run in
            filter.team.map { team in run.reports.contains { $0.team == ReportLayout.teamFolder(team) } } ?? true
        }
        let gatherings = Array(Set(teamRuns.compactMap(\.gathering))).sorted().map(String.init).joined(separator: ", ")
        let span = teamRuns.isEmpty ? "" : "\(teamRuns.first!.day) … \(teamRuns.last!.day)"
        return .error(
            at: nil,
            Phrase("no run of the report repository matches \(Phrase(verbatim: asked.joined(separator: " ")))"),
            hint: gatherings.isEmpty
                ? Phrase("the runs are from \(Phrase(verbatim: span)); 'tavle log' lists them")
                : Phrase(
                    "the runs are from \(Phrase(verbatim: span)), for gatherings \(Phrase(verbatim: gatherings)); 'tavle log' lists them"
                ))
    }

    /// Writes the export's files into `folder`, made if need be. A folder that holds anything
    /// but an earlier export's files is refused, so that an export never overwrites other work.
    public static func write(_ document: ExportDocument, format: ExportFormat, to folder: String) throws(Diagnostic)
        -> [String]
    {
        let files = document.files(format)
        let shown = Files.displayPath(folder)
        let ours = Set(ExportSchema.all.map(\.fileName) + ["datapackage.json", "codebook.md", "export.json"])
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .error(
                    at: nil, Phrase("'\(shown)' is a file; the export is a folder of files"),
                    hint: Phrase("name a new folder: --to export"))
            }
            let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
                !ours.contains($0)
            }.sorted()
            // Files named as the export names them are an earlier export's only if its codebook
            // says so: a folder of one's own answers.csv is not written over.
            let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let codebook = FileManager.default.contents(atPath: folder + "/codebook.md").map {
                String(decoding: $0.prefix(80), as: UTF8.self)
            }
            let earlierExport = present.isEmpty || codebook?.hasPrefix("# Codebook of `tavle export`") == true
            guard others.isEmpty, earlierExport else {
                throw .error(
                    at: nil,
                    Phrase(
                        "'\(shown)' holds other files (\((others.isEmpty ? present.sorted() : others).prefix(3).joined(separator: ", "))); the export writes only into a new folder or over an earlier export"
                    ),
                    hint: Phrase(
                        "name a new folder: --to export-\(document.newestRun.map { String($0.prefix(10)) } ?? "1")"))
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // An earlier export's files that this one does not write (its datapackage.json, when
            // this is --format csv) would describe other rows: they go.
            let written = Set(files.map(\.name))
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            where ours.contains(name) && !written.contains(name) {
                try FileManager.default.removeItem(atPath: folder + "/" + name)
            }
            for file in files {
                try Data(file.contents.utf8).write(
                    to: URL(fileURLWithPath: folder).appendingPathComponent(file.name), options: .atomic)
            }
        } catch {
            throw .error(
                at: nil, Phrase("the export could not be written to '\(shown)': \(error.localizedDescription)"),
                hint: Phrase("check that you may write in '\(shown)'"))
        }
        return files.map(\.name)
    }
}

/// Builds every table from the runs, oldest first.
struct TableBuilder {
    let runs: [RunRecord]
    let filter: ExportFilter

    func tables() -> [ExportTable] {
        // Everything after the last run selected (by --until, --gathering or --team) is as if it
        // had not happened yet: a gathering's export holds no decision made after it.
        let eligible = runs.filter { run in filter.until.map { run.day <= $0.description } ?? true }
        let selected = eligible.filter(filter.selects)
        let lastSelected =
            selected.last.flatMap { last in eligible.firstIndex { $0.commit.id == last.commit.id } } ?? -1
        let known = Array(eligible.prefix(lastSelected + 1))
        let selectedIDs = Set(selected.map(\.commit.id.hex))
        var journals = JournalTables(filter: filter, selected: selectedIDs)
        var drift = DriftTable(filter: filter, selected: selectedIDs)
        for run in known {
            for report in run.reports {
                journals.read(report, in: run)
                drift.read(report, in: run)
            }
        }
        var tables = [
            runsTable(selected), reportsTable(selected), teamsTable(selected), measurementsTable(selected),
            drift.table(), goalsTable(selected),
            journals.revisionsTable(), journals.cyclesTable(), journals.decisionsTable(), promptsTable(selected),
            journals.answersTable(),
            journals.indicatorsTable(), journals.definitionChangesTable(),
        ]
        tables.sort { ExportSchema.order.firstIndex(of: $0.name)! < ExportSchema.order.firstIndex(of: $1.name)! }
        return tables
    }

    func reports(of run: RunRecord) -> [ReportRecord] { run.reports.filter { filter.selects(team: $0.team) } }

    func runsTable(_ runs: [RunRecord]) -> ExportTable {
        var table = ExportSchema.runs
        for run in runs {
            let manifest = run.reports.lazy.compactMap(\.manifest).first
            var parameters = manifest?.parameters ?? [:]
            if let teamParameter = manifest.flatMap({ manifest in
                parameters.first { $0.value == manifest.team?.id }?.key
            }) {
                parameters[teamParameter] = nil
            }
            let parametersText =
                parameters.isEmpty
                ? nil
                : "{"
                    + parameters.sorted { $0.key < $1.key }.map {
                        "\(JSONText.quoted($0.key)): \(JSONText.quoted($0.value))"
                    }.joined(separator: ", ") + "}"
            table.rows.append([
                .text(run.commit.id.hex), .text(run.time), .text(run.commit.author.name), .text(run.notebook),
                .integer(manifest?.notebook.version ?? run.trailers["Notebook-Version"].flatMap { Int($0) }),
                .text(manifest?.notebook.title),
                .text(manifest?.notebook.blob), .integer(run.gathering), .integer(manifest?.phase),
                .text(run.trailers["Run"] == "handout" ? "handout" : "run"),
                .text(parameters["period"]),
                .text(reports(of: run).flatMap { $0.series.flatMap { $0.points.map(\.period) } }.max()),
                .text(parametersText), .text(manifest?.tool ?? run.trailers["Tool"]), .text(run.trailers["Tool-Build"]),
                .text(manifest?.language),
                .integer(reports(of: run).count), .text(run.trailers["Previous-Run"]),
            ])
        }
        return table
    }

    func reportsTable(_ runs: [RunRecord]) -> ExportTable {
        var table = ExportSchema.reports
        for run in runs {
            for report in reports(of: run) {
                let manifest = report.manifest
                table.rows.append([
                    .text(run.commit.id.hex), .text(report.team), .text(run.notebook), .text(report.reportPath),
                    .text(report.reportBlob),
                    .text(report.manifestBlob), .boolean(manifest?.journal != nil), .text(manifest?.journal?.file),
                    .text(manifest?.journal?.blob),
                    .integer(manifest?.queries.count), .text(manifest.map { dataBlobs($0) }),
                ])
            }
        }
        return table
    }

    /// One id for all the data a report was made from: the blob ids of its queries' CSVs, in
    /// the order the notebook ran them, as `query=blob` pairs.
    func dataBlobs(_ manifest: RunManifest) -> String {
        manifest.queries.map { "\($0.name)=\($0.blob)" }.joined(separator: " ")
    }

    func teamsTable(_ runs: [RunRecord]) -> ExportTable {
        struct Seen {
            var name: String?
            var municipality: String?
            var first: String
            var last: String
            var reports = 0
            var hasJournal = false
        }
        var teams: [String: Seen] = [:]
        var order: [String] = []
        for run in runs {
            for report in reports(of: run) {
                if teams[report.team] == nil {
                    order.append(report.team)
                    teams[report.team] = Seen(first: run.commit.id.hex, last: run.commit.id.hex)
                }
                teams[report.team]!.last = run.commit.id.hex
                teams[report.team]!.reports += 1
                teams[report.team]!.hasJournal = report.manifest?.journal != nil
                if let team = report.manifest?.team {
                    teams[report.team]!.name = team.name
                    teams[report.team]!.municipality = team.municipality
                }
            }
        }
        var table = ExportSchema.teams
        for id in order.sorted() {
            let seen = teams[id]!
            table.rows.append([
                .text(id), .text(seen.name), .text(seen.municipality), .integer(seen.reports), .text(seen.first),
                .text(seen.last), .boolean(seen.hasJournal),
            ])
        }
        return table
    }

    func measurementsTable(_ runs: [RunRecord]) -> ExportTable {
        var table = ExportSchema.measurements
        for run in runs {
            for report in reports(of: run) {
                for series in report.series {
                    let scale = Scale(unit: series.unit)
                    let granularity = Granularity.of(series.points.map(\.period))
                    for point in series.points {
                        table.rows.append([
                            .text(run.commit.id.hex), .text(report.team), .text(run.notebook), .text(series.id),
                            .text(series.indicator), .text(series.query),
                            .text(series.chart), .text(point.period), .text(granularity?.rawValue),
                            .number(point.value.map(Scale.clean)), .number(point.y.map(Scale.clean)),
                            .number(point.n.map(Scale.clean)),
                            .text(series.unit), .number(scale.factor), .number(point.value.map(scale.shown)),
                            .text(series.title),
                        ])
                    }
                }
            }
        }
        return table
    }

    func goalsTable(_ runs: [RunRecord]) -> ExportTable {
        var table = ExportSchema.goals
        for run in runs {
            for report in reports(of: run) {
                for goal in report.journal.goals {
                    let share = goal.unit == "%"
                    table.rows.append([
                        .text(run.commit.id.hex), .text(report.team), .text(goal.id), .text(goal.statement),
                        .text(goal.what), .text(goal.for_whom),
                        .text(goal.how_much), .text(goal.indicator), .number(goal.baseline), .number(goal.target),
                        .text(share ? "%" : nil),
                        .number(share ? 100 : 1), .text(goal.direction), .text(goal.due),
                        .integer(goal.revisions.count),
                    ])
                }
            }
        }
        return table
    }

    func promptsTable(_ runs: [RunRecord]) -> ExportTable {
        var table = ExportSchema.prompts
        for run in runs {
            for prompt in run.prompts {
                table.rows.append([
                    .text(run.commit.id.hex), .text(prompt.id), .text(prompt.set), .integer(run.gathering),
                    .text(prompt.text),
                ])
            }
        }
        return table
    }
}

/// How often a series was measured, from the months its points fall on: every third month
/// from January, April, July or October is a quarter, every twelfth a year. One point, or
/// periods that are not months, say nothing.
enum Granularity: String {
    case month, quarter, year

    static func of(_ periods: [String]) -> Granularity? {
        let months = periods.compactMap { period -> Int? in
            let parts = period.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
                let month = Int(parts[1]), (1...12).contains(month)
            else { return nil }
            return year * 12 + month - 1
        }
        guard months.count == periods.count, months.count >= 2 else { return nil }
        let gaps = zip(months, months.dropFirst()).map { $1 - $0 }
        if gaps.allSatisfy({ $0 > 0 && $0 % 12 == 0 }) { return .year }
        if gaps.allSatisfy({ $0 > 0 && $0 % 3 == 0 }), months.allSatisfy({ $0 % 3 == 0 }) { return .quarter }
        return .month
    }
}
