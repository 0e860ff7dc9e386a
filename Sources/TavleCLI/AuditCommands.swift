import ArgumentParser
import Foundation
import TavleAudit
import TavleModel
import TavleRun
import TavleWorkspace

extension TavleCommand {
    struct Verify: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Check every recorded report against what it was made from, and the data against the live source.", nb: "Sjekk hver registrerte rapport mot det den ble laget av, og dataene mot kilden slik den er nå."),
            discussion: words("""
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
                """, nb: """
                Går gjennom hver commit i rapportarkivet. Der en rapport er endret, lages den på \
                nytt av det arkivet registrerte ved siden av den (notatbokkopien, spørringsresultatene \
                og teamets journal) og sammenlignes byte for byte med lagret HTML, Markdown, \
                manifest, data og loggfiler; en fil som er redigert for hånd, navngis med commiten \
                som endret den. Deretter kjøres hver registrerte spørring på nytt mot dataene slik \
                de er nå, og hver verdi en rapport viste som dataene nå gir annerledes, listes med \
                datoen for den siste rapporten som viste den. Avslutter med 1 hvis noe er ulikt.

                Eksempler:
                  tavle verify
                  tavle verify --team molde-sykehjem-2
                  tavle verify --output /tmp/rapporter --reports-only
                """)
        )

        @Option(help: ArgumentHelp(words("Only this team's reports.", nb: "Bare dette teamets rapporter."), valueName: "id"))
        var team: String?

        @Flag(help: words("Check the reports only; do not re-run the queries against the live data.", nb: "Sjekk bare rapportene; ikke kjør spørringene på nytt mot dataene."))
        var reportsOnly = false

        @OptionGroup var location: RepositoryLocation

        func perform() throws {
            let summary: ReportVerify.Summary
            let folder = try location.folder()
            // With --output the workspace is optional: the reports can be checked without it.
            let workspace = reportsOnly ? nil : try location.workspaceIfAny()
            summary = try ReportVerify(.init(outputFolder: folder, workspace: workspace, team: team)).verify()
            print(ReportVerify.text(summary, reportsOnly: reportsOnly, language: Reader.language), terminator: "")
            if !summary.passed { throw ExitCode(1) }
        }
    }
}

extension TavleCommand {
    struct Diff: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("What changed between two runs: notebooks, data, parameters, goals, PDSA cycles, decisions, answers.", nb: "Hva som endret seg mellom to kjøringer: notatbøker, data, parametere, mål, PDSA-sirkler, beslutninger, svar."),
            discussion: words("""
                Compares two commits of the report repository. REV1 and REV2 are runs as \
                'tavle log' lists them (a commit like 4be0c21, or HEAD~1 for the run before \
                the last). Without REV2 the last run is compared; without either, the last run \
                with the one before it.

                Examples:
                  tavle diff
                  tavle diff 4be0c21 9f1e2aa
                  tavle diff HEAD~3 HEAD --team molde-sykehjem-2
                """, nb: """
                Sammenligner to commits i rapportarkivet. REV1 og REV2 er kjøringer slik 'tavle log' \
                lister dem (en commit som 4be0c21, eller HEAD~1 for kjøringen før den siste). Uten \
                REV2 sammenlignes den siste kjøringen; uten begge, den siste kjøringen med den før.

                Eksempler:
                  tavle diff
                  tavle diff 4be0c21 9f1e2aa
                  tavle diff HEAD~3 HEAD --team molde-sykehjem-2
                """)
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: ArgumentHelp(words("The earlier run.", nb: "Den tidligere kjøringen."), valueName: "rev1"))
        var from: String?

        @Argument(help: ArgumentHelp(words("The later run (default: the last).", nb: "Den senere kjøringen (standard: den siste)."), valueName: "rev2"))
        var to: String?

        @Option(help: ArgumentHelp(words("Only this team.", nb: "Bare dette teamet."), valueName: "id"))
        var team: String?

        @Option(help: words("text or json.", nb: "text eller json."))
        var format: Format = .text

        @OptionGroup var location: RepositoryLocation

        func perform() throws {
            let summary: ReportDiff.Summary
            summary = try ReportDiff.compare(outputFolder: try location.folder(), from: from, to: to, team: team)
            print(format == .json ? ReportDiff.json(summary) : ReportDiff.text(summary, language: Reader.language), terminator: "")
        }
    }
}
