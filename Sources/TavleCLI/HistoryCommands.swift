import ArgumentParser
import Foundation
import TavleArchive
import TavleAudit
import TavleHistory
import TavleModel
import TavleRun
import TavleWorkspace

/// Where the report repository is: --output, else the workspace's output folder.
struct RepositoryLocation: ParsableArguments {
    @Option(help: ArgumentHelp(words("The report repository to read."), valueName: "dir"), completion: .directory)
    var output: String?

    @Option(help: ArgumentHelp(words("Where to look for tavle.yaml."), valueName: "path"), completion: .directory)
    var workspace: String = "."

    /// The one rule for reading commands: `--output` names the report repository; else a
    /// command run from inside a report repository reads that one; else the workspace's
    /// `tavle.yaml` says where the repository is, and a missing workspace says that `--output`
    /// would do.
    func folder() throws(Diagnostic) -> String {
        if let output { return URL(fileURLWithPath: output).standardizedFileURL.path }
        if let enclosing = ReportRepository.enclosing(workspace) { return enclosing }
        return try requiredWorkspace().output
    }

    /// The workspace, when there is one: with --output or from inside a report repository it is
    /// optional (and used only when the repository is its output); otherwise it is required.
    func workspaceIfAny() throws(Diagnostic) -> Workspace? {
        if output != nil { return try? WorkspaceLocator.workspace(searchingFrom: workspace) }
        if let enclosing = ReportRepository.enclosing(workspace) {
            guard let found = try? WorkspaceLocator.workspace(searchingFrom: workspace) else { return nil }
            return URL(fileURLWithPath: found.output).standardizedFileURL.path == enclosing ? found : nil
        }
        return try requiredWorkspace()
    }

    private func requiredWorkspace() throws(Diagnostic) -> Workspace {
        do {
            return try WorkspaceLocator.workspace(searchingFrom: workspace)
        } catch {
            var explained = error
            let also = Phrase("; or name the report repository itself with --output DIR")
            explained.hintPhrase =
                explained.hintPhrase.map { $0 + also } ?? Phrase("name the report repository with --output DIR")
            throw explained
        }
    }
}

/// Options that name a day (`--since`, `--until`) are written YYYY-MM-DD; said in the reader's
/// language, before anything is read.
func requireDays(_ options: [(name: String, value: String?)]) throws {
    for (name, value) in options {
        if let value, JournalDate(value) == nil {
            throw ValidationError(
                Phrase(
                    "\(Phrase(verbatim: name)) should be a date written YYYY-MM-DD, such as 2021-09-01, but it is '\(value)'"
                )
                .text(in: Reader.language))
        }
    }
}

extension TavleCommand {
    struct History: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("A team's goals, PDSA cycles, decisions, answers or measurements over time."),
            discussion: words(
                """
                Reads the ledger every run committed to the report repository and shows each \
                change, oldest first: when, in which run (notebook, version, gathering), by \
                whom, the old and the new value, the reason given for a changed goal, and the \
                indicator's value at that time.

                Examples:
                  tavle history goals --team molde-sykehjem-2
                  tavle history pdsa --team molde-sykehjem-2 --format json
                  tavle history goals --team molde-sykehjem-2 --format html > mal.html
                """)
        )

        enum What: String, ExpressibleByArgument, CaseIterable {
            case goals, indicators, pdsa, decisions, answers, measurements, corrections

            var entity: LedgerEvent.Entity {
                switch self {
                case .goals: .goal
                case .indicators: .indicator
                case .pdsa: .pdsa
                case .decisions: .decision
                case .answers: .answer
                case .measurements: .measurement
                case .corrections: .correction
                }
            }
        }

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

        @Argument(
            help: ArgumentHelp(
                words("goals, indicators, pdsa, decisions, answers, measurements or corrections."), valueName: "what"))
        var what: What

        @Option(help: ArgumentHelp(words("The team whose history to show."), valueName: "id"))
        var team: String

        @Option(help: words("text, json, or html (for goals: a page with each goal's changes beside its run chart)."))
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func validate() throws {
            if format == .html, what != .goals {
                throw ValidationError(
                    Phrase(
                        "the HTML page shows goals; for \(what.rawValue) use --format text or json (tavle history goals --team \(team) --format html > goals.html)"
                    ).text(in: Reader.language))
            }
        }

        func perform() throws {
            let folder = try location.folder()
            if format == .html {
                print(try ReportHistory.goalsPage(outputFolder: folder, team: team), terminator: "")
                return
            }
            let events = try ReportHistory.events(outputFolder: folder, team: team, entities: [what.entity])
            print(
                format == .json
                    ? ReportHistory.json(events)
                    : ReportHistory.text(events, what: what.rawValue, team: team, language: Reader.language),
                terminator: "")
        }
    }

    struct Trace: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Every recorded change, one tidy row each, for research."),
            discussion: words(
                """
                One row per changed field of a goal, indicator, PDSA cycle, decision, answer \
                or measurement, with the commit, time, author, team, gathering and notebook \
                version it came from. The columns are described in docs/history-and-verify.md.

                Examples:
                  tavle trace > trace.csv
                  tavle trace --team molde-sykehjem-2 --since 2021-09-01 --format json
                  tavle trace --entity goal --entity pdsa --gathering 3
                """)
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

        @Option(help: ArgumentHelp(words("Only this team's changes."), valueName: "id"))
        var team: String?

        @Option(
            help: ArgumentHelp(words("Only changes committed on or after this day (UTC)."), valueName: "YYYY-MM-DD"))
        var since: String?

        @Option(
            help: ArgumentHelp(words("Only changes committed on or before this day (UTC)."), valueName: "YYYY-MM-DD"))
        var until: String?

        @Option(
            help: ArgumentHelp(
                words(
                    "Only changes of this kind (goal, indicator, pdsa, decision, answer, measurement, correction); repeat for several."
                ), valueName: "kind"))
        var entity: [LedgerEvent.Entity] = []

        @Option(help: ArgumentHelp(words("Only changes made by the runs for this gathering."), valueName: "number"))
        var gathering: Int?

        @Option(help: words("csv or json."))
        var format: Format = .csv

        @OptionGroup var location: RepositoryLocation

        func validate() throws {
            try requireDays([("--since", since), ("--until", until)])
        }

        func perform() throws {
            let events: [LedgerEvent]
            let start = since.flatMap { JournalDate($0) }
            let folder = try location.folder()
            events = try ReportHistory.events(
                outputFolder: folder, team: team,
                entities: entity.isEmpty ? Set(LedgerEvent.Entity.allCases) : Set(entity), since: start
            ).filter { event in
                // The day in UTC, as for --since; --until is inclusive.
                (until.map { String(Timestamp.iso8601(event.time, offsetMinutes: 0).prefix(10)) <= $0 } ?? true)
                    && (gathering.map { event.gathering == String($0) } ?? true)
            }
            switch format {
            case .csv: print(ReportHistory.csv(events), terminator: "")
            case .json: print(ReportHistory.json(events), terminator: "")
            }
        }
    }
}

extension LedgerEvent.Entity: ExpressibleByArgument {}
