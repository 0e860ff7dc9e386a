import ArgumentParser
import Foundation
import TavleModel
import TavleRun

extension TavleCommand {
    struct Handout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a gathering's handouts: one per team, an overview for the facilitator, and an index.",
            discussion: """
                Runs the notebook for the chosen teams as 'tavle run' does, and adds \
                handouts/<notebook-id>/overview.html (every team on one page: a small chart per \
                indicator, who has answered the prompts, how goals changed since the last \
                gathering) and handouts/<notebook-id>/index.html, which links them all. All of it \
                is one commit. With --pdf each handout and the overview are also printed to A4 \
                PDF with headless Chromium and committed beside them; without Chromium the HTML \
                is made all the same and tavle says how to install it.

                Examples:
                  tavle handout Notebooks/samling-3.md --all-teams
                  tavle handout Notebooks/samling-3.md --all-teams --pdf
                  tavle handout Notebooks/samling-3.md --team molde-sykehjem-2 --team alesund-sjukeheim-a
                """
        )

        @OptionGroup var selection: NotebookSelection

        @Option(help: ArgumentHelp("Write the handouts here instead of the workspace's output folder.", valueName: "dir"), completion: .directory)
        var output: String?

        @Flag(help: "Also print every handout and the overview to PDF with headless Chromium.")
        var pdf = false

        func run() throws {
            let start = ContinuousClock.now
            let summary: HandoutSummary
            do {
                summary = try ReportRun(selection.runOptions(output: output), progress: progressOnStandardError()).handouts(pdf: pdf)
            } catch {
                throw report(error)
            }
            warn(summary.run.warnings)
            let seconds = start.duration(to: .now).seconds
            let count = summary.run.reports.count
            let printed = summary.printed > 0 ? " and \(summary.printed) PDFs" : ""
            print("Made \(count) handout\(count == 1 ? "" : "s") of \(summary.run.notebook.id)\(printed) in \(String(format: "%.2f", seconds)) s; \(outcome(summary.run))")
            print("Open \(Files.displayPath(summary.run.outputFolder + "/" + summary.index)) for the overview and every handout.")
            if let reason = summary.printingUnavailable {
                FileHandle.standardError.write(Data("note: \(reason)\n".utf8))
            }
        }
    }
}
