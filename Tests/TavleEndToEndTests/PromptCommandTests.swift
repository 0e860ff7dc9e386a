import Foundation
import Testing

/// The worksheet prompt library through the real CLI: listed, inserted into reports with the
/// teams' answers, adapted by a workspace, and recorded so that `verify` can make an old
/// report again after the wording changed.
@Suite struct PromptCommandTests {
    static let notebook = """
        ---
        id: report
        title: Before gathering 4
        language: nb
        gathering: 4
        params:
          team: { type: team }
        ---
        # {{ team.name }}

        ```worksheet veiledning.fase3-4
        ```

        ```prompt forbedringsmodellen.mal
        ```
        """

    static let journal = """
        answers:
          - prompt: veiledning.fase3-4.refleksjoner
            gathering: 4
            text: Fallene om natta gikk ned etter at nattlyset kom.
        """

    func workspace() throws -> Workspace {
        let workspace = try Workspace(notebook: Self.notebook)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal)
        return workspace
    }

    @Test func listsTheSetsAndOneSetInFull() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let all = try workspace.tavle("prompts", "--language", "nb")
        #expect(all.status == 0, "\(all.stderr)")
        #expect(
            all.stdout.contains(
                "veiledning.fase3-4      Veiledningsgrunnlag mellom samling 3 og 4 (fase 3–4, før samling 4, 7 spørsmål)"
            ), "\(all.stdout)")
        let pdsa = try workspace.tavle("prompts", "--set", "pdsa")
        // The test workspace is in English.
        #expect(pdsa.stdout.hasPrefix("PDSA – testing a change on a small scale\n"))
        #expect(pdsa.stdout.contains("pdsa.act\n  A – Act: decide whether to adopt, adapt or abandon the change.\n"))
        let unknown = try workspace.tavle("prompts", "--set", "varjasjon")
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "error: there is no prompt set 'varjasjon'\n  hint: did you mean 'variasjon'? ('tavle prompts' lists them)\n"
        )
        #expect(
            try workspace.tavle("prompts", "--language", "se").stderr.contains(
                "The value 'se' is invalid for '--language <language>'. Please provide one of 'nb', 'sv', 'da' or 'en'."
            ))
    }

    @Test func aWorksheetStandsInTheReportWithTheTeamsAnswers() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try workspace.read("out/t1/report.html")
        #expect(
            html.contains(
                "<section class=\"worksheet\" id=\"worksheet-veiledning.fase3-4\">\n<h2>Veiledningsgrunnlag mellom samling 3 og 4</h2>"
            ))
        #expect(html.contains("<h3>Hvilke refleksjoner har dere gjort ut fra målingene?</h3>"))
        #expect(html.contains("Fallene om natta gikk ned etter at nattlyset kom."))
        #expect(html.contains("<h3>Hva ønsker vi å oppnå (mål)?</h3>"))
        #expect(html.contains("Kilde: Læringsnettverk kontinuerlig forbedring, Møre og Romsdal 2021–22, vedlegg 2"))
        // A team without answers gets room to write under every prompt: seven and one.
        #expect(
            try workspace.read("out/t2/report.html").components(separatedBy: "<div class=\"answer\" role=\"textbox\"")
                .count - 1 == 8)
        #expect(try workspace.read("out/t1/report.md").contains("## Veiledningsgrunnlag mellom samling 3 og 4"))
        // No warning about an answer to a prompt the notebook does not have.
        #expect(!result.stderr.contains("veiledning.fase3-4.refleksjoner"), "\(result.stderr)")
        let manifest = try workspace.read("out/t1/report.manifest.json")
        #expect(manifest.contains("\"id\" : \"veiledning.fase3-4\""))
    }

    @Test func aWorkspaceAdaptsTheWordingAndVerifyKeepsWhatEachReportUsed() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("prompts"), withIntermediateDirectories: true)
        try workspace.write(
            "prompts/fase3-4.yaml",
            """
            id: veiledning.fase3-4
            prompts:
              - id: refleksjoner
                text: Hva har dere lært av målingene i Molde?
            """)
        let second = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(second.status == 0, "\(second.stderr)")
        let html = try workspace.read("out/t1/report.html")
        #expect(html.contains("<h3>Hva har dere lært av målingene i Molde?</h3>"))
        #expect(!html.contains("Hvilke refleksjoner har dere gjort"))
        // Both runs verify: the first with the wording it recorded, though the workspace has changed since.
        let verify = try workspace.tavle("verify", "--reports-only")
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("Walked 2 commits"), "\(verify.stdout)")
    }

    @Test func anUnknownSetOrPromptStopsTheCheckWithItsPlace() throws {
        let workspace = try Workspace(
            notebook: Self.notebook.replacingOccurrences(
                of: "worksheet veiledning.fase3-4", with: "worksheet veiledning.fase34"))
        defer { workspace.remove() }
        let check = try workspace.tavle("check", "report.md")
        #expect(check.status == 1)
        #expect(
            check.stderr.hasPrefix(
                "report.md:11:1: error: there is no prompt set 'veiledning.fase34'\n  hint: did you mean 'veiledning.fase3-4'"
            ), "\(check.stderr)")
        try workspace.write(
            "report.md",
            Self.notebook.replacingOccurrences(
                of: "prompt forbedringsmodellen.mal", with: "prompt forbedringsmodellen.maal"))
        let run = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(run.status == 1)
        #expect(
            run.stderr.hasPrefix("report.md:14:1: error: there is no prompt 'forbedringsmodellen.maal' in the library"),
            "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'forbedringsmodellen.mal'"), "\(run.stderr)")
        #expect(!workspace.exists("out"))
    }
}
