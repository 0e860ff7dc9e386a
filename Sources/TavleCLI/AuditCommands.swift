import ArgumentParser
import Foundation
import TavleAudit
import TavleModel
import TavleRun
import TavleWorkspace

extension TavleCommand {
    struct Verify: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words(
                "Check every recorded report against what it was made from, and the data against the live source."),
            discussion: words(
                """
                Walks every commit of the report repository. Wherever a report changed, it is \
                made again from what the repository recorded beside it (the notebook copy, the \
                query results and the team's journal) and compared byte for byte with the \
                committed HTML, Markdown, manifest, data and ledger files; a file edited by hand \
                is named with the commit that changed it. Then every recorded query is run again \
                against the workspace's data as it is now, and each value a report showed that \
                the data now gives differently is listed with the date of the last report that \
                showed it. Exits with 1 if anything differs.

                With --file (and --commit) it proves one report: made again from what that run \
                recorded and compared file by file, each listed with its git blob id. \
                Verify writes nothing into the workspace.

                Examples:
                  tavle verify
                  tavle verify --team molde-sykehjem-2
                  tavle verify --file molde-sykehjem-2/samling-3.html --commit 795d64e --format json
                  tavle verify --output /tmp/rapporter --reports-only
                """)
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: ArgumentHelp(words("Only this team's reports."), valueName: "id"))
        var team: String?

        @Option(
            help: ArgumentHelp(
                words("Only the reports of this run (a commit as 'tavle log' lists it)."), valueName: "rev"))
        var commit: String?

        @Option(
            help: ArgumentHelp(
                words("Only this report (a file in the report repository); with --commit, as that run made it."),
                valueName: "path"))
        var file: String?

        @Flag(help: words("Check the reports only; do not re-run the queries against the live data."))
        var reportsOnly = false

        @Option(help: words("text or json."))
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func perform() throws {
            let summary: ReportVerify.Summary
            let folder = try location.folder()
            // With --output the workspace is optional: the reports can be checked without it.
            let workspace = reportsOnly ? nil : try location.workspaceIfAny()
            summary = try ReportVerify(
                .init(outputFolder: folder, workspace: workspace, team: team, commit: commit, file: file)
            ).verify()
            switch format {
            case .text:
                print(ReportVerify.text(summary, reportsOnly: reportsOnly, language: Reader.language), terminator: "")
            case .json: print(ReportVerify.json(summary, reportsOnly: reportsOnly), terminator: "")
            }
            if !summary.passed { throw ExitCode(1) }
        }
    }
}

extension TavleCommand {
    struct Diff: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words(
                "What changed between two runs: notebooks, data, parameters, goals, PDSA cycles, decisions, answers."),
            discussion: words(
                """
                Compares two commits of the report repository. REV1 and REV2 are runs as \
                'tavle log' lists them (a commit like 4be0c21, or HEAD~1 for the run before \
                the last). Without REV2 the last run is compared; without either, the last run \
                with the one before it.

                Examples:
                  tavle diff
                  tavle diff 4be0c21 9f1e2aa
                  tavle diff HEAD~3 HEAD --team molde-sykehjem-2
                """)
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: ArgumentHelp(words("The earlier run."), valueName: "rev1"))
        var from: String?

        @Argument(help: ArgumentHelp(words("The later run (default: the last)."), valueName: "rev2"))
        var to: String?

        @Option(help: ArgumentHelp(words("Only this team."), valueName: "id"))
        var team: String?

        @Option(help: words("text or json."))
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func perform() throws {
            let summary: ReportDiff.Summary
            summary = try ReportDiff.compare(outputFolder: try location.folder(), from: from, to: to, team: team)
            print(
                format == .json ? ReportDiff.json(summary) : ReportDiff.text(summary, language: Reader.language),
                terminator: "")
        }
    }
}

extension TavleCommand {
    struct Cite: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("How to cite one report: its run, file, notebook, data and journal by their git ids."),
            discussion: words(
                """
                Names one report exactly, from the report repository alone: the run (commit, \
                time, author), the report file and its blob, the notebook version and blob, \
                the blobs of the data and the journal it was made from, the parameters and the \
                tool. Name the report by its file, or by --team and --notebook (the last run, or \
                the one for --gathering; --team and --gathering alone name that gathering's \
                notebook). 'tavle verify --file' proves what the citation names.

                Examples:
                  tavle cite molde-sykehjem-2/samling-3.html
                  tavle cite --team molde-sykehjem-2 --notebook samling-3 --gathering 3 --format bibtex
                  tavle cite molde-sykehjem-2/samling-3.html --commit 795d64e --format json
                """)
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, bibtex, json }

        @Argument(help: ArgumentHelp(words("The report: a file in the report repository."), valueName: "report"))
        var report: String?

        @Option(help: ArgumentHelp(words("The team whose report to cite (with --notebook)."), valueName: "id"))
        var team: String?

        @Option(help: ArgumentHelp(words("The notebook of the report (with --team)."), valueName: "id"))
        var notebook: String?

        @Option(
            help: ArgumentHelp(
                words("The report for this gathering (with --team and --notebook)."), valueName: "number"))
        var gathering: Int?

        @Option(
            help: ArgumentHelp(
                words("The report as this run made it (a commit as 'tavle log' lists it)."), valueName: "rev"))
        var commit: String?

        @Option(help: words("text, bibtex or json."))
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func validate() throws {
            if report == nil, team == nil || (notebook == nil && gathering == nil) {
                throw ValidationError(
                    Phrase(
                        "name the report: its file (tavle cite molde-sykehjem-2/samling-3.html), or --team and --notebook"
                    ).text(in: Reader.language))
            }
            if report != nil, team != nil || notebook != nil || gathering != nil {
                throw ValidationError(
                    Phrase("name the report by its file or by --team and --notebook, not both").text(
                        in: Reader.language))
            }
        }

        func perform() throws {
            let subject: ReportCitation.Subject =
                report.map { .file($0) } ?? .report(team: team!, notebook: notebook, gathering: gathering)
            let citation = try ReportCitation.find(subject, commit: commit, outputFolder: try location.folder())
            switch format {
            case .text: print(citation.text(in: Reader.language), terminator: "")
            case .bibtex: print(citation.bibtex, terminator: "")
            case .json: print(citation.json, terminator: "")
            }
        }
    }
}
