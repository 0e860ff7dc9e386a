import ArgumentParser
import Foundation
import TavleHistory
import TavleModel
import TavleRun

/// Where the report repository is: --output, else the workspace's output folder.
struct RepositoryLocation: ParsableArguments {
    @Option(help: ArgumentHelp("The report repository to read.", valueName: "dir"), completion: .directory)
    var output: String?

    @Option(help: ArgumentHelp("Where to look for tavle.yaml.", valueName: "path"), completion: .directory)
    var workspace: String = "."

    func folder() throws(Diagnostic) -> String {
        if let output { return URL(fileURLWithPath: output).standardizedFileURL.path }
        return try WorkspaceLocator.workspace(searchingFrom: workspace).output
    }
}

extension TavleCommand {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A team's goals, PDSA cycles, decisions, answers or measurements over time.",
            discussion: """
                Reads the ledger every run committed to the report repository and shows each \
                change, oldest first: when, in which run (notebook, version, gathering), by \
                whom, the old and the new value, the reason given for a changed goal, and the \
                indicator's value at that time.

                Examples:
                  tavle history goals --team molde-sykehjem-2
                  tavle history pdsa --team molde-sykehjem-2 --format json
                  tavle history goals --team molde-sykehjem-2 --format html > mal.html
                """
        )

        enum What: String, ExpressibleByArgument, CaseIterable {
            case goals, indicators, pdsa, decisions, answers, measurements

            var entity: LedgerEvent.Entity {
                switch self {
                case .goals: .goal
                case .indicators: .indicator
                case .pdsa: .pdsa
                case .decisions: .decision
                case .answers: .answer
                case .measurements: .measurement
                }
            }
        }

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

        @Argument(help: ArgumentHelp("goals, indicators, pdsa, decisions, answers or measurements.", valueName: "what"))
        var what: What

        @Option(help: ArgumentHelp("The team whose history to show.", valueName: "id"))
        var team: String

        @Option(help: "text, json, or html (for goals: a page with each goal's changes beside its run chart).")
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func run() throws {
            do throws(Diagnostic) {
                let folder = try location.folder()
                if format == .html {
                    guard what == .goals else {
                        throw .error(at: nil, "the HTML page shows goals; for \(what.rawValue) use --format text or json", hint: "tavle history goals --team \(team) --format html > goals.html")
                    }
                    print(try ReportHistory.goalsPage(outputFolder: folder, team: team), terminator: "")
                    return
                }
                let events = try ReportHistory.events(outputFolder: folder, team: team, entities: [what.entity])
                print(format == .json ? ReportHistory.json(events) : ReportHistory.text(events, what: what.rawValue, team: team), terminator: "")
            } catch {
                throw report(error)
            }
        }
    }

    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every recorded change, one tidy row each, for research.",
            discussion: """
                One row per changed field of a goal, indicator, PDSA cycle, decision, answer \
                or measurement, with the commit, time, author, team, gathering and notebook \
                version it came from. The columns are described in the README.

                Examples:
                  tavle trace > trace.csv
                  tavle trace --team molde-sykehjem-2 --since 2021-09-01 --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

        @Option(help: ArgumentHelp("Only this team's changes.", valueName: "id"))
        var team: String?

        @Option(help: ArgumentHelp("Only changes committed on or after this day (UTC).", valueName: "YYYY-MM-DD"))
        var since: String?

        @Option(help: "csv or json.")
        var format: Format = .csv

        @OptionGroup var location: RepositoryLocation

        func validate() throws {
            if let since, JournalDate(since) == nil {
                throw ValidationError("--since should be a date written YYYY-MM-DD, such as 2021-09-01, but it is '\(since)'")
            }
        }

        func run() throws {
            let events: [LedgerEvent]
            let start = since.flatMap { JournalDate($0) }
            do throws(Diagnostic) {
                let folder = try location.folder()
                events = try ReportHistory.events(outputFolder: folder, team: team, since: start)
            } catch {
                throw report(error)
            }
            switch format {
            case .csv: print(ReportHistory.csv(events), terminator: "")
            case .json: print(ReportHistory.json(events), terminator: "")
            }
        }
    }
}
