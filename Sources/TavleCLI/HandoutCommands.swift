import ArgumentParser
import Foundation
import TavleModel
import TavleRun
import TavleWorkspace

extension TavleCommand {
    struct Handout: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words(
                "Make a gathering's handouts: one per team, an overview for the facilitator, and an index."),
            discussion: words(
                """
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
                """)
        )

        @OptionGroup var selection: NotebookSelection

        @Option(
            help: ArgumentHelp(
                words("Write the handouts here instead of the workspace's output folder."), valueName: "dir"),
            completion: .directory)
        var output: String?

        @Flag(help: words("Also print every handout and the overview to PDF with headless Chromium."))
        var pdf = false

        @Option(
            name: [.customShort("m"), .long],
            help: ArgumentHelp(
                words("Why these handouts were made, for their commit (shown by tavle log and git log)."),
                valueName: "text"))
        var message: String?

        func perform() throws {
            let start = ContinuousClock.now
            let summary = try selection.reportRun(output: output, message: message).handouts(pdf: pdf)
            warn(summary.run.warnings)
            let seconds = start.duration(to: .now).seconds
            let count = summary.run.reports.count
            let pdfs = summary.printed
            let notebook = summary.run.notebook.id
            let time = Phrase.number(seconds, decimals: 2)
            say(
                Phrase(
                    "Made \(Phrase.count(count, one: Phrase("1 handout"), other: Phrase("\(count) handouts"))) of \(notebook)\(pdfs > 0 ? Phrase(" and \(pdfs) PDFs") : Phrase(verbatim: "")) in \(time) s; "
                )
                    + outcome(summary.run))
            let index = Files.displayPath(summary.run.outputFolder + "/" + summary.index)
            say(Phrase("Open \(index) for the overview and every handout."))
            if let reason = summary.printingUnavailable {
                let note = Phrase("note: ") + reason
                FileHandle.standardError.write(Data((note.text(in: Reader.language) + "\n").utf8))
            }
        }
    }
}
