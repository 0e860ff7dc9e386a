import ArgumentParser
import Foundation
import TavleModel
import TavleRun

extension TavleCommand {
    struct Prompts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the worksheet prompts a notebook can use.",
            discussion: """
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
                """
        )

        @Option(help: ArgumentHelp("Show one set in full: every prompt's id, wording and help text.", valueName: "id"))
        var set: String?

        @Option(help: ArgumentHelp("nb or en (default: the workspace's language, else nb).", valueName: "language"))
        var language: String?

        @Option(help: ArgumentHelp("Where to look for tavle.yaml, whose prompts/ folder adapts the library.", valueName: "path"), completion: .directory)
        var workspace: String = "."

        func run() throws {
            var chosen: Language?
            if let language {
                guard let known = Language(rawValue: language) else {
                    throw report(.error(at: nil, "'\(language)' is not a language tavle knows", hint: "use \(Language.allCases.map(\.rawValue).joined(separator: " or "))"))
                }
                chosen = known
            }
            do {
                let listing = try PromptCatalog.listing(searchingFrom: workspace, language: chosen)
                let text = if let set { try PromptCatalog.set(set, in: listing) } else { PromptCatalog.sets(listing) }
                FileHandle.standardOutput.write(Data(text.utf8))
            } catch {
                throw report(error)
            }
        }
    }
}
