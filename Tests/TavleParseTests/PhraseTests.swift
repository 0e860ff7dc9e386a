import TavleModel
import Testing

@testable import TavleParse

/// Every message is written in English where it is made and read in each language from its catalog.
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
    func aBadNotebookIsExplainedInEveryLanguage(text: String) {
        do {
            _ = try NotebookParser().parse(text, file: "n.md")
            Issue.record("expected an error for \(text)")
        } catch {
            for language in Language.allCases where language != .en {
                let said = error.phrase.text(in: language)
                #expect(!said.isEmpty && said != error.phrase.en, "untranslated in \(language): \(error.phrase.en)")
                if let hint = error.hintPhrase {
                    #expect(hint.text(in: language) != hint.en, "untranslated hint in \(language): \(hint.en)")
                }
            }
        }
    }

    @Test func aDiagnosticPrintsInTheReadersLanguage() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(file: "n.md", line: 3, column: 7), Phrase("\(Phrase("the query '\("q")'")) has no SQL"),
            hint: Phrase("write a SELECT statement inside the cell"))
        #expect(
            diagnostic.text(in: .en)
                == "n.md:3:7: error: the query 'q' has no SQL\n  hint: write a SELECT statement inside the cell")
        #expect(
            diagnostic.text(in: .nb)
                == "n.md:3:7: feil: spørringen «q» har ingen SQL\n  tips: skriv en SELECT-setning inne i cellen")
        #expect(diagnostic.description == diagnostic.text(in: .en))
    }

    @Test func suggestionsNameTheNearestWordsInEachLanguage() {
        let near = Suggestions.hint(for: "tema", among: ["team", "period"], noun: Phrase("parameters"))
        #expect(near.en == "did you mean 'team'?")
        #expect(near.text(in: .nb) == "mente du «team»?")
        let none = Suggestions.hint(for: "x", among: [], noun: Phrase("parameters"))
        #expect(none.en == "there are no parameters here")
        #expect(none.text(in: .nb) == "her finnes ingen parametere")
    }
}
