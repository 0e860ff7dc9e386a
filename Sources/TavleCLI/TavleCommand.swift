import ArgumentParser
import Foundation
import TavleArchive
import TavleAudit
import TavleModel
import TavleRun
import TavleStats
import TavleWorkspace

/// `tavle`: the command line. Each subcommand only reads its arguments and calls the library.
public struct TavleCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tavle",
        abstract: words("Run report notebooks for quality-improvement learning networks."),
        discussion: words(
            """
            A notebook is a Markdown file with front matter, narrative, SQL query cells and \
            reflection prompts. Tavle runs it per team against the workspace's data (named in \
            tavle.yaml, found beside the notebook or in a folder above it) and writes one HTML \
            report and one Markdown report per team.

            Examples:
              tavle check Notebooks/samling-3.md
              tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a
              tavle run Notebooks/samling-3.md --all-teams
            """),
        version: TavleVersion.current,
        subcommands: [
            Init.self, Run.self, Check.self, Log.self, History.self, Trace.self, Export.self, Diff.self, Verify.self,
            Cite.self, Push.self, Stats.self, Prompts.self, Handout.self, Import.self, DataCommand.self, Serve.self,
            Access.self,
        ]
    )

    public init() {}
}

/// Progress of a batch: on a terminal one line is rewritten; in a log, every tenth team is noted.
func progressOnStandardError() -> ReportRun.Progress {
    let interactive = isatty(STDERR_FILENO) == 1
    return { done, total, team in
        guard total > 1 else { return }
        if interactive {
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(team)".utf8))
            if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        } else if done % 10 == 0 || done == total {
            FileHandle.standardError.write(
                Data("[\(done)/\(total)] \(Phrase("rendered").text(in: Reader.language))\n".utf8))
        }
    }
}

/// Says why nothing seems to happen while another run has the report repository.
/// Said when a run killed after its commit is finished before this one starts.
func repairedOnStandardError() -> ReportRun.Repaired {
    { folder, commit in
        let shown = Files.displayPath(folder)
        let line = Phrase(
            "note: a run stopped after its commit \(commit) left '\(shown)' half written; its files and index are now put in place"
        )
        FileHandle.standardError.write(Data((line.text(in: Reader.language) + "\n").utf8))
    }
}

/// Said before `--discard-edits` undoes a person's changes, naming each file.
func discardedOnStandardError() -> ReportRun.Discarded {
    { folder, paths in
        let shown = Files.displayPath(folder)
        let listed = paths.prefix(10).joined(separator: ", ") + (paths.count > 10 ? ", … (\(paths.count) in all)" : "")
        let line = Phrase(
            "note: --discard-edits: the changes to \(listed) in '\(shown)' are discarded; the files are as the last run committed them (a file new to the repository stays there, no longer staged)"
        )
        FileHandle.standardError.write(Data((line.text(in: Reader.language) + "\n").utf8))
    }
}

func waitingOnStandardError() -> ReportRun.Waiting {
    { folder in
        let shown = Files.displayPath(folder)
        let line = Phrase(
            "waiting for another tavle command (run, handout, import or data load) to finish with '\(shown)' …")
        FileHandle.standardError.write(Data((line.text(in: Reader.language) + "\n").utf8))
    }
}

/// What a run did to the report repository, in one clause.
func outcome(_ summary: RunSummary) -> Phrase {
    let folder = Files.displayPath(summary.outputFolder)
    let files = summary.changedFiles
    return summary.commit.map {
        Phrase(
            "committed \($0) (\(Phrase.count(files, one: Phrase("1 file changed"), other: Phrase("\(files) files changed")))) to \(folder)"
        )
    } ?? Phrase("unchanged since the last commit in \(folder), nothing committed")
}

/// Prints a diagnostic the way compilers do, so editors and terminals can jump to it, in the
/// reader's language.
/// A subcommand whose failures are `Diagnostic`s: `perform` does the work, and what it throws
/// is printed with its place and hint, in the reader's language, before exit status 1.
/// Everything else (`ExitCode`, the parser's own errors) passes through as it is.
protocol DiagnosticCommand: ParsableCommand {
    func perform() throws
}

extension DiagnosticCommand {
    func run() throws {
        do {
            try perform()
        } catch let diagnostic as Diagnostic {
            throw report(diagnostic)
        }
    }
}

func report(_ diagnostic: Diagnostic) -> ExitCode {
    FileHandle.standardError.write(Data((diagnostic.text(in: Reader.language) + "\n").utf8))
    return ExitCode(1)
}

/// Warnings go to standard error, each with its place and hint, and do not fail the command.
func warn(_ warnings: [Diagnostic]) {
    guard !warnings.isEmpty else { return }
    let language = Reader.language
    for warning in warnings { FileHandle.standardError.write(Data((warning.text(in: language) + "\n").utf8)) }
}

/// A line for the reader, in their language.
func say(_ phrase: Phrase) {
    print(phrase.text(in: Reader.language))
}

/// Help text in the reader's language.
func words(_ template: Phrase.Template) -> String {
    Phrase(template).text(in: Reader.language)
}

/// An option's help in the reader's language.
func words(_ template: Phrase.Template) -> ArgumentHelp {
    ArgumentHelp(Phrase(template).text(in: Reader.language))
}

/// The person at the terminal: decided once per process, from the command line, the notebook,
/// the workspace and the locale (see ReaderLanguage).
enum Reader {
    static let language = ReaderLanguage.detect()
}

/// `KEY=VALUE` for `--param`.
/// `--part 12,24`: the last point of each part but the last, counting from 1.
struct PartEnds: ExpressibleByArgument {
    var ends: [Int]

    init?(argument: String) {
        var ends: [Int] = []
        for item in argument.split(separator: ",") {
            guard let end = Int(item.trimmingCharacters(in: .whitespaces)), end >= 1 else { return nil }
            ends.append(end)
        }
        guard !ends.isEmpty else { return nil }
        self.ends = ends
    }
}

struct ParameterAssignment: ExpressibleByArgument {
    var key: String
    var value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        key = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        value = String(argument[argument.index(after: equals)...])
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

struct NotebookSelection: ParsableArguments {
    @Argument(
        help: words("The notebook to run (a .md file inside a workspace)."), completion: .file(extensions: ["md"]))
    var notebook: String

    @Option(
        name: .customLong("team"),
        help: ArgumentHelp(words("A team to make the report for; repeat for several."), valueName: "id"))
    var teams: [String] = []

    @Flag(help: words("Make a report for every team in the workspace."))
    var allTeams = false

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp(words("Set a notebook parameter; repeat for several."), valueName: "key=value"))
    var parameters: [ParameterAssignment] = []

    @Flag(
        help: words("Treat every warning as an error (for a workspace's own CI): nothing is written if there is one."))
    var strict = false

    @Flag(
        help: words(
            "Put reports edited by hand (or changes staged) in the report repository back as tavle made them, naming them, instead of refusing to run."
        ))
    var discardEdits = false

    func validate() throws {
        if allTeams && !teams.isEmpty {
            throw ValidationError(Phrase("Use either --team or --all-teams, not both.").text(in: Reader.language))
        }
    }

    /// The run a person asked for, telling them on standard error what it waits for, finishes
    /// or discards along the way.
    func reportRun(output: String?, message: String?) -> ReportRun {
        ReportRun(
            runOptions(output: output, message: message), progress: progressOnStandardError(),
            waiting: waitingOnStandardError(),
            repaired: repairedOnStandardError(), discarded: discardedOnStandardError())
    }

    func runOptions(output: String? = nil, message: String? = nil) -> RunOptions {
        var options = RunOptions(
            notebookPath: notebook, teamIDs: teams, allTeams: allTeams,
            parameters: parameters.map { ($0.key, $0.value) }, outputFolder: output)
        options.strict = strict
        options.discardEdits = discardEdits
        options.message = message
        return options
    }
}

extension TavleCommand {
    struct Run: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Run a notebook and write a report per team."),
            discussion: words(
                """
                Writes <output>/<team>/<notebook-id>.html and .md for each team and commits \
                them, as one commit, to the output folder's git repository (created on the \
                first run). The output folder is 'output' in tavle.yaml (relative to it), or \
                --output. If any team's report fails, nothing is written or committed; if \
                nothing changed, nothing is committed.

                Examples:
                  tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a
                  tavle run Notebooks/samling-3.md --all-teams
                  tavle run Notebooks/samling-3.md --all-teams --param period=2022-06
                  tavle run Notebooks/samling-3.md --all-teams --output /tmp/rapporter
                """)
        )

        @OptionGroup var selection: NotebookSelection

        @Option(
            help: ArgumentHelp(
                words("Write the reports here instead of the workspace's output folder."), valueName: "dir"),
            completion: .directory)
        var output: String?

        @Flag(help: words("Also print how long each phase of the run took (on standard error)."))
        var timings = false

        @Option(
            name: [.customShort("m"), .long],
            help: ArgumentHelp(
                words("Why this run was made, for its commit (shown by tavle log and git log)."), valueName: "text"))
        var message: String?

        func perform() throws {
            let start = ContinuousClock.now
            let summary = try selection.reportRun(output: output, message: message).run()
            warn(summary.warnings)
            let seconds = start.duration(to: .now).seconds
            let count = summary.reports.count
            let notebook = summary.notebook
            let time = Phrase.number(seconds, decimals: 2)
            say(
                Phrase(
                    "Rendered \(Phrase.count(count, one: Phrase("1 report"), other: Phrase("\(count) reports"))) of \(notebook.id) (version \(notebook.version)) in \(time) s; "
                )
                    + outcome(summary))
            if timings {
                let phases = [
                    ("preparing", summary.timings.preparing), ("rendering", summary.timings.rendering),
                    ("committing", summary.timings.committing),
                ]
                for (phase, duration) in phases {
                    FileHandle.standardError.write(
                        Data("\(phase): \(String(format: "%.1f", duration.seconds * 1000)) ms\n".utf8))
                }
            }
        }
    }

    struct Check: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Check a notebook without writing anything."),
            discussion: words(
                """
                Parses the notebook and the workspace, checks the parameters and teams, prepares \
                every query against the data and checks every {{ }} expression against the \
                columns the queries return, and reads the teams' journals (journals/<team>.yaml). \
                Runs no query and writes no report.

                Examples:
                  tavle check Notebooks/samling-3.md
                  tavle check Notebooks/samling-3.md --team alesund-sjukeheim-a --param period=2022-06
                """)
        )

        @OptionGroup var selection: NotebookSelection

        func validate() throws {
            if selection.discardEdits {
                throw ValidationError(
                    Phrase("--discard-edits is for run and handout; check writes nothing").text(in: Reader.language))
            }
        }

        func perform() throws {
            let summary: CheckSummary
            summary = try ReportRun(selection.runOptions()).check()
            if selection.strict { try RunWarnings.strict(summary.warnings) }
            warn(summary.warnings)
            let queries = summary.notebook.queries.count
            let prompts = summary.notebook.promptIDs.count
            let journals = summary.journalCount
            let teams = summary.teamCount
            say(
                Phrase(
                    "\(summary.notebook.file): ok — \(Phrase.count(queries, one: Phrase("1 query"), other: Phrase("\(queries) queries"))), \(Phrase.count(prompts, one: Phrase("1 prompt"), other: Phrase("\(prompts) prompts"))), \(Phrase.count(teams, one: Phrase("1 team in the workspace"), other: Phrase("\(teams) teams in the workspace"))), \(Phrase.count(journals, one: Phrase("1 journal read"), other: Phrase("\(journals) journals read")))"
                ))
        }
    }
}

extension TavleCommand {
    struct Log: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("List the runs recorded in the report repository, newest first."),
            discussion: words(
                """
                Reads the output folder's git repository: one entry per 'tavle run', with its \
                commit, time, author, notebook, version and teams. The output folder is the \
                workspace's (tavle.yaml found from --workspace, its Notebooks/ folder, or a \
                folder above it), or --output.

                Examples:
                  tavle log
                  tavle log --team molde-sykehjem-2
                  tavle log --notebook samling-3 --format json
                """)
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: ArgumentHelp(words("Only runs that changed this team's reports."), valueName: "id"))
        var team: String?

        @Option(help: ArgumentHelp(words("Only runs of this notebook."), valueName: "id"))
        var notebook: String?

        @Option(help: words("text or json."))
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func perform() throws {
            let records: [RunRecord]
            let folder = try location.folder()
            records = try ReportLog.records(outputFolder: folder, team: team, notebook: notebook)
            print(
                format == .json
                    ? ReportLog.json(records)
                    : ReportLog.text(records, team: team, notebook: notebook, language: Reader.language), terminator: ""
            )
        }
    }
}

extension TavleCommand {
    struct Push: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Share the report repository: push its runs to a remote."),
            discussion: words(
                """
                Sends the output folder's git repository (branch main) to REMOTE: the name \
                of a remote added with 'git remote add', a URL, or a folder holding a bare \
                repository. Without REMOTE, tavle.yaml's 'remote:' is used, else the \
                repository's 'origin'. Histories are never overwritten or merged: if the \
                remote has runs this repository lacks, nothing is pushed. For https give \
                TAVLE_PUSH_USERNAME and TAVLE_PUSH_PASSWORD (a token); ssh uses ssh-agent.

                Examples:
                  tavle push
                  tavle push /srv/delt/laeringsnettverk.git
                  tavle push https://git.kommune.no/kvalitet/rapporter.git
                """)
        )

        @Argument(help: ArgumentHelp(words("A remote's name, a URL or a path."), valueName: "remote"))
        var remote: String?

        @Option(help: ArgumentHelp(words("The report repository to push."), valueName: "dir"), completion: .directory)
        var output: String?

        @Option(help: ArgumentHelp(words("Where to look for tavle.yaml."), valueName: "path"), completion: .directory)
        var workspace: String = "."

        func perform() throws {
            let summary: PushSummary
            summary = try push()
            if summary.newRuns == 0 {
                say(Phrase("\(summary.remote) already has every run (main at \(summary.commit)); nothing to push"))
            } else {
                let runs = summary.newRuns
                say(
                    Phrase(
                        "Pushed \(Phrase.count(runs, one: Phrase("1 run"), other: Phrase("\(runs) runs"))) to \(summary.remote) (main at \(summary.commit))"
                    ))
            }
        }

        /// With --output, tavle.yaml is optional (it may still name the remote).
        private func push() throws(Diagnostic) -> PushSummary {
            let folder: String
            let found: Workspace?
            if let output {
                folder = URL(fileURLWithPath: output).standardizedFileURL.path
                do { found = try WorkspaceLocator.workspace(searchingFrom: workspace) } catch { found = nil }
            } else {
                let located = try WorkspaceLocator.workspace(searchingFrom: workspace)
                found = located
                folder = located.output
            }
            return try ReportSharing.push(outputFolder: folder, remote: remote, workspace: found)
        }
    }
}

extension TavleCommand {
    struct Stats: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Compute run- or control-chart statistics for a series, as JSON."),
            discussion: words(
                """
                Reads a CSV series with the columns x and y (and n for p and u charts, where y \
                is the count and n the denominator, as in qicharts2) from FILE or standard \
                input, and prints per point the centre line, limits and whether it signals, \
                per part and for the last part (summary) the median, runs, crossings and their \
                limits. The numbers agree with qicharts2 for the same series and options.

                Examples:
                  tavle stats --chart run fall.csv
                  tavle stats --chart p --freeze 12 screening.csv
                  tavle stats --chart i --part 12,24 ventetid.csv
                  sqlite3 -csv -header data.sqlite "SELECT period AS x, value AS y FROM …" | tavle stats --chart run
                """)
        )

        @Option(help: words("run, i, p, u or c."))
        var chart: ChartKind

        @Option(
            help: ArgumentHelp(
                words("Compute the centre and limits from the first N points and extend them."), valueName: "N"))
        var freeze: Int?

        @Option(
            help: ArgumentHelp(
                words("Start a new part after these points (1-based, comma-separated)."), valueName: "I,J"))
        var part: PartEnds?

        func validate() throws {
            if let freeze, freeze < 1 {
                throw ValidationError(
                    Phrase("--freeze takes a number of points of at least 1, but it is \(freeze)").text(
                        in: Reader.language))
            }
        }

        @Argument(help: ArgumentHelp(words("The CSV file; standard input when absent or '-'."), valueName: "file"))
        var file: String?

        func perform() throws {
            let output = try statistics()
            print(output, terminator: "")
        }

        private func statistics() throws(Diagnostic) -> String {
            let result = try SeriesStatistics.analyse(
                file: file, options: ChartOptions(kind: chart, freeze: freeze, partEnds: part?.ends ?? []))
            if result.statistics.freezeIgnored {
                let note = Phrase(
                    "note: --freeze is not used when there are parts (as in qicharts2); each part has its own centre line"
                )
                FileHandle.standardError.write(Data((note.text(in: Reader.language) + "\n").utf8))
            }
            return SeriesStatistics.json(result.series, result.statistics)
        }
    }
}

extension ChartKind: ExpressibleByArgument {}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
