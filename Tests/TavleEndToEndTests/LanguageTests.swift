import Foundation
import TavleModel
import TavleRun
import Testing

/// Messages, hints and help speak the reader's language: the notebook's, else the workspace's,
/// else the locale's; TAVLE_LANGUAGE overrides them all.
@Suite struct LanguageTests {
    /// The environment a user has: no TAVLE_LANGUAGE, an English locale.
    static var user: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_LANGUAGE"] = ""
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        return environment
    }

    @Test func aNorwegianWorkspaceGetsItsErrorsInNorwegian() throws {
        let workspace = try Workspace(
            config: """
                name: Nettverk
                language: nb
                data: data.sqlite
                teams:
                  query: SELECT id, name, municipality FROM teams ORDER BY id
                output: out
                """)
        defer { workspace.remove() }
        let result = try Tavle.run(["run", "report.md", "--team", "lia"], in: workspace.folder, environment: Self.user)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "report.md:5:3: feil: det finnes ikke noe team «lia» i dette arbeidsområdet\n  tips: kjente team-id-er: «t1», «t2», «t3»\n",
            "\(result.stderr)")
        let help = try Tavle.run(["run", "--help"], in: workspace.folder, environment: Self.user)
        #expect(help.stdout.contains("Kjør en notatbok og skriv en rapport per team."))
        #expect(help.stdout.contains("Lag en rapport for hvert team i arbeidsområdet."))
    }

    @Test func theNotebooksLanguageComesBeforeTheWorkspaces() throws {
        let notebook = Workspace.goodNotebook.replacingOccurrences(
            of: "title: Status\n", with: "title: Status\nlanguage: nb\n"
        )
        .replacingOccurrences(of: "{{ falls.last.value | number(1) }}", with: "{{ falls.last.vaule }}")
        let workspace = try Workspace(notebook: notebook)
        defer { workspace.remove() }
        let result = try Tavle.run(["check", "report.md"], in: workspace.folder, environment: Self.user)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("report.md:19:"), "\(result.stderr)")
        #expect(result.stderr.contains(": feil: spørringen «falls» har ingen kolonne «vaule»"), "\(result.stderr)")
        #expect(result.stderr.contains("  tips: mente du «value»?"), "\(result.stderr)")
    }

    @Test func anEnglishWorkspaceAndTheOverrideGetEnglish() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let english = try Tavle.run(
            ["run", "report.md", "--team", "lia"], in: workspace.folder, environment: Self.user)
        #expect(
            english.stderr
                == "report.md:5:3: error: there is no team 'lia' in this workspace\n  hint: known team ids: 't1', 't2', 't3'\n",
            "\(english.stderr)")
        var norwegian = Self.user
        norwegian["TAVLE_LANGUAGE"] = "nb"
        let chosen = try Tavle.run(["run", "report.md", "--team", "lia"], in: workspace.folder, environment: norwegian)
        #expect(chosen.stderr.hasPrefix("report.md:5:3: feil: det finnes ikke noe team «lia»"), "\(chosen.stderr)")
    }

    @Test func theLocaleDecidesWhenNoWorkspaceDoes() {
        let nowhere = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-nowhere-\(UUID().uuidString)"
        ).path
        try? FileManager.default.createDirectory(atPath: nowhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: nowhere) }
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "log"], environment: ["LANG": "nb_NO.UTF-8"], currentFolder: nowhere) == .nb)
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "log"], environment: ["LANG": "nn_NO.UTF-8"], currentFolder: nowhere) == .nb)
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "log"], environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "nb_NO.UTF-8"],
                currentFolder: nowhere) == .en)
        #expect(ReaderLanguage.detect(arguments: ["tavle", "log"], environment: [:], currentFolder: nowhere) == .en)
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "log"], environment: ["TAVLE_LANGUAGE": "nb", "LANG": "en_US.UTF-8"],
                currentFolder: nowhere) == .nb)
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "log"], environment: ["LANG": "sv_SE.UTF-8"], currentFolder: nowhere) == .sv)
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "log"], environment: ["LC_ALL": "da_DK.UTF-8"], currentFolder: nowhere) == .da)
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "log"], environment: ["TAVLE_LANGUAGE": "sv"], currentFolder: nowhere) == .sv)
        #expect(
            ReaderLanguage.detect(
                arguments: ["tavle", "init", "x", "--language", "da"], environment: ["LANG": "en_US.UTF-8"],
                currentFolder: nowhere) == .da)
    }

    /// The bundled example is Norwegian, so a facilitator importing forms reads Norwegian.
    @Test func aBadImportIsExplainedInNorwegianInTheExample() throws {
        let example = try ImportCommandTests.ExampleCopy()
        defer { example.remove() }
        try example.write("takster.csv", "team,period,takst-1j\nlegekontor-fjord,2023-01,4 dager\n")
        let result = try Tavle.run(["import", "takster.csv"], in: example.folder, environment: Self.user)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                takster.csv:2:26: feil: «4 dager» (Takst 1j, legekontor-fjord) har feil enhet: skjemaet ber om %, ikke dager; ingenting ble importert
                  tips: skriv tallet i %, slik feltet på skjemaet viser

                """, "\(result.stderr)")
    }
}
