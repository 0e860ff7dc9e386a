import Testing
import TavleModel
@testable import TavleParse

/// Every message is written in English and Norwegian where it is made.
@Suite struct PhraseTests {
    @Test(arguments: [
        "no front matter",
        "---\nid: a\n---\n",
        "---\nid: a b\ntitle: A\n---\n",
        "---\nid: a\ntitle: A\n---\n```sql\n--| chart: run\nSELECT 1\n```\n",
        "---\nid: a\ntitle: A\n---\n```sql q\n--| chart: pie\nSELECT 1\n```\n",
        "---\nid: a\ntitle: A\n---\n```form x\nfields:\n  - indicator: a\n    stored_as: share\n```\n",
        "---\nid: a\ntitle: A\nparams:\n  p: { type: month, default: 2022-13 }\n---\n",
        "---\nid: a\ntitle: A\ncolour: red\n---\n",
    ])
    func aBadNotebookIsExplainedInBothLanguages(text: String) {
        do {
            _ = try NotebookParser().parse(text, file: "n.md")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(!error.phrase.nb.isEmpty && error.phrase.en != error.phrase.nb, "untranslated: \(error.phrase.en)")
            if let hint = error.hintPhrase { #expect(hint.en != hint.nb, "untranslated hint: \(hint.en)") }
        }
    }

    @Test func aDiagnosticPrintsInTheReadersLanguage() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "n.md", line: 3, column: 7), Phrase("the query 'q' has no SQL", nb: "spørringen «q» har ingen SQL"),
            hint: Phrase("write a SELECT", nb: "skriv en SELECT"))
        #expect(diagnostic.text(in: .en) == "n.md:3:7: error: the query 'q' has no SQL\n  hint: write a SELECT")
        #expect(diagnostic.text(in: .nb) == "n.md:3:7: feil: spørringen «q» har ingen SQL\n  tips: skriv en SELECT")
        #expect(diagnostic.description == diagnostic.text(in: .en))
    }

    @Test func suggestionsNameTheNearestWordsInEachLanguage() {
        let near = Suggestions.hint(for: "tema", among: ["team", "period"], noun: Phrase("parameters", nb: "parametere"))
        #expect(near == Phrase("did you mean 'team'?", nb: "mente du «team»?"))
        let none = Suggestions.hint(for: "x", among: [], noun: Phrase("parameters", nb: "parametere"))
        #expect(none == Phrase("there are no parameters here", nb: "her finnes ingen parametere"))
    }
}
