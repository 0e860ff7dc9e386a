import ArgumentParser
import Foundation
import TavleModel
import TavleRun

extension TavleCommand {
    struct Prompts: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("List the worksheet prompts a notebook can use."),
            discussion: words(
                """
                Tavle carries the supervision worksheets of the learning network (phase 1, \
                phase 2, phases 3–4, the status reports before gatherings 2 and 3) and of the GP \
                supervision groups (the Model for Improvement, PDSA, reading variation, following \
                up), in Norwegian as written and in English. A workspace can add its own sets and \
                adapt the wording in a prompts/ folder beside tavle.yaml; this listing shows the \
                library as the workspace sees it.

                Examples:
                  tavle prompts
                  tavle prompts --set veiledning.fase3-4
                  tavle prompts --set pdsa --language en
                """)
        )

        @Option(
            help: ArgumentHelp(
                words("Show one set in full: every prompt's id, wording and help text."), valueName: "id"))
        var set: String?

        @Option(
            help: ArgumentHelp(
                words("nb, sv, da or en (default: the workspace's language, else nb)."), valueName: "language"))
        var language: Language?

        @Option(
            help: ArgumentHelp(
                words("Where to look for tavle.yaml, whose prompts/ folder adapts the library."), valueName: "path"),
            completion: .directory)
        var workspace: String = "."

        func perform() throws {
            let listing = try PromptCatalog.listing(searchingFrom: workspace, language: language)
            let text = if let set { try PromptCatalog.set(set, in: listing) } else { PromptCatalog.sets(listing) }
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// `--language nb|en`: the parser lists the languages tavle has when another is given.
extension Language: ExpressibleByArgument {}
