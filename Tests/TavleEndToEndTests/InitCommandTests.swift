import Foundation
import TavleModel
import Testing

/// `tavle init`: a workspace that works at once, in the facilitator's language, straight
/// through check, run, handout and verify, and never over anything already there.
@Suite struct InitCommandTests {
    /// A new workspace made by `tavle init` in the language given, in a folder of its own.
    func initialized(_ language: String) throws -> URL {
        let workspace = folder()
        #expect(
            try Tavle.run(["init", workspace.path, "--language", language], in: FileManager.default.temporaryDirectory)
                .status == 0)
        return workspace
    }

    /// The first notebook `tavle init` wrote, whatever its language calls it.
    func notebookFile(in workspace: URL) throws -> String {
        try #require(try FileManager.default.contentsOfDirectory(atPath: workspace.path).first { $0.hasSuffix(".md") })
    }

    /// The environment of a facilitator who reads `language`.
    static func reading(_ language: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_LANGUAGE"] = language
        return environment
    }

    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tavle-init-\(UUID().uuidString)")
    }

    @Test(arguments: [
        ("nb", "forste-rapport.md", "Sykehjemmet, avdeling A", "rapporter"),
        ("sv", "forsta-rapport.md", "Äldreboendet, avdelning A", "rapporter"),
        ("da", "foerste-rapport.md", "Plejehjemmet, afdeling A", "rapporter"),
        ("en", "first-report.md", "Care home, ward A", "reports"),
    ])
    func aNewWorkspaceChecksRunsAndVerifies(language: String, notebook: String, teamName: String, output: String) throws
    {
        let parent = folder()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let made = try Tavle.run(
            ["init", "network", "--language", language, "--name", "Falls network: Molde"], in: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("tavle check \(notebook) && tavle run \(notebook) --all-teams"), "\(made.stdout)")
        let workspace = parent.appendingPathComponent("network")
        // The ids a facilitator copies from (goals, cycles, cells) are in the workspace's language too.
        if language == "sv" || language == "da" {
            for file in try FileManager.default.subpathsOfDirectory(atPath: workspace.path)
            where file.hasSuffix(".yaml") || file.hasSuffix(".md") {
                let text = try String(contentsOf: workspace.appendingPathComponent(file), encoding: .utf8)
                for id in ["faerre-fall", "nattlys", "nettverk", "alle-rom"] {
                    #expect(!text.contains(id), "\(language) \(file) has the Norwegian id '\(id)'")
                }
            }
        }
        // A name with a colon is quoted, so tavle.yaml still reads.
        #expect(
            try String(contentsOf: workspace.appendingPathComponent("tavle.yaml"), encoding: .utf8).contains(
                "name: \"Falls network: Molde\""))

        let check = try Tavle.run(["check", notebook, "--strict"], in: workspace)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("warning"), "no warning in a new workspace: \(check.stderr)")

        let run = try Tavle.run(["run", notebook, "--all-teams", "--strict"], in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try String(
            contentsOf: workspace.appendingPathComponent("\(output)/team-a/\(notebook.dropLast(3)).html"),
            encoding: .utf8)
        #expect(report.contains(teamName))
        #expect(report.components(separatedBy: "<svg").count - 1 == 3, "a run chart, a p chart and a funnel")
        #expect(report.contains("<path class=\"target\""), "the journal's goal is drawn on its chart")

        #expect(report.contains("<html lang=\"\(language)\">"))

        let handout = try Tavle.run(["handout", notebook, "--all-teams"], in: workspace)
        #expect(handout.status == 0, "\(handout.stderr)")
        let verify = try Tavle.run(["verify"], in: workspace)
        #expect(verify.status == 0, "\(verify.stdout)")

        // Every word Tavle adds is in the workspace's language: the report, the handout and the
        // facilitator's overview hold no word that only the Norwegian catalog has.
        let reader = try #require(Language(rawValue: language))
        guard reader == .sv || reader == .da else { return }
        let pages =
            try ["team-a/\(notebook.dropLast(3)).html"]
            + FileManager.default.subpathsOfDirectory(
                atPath: workspace.appendingPathComponent("\(output)/handouts").path
            ).filter { $0.hasSuffix(".html") }.map { "handouts/\($0)" }
        #expect(pages.count >= 3, "a report, a handout and the overview: \(pages)")
        let norwegianOnly = try Self.wordsOnlyNorwegianHas()
        for page in pages {
            let text = try Self.visibleWords(
                String(contentsOf: workspace.appendingPathComponent("\(output)/\(page)"), encoding: .utf8))
            let stray = text.intersection(norwegianOnly)
            #expect(stray.isEmpty, "\(language) \(page) holds Norwegian words: \(stray.sorted())")
        }
        let refused = try Tavle.run(["check", notebook, "--param", "period=2020-13"], in: workspace)
        #expect(refused.status == 1)
        #expect(Self.visibleWords(refused.stderr).intersection(norwegianOnly).isEmpty, "\(refused.stderr)")
    }

    /// Words (four letters or more) of the Norwegian catalog that neither the Swedish, the
    /// Danish nor the English text of any sentence uses: a word Tavle adds from nb.
    static func wordsOnlyNorwegianHas() throws -> Set<String> {
        func words(_ language: Language) throws -> Set<String> {
            let catalog = try #require(Catalog.of(language))
            return catalog.entries.reduce(into: Set<String>()) { found, entry in
                found.formUnion(visibleWords(entry.text))
                found.formUnion(visibleWords(entry.id))
            }
        }
        // The prompt library names its sources by their own (Norwegian) titles, and "sett" is
        // also Swedish ("seen").
        let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/TavlePrompts/Library")
        var citations: Set<String> = ["sett"]
        for file in try FileManager.default.contentsOfDirectory(atPath: library.path) {
            let text = try String(contentsOf: library.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("source:") {
                citations.formUnion(visibleWords(String(line)))
            }
        }
        return try words(.nb).subtracting(words(.sv)).subtracting(words(.da)).subtracting(citations)
    }

    /// The lower-cased words of a page's text, its tags and their attributes left out.
    static func visibleWords(_ html: String) -> Set<String> {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false; text.append(" ")
            } else if !inTag {
                text.append(character)
            }
        }
        return Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndNothingIsOverwritten() throws {
        let workspace = folder()
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        try Data("our notes\n".utf8).write(to: workspace.appendingPathComponent("notes.txt"))

        let refused = try Tavle.run(["init", "."], in: workspace)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "is not empty (notes.txt); tavle init makes a new workspace in a new or empty folder"),
            "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["notes.txt"])

        try FileManager.default.createDirectory(
            at: workspace.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try Data("goals: []\n".utf8).write(to: workspace.appendingPathComponent("journals/team-a.yaml"))
        let kept = try Tavle.run(["init", ".", "--force", "--language", "en"], in: workspace)
        #expect(kept.status == 1)
        #expect(kept.stderr.contains("journals/team-a.yaml' exists already; nothing was written"), "\(kept.stderr)")
        #expect(
            try String(contentsOf: workspace.appendingPathComponent("journals/team-a.yaml"), encoding: .utf8)
                == "goals: []\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("data").path))

        try FileManager.default.removeItem(at: workspace.appendingPathComponent("journals"))
        let beside = try Tavle.run(["init", ".", "--force", "--language", "en"], in: workspace)
        #expect(beside.status == 0, "\(beside.stderr)")
        #expect(try String(contentsOf: workspace.appendingPathComponent("notes.txt"), encoding: .utf8) == "our notes\n")
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("first-report.md").path))
    }

    /// A workspace kept in git: after a run, a sign-in link and a data cache, git sees only
    /// the workspace's own files (not the report repository inside it, nor the sign-in list);
    /// a .gitignore already there is left as it was.
    @Test(arguments: ["en", "sv"]) func aWorkspaceKeptInGitHoldsOnlyItsOwnFiles(language: String) throws {
        let workspace = try initialized(language)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let notebook = try notebookFile(in: workspace)
        #expect(try Tavle.run(["run", notebook, "--all-teams"], in: workspace).status == 0)
        #expect(try Tavle.run(["access", "add", "--facilitator", "Kari"], in: workspace).status == 0)
        #expect(try GitCLI.run(["init", "-q"], in: workspace).status == 0)
        let seen = try GitCLI.run(["status", "--porcelain", "--untracked-files=all", "--ignored=no"], in: workspace)
            .output.split(separator: "\n").map { String($0.dropFirst(3)) }.sorted()
        #expect(seen.contains(".gitignore") && seen.contains("tavle.yaml") && seen.contains("journals/team-a.yaml"))
        #expect(
            !seen.contains { $0.hasPrefix("reports/") || $0.hasPrefix("rapporter/") || $0.hasPrefix(".tavle") },
            "\(seen)")
        #expect(
            try String(contentsOf: workspace.appendingPathComponent(".gitignore"), encoding: .utf8).hasSuffix("/\n"))

        let inside = folder()
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: inside) }
        try Data("*.log\n".utf8).write(to: inside.appendingPathComponent(".gitignore"))
        #expect(try Tavle.run(["init", ".", "--force", "--language", language], in: inside).status == 0)
        #expect(try String(contentsOf: inside.appendingPathComponent(".gitignore"), encoding: .utf8) == "*.log\n")
    }

    /// Run twice in the same folder, init says it is a workspace already; the journal's
    /// commented examples, uncommented as they stand, are a valid journal; dates follow today.
    @Test func aSecondInitIsRefusedAndTheJournalsExamplesWorkUncommented() throws {
        let workspace = try initialized("en")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let again = try Tavle.run(["init", ".", "--force"], in: workspace)
        #expect(again.status == 1)
        #expect(
            again.stderr.contains("is a tavle workspace already (it has a tavle.yaml); nothing was written"),
            "\(again.stderr)")

        let journalURL = workspace.appendingPathComponent("journals/team-a.yaml")
        let journal = try String(contentsOf: journalURL, encoding: .utf8)
        // What a person does: take the # off the example's lines (the key's line and its items).
        var inExample = false
        let uncommented = journal.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line == "#pdsa:" || line == "#decisions:" { inExample = true; return String(line.dropFirst()) }
            if inExample, line.hasPrefix("#  ") { return String(line.dropFirst()) }
            inExample = false
            return String(line)
        }.joined(separator: "\n")
        try Data(uncommented.utf8).write(to: journalURL)
        let check = try Tavle.run(["check", "first-report.md", "--strict"], in: workspace)
        #expect(check.status == 0, "\(check.stderr)")
        let run = try Tavle.run(["run", "first-report.md", "--team", "team-a"], in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try String(
                contentsOf: workspace.appendingPathComponent("reports/team-a/first-report.html"), encoding: .utf8
            ).contains("Night lights in four rooms"))

        // The example months end last month, so the first report is about the latest data.
        let notebook = try String(contentsOf: workspace.appendingPathComponent("first-report.md"), encoding: .utf8)
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let lastMonth =
            parts.month! == 1
            ? String(format: "%04d-12", parts.year! - 1) : String(format: "%04d-%02d", parts.year!, parts.month! - 1)
        #expect(notebook.contains("default: \"\(lastMonth)\""), "\(lastMonth)")
    }

    /// A language code Tavle does not have, in tavle.yaml or a notebook, is refused at its place
    /// with the language meant as the hint, and nothing is run or written.
    @Test(arguments: [
        ("tavle.yaml", "se", "sv"), ("tavle.yaml", "dk", "da"), ("forsta-rapport.md", "nn", "nb"),
        ("forsta-rapport.md", "svenska", "sv"),
    ])
    func anUnknownLanguageNamesTheOneMeant(file: String, written: String, meant: String) throws {
        let workspace = try initialized("sv")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let url = workspace.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasPrefix("language: ") })
        var changed = lines
        changed[index] = "language: \(written)"
        try changed.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)

        var english = ProcessInfo.processInfo.environment
        english["TAVLE_LANGUAGE"] = "en"
        let run = try Tavle.run(["run", "forsta-rapport.md", "--all-teams"], in: workspace, environment: english)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "\(file):\(index + 1):11: error: the language '\(written)' is not one of 'nb', 'sv', 'da', 'en'"),
            "\(run.stderr)")
        #expect(run.stderr.contains("hint: did you mean '\(meant)'?"), "\(run.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: workspace.appendingPathComponent("rapporter").path),
            "nothing is written")
    }

    /// A Swedish workspace: a first run, then the things a facilitator gets wrong.
    func swedishWorkspaceAfterARun() throws -> URL {
        let workspace = folder()
        #expect(
            try Tavle.run(["init", workspace.path, "--language", "sv"], in: FileManager.default.temporaryDirectory)
                .status == 0)
        let run = try Tavle.run(["run", "forsta-rapport.md", "--all-teams"], in: workspace, environment: Self.swedish)
        #expect(run.status == 0, "\(run.stderr)")
        return workspace
    }

    /// The facilitator reads Swedish.
    static let swedish: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_LANGUAGE"] = "sv"
        return environment
    }()

    func commits(_ workspace: URL) throws -> Int {
        let log = try Tavle.run(["log", "--format", "json"], in: workspace)
        return log.stdout.components(separatedBy: "\"commit\"").count - 1
    }

    func edit(_ file: URL, _ change: (String) -> String) throws {
        try change(String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    /// A journal renamed by mistake would take the team's goals out of its report without a word:
    /// the run is refused, naming the file and the goals, and nothing is committed.
    @Test func aJournalThatIsGoneDoesNotTakeItsGoalsWithIt() throws {
        let workspace = try swedishWorkspaceAfterARun()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let before = try commits(workspace)
        try FileManager.default.moveItem(
            at: workspace.appendingPathComponent("journals/team-a.yaml"),
            to: workspace.appendingPathComponent("journals/team-aa.yaml"))
        for command in ["check", "run"] {
            let refused = try Tavle.run(
                [command, "forsta-rapport.md", "--all-teams"], in: workspace, environment: Self.swedish)
            #expect(refused.status == 1)
            #expect(
                refused.stderr.contains(
                    "fel: teamet ”team-a” har ingen loggbok (journals/team-a.yaml), men rapportarkivet har registrerat dess mål (”farre-fall”, commit "
                ), "\(refused.stderr)")
            #expect(
                refused.stderr.contains("tips: lägg tillbaka loggboken som journals/team-a.yaml"), "\(refused.stderr)")
        }
        #expect(try commits(workspace) == before, "nothing committed")
    }

    /// Nordic readers write a decimal comma in a journal too; a comma before three digits could
    /// be a thousand, so it is refused at its place rather than read either way.
    @Test func aJournalNumberMayHaveADecimalComma() throws {
        let workspace = try swedishWorkspaceAfterARun()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let journal = workspace.appendingPathComponent("journals/team-b.yaml")
        try edit(journal) { $0.replacingOccurrences(of: "baseline: 6 ", with: "baseline: 6,5") }
        let check = try Tavle.run(
            ["check", "forsta-rapport.md", "--team", "team-b", "--strict"], in: workspace, environment: Self.swedish)
        #expect(check.status == 0, "\(check.stderr)")
        let run = try Tavle.run(
            ["run", "forsta-rapport.md", "--team", "team-b"], in: workspace, environment: Self.swedish)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try String(
                contentsOf: workspace.appendingPathComponent("rapporter/team-b/forsta-rapport.html"), encoding: .utf8
            ).contains("6,5"))

        let before = try commits(workspace)
        try edit(journal) { $0.replacingOccurrences(of: "baseline: 6,5", with: "baseline: 6,500") }
        let refused = try Tavle.run(
            ["run", "forsta-rapport.md", "--team", "team-b"], in: workspace, environment: Self.swedish)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("journals/team-b.yaml:12:15: fel: "), "\(refused.stderr)")
        #expect(
            refused.stderr.contains("”6,500” kan vara ett tal med decimalkomma eller tusental skrivna med komma"),
            "\(refused.stderr)")
        #expect(try commits(workspace) == before)
    }

    /// A journal's keys are English in every language; a key written in the reader's own
    /// language is told the English one, which a typo's edit distance would not find.
    @Test(arguments: [
        (
            "sv", "for_whom:", "for_vem:", "9:5", "fel: okänd nyckel ”for_vem” i ett mål",
            "tips: nycklarna i tavles filer är engelska på alla språk: skriv ”for_whom”"
        ),
        (
            "da", "how_much:", "hvor_meget:", "10:5", "fejl: ukendt nøgle »hvor_meget« i et mål",
            "tip: nøglerne i tavles filer er engelske på alle sprog: skriv »how_much«"
        ),
        (
            "nb", "target:", "målverdi:", "13:5", "feil: ukjent nøkkel «målverdi» i et mål",
            "tips: nøklene i tavles filer er engelske på alle språk: skriv «target»"
        ),
        (
            "nb", "goals:", "mål:", "5:1", "feil: ukjent nøkkel «mål» i journalen",
            "tips: nøklene i tavles filer er engelske på alle språk: skriv «goals»"
        ),
    ])
    func aKeyInTheReadersLanguageIsToldTheEnglishOne(
        language: String, key: String, written: String, position: String, error: String, hint: String
    ) throws {
        let workspace = try initialized(language)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let journal = workspace.appendingPathComponent("journals/team-a.yaml")
        let before = try String(contentsOf: journal, encoding: .utf8)
        try edit(journal) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.trimmingCharacters(in: .whitespaces).hasPrefix(key)
                    ? line.replacingOccurrences(of: key, with: written) : String(line)
            }.joined(separator: "\n")
        }
        #expect(try String(contentsOf: journal, encoding: .utf8) != before)
        let notebook = try notebookFile(in: workspace)
        let environment = Self.reading(language)
        let run = try Tavle.run(["run", notebook, "--all-teams"], in: workspace, environment: environment)
        #expect(run.status == 1)
        #expect(run.stderr.contains("journals/team-a.yaml:\(position): \(error)"), "\(run.stderr)")
        #expect(run.stderr.contains(hint), "\(run.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: workspace.appendingPathComponent("rapporter").path),
            "nothing is written")
    }

    /// A journal's fixed values (a decision, a direction, a kind) are English too; one written
    /// as the reports name it in the reader's language is told the English value.
    @Test(arguments: [
        ("da", "direction: down", "direction: ned", "14:16", "tip: mente du »down«?"),
        ("sv", "kind: process", "kind: processindikator", "29:11", "tips: menade du ”process”?"),
        ("nb", "direction: down", "direction: lavere", "14:16", "tips: mente du «down»?"),
        (
            "da", "direction: down", "direction: sidelæns", "14:16",
            "tip: skriv én af »up«, »down«, på engelsk uanset sprog"
        ),
    ])
    func aValueInTheReadersLanguageIsToldTheEnglishOne(
        language: String, value: String, written: String, position: String, hint: String
    ) throws {
        let workspace = try initialized(language)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let journal = workspace.appendingPathComponent("journals/team-a.yaml")
        let before = try String(contentsOf: journal, encoding: .utf8)
        #expect(before.contains(value))
        try edit(journal) { $0.replacingOccurrences(of: value, with: written) }
        let notebook = try notebookFile(in: workspace)
        let environment = Self.reading(language)
        let check = try Tavle.run(["check", notebook], in: workspace, environment: environment)
        #expect(check.status == 1)
        #expect(check.stderr.contains("journals/team-a.yaml:\(position): "), "\(check.stderr)")
        #expect(check.stderr.contains(hint), "\(check.stderr)")
    }

    /// From a Danish facilitator's trial: numbers imported as a value only (no count, no
    /// denominator) left the p chart's last month and the whole funnel out of every report
    /// without a word. The run says so at the chart's option, and --strict makes nothing.
    @Test func rowsAChartThatDividesCannotDrawAreWarnedOf() throws {
        let workspace = try initialized("en")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let data = workspace.appendingPathComponent("data/measurements.csv")
        let lines = try String(contentsOf: data, encoding: .utf8).split(separator: "\n").map(String.init)
        let last = try #require(lines.dropFirst().map { $0.split(separator: ",")[2] }.max())
        try
            (lines.map { line -> String in
                var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if fields[1] == "screening", fields[2] == last { fields[3] = ""; fields[4] = "" }
                return fields.joined(separator: ",")
            }.joined(separator: "\n") + "\n").write(to: data, atomically: true, encoding: .utf8)

        let strict = try Tavle.run(["run", "first-report.md", "--all-teams", "--strict"], in: workspace)
        #expect(strict.status == 1)
        #expect(
            strict.stderr.contains(
                "first-report.md:41:8: error: the p chart 'screening' has rows without a count or a denominator (screened, residents) for \(last) in team-a, team-b, team-c, team-d: those months are left out of the chart and of the goal's last measurement, as if there were no data (a warning; --strict makes every warning an error)"
            ),
            "\(strict.stderr)")
        #expect(
            strict.stderr.contains(
                "first-report.md:58:8: error: the funnel 'screening_network' has 4 teams without a count or a denominator (screened, residents): they are left out of the plot in the reports of team-a, team-b, team-c, team-d"
            ), "\(strict.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: workspace.appendingPathComponent("reports").path),
            "nothing is written under --strict")

        let run = try Tavle.run(["run", "first-report.md", "--all-teams"], in: workspace)
        #expect(run.status == 0)
        #expect(
            run.stderr.contains(
                "first-report.md:41:8: warning: the p chart 'screening' has rows without a count or a denominator"),
            "\(run.stderr)")
    }

    /// Two more from the Danish trial: per cent written in words, and month 13 in the data.
    @Test func perCentInWordsAndAThirteenthMonthSayWhatToWrite() throws {
        let workspace = try initialized("en")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let journal = workspace.appendingPathComponent("journals/team-b.yaml")
        try edit(journal) { $0.replacingOccurrences(of: "target: 4 ", with: "target: 80 pct.") }
        let words = try Tavle.run(["check", "first-report.md"], in: workspace)
        #expect(words.status == 1)
        #expect(
            words.stderr.contains(
                "journals/team-b.yaml:13:13: error: the target of the goal 'fewer-falls' should be a number, but it is '80 pct.'"
            ), "\(words.stderr)")
        #expect(words.stderr.contains("hint: write per cent with the sign, in quotes: \"80 %\""), "\(words.stderr)")
        try edit(journal) { $0.replacingOccurrences(of: "target: 80 pct.", with: "target: 4 ") }

        let data = workspace.appendingPathComponent("data/measurements.csv")
        let text = try String(contentsOf: data, encoding: .utf8)
        let second = try #require(text.split(separator: "\n").dropFirst().first)
        let month = String(second.split(separator: ",")[2])
        try edit(data) {
            $0.replacingOccurrences(
                of: String(second), with: String(second).replacingOccurrences(of: month, with: "2025-13"))
        }
        let thirteenth = try Tavle.run(["check", "first-report.md"], in: workspace)
        #expect(thirteenth.status == 1)
        #expect(
            thirteenth.stderr.contains(
                "data/measurements.csv:2:13: error: '2025-13' in the column 'period' is not a month: a year has months 01 to 12, not 13"
            ), "\(thirteenth.stderr)")
    }

    /// Danish writes more than one team as "teams" (Swedish and Norwegian: "team").
    @Test func danishCountsTeamsInItsOwnPlural() {
        #expect(Phrase("\(3) teams").text(in: .da) == "3 teams")
        #expect(Phrase("every team").text(in: .da) == "alle teams")
        #expect(Phrase("\(3) teams").text(in: .sv) == "3 team")
        #expect(Phrase("\(3) teams").text(in: .nb) == "3 team")
    }

    /// A changed target without a reason is named as the reader writes numbers.
    @Test func theGoalGuardWritesNumbersTheReadersWay() throws {
        let workspace = try swedishWorkspaceAfterARun()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try edit(workspace.appendingPathComponent("journals/team-a.yaml")) {
            $0.replacingOccurrences(of: "target: 4 ", with: "target: 3.5")
        }
        let refused = try Tavle.run(
            ["check", "forsta-rapport.md", "--team", "team-a"], in: workspace, environment: Self.swedish)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("målvärdet från 4 till 3,5"), "\(refused.stderr)")
    }

    /// A chart said to plot per cent whose values are all shares (0–1) would draw 80 % at 0,8 %:
    /// the run says so, and --strict makes nothing.
    @Test func perCentThatLooksLikeSharesIsWarnedOf() throws {
        let workspace = try swedishWorkspaceAfterARun()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let notebook = workspace.appendingPathComponent("forsta-rapport.md")
        try edit(notebook) {
            $0.replacingOccurrences(of: "version: 1\n", with: "version: 2\n").replacingOccurrences(
                of: "--| chart: p\n--| indicator: screening",
                with: "--| chart: run\n--| unit: %\n--| indicator: screening"
            )
            .replacingOccurrences(
                of:
                    "--| y: screenade\n--| n: boende\n--| decimals: 0\nSELECT period AS månad, numerator AS screenade, denominator AS boende, 100.0 * value AS procent",
                with: "--| y: andel\n--| decimals: 2\nSELECT period AS månad, value AS andel")
        }
        let before = try commits(workspace)
        let strict = try Tavle.run(
            ["run", "forsta-rapport.md", "--all-teams", "--strict"], in: workspace, environment: Self.swedish)
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(
            strict.stderr.contains(
                "diagrammet ”screening” säger att värdena är procent (unit: %), men varje värde ligger mellan 0 och 1"),
            "\(strict.stderr)")
        #expect(try commits(workspace) == before, "nothing committed under --strict")
        let run = try Tavle.run(["run", "forsta-rapport.md", "--all-teams"], in: workspace, environment: Self.swedish)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "varning: diagrammet ”screening” säger att värdena är procent (unit: %), men varje värde ligger mellan 0 och 1 (största 0,"
            ), "\(run.stderr)")
    }

    /// An indicator misspelt alike in a goal and in its declaration vouches for itself, and the
    /// chart of the real one would lose the goal line: warned of, naming the charted one.
    @Test func aGoalOnAMisspeltIndicatorIsWarnedOf() throws {
        let workspace = try swedishWorkspaceAfterARun()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try edit(workspace.appendingPathComponent("journals/team-a.yaml")) {
            $0.replacingOccurrences(of: "indicator: fall ", with: "indicator: fal  ").replacingOccurrences(
                of: "- id: fall\n", with: "- id: fal\n")
        }
        let check = try Tavle.run(
            ["check", "forsta-rapport.md", "--team", "team-a", "--strict"], in: workspace, environment: Self.swedish)
        #expect(check.status == 1)
        #expect(check.stderr.contains("journals/team-a.yaml:"), "\(check.stderr)")
        #expect(
            check.stderr.contains(
                "målet ”farre-fall” mäts med indikatorn ”fal”, som inget diagram i ”forsta-rapport” visar"),
            "\(check.stderr)")
        #expect(check.stderr.contains("menade du ”fall”, som ett diagram visar?"), "\(check.stderr)")
    }
}
