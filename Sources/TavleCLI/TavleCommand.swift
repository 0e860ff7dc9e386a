import ArgumentParser
import Foundation
import TavleModel
import TavleRun
import TavleStats

/// `tavle`: the command line. Each subcommand only reads its arguments and calls the library.
public struct TavleCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tavle",
        abstract: "Run report notebooks for quality-improvement learning networks.",
        discussion: """
            A notebook is a Markdown file with front matter, narrative, SQL query cells and \
            reflection prompts. Tavle runs it per team against the workspace's data (named in \
            tavle.yaml, found beside the notebook or in a folder above it) and writes one HTML \
            report and one Markdown report per team.

            Examples:
              tavle check Notebooks/samling-3.md
              tavle run Notebooks/samling-3.md --team alesund-sjukeheim-a
              tavle run Notebooks/samling-3.md --all-teams
            """,
        version: TavleVersion.current,
        subcommands: [Run.self, Check.self, Log.self, History.self, Trace.self, Diff.self, Verify.self, Push.self, Stats.self, Prompts.self, Handout.self, Import.self]
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
            FileHandle.standardError.write(Data("[\(done)/\(total)] rendered\n".utf8))
        }
    }
}

/// What a run did to the report repository, in one clause.
func outcome(_ summary: RunSummary) -> String {
    summary.commit.map {
        "committed \($0) (\(summary.changedFiles) file\(summary.changedFiles == 1 ? "" : "s") changed) to \(Files.displayPath(summary.outputFolder))"
    } ?? "unchanged since the last commit in \(Files.displayPath(summary.outputFolder)), nothing committed"
}

/// Prints a diagnostic the way compilers do, so editors and terminals can jump to it.
func report(_ diagnostic: Diagnostic) -> ExitCode {
    FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    return ExitCode(1)
}

/// Warnings go to standard error, each with its place and hint, and do not fail the command.
func warn(_ warnings: [Diagnostic]) {
    for warning in warnings { FileHandle.standardError.write(Data((warning.description + "\n").utf8)) }
}

/// `KEY=VALUE` for `--param`.
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
    @Argument(help: "The notebook to run (a .md file inside a workspace).", completion: .file(extensions: ["md"]))
    var notebook: String

    @Option(name: .customLong("team"), help: ArgumentHelp("A team to make the report for; repeat for several.", valueName: "id"))
    var teams: [String] = []

    @Flag(help: "Make a report for every team in the workspace.")
    var allTeams = false

    @Option(name: .customLong("param"), help: ArgumentHelp("Set a notebook parameter; repeat for several.", valueName: "key=value"))
    var parameters: [ParameterAssignment] = []

    func validate() throws {
        if allTeams && !teams.isEmpty {
            throw ValidationError("Use either --team or --all-teams, not both.")
        }
    }

    func runOptions(output: String? = nil) -> RunOptions {
        RunOptions(notebookPath: notebook, teamIDs: teams, allTeams: allTeams, parameters: parameters.map { ($0.key, $0.value) }, outputFolder: output)
    }
}

extension TavleCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a notebook and write a report per team.",
            discussion: """
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
                """
        )

        @OptionGroup var selection: NotebookSelection

        @Option(help: ArgumentHelp("Write the reports here instead of the workspace's output folder.", valueName: "dir"), completion: .directory)
        var output: String?

        @Flag(help: "Also print how long each phase of the run took (on standard error).")
        var timings = false

        func run() throws {
            let start = ContinuousClock.now
            let summary: RunSummary
            do {
                summary = try ReportRun(selection.runOptions(output: output), progress: progressOnStandardError()).run()
            } catch {
                throw report(error)
            }
            warn(summary.warnings)
            let seconds = start.duration(to: .now).seconds
            let count = summary.reports.count
            print("Rendered \(count) report\(count == 1 ? "" : "s") of \(summary.notebook.id) (version \(summary.notebook.version)) in \(String(format: "%.2f", seconds)) s; \(outcome(summary))")
            if timings {
                let phases = [
                    ("preparing", summary.timings.preparing), ("rendering", summary.timings.rendering),
                    ("writing files", summary.timings.writingFiles), ("committing", summary.timings.committing),
                ]
                for (phase, duration) in phases {
                    FileHandle.standardError.write(Data("\(phase): \(String(format: "%.1f", duration.seconds * 1000)) ms\n".utf8))
                }
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a notebook without writing anything.",
            discussion: """
                Parses the notebook and the workspace, checks the parameters and teams, prepares \
                every query against the data and checks every {{ }} expression against the \
                columns the queries return, and reads the teams' journals (journals/<team>.yaml). \
                Runs no query and writes no report.

                Examples:
                  tavle check Notebooks/samling-3.md
                  tavle check Notebooks/samling-3.md --team alesund-sjukeheim-a --param period=2022-06
                """
        )

        @OptionGroup var selection: NotebookSelection

        func run() throws {
            let summary: CheckSummary
            do {
                summary = try ReportRun(selection.runOptions()).check()
            } catch {
                throw report(error)
            }
            warn(summary.warnings)
            let queries = summary.notebook.queries.count
            let prompts = summary.notebook.promptIDs.count
            let journals = summary.journalCount
            print("\(summary.notebook.file): ok — \(queries) quer\(queries == 1 ? "y" : "ies"), \(prompts) prompt\(prompts == 1 ? "" : "s"), \(summary.teamCount) team\(summary.teamCount == 1 ? "" : "s") in the workspace, \(journals) journal\(journals == 1 ? "" : "s") read")
        }
    }
}

extension TavleCommand {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the runs recorded in the report repository, newest first.",
            discussion: """
                Reads the output folder's git repository: one entry per 'tavle run', with its \
                commit, time, author, notebook, version and teams. The output folder is the \
                workspace's (tavle.yaml found from --workspace, its Notebooks/ folder, or a \
                folder above it), or --output.

                Examples:
                  tavle log
                  tavle log --team molde-sykehjem-2
                  tavle log --notebook samling-3 --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: ArgumentHelp("Only runs that changed this team's reports.", valueName: "id"))
        var team: String?

        @Option(help: ArgumentHelp("Only runs of this notebook.", valueName: "id"))
        var notebook: String?

        @Option(help: "text or json.")
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func run() throws {
            let records: [RunRecord]
            do throws(Diagnostic) {
                let folder = try location.folder()
                records = try ReportLog.records(outputFolder: folder, team: team, notebook: notebook)
            } catch {
                throw report(error)
            }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(records), as: UTF8.self))
            case .text:
                if records.isEmpty { print("No runs recorded\(team.map { " for team \($0)" } ?? "")\(notebook.map { " of \($0)" } ?? "").") }
                for record in records {
                    print("\(record.commit.prefix(7))  \(record.time)  \(record.author)")
                    print("    \(record.subject)")
                    if let teams = record.teams { print("    Teams: \(teams)") }
                }
            }
        }
    }
}

extension TavleCommand {
    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Share the report repository: push its runs to a remote.",
            discussion: """
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
                """
        )

        @Argument(help: ArgumentHelp("A remote's name, a URL or a path.", valueName: "remote"))
        var remote: String?

        @Option(help: ArgumentHelp("The report repository to push.", valueName: "dir"), completion: .directory)
        var output: String?

        @Option(help: ArgumentHelp("Where to look for tavle.yaml.", valueName: "path"), completion: .directory)
        var workspace: String = "."

        func run() throws {
            let summary: PushSummary
            do {
                summary = try push()
            } catch {
                throw report(error)
            }
            if summary.newRuns == 0 {
                print("\(summary.remote) already has every run (main at \(summary.commit)); nothing to push")
            } else {
                print("Pushed \(summary.newRuns) run\(summary.newRuns == 1 ? "" : "s") to \(summary.remote) (main at \(summary.commit))")
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
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute run- or control-chart statistics for a series, as JSON.",
            discussion: """
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
                """
        )

        @Option(help: "run, i, p, u or c.")
        var chart: ChartKind

        @Option(help: ArgumentHelp("Compute the centre and limits from the first N points and extend them.", valueName: "N"))
        var freeze: Int?

        @Option(help: ArgumentHelp("Start a new part after these points (1-based, comma-separated).", valueName: "I,J"))
        var part: String?

        @Argument(help: ArgumentHelp("The CSV file; standard input when absent or '-'.", valueName: "file"))
        var file: String?

        func run() throws {
            do {
                let output = try statistics()
                print(output, terminator: "")
            } catch {
                throw report(error)
            }
        }

        private func statistics() throws(Diagnostic) -> String {
            var partEnds: [Int] = []
            for item in (part ?? "").split(separator: ",") {
                guard let end = Int(item.trimmingCharacters(in: .whitespaces)), end >= 1 else {
                    throw .error(at: nil, "--part takes point numbers such as '12,24', but it has '\(item)'", hint: "give the last point of each part but the last, counting from 1")
                }
                partEnds.append(end)
            }
            if let freeze, freeze < 1 {
                throw .error(at: nil, "--freeze takes a number of points of at least 1, but it is \(freeze)")
            }
            let result = try SeriesStatistics.analyse(file: file, options: ChartOptions(kind: chart, freeze: freeze, partEnds: partEnds))
            if result.statistics.freezeIgnored {
                FileHandle.standardError.write(Data("note: --freeze is not used when there are parts (as in qicharts2); each part has its own centre line\n".utf8))
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
