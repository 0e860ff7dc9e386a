import ArgumentParser
import Foundation
import TavleModel
import TavleRun

extension TavleCommand {
    struct Prompts: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("List the worksheet prompts a notebook can use.", nb: "List arbeidsarkspørsmålene en notatbok kan bruke."),
            discussion: words("""
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
                """, nb: """
                Tavle har veiledningsgrunnlagene fra læringsnettverket (fase 1, fase 2, fase 3–4, \
                statusrapportene før samling 2 og 3) og fra veiledningsgruppene for fastleger \
                (forbedringsmodellen, PDSA, å tolke variasjon, oppfølging), på norsk slik de er \
                skrevet og på engelsk. Et arbeidsområde kan legge til egne sett og tilpasse \
                ordlyden i en prompts/-mappe ved siden av tavle.yaml; denne listen viser \
                biblioteket slik arbeidsområdet ser det.

                Eksempler:
                  tavle prompts
                  tavle prompts --set veiledning.fase3-4
                  tavle prompts --set pdsa --language en
                """)
        )

        @Option(help: ArgumentHelp(words("Show one set in full: every prompt's id, wording and help text.", nb: "Vis ett sett i sin helhet: hvert spørsmåls id, ordlyd og hjelpetekst."), valueName: "id"))
        var set: String?

        @Option(help: ArgumentHelp(words("nb or en (default: the workspace's language, else nb).", nb: "nb eller en (standard: arbeidsområdets språk, ellers nb)."), valueName: "language"))
        var language: Language?

        @Option(help: ArgumentHelp(words("Where to look for tavle.yaml, whose prompts/ folder adapts the library.", nb: "Hvor tavle.yaml skal letes etter; prompts/-mappen ved siden av tilpasser biblioteket."), valueName: "path"), completion: .directory)
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
