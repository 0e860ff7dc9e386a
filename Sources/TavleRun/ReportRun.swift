import Foundation
import TavleArchive
import TavleConcurrency
import TavleData
import TavleGit
import TavleHistory
import TavleModel
import TavleParse
import TavlePrompts
import TavleRender
import TavleWorkspace

/// What a person asked for on the command line.
public struct RunOptions: Sendable {
    public var notebookPath: String
    public var teamIDs: [String]
    public var allTeams: Bool
    /// `--param key=value`, in the order given.
    public var parameters: [(key: String, value: String)]
    /// Replaces the workspace's output folder.
    public var outputFolder: String?
    /// Every warning stops the run as an error, before anything is committed.
    public var strict = false
    /// The facilitator's words for the run's commit (`--message`).
    public var message: String?
    /// Put reports edited by hand back as tavle made them, rather than refusing to run.
    public var discardEdits = false
    /// Who the run's commit is by, when a person other than the workspace's author started it
    /// (the facilitator's button in `tavle serve`).
    public var commitAuthor: Author?

    public init(
        notebookPath: String, teamIDs: [String] = [], allTeams: Bool = false,
        parameters: [(key: String, value: String)] = [], outputFolder: String? = nil
    ) {
        self.notebookPath = notebookPath
        self.teamIDs = teamIDs
        self.allTeams = allTeams
        self.parameters = parameters
        self.outputFolder = outputFolder
    }
}

/// One rendered report: every file it puts in the report repository, in memory.
public struct RenderedReport: Sendable {
    public var team: Team?
    /// Paths inside the output folder, without extension: `<team>/<notebook-id>`.
    public var relativePath: String
    /// Every file this report puts in the report repository: HTML, Markdown, the manifest
    /// and each query's data.
    public var files: [(path: String, contents: String)]
    /// What the facilitator's overview shows of this team's report.
    public var overview: OverviewRow?
    var notes: [ReportNote] = []
    /// The last period each chart shows, by query name.
    var lastPeriods: [String: String] = [:]
}

/// What a run keeps of a report once its files are staged and its blobs stored: enough for
/// the summary and the facilitator's overview, so that a batch of thousands of reports is
/// never held in memory.
public struct RunReport: Sendable {
    public var team: Team?
    /// `<team>/<notebook-id>`, as in `RenderedReport`.
    public var relativePath: String
    /// What the facilitator's overview shows of this report; kept only for handouts.
    public var overview: OverviewRow?
    /// The report's HTML, kept only when a command prints it (handouts as PDF).
    var page: String?
    var notes: [ReportNote] = []
    var lastPeriods: [String: String] = [:]
}

public struct RunSummary: Sendable {
    public var notebook: Notebook
    public var reports: [RunReport]
    public var outputFolder: String
    /// The new commit's id, or `nil` when the reports equal the last commit.
    public var commit: String?
    /// How many files the commit added, changed or removed.
    public var changedFiles: Int
    public var timings: RunTimings
    /// Things worth fixing that did not stop the run (a goal that is not SMART yet).
    public var warnings: [Diagnostic]
}

/// Wall time of a run's phases, for `tavle run --timings` and the benchmark.
public struct RunTimings: Sendable {
    /// Reading the notebook and workspace, opening the data and the report repository, choosing teams.
    public var preparing: Duration
    /// Running the queries and rendering every report, and, on the same cores as it goes,
    /// writing each report's files beside their destinations and compressing its new blobs.
    public var rendering: Duration
    /// What the report repository adds at the end: the pack's index, the trees and the
    /// commit, moving the branch and the files into place, the index of the working tree.
    public var committing: Duration
}

public struct CheckSummary: Sendable {
    public var notebook: Notebook
    public var teamCount: Int
    public var journalCount: Int
    public var warnings: [Diagnostic]
}

/// Runs a notebook: the steps below read like the run itself.
///
///     load → open data → choose teams → bind parameters → query → evaluate → render → write
///
/// Teams are rendered a few dozen at a time on every core; each report's files are staged
/// beside their destinations and its new blobs appended to a pack on disk before the next
/// few dozen start, so memory does not grow with the number of teams. The batch still
/// becomes one commit, and files reach the working tree only after the commit exists: a
/// failing team leaves the repository and its working tree exactly as they were.
public struct ReportRun: Sendable {
    public typealias Progress = @Sendable (_ done: Int, _ total: Int, _ team: String) -> Void
    /// Told once when another run holds the report repository (`folder`) and this one waits.
    public typealias Waiting = WaitingForLock

    let options: RunOptions
    let progress: Progress?
    let waiting: Waiting?

    /// Reports rendered at once, between two hand-overs to the report repository: enough to
    /// keep every core busy, few enough that a report listing every other team of a large
    /// network still fits many times in memory.
    static let teamsAtOnce = max(16, 16 * ProcessInfo.processInfo.activeProcessorCount)

    /// Told when a run killed after its commit (`commit`) is finished in `folder` first.
    public typealias Repaired = @Sendable (_ folder: String, _ commit: String) -> Void

    let repaired: Repaired?

    /// Told which files of `folder` had edits or staged changes that `--discard-edits` undid.
    public typealias Discarded = @Sendable (_ folder: String, _ paths: [String]) -> Void

    let discarded: Discarded?

    public init(
        _ options: RunOptions, progress: Progress? = nil, waiting: Waiting? = nil, repaired: Repaired? = nil,
        discarded: Discarded? = nil
    ) {
        self.options = options
        self.progress = progress
        self.waiting = waiting
        self.repaired = repaired
        self.discarded = discarded
    }

    public func run() throws(Diagnostic) -> RunSummary {
        try run(with: .none)
    }

    /// Files a command adds to the run's commit, made from the rendered reports: a
    /// handout's overview, index and printed copies.
    typealias Additions = (_ loaded: Loaded, _ reports: [RunReport], _ journals: [String: Journal], _ output: String)
        throws(Diagnostic) -> (
            text: [(path: String, contents: String)], binary: [(path: String, contents: Data)]
        )

    /// What a command adds to the plain run, as steps of its own: `tavle run` adds nothing;
    /// `tavle handout` keeps each report's overview row (and its page, to print), adds the
    /// overview, index and PDFs, and records what it made.
    struct Extension {
        /// Keep what the facilitator's overview shows of each report (its small multiples);
        /// some 50 kB a team. A run that keeps them is a handout run.
        var keepsOverviews = false
        /// Keep each report's HTML, to print it.
        var keepsPages = false
        var files: Additions = { _, _, _, _ throws(Diagnostic) in ([], []) }

        var isHandout: Bool { keepsOverviews }

        static var none: Extension { Extension() }
    }

    /// Everything a run knows before it opens the report repository.
    struct Context {
        var loaded: Loaded
        var source: any DataSource
        var teams: [Team?]
        /// Every parameter's value but the team's.
        var parameters: [String: Value]
        var output: String
        var journals: ReadJournals
        var referenceWarnings: [Diagnostic]
        var corrections: [String: [DataCorrection]]
    }

    /// The run, step by step: prepare (parse, bind, read journals, resolve every reference),
    /// open the report repository, render and stage every report, gather the warnings, add
    /// what the extension adds, take out what is stale, record handouts, commit.
    func run(with extension: Extension) throws(Diagnostic) -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        var context = try prepare()
        let repository = try openRepository(for: context)
        // A journal changed while the repository was locked by another writer (a team's change
        // on the web, committed just before): read again, now that no one else can commit, so
        // that this run does not commit the journal as it was before that change.
        if journalsChanged(since: context) {
            do throws(Diagnostic) {
                context = try prepare()
            } catch {
                repository.abandon()
                throw error
            }
        }
        let prepared = clock.now
        do throws(Diagnostic) {
            let reports = try renderAndStage(context, into: repository, keeping: `extension`)
            let rendered = clock.now
            let warnings = try gatherWarnings(context, reports: reports, repository: repository)
            let added = try `extension`.files(
                context.loaded, reports, context.journals.byTeam.mapValues(\.journal), context.output)
            try repository.add(repository.preparer.prepare(added.text, binary: added.binary))
            let removed = try takeOutStale(
                context, reports: reports, repository: repository, handout: `extension`.isHandout)
            if `extension`.isHandout {
                try recordHandouts(
                    context, reports: reports, added: added.text.map(\.path) + added.binary.map(\.path),
                    removed: removed, repository: repository)
            }
            let published = try repository.commit { changed in
                ReportRepository.message(
                    notebook: context.loaded.notebook, teams: context.teams, changedFolders: changed,
                    handout: `extension`.isHandout, note: options.message)
            }
            let timings = RunTimings(
                preparing: prepared - started, rendering: rendered - prepared, committing: clock.now - rendered)
            return RunSummary(
                notebook: context.loaded.notebook, reports: reports, outputFolder: context.output,
                commit: published.commit?.short,
                changedFiles: published.changedFiles.count, timings: timings, warnings: warnings)
        } catch {
            repository.abandon()
            throw error
        }
    }

    /// Parse and bind: the notebook, its data source, teams, parameters and journals, with every
    /// reference resolved and the goal guard passed, before anything is written.
    func prepare() throws(Diagnostic) -> Context {
        let loaded = try load()
        let source = try DataSources.open(
            for: loaded.notebook, in: loaded.workspace, notebookFolder: loaded.notebookFolder)
        let teams = try chooseTeams(loaded, source: source)
        let parameters = try bindParameters(loaded)
        let output =
            options.outputFolder.map { Files.resolve($0, against: FileManager.default.currentDirectoryPath) }
            ?? loaded.workspace.output
        let journals = try readJournals(loaded, teams: teams.compactMap { $0 })
        let workspaceJournals = TeamJournals(workspace: loaded.workspace, language: loaded.language)
        let everyJournal = workspaceJournals.everyJournal(besides: journals.byTeam.mapValues(\.journal))
        var referenceWarnings = try resolveReferences(
            loaded, source: source, journals: journals, everyJournal: everyJournal)
        // Journals named after no team: a misspelt file name leaves a team without its journal.
        if loaded.notebook.teamParameter != nil, loaded.notebook.teams == nil {
            let everyTeam =
                options.allTeams ? teams.compactMap { $0 } : try Teams.list(loaded.workspace.teams, from: source)
            referenceWarnings += workspaceJournals.strayFiles(teams: everyTeam)
        }
        let corrections = try Corrections.read(
            loaded.workspace, teams: options.allTeams ? teams.compactMap { $0?.key } : nil,
            indicators: Corrections.knownIndicators(loaded.notebook, journals: everyJournal))
        try TeamJournals.requireExplainedRevisions(
            journals.byTeam.mapValues(\.journal),
            withoutJournal: teams.compactMap { $0?.key }.filter { journals.byTeam[$0] == nil },
            journalsFolder: TeamJournals(workspace: loaded.workspace, language: loaded.language).folder,
            outputFolder: output)
        return Context(
            loaded: loaded, source: source, teams: teams, parameters: parameters, output: output, journals: journals,
            referenceWarnings: referenceWarnings,
            corrections: corrections)
    }

    /// The report repository, locked for this run (repaired first if a killed run left it half written).
    private func openRepository(for context: Context) throws(Diagnostic) -> ReportRepository {
        let output = context.output
        return try ReportRepository(
            folder: output, workspaceAuthor: context.loaded.workspace.author, commitAuthor: options.commitAuthor,
            waiting: waiting.map { told in { told(output) } },
            repaired: repaired.map { told in { commit in told(output, commit) } },
            discardingEdits: options.discardEdits ? { paths in discarded?(output, paths) } : nil)
    }

    /// Query, analyse, render and stage: every team's report on every core, a batch at a time,
    /// handed to the repository in team order.
    private func renderAndStage(_ context: Context, into repository: ReportRepository, keeping extension: Extension)
        throws(Diagnostic) -> [RunReport]
    {
        let loaded = context.loaded
        let preparer = repository.preparer
        // Teams whose ledger holds corrections: a correction taken out must leave it too.
        let correctedBefore = Set(
            repository.committedBlobs.keys.filter { $0.hasSuffix(Ledger.path(.corrections, teamFolder: "")) }.map {
                String($0.prefix { $0 != "/" })
            })
        try repository.add(preparer.prepare([(ReportLayout.notebookCopyPath(loaded.notebook.id), loaded.source)]))
        // A query that does not depend on the team (a comparison across the network) runs
        // once for the whole batch.
        let shared = SharedQueryResults()
        let done = ProgressCounter()
        var reports: [RunReport] = []
        let teams = context.teams
        let keepsPages = `extension`.keepsPages, keepsOverviews = `extension`.keepsOverviews
        for start in stride(from: 0, to: teams.count, by: Self.teamsAtOnce) {
            let outcomes = teams[start..<min(start + Self.teamsAtOnce, teams.count)].map { $0 }.concurrentMap { team in
                Result { () throws(Diagnostic) in
                    let report = try render(
                        loaded, team: team, journal: team.flatMap { context.journals.byTeam[$0.key] },
                        parameters: context.parameters, source: context.source,
                        shared: shared)
                    var made = report.files
                    if let team {
                        let folder = ReportLayout.teamFolder(team.key)
                        let own = context.corrections[team.key] ?? []
                        if !own.isEmpty || correctedBefore.contains(folder) {
                            made.append(Ledger.correctionsFile(own, teamFolder: folder))
                        }
                    }
                    let files = try preparer.prepare(made)
                    progress?(done.next(), teams.count, team?.name ?? loaded.notebook.id)
                    let page =
                        keepsPages ? report.files.first { $0.path == report.relativePath + ".html" }?.contents : nil
                    let kept = RunReport(
                        team: report.team, relativePath: report.relativePath,
                        overview: keepsOverviews ? report.overview : nil, page: page,
                        notes: report.notes, lastPeriods: report.lastPeriods)
                    return (kept, files)
                }
            }
            try hand(outcomes, to: repository, keeping: &reports)
        }
        return reports
    }

    /// What does not make a report wrong but leaves its reader without a word; under
    /// `--strict`, each is an error and nothing is committed.
    private func gatherWarnings(_ context: Context, reports: [RunReport], repository: ReportRepository)
        throws(Diagnostic) -> [Diagnostic]
    {
        let notebook = context.loaded.notebook
        var warnings =
            context.journals.warnings + context.referenceWarnings
            + RunWarnings.gather(notebook: notebook, reports: reports, parameters: context.parameters)
            + RunWarnings.unchangedVersion(notebook, text: context.loaded.source, outputFolder: context.output)
        if let clock = repository.clockWarning() { warnings.append(clock) }
        if options.strict { try RunWarnings.strict(warnings) }
        return warnings
    }

    /// What earlier runs of this notebook committed that this one no longer makes: taken out
    /// (a ledger of a team without a journal is emptied instead). Returns what was taken out.
    private func takeOutStale(_ context: Context, reports: [RunReport], repository: ReportRepository, handout: Bool)
        throws(Diagnostic) -> Set<String>
    {
        let stale = StaleFiles.plan(
            notebook: context.loaded.notebook.id,
            teamFolders: reports.compactMap { $0.team.map { ReportLayout.teamFolder($0.key) } },
            handout: handout, committed: repository.committedBlobs, written: repository.writtenBlobs)
        try repository.add(
            repository.preparer.prepare(stale.emptied.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        repository.remove(stale.removed)
        return stale.removed
    }

    /// The handout record: which pages the handouts were made from and what they wrote, so
    /// that verify can hold every handout file to it; PDFs of pages that changed leave.
    private func recordHandouts(
        _ context: Context, reports: [RunReport], added: [String], removed: Set<String>, repository: ReportRepository
    ) throws(Diagnostic) {
        let recordPath = ReportLayout.handoutRecordPath(notebook: context.loaded.notebook.id)
        let (record, outdated) = HandoutRecord.make(
            notebook: context.loaded.notebook, pages: reports.map { $0.relativePath + ".html" }, handoutFiles: added,
            removed: removed,
            committed: repository.committedBlobs, written: repository.writtenBlobs,
            previous: repository.committedData(recordPath).flatMap(HandoutRecord.decode))
        repository.remove(outdated)
        try repository.add(repository.preparer.prepare([(recordPath, record.json())]))
    }

    /// Gives the report repository what a few dozen teams made, in team order; the first
    /// failure is thrown once every other team's staged files are accounted for.
    private func hand(
        _ outcomes: [Result<(RunReport, [ReportRepository.PreparedFile]), Diagnostic>], to repository: ReportRepository,
        keeping reports: inout [RunReport]
    ) throws(Diagnostic) {
        var failure: Diagnostic?
        for outcome in outcomes {
            switch outcome {
            case .success(let (report, files)):
                guard failure == nil else {
                    repository.discard(files)
                    continue
                }
                do throws(Diagnostic) {
                    try repository.add(files)
                    reports.append(report)
                } catch {
                    repository.discard(files)
                    failure = error
                }
            case .failure(let error):
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
    }

    /// Parses, validates parameters and teams, prepares every query and checks every
    /// expression against the columns the queries will return; runs no query, writes no report.
    public func check() throws(Diagnostic) -> CheckSummary {
        let loaded = try load()
        let source = try DataSources.open(
            for: loaded.notebook, in: loaded.workspace, notebookFolder: loaded.notebookFolder)
        let allTeams = try Teams.list(loaded.notebook.teams ?? loaded.workspace.teams, from: source)
        let chosen = try chooseTeams(loaded, source: source, knownTeams: allTeams, requireChoice: false)
        let parameters = try bindParameters(loaded)
        // Every problem is gathered, so that one check lists them all.
        var errors: [Diagnostic] = []
        var columns: [String: [String]]?
        do throws(Diagnostic) { columns = try ReferenceCheck(notebook: loaded.notebook).columns(from: source) } catch {
            errors.append(error)
        }
        // The expressions are checked against the columns only when every query could be read.
        if let columns {
            do throws(Diagnostic) {
                try checkExpressions(
                    loaded, columns: columns, team: chosen.first ?? allTeams.first, parameters: parameters)
            } catch { errors.append(error) }
        }
        let teamsWithJournals: [Team] =
            loaded.notebook.teamParameter == nil ? [] : (chosen.isEmpty ? allTeams : chosen.compactMap { $0 })
        let journals = try readJournals(loaded, teams: teamsWithJournals)
        let everyJournal =
            loaded.notebook.teamParameter == nil
            ? []
            : TeamJournals(workspace: loaded.workspace, language: loaded.language).everyJournal(
                besides: journals.byTeam.mapValues(\.journal))
        do throws(Diagnostic) {
            _ = try Corrections.read(
                loaded.workspace, teams: allTeams.map(\.key),
                indicators: Corrections.knownIndicators(loaded.notebook, journals: everyJournal))
        } catch {
            errors.append(error)
        }
        var referenceWarnings: [Diagnostic] = []
        if loaded.notebook.teamParameter != nil {
            do throws(Diagnostic) {
                referenceWarnings = try ReferenceCheck(notebook: loaded.notebook).checkIndicators(
                    journals: journals.byTeam.sorted { $0.key < $1.key }.map(\.value.journal),
                    workspaceJournals: everyJournal)
            } catch {
                errors.append(error)
            }
        }
        // The goal guard, as the run will apply it: a goal changed without a reason is found
        // here, not only when the reports are about to be committed.
        let output =
            options.outputFolder.map { Files.resolve($0, against: FileManager.default.currentDirectoryPath) }
            ?? loaded.workspace.output
        do throws(Diagnostic) {
            try TeamJournals.requireExplainedRevisions(
                journals.byTeam.mapValues(\.journal),
                withoutJournal: teamsWithJournals.map(\.key).filter { journals.byTeam[$0] == nil },
                journalsFolder: TeamJournals(workspace: loaded.workspace, language: loaded.language).folder,
                outputFolder: output)
        } catch {
            errors.append(error)
        }
        try ReferenceCheck.throwAll(ReferenceCheck.flattened(errors))
        // Journals are kept for the workspace's teams: a notebook with a team list of its own
        // (a GP group) cannot tell a misspelt journal from another network's.
        let stray =
            loaded.notebook.teamParameter == nil || loaded.notebook.teams != nil
            ? [] : TeamJournals(workspace: loaded.workspace, language: loaded.language).strayFiles(teams: allTeams)
        return CheckSummary(
            notebook: loaded.notebook, teamCount: allTeams.count, journalCount: journals.byTeam.count,
            warnings: journals.warnings + referenceWarnings + stray
                + RunWarnings.unchangedVersion(loaded.notebook, text: loaded.source, outputFolder: output))
    }

    /// Every `{{ }}` against the columns its query returns (a comparison keeps only its team,
    /// count and denominator columns; see `Comparison`).
    func checkExpressions(_ loaded: Loaded, columns: [String: [String]], team: Team?, parameters: [String: Value])
        throws(Diagnostic)
    {
        var results: [String: QueryResult] = [:]
        for query in loaded.notebook.queries {
            let empty = QueryResult(columns: columns[query.name] ?? [], rows: [])
            results[query.name] =
                query.options.chart == .funnel
                ? try Comparison.prepare(
                    empty, query: query, ownTeam: nil, handout: "", minimumCount: loaded.workspace.minimumCount
                ).result
                : empty
        }
        let context = ExpressionContext(
            notebook: loaded.notebook, team: loaded.notebook.teamParameter == nil ? nil : team,
            parameters: parameters, results: results, format: Format(language: loaded.language))
        var errors: [Diagnostic] = []
        for case .narrative(let narrative) in loaded.notebook.blocks {
            for case .expression(let expression) in narrative.segments {
                do throws(Diagnostic) { try ExpressionEvaluator.check(expression, in: context) } catch {
                    errors.append(error)
                }
            }
        }
        try ReferenceCheck.throwAll(errors)
    }

    /// Every column, indicator and goal scale the run will rely on, resolved before the report
    /// repository is opened (see `ReferenceCheck`).
    func resolveReferences(_ loaded: Loaded, source: any DataSource, journals: ReadJournals, everyJournal: [Journal])
        throws(Diagnostic) -> [Diagnostic]
    {
        let check = ReferenceCheck(notebook: loaded.notebook)
        var errors: [Diagnostic] = []
        do throws(Diagnostic) { _ = try check.columns(from: source) } catch { errors.append(error) }
        var warnings: [Diagnostic] = []
        if loaded.notebook.teamParameter != nil {
            do throws(Diagnostic) {
                warnings = try check.checkIndicators(
                    journals: journals.byTeam.sorted { $0.key < $1.key }.map(\.value.journal),
                    workspaceJournals: everyJournal)
            } catch {
                errors.append(error)
            }
        }
        try ReferenceCheck.throwAll(ReferenceCheck.flattened(errors))
        return warnings
    }

    struct ReadJournals {
        var byTeam: [String: (journal: Journal, text: String)] = [:]
        var warnings: [Diagnostic] = []
    }

    /// Whether any journal the run read has changed in its file since (or appeared, or gone).
    func journalsChanged(since context: Context) -> Bool {
        let folder = TeamJournals(workspace: context.loaded.workspace, language: context.loaded.language)
        for team in context.teams.compactMap({ $0 }) {
            let path = folder.path(for: team)
            // Read as the run read it (the same decoding), so that only a real change counts.
            let now = FileManager.default.fileExists(atPath: path) ? try? Files.readText(path) : nil
            if now != context.journals.byTeam[team.key]?.text { return true }
        }
        return false
    }

    /// Every chosen team's journal, read and checked before any query runs.
    func readJournals(_ loaded: Loaded, teams: [Team]) throws(Diagnostic) -> ReadJournals {
        let folder = TeamJournals(workspace: loaded.workspace, language: loaded.language)
        var read = ReadJournals()
        for team in teams {
            guard let found = try folder.journal(for: team) else { continue }
            read.byTeam[team.key] = (found.parsed.journal, found.text)
            read.warnings +=
                found.parsed.warnings + TeamJournals.unknownAnswers(found.parsed.journal, notebook: loaded.notebook)
                + TeamJournals.futureDates(found.parsed.journal, today: JournalDate.today())
        }
        return read
    }

    // MARK: - Steps

    struct Loaded {
        var notebook: Notebook
        /// The notebook's text as it was read, copied into the report repository.
        var source: String
        var workspace: Workspace
        /// The notebook file, absolute.
        var path: String
        var notebookFolder: String
        var language: Language
    }

    func load() throws(Diagnostic) -> Loaded {
        let path = Files.resolve(options.notebookPath, against: FileManager.default.currentDirectoryPath)
        let text = try Files.readText(path)
        let parsed = try NotebookParser().parse(text, file: Files.displayPath(path))
        let workspace = try WorkspaceLocator.workspace(forNotebookAt: path)
        let language = parsed.language ?? workspace.language
        // Most runs of a notebook without library cells need not read the library at all.
        var notebook = parsed
        if parsed.usesPromptLibrary {
            let library = try PromptLibraryLoader.library(
                workspace: workspace.root, language: language, displayPath: Files.displayPath,
                references: parsed.promptLibraryReferences)
            do {
                notebook = try PromptResolver.resolve(parsed, library: library, language: language)
            } catch {
                // A name the sets read cannot place: the whole library, for a message that
                // suggests among all of it.
                let whole = try PromptLibraryLoader.library(
                    workspace: workspace.root, language: language, displayPath: Files.displayPath)
                notebook = try PromptResolver.resolve(parsed, library: whole, language: language)
            }
        }
        return Loaded(
            notebook: notebook, source: text, workspace: workspace, path: path,
            notebookFolder: URL(fileURLWithPath: path).deletingLastPathComponent().path,
            language: language)
    }

    /// The teams to render: `nil` stands for the one report of a notebook that is not per team.
    func chooseTeams(_ loaded: Loaded, source: any DataSource, knownTeams: [Team]? = nil, requireChoice: Bool = true)
        throws(Diagnostic) -> [Team?]
    {
        let notebook = loaded.notebook
        var requested = options.teamIDs
        if let teamParameter = notebook.teamParameter {
            requested += options.parameters.filter { $0.key == teamParameter.name }.map(\.value)
        }
        guard let teamParameter = notebook.teamParameter else {
            if !requested.isEmpty || options.allTeams {
                throw .error(
                    at: notebook.parametersLocation,
                    Phrase("this notebook makes one report for the whole network; it has no team parameter"),
                    hint: Phrase(
                        "leave out --team/--all-teams, or declare 'params: { team: { type: team } }' to make one report per team"
                    ))
            }
            return [nil]
        }
        let teams: [Team]
        if let knownTeams {
            teams = knownTeams
        } else {
            teams = try Teams.list(notebook.teams ?? loaded.workspace.teams, from: source)
        }
        if options.allTeams {
            guard !teams.isEmpty else {
                throw .error(
                    at: (notebook.teams ?? loaded.workspace.teams).location, Phrase("the teams query returned no teams")
                )
            }
            return teams
        }
        if requested.isEmpty, let fallback = teamParameter.defaultValue { requested = [fallback] }
        if requested.isEmpty {
            guard requireChoice else { return [] }
            throw .error(
                at: teamParameter.location, Phrase("say which team to make the report for"),
                hint: Phrase(
                    "add --team ID (teams: \(teams.prefix(8).map(\.key).joined(separator: ", "))\(teams.count > 8 ? ", …" : "")) or --all-teams"
                ))
        }
        var chosen: [Team] = []
        for id in requested {
            guard let team = teams.first(where: { $0.key == id }) else {
                throw .error(
                    at: teamParameter.location, Phrase("there is no team '\(id)' in this workspace"),
                    hint: Suggestions.hint(for: id, among: teams.map(\.key), noun: Phrase("team ids")))
            }
            if !chosen.contains(team) { chosen.append(team) }
        }
        return chosen
    }

    /// Values for every parameter except the team: from `--param`, else the default.
    func bindParameters(_ loaded: Loaded) throws(Diagnostic) -> [String: Value] {
        let notebook = loaded.notebook
        for (key, _) in options.parameters where !notebook.parameters.contains(where: { $0.name == key }) {
            throw .error(
                at: notebook.parametersLocation, Phrase("the notebook declares no parameter '\(key)'"),
                hint: notebook.parameters.isEmpty
                    ? Phrase("this notebook takes no parameters")
                    : Suggestions.hint(for: key, among: notebook.parameters.map(\.name), noun: Phrase("parameters")))
        }
        var values: [String: Value] = [:]
        for spec in notebook.parameters where spec.type != .team {
            guard let text = options.parameters.last(where: { $0.key == spec.name })?.value ?? spec.defaultValue else {
                throw .error(
                    at: spec.location, Phrase("the parameter '\(spec.name)' has no default and was not given"),
                    hint: Phrase("add --param \(spec.name)=VALUE, or a default in the front matter"))
            }
            do throws(ParameterValueError) {
                values[spec.name] = try ParameterValues.value(text, as: spec.type)
            } catch {
                throw .error(
                    at: spec.location, Phrase("the parameter '\(spec.name)' \(error.phrase)"),
                    hint: Phrase("correct --param \(spec.name)=… on the command line, or the default on this line"))
            }
        }
        return values
    }

    func render(
        _ loaded: Loaded, team: Team?, journal: (journal: Journal, text: String)?, parameters: [String: Value],
        source: any DataSource,
        shared: SharedQueryResults? = nil
    ) throws(Diagnostic) -> RenderedReport {
        let notebook = loaded.notebook
        let (results, highlights) = try Self.runQueries(
            of: notebook, team: team, parameters: parameters, source: source,
            minimumCount: loaded.workspace.minimumCount, shared: shared)
        return try ReportMaker.make(
            ReportInputs(
                notebook: notebook, notebookText: loaded.source,
                notebookPath: Files.relativePath(loaded.path, to: loaded.workspace.root),
                workspaceName: loaded.workspace.name, language: loaded.language, team: team,
                journal: journal.map { .init(journal: $0.journal, text: $0.text, file: "journals/\(team!.key).yaml") },
                parameters: parameters, results: results, highlights: highlights))
    }

    /// Runs every query of the notebook for one team; comparisons come back anonymised.
    package static func runQueries(
        of notebook: Notebook, team: Team?, parameters: [String: Value], source: any DataSource, minimumCount: Int,
        shared: SharedQueryResults? = nil
    ) throws(Diagnostic) -> (results: [String: QueryResult], highlights: [String: String]) {
        var arguments = parameters
        if let teamParameter = notebook.teamParameter, let team { arguments[teamParameter.name] = team.id }
        var results: [String: QueryResult] = [:]
        var highlights: [String: String] = [:]
        for query in notebook.queries {
            var bound: [String: Value] = [:]
            for use in query.parameterUses { bound[use.name] = arguments[use.name] ?? .null }
            let request = QueryRequest(
                sql: query.sql, sqlLocation: query.sqlLocation, label: Phrase("the query '\(query.name)'"),
                arguments: bound)
            let perTeam =
                notebook.teamParameter.map { team in query.parameterUses.contains { $0.name == team.name } } ?? true
            let result: QueryResult
            if let shared, !perTeam {
                result = try shared.result(of: query.name, arguments: bound) { () throws(Diagnostic) in
                    try source.run(request)
                }
            } else {
                result = try source.run(request)
            }
            if query.options.chart == .funnel {
                // Anonymised before anything else sees it: narrative, report, stored data.
                let prepared = try Comparison.prepare(
                    result, query: query, ownTeam: team, handout: "\(notebook.id)/\(team?.key ?? "")",
                    minimumCount: minimumCount)
                results[query.name] = prepared.result
                highlights[query.name] = prepared.highlight
            } else {
                results[query.name] = result
            }
        }
        return (results, highlights)
    }
}

/// The results of the queries that do not depend on the team, shared by a batch's reports.
package struct SharedQueryResults: Sendable {
    private let results = Locked<[String: QueryResult]>([:])

    func result(of query: String, arguments: [String: Value], run: () throws(Diagnostic) -> QueryResult)
        throws(Diagnostic) -> QueryResult
    {
        let key =
            query + "\u{1F}"
            + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{1F}")
        if let known = results.withLock({ $0[key] }) { return known }
        // Two teams may both run it the first time; they get the same result.
        let result = try run()
        results.withLock { $0[key] = result }
        return result
    }
}

/// Counts finished reports for the progress line, from any thread.
struct ProgressCounter: Sendable {
    private let count = Locked(0)

    func next() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
