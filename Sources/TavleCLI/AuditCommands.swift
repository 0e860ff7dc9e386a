import ArgumentParser
import Foundation
import TavleModel
import TavleRun

extension TavleCommand {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every recorded report against what it was made from, and the data against the live source.",
            discussion: """
                Walks every commit of the report repository. Wherever a report changed, it is \
                made again from what the repository recorded beside it (the notebook copy, the \
                query results and the team's journal) and compared byte for byte with the \
                committed HTML, Markdown, manifest, data and ledger files; a file edited by hand \
                is named with the commit that changed it. Then every recorded query is run again \
                against the workspace's data as it is now, and each value a report showed that \
                the data now gives differently is listed with the date of the last report that \
                showed it. Exits with 1 if anything differs.

                Examples:
                  tavle verify
                  tavle verify --team molde-sykehjem-2
                  tavle verify --output /tmp/rapporter --reports-only
                """
        )

        @Option(help: ArgumentHelp("Only this team's reports.", valueName: "id"))
        var team: String?

        @Flag(help: "Check the reports only; do not re-run the queries against the live data.")
        var reportsOnly = false

        @OptionGroup var location: RepositoryLocation

        func run() throws {
            let summary: ReportVerify.Summary
            do throws(Diagnostic) {
                let folder = try location.folder()
                // With --output the workspace is optional: the reports can be checked without it.
                let workspace: Workspace?
                if reportsOnly {
                    workspace = nil
                } else if location.output != nil {
                    workspace = try? WorkspaceLocator.workspace(searchingFrom: location.workspace)
                } else {
                    workspace = try WorkspaceLocator.workspace(searchingFrom: location.workspace)
                }
                summary = try ReportVerify(.init(outputFolder: folder, workspace: workspace, team: team)).verify()
            } catch {
                throw report(error)
            }
            print(Self.text(summary, reportsOnly: reportsOnly), terminator: "")
            if !summary.passed { throw ExitCode(1) }
        }

        static func text(_ summary: ReportVerify.Summary, reportsOnly: Bool) -> String {
            var out = "Walked \(plural(summary.commits, "commit")); made \(plural(summary.reportsChecked, "report")) again from what the repository recorded"
            out += summary.mismatches.isEmpty ? ": every committed file is what tavle made.\n" : ": \(plural(summary.mismatches.count, "file differs", "files differ")).\n"
            for mismatch in summary.mismatches {
                out += "  ✗ \(mismatch.path) (commit \(mismatch.commit), \(mismatch.date)) \(mismatch.problem)\n"
                if let line = mismatch.committedLine, let remade = mismatch.remadeLine {
                    out += "      line \(line.number) as committed: \(line.text)\n"
                    out += "      line \(line.number) as made:      \(remade)\n"
                }
                if let hint = mismatch.hint, !hint.isEmpty { out += "      hint: \(hint)\n" }
            }
            if let reason = summary.dataNotChecked, !reportsOnly {
                out += "The live data was not checked: \(reason) (use --workspace).\n"
            } else if !reportsOnly {
                out += "Ran \(plural(summary.queriesRerun, "recorded query", "recorded queries")) again against the live data"
                out += summary.dataChanges.isEmpty ? ": every value a report showed is still the same.\n" : ": \(plural(summary.dataChanges.count, "value has", "values have")) changed since a report showed \(summary.dataChanges.count == 1 ? "it" : "them").\n"
                for change in summary.dataChanges {
                    let team = change.teamName.map { name in change.team.map { "\(name) (\($0)), " } ?? "\(name), " } ?? ""
                    let column = change.column.map { ", \($0)" } ?? ""
                    let now = change.new.map { "→ \($0)" } ?? "→ (row no longer in the data)"
                    out += "  ✗ \(team)\(change.query), \(change.row)\(column): \(change.old) \(now) since the report of \(change.reportDate) (commit \(change.reportCommit))\n"
                }
            }
            return out
        }

        static func plural(_ count: Int, _ noun: String, _ nouns: String? = nil) -> String {
            "\(count) \(count == 1 ? noun : nouns ?? noun + "s")"
        }
    }
}

extension TavleCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed between two runs: notebooks, data, parameters, goals, PDSA cycles, decisions, answers.",
            discussion: """
                Compares two commits of the report repository. REV1 and REV2 are runs as \
                'tavle log' lists them (a commit like 4be0c21, or HEAD~1 for the run before \
                the last). Without REV2 the last run is compared; without either, the last run \
                with the one before it.

                Examples:
                  tavle diff
                  tavle diff 4be0c21 9f1e2aa
                  tavle diff HEAD~3 HEAD --team molde-sykehjem-2
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: ArgumentHelp("The earlier run.", valueName: "rev1"))
        var from: String?

        @Argument(help: ArgumentHelp("The later run (default: the last).", valueName: "rev2"))
        var to: String?

        @Option(help: ArgumentHelp("Only this team.", valueName: "id"))
        var team: String?

        @Option(help: "text or json.")
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func run() throws {
            let summary: ReportDiff.Summary
            do throws(Diagnostic) {
                summary = try ReportDiff.compare(outputFolder: try location.folder(), from: from, to: to, team: team)
            } catch {
                throw report(error)
            }
            print(format == .json ? ReportDiff.json(summary) : ReportDiff.text(summary), terminator: "")
        }
    }
}
