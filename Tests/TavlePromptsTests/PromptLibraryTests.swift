import Foundation
import TavleModel
import TavleParse
import Testing

@testable import TavlePrompts

@Suite struct PromptLibraryTests {
    let library: PromptLibrary

    init() throws {
        library = try PromptLibraryLoader.builtIn()
    }

    /// A run reads only the files of the sets its notebook names, found by file name.
    @Test func eachSetIsTheFileOfItsId() throws {
        let folder = try PromptLibraryLoader.libraryFolder()
        for set in library.sets {
            #expect(set.location.file.hasSuffix("/\(set.id).yaml"), "\(set.location.file)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.count
                == library.sets.count)
        let some = try PromptLibraryLoader.builtIn(for: ["pdsa.plan", "veiledning.fase1"])
        #expect(Set(some.sets.map(\.id)) == ["pdsa", "veiledning.fase1"])
    }

    @Test func holdsEveryWorksheetOfTheSeeds() {
        #expect(
            library.sets.map(\.id).sorted() == [
                "forbedringsmodellen", "oppfolging", "pdsa", "statusrapport.samling2", "statusrapport.samling3",
                "variasjon",
                "veiledning.fase1", "veiledning.fase2", "veiledning.fase3-4",
            ])
        #expect(library.set("veiledning.fase1")?.prompts.count == 7)
        #expect(library.set("veiledning.fase2")?.prompts.count == 7)
        #expect(library.set("veiledning.fase3-4")?.prompts.count == 7)
        #expect(library.set("statusrapport.samling2")?.prompts.count == 4)
        #expect(library.set("statusrapport.samling3")?.prompts.count == 4)
        #expect(library.set("forbedringsmodellen")?.prompts.count == 3)
        #expect(library.set("pdsa")?.prompts.count == 4)
        #expect(library.set("variasjon")?.prompts.map(\.id) == ["teknisk", "naturlig", "uonsket"])
    }

    @Test func keepsTheOriginalNorwegianWording() throws {
        // As written in Vedlegg 2 and 3 of the Møre og Romsdal report and in the GP resource.
        let cases = [
            "veiledning.fase1.hemmere-fremmere": "Hva kan være hemmere og fremmere hos dere i fase 1?",
            "veiledning.fase2.veiledning": "Hva trenger dere veiledning på ved det digitale møtet?",
            "veiledning.fase3-4.refleksjoner": "Hvilke refleksjoner har dere gjort ut fra målingene?",
            "statusrapport.samling2.laering": "Hva har vært læringsutbyttet så langt?",
            "forbedringsmodellen.malinger": "Hvordan vet vi at en endring er en forbedring (målinger)?",
            "pdsa.act": "A – Act: bestem deg for å videreføre, endre eller forkaste tiltaket.",
            "oppfolging.arenaer": "I hvilke fora/arenaer er det mulig å følge opp kvalitetsarbeidet?",
        ]
        for (id, wording) in cases {
            let found = try #require(library.prompt(id), "\(id)")
            #expect(found.prompt.text.text(in: .nb) == wording)
        }
        #expect(
            library.prompt("veiledning.fase2.mal")?.prompt.help?.text(in: .nb).hasPrefix(
                "Hvor mye, innen når, for hvem? Smarte mål er spesifikke") == true)
    }

    @Test func everyTextIsInEveryLanguage() {
        let every = Set(Language.allCases)
        for set in library.sets {
            #expect(Set(set.title.texts.keys) == every, "\(set.id)")
            if let intro = set.intro { #expect(Set(intro.texts.keys) == every, "\(set.id) intro") }
            #expect(set.source != nil, "\(set.id) says where its wording comes from")
            for prompt in set.prompts {
                #expect(Set(prompt.text.texts.keys) == every, "\(set.promptID(prompt))")
                if let help = prompt.help { #expect(Set(help.texts.keys) == every, "\(set.promptID(prompt)) help") }
                #expect(
                    !prompt.id.contains("."),
                    "a prompt's own id has no dot: the set's id is everything before the last one")
            }
        }
    }

    @Test func aWorkspaceAddsSetsAndAdaptsWording() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-prompts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("prompts"), withIntermediateDirectories: true)
        try """
        id: pdsa
        prompts:
          - id: plan
            text: "P – Plan: planlegg tiltaket sammen med nattevakten."
          - id: hvem
            text: Hvem i kommunen bør vite om tiltaket?
        """.write(to: folder.appendingPathComponent("prompts/pdsa.yaml"), atomically: true, encoding: .utf8)
        try """
        id: kommune.datapakke
        title: Data- og kvalitetspakke for Molde
        prompts:
          - id: tilbakemelding
            text: Hvordan får de som registrerer tallene vite hva de viser?
        """.write(to: folder.appendingPathComponent("prompts/datapakke.yaml"), atomically: true, encoding: .utf8)
        let adapted = try PromptLibraryLoader.library(workspace: folder.path, language: .nb, displayPath: { $0 })
        let pdsa = try #require(adapted.set("pdsa"))
        #expect(pdsa.prompts.map(\.id) == ["plan", "do", "study", "act", "hvem"])
        #expect(pdsa.prompts[0].text.text(in: .nb) == "P – Plan: planlegg tiltaket sammen med nattevakten.")
        // The English text stays the library's where the workspace gave only Norwegian.
        #expect(pdsa.prompts[0].text.text(in: .en) == "P – Plan: plan the change.")
        #expect(adapted.set("kommune.datapakke")?.title.text(in: .nb) == "Data- og kvalitetspakke for Molde")
        #expect(adapted.prompt("kommune.datapakke.tilbakemelding") != nil)
    }

    @Test func aNewWorkspaceSetNeedsATitleAndNewPromptsTheirWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-prompts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("prompts"), withIntermediateDirectories: true)
        try "id: pdsaa\nprompts:\n  - id: plan\n    text: Plan\n".write(
            to: folder.appendingPathComponent("prompts/x.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try PromptLibraryLoader.library(workspace: folder.path, language: .nb, displayPath: { $0 })
            Issue.record("a new set without a title should be refused")
        } catch {
            #expect(error.message == "the new prompt set 'pdsaa' has no title")
            #expect(error.hint?.contains("did you mean 'pdsa'?") == true, "\(error.hint ?? "")")
        }
        try "id: pdsa\nprompts:\n  - id: ny\n    help: Bare hjelp\n".write(
            to: folder.appendingPathComponent("prompts/x.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try PromptLibraryLoader.library(workspace: folder.path, language: .nb, displayPath: { $0 })
            Issue.record("a new prompt without text was accepted")
        } catch {
            #expect(error.message == "the new prompt 'pdsa.ny' has no text")
            #expect(error.location?.line == 3)
        }
    }
}

@Suite struct PromptResolverTests {
    let library: PromptLibrary

    init() throws {
        library = try PromptLibraryLoader.builtIn()
    }

    func notebook(_ body: String, language: String = "nb") throws -> Notebook {
        try NotebookParser().parse("---\nid: a\ntitle: A\nlanguage: \(language)\n---\n" + body, file: "nb.md")
    }

    @Test func aWorksheetTakesTheSetInTheNotebooksLanguage() throws {
        let resolved = try PromptResolver.resolve(
            try notebook("```worksheet pdsa\n```\n"), library: library, language: .en)
        guard case .worksheet(let cell) = resolved.blocks.first else { Issue.record("no worksheet"); return }
        #expect(cell.title == "PDSA – testing a change on a small scale")
        #expect(cell.prompts.map(\.id) == ["pdsa.plan", "pdsa.do", "pdsa.study", "pdsa.act"])
        #expect(cell.prompts.first?.question == "P – Plan: plan the change.")
        #expect(resolved.promptIDs == ["pdsa.plan", "pdsa.do", "pdsa.study", "pdsa.act"])
    }

    @Test func anEmptyPromptCellTakesTheLibrarysWordsAndAWrittenOneKeepsItsOwn() throws {
        let text =
            "```prompt forbedringsmodellen.mal\n```\n\n```prompt forbedringsmodellen.tiltak\nHva vil dere prøve først?\n```\n"
        let resolved = try PromptResolver.resolve(try notebook(text), library: library, language: .nb)
        let prompts = resolved.blocks.compactMap { if case .prompt(let cell) = $0 { cell } else { nil } }
        #expect(prompts.map(\.question) == ["Hva ønsker vi å oppnå (mål)?", "Hva vil dere prøve først?"])
        #expect(prompts[0].help?.hasPrefix("Hvor mye, innen når, for hvem?") == true)
    }

    @Test func anUnknownSetIsNamedWithTheClosestKnownIDs() throws {
        let unknown = try notebook("Tekst\n\n```worksheet veiledning.fase3\n```\n")
        do {
            _ = try PromptResolver.resolve(unknown, library: library, language: .nb)
            Issue.record("an unknown set was accepted")
        } catch {
            #expect(error.message == "there is no prompt set 'veiledning.fase3'")
            #expect(error.location == SourceLocation(file: "nb.md", line: 8, column: 1))
            #expect(
                error.hint?.hasPrefix("did you mean 'veiledning.fase1' or 'veiledning.fase2' or 'veiledning.fase3-4'?")
                    == true, "\(error.hint ?? "")")
        }
    }

    @Test func anUnknownPromptIsNamedWithTheClosestKnownIDs() throws {
        let unknown = try notebook("```prompt pdsa.studie\n```\n")
        do {
            _ = try PromptResolver.resolve(unknown, library: library, language: .nb)
            Issue.record("an unknown prompt was accepted")
        } catch {
            #expect(
                error.message
                    == "there is no prompt 'pdsa.studie' in the library, and the cell has no question of its own")
            #expect(error.location?.line == 6)
            #expect(error.hint?.hasPrefix("did you mean 'pdsa.study'?") == true, "\(error.hint ?? "")")
        }
    }

    @Test func aPromptAskedTwiceIsRefused() throws {
        let twice = try notebook("```worksheet pdsa\n```\n\n```prompt pdsa.plan\n```\n")
        do {
            _ = try PromptResolver.resolve(twice, library: library, language: .nb)
            Issue.record("a prompt asked twice was accepted")
        } catch {
            #expect(error.message == "the prompt 'pdsa.plan' is asked twice (also at line 6)")
            #expect(error.location?.line == 9)
        }
    }

    @Test func theWordingUsedIsRecordedAndReadsBackTheSame() throws {
        let text = "```worksheet variasjon\n```\n\n```prompt oppfolging.arenaer\n```\n"
        let resolved = try PromptResolver.resolve(try notebook(text), library: library, language: .nb)
        let used = PromptResolver.used(by: resolved, language: .nb)
        #expect(used.sets.map(\.id) == ["variasjon", "oppfolging"])
        #expect(used.set("oppfolging")?.prompts.map(\.id) == ["arenaer"])
        // Made again from only what was recorded, the notebook reads the same.
        let again = try PromptResolver.resolve(try notebook(text), library: used, language: .nb)
        #expect(again == resolved)
    }
}
