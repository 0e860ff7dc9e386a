import Foundation
import Testing

/// The bundled example (Notebooks/) runs as the README promises.
@Suite struct ExampleWorkspaceTests {
    static let notebooks = Tavle.packageRoot.appendingPathComponent("Notebooks")

    /// The team folders: those holding the notebook's report (beside them: notebooks/ and .git).
    func reportFolders(in out: URL, notebook: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out.path)
            .filter {
                FileManager.default.fileExists(atPath: out.appendingPathComponent("\($0)/\(notebook).html").path)
            }
            .sorted()
    }

    func output() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tavle-example-\(UUID().uuidString)")
    }

    /// "A person can print them and write on them": the 11 handouts and the overview of
    /// gathering 3 as A4 PDFs from headless Chromium, each with its own team, the worksheet's
    /// last prompt, and nothing running off the page.
    @Test(.enabled(if: Chromium.runs, "needs Chromium: 'make test' installs it (scripts/install-deps.sh --browser)"))
    func gatheringHandoutsPrintOnA4() throws {
        let chromium = try #require(Chromium.path, "Chromium is not installed; CI must install it to check printing")
        let out = output()
        defer { try? FileManager.default.removeItem(at: out) }
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_CHROMIUM"] = chromium
        let result = try Tavle.run(
            ["handout", "Notebooks/samling-3.md", "--all-teams", "--pdf", "--output", out.path], in: Tavle.packageRoot,
            environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Made 11 handouts of samling-3 and 12 PDFs"), "\(result.stdout)")
        let pdfHelpers = HandoutCommandTests()
        for team in try reportFolders(in: out, notebook: "samling-3") {
            let pdf = out.appendingPathComponent("\(team)/samling-3.pdf")
            let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
            let boxes = bytes.components(separatedBy: "/MediaBox [").dropFirst().map { $0.prefix { $0 != "]" } }
            #expect(!boxes.isEmpty && boxes.allSatisfy { $0 == "0 0 594.95996 841.91998" }, "\(team): \(Set(boxes))")
            guard let text = try pdfHelpers.pdfText(pdf), let pages = try pdfHelpers.wordBoxes(pdf) else { continue }
            let name = try String(contentsOf: out.appendingPathComponent("\(team)/samling-3.md"), encoding: .utf8)
                .split(separator: "\n")[1].dropFirst("**Team:** ".count).prefix { $0 != "·" }.trimmingCharacters(
                    in: .whitespaces)
            #expect(text.contains(name), "\(team)'s PDF names the team")
            #expect(
                text.contains("Hvilke tiltak har dere prøvd ut/testet?"),
                "\(team)'s PDF holds the worksheet's last prompt")
            for page in pages {
                for word in page.words where word.xMax > page.width - 28 || word.xMin < 28 {
                    Issue.record("\(team): '\(word.text)' runs off the page")
                }
            }
        }
        #expect(
            FileManager.default.fileExists(atPath: out.appendingPathComponent("handouts/samling-3/overview.pdf").path))
    }

    @Test func gatheringNotebookRendersEveryTeamWithoutNamingTheOthers() throws {
        let out = output()
        defer { try? FileManager.default.removeItem(at: out) }
        // The issue's "done when": the handouts of gathering 3 for the 11 example teams.
        let result = try Tavle.run(
            ["handout", "Notebooks/samling-3.md", "--all-teams", "--output", out.path], in: Tavle.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let teams = try reportFolders(in: out, notebook: "samling-3")
        #expect(teams.count == 11)
        let index = try String(contentsOf: out.appendingPathComponent("handouts/samling-3/index.html"), encoding: .utf8)
        let overview = try String(
            contentsOf: out.appendingPathComponent("handouts/samling-3/overview.html"), encoding: .utf8)
        for team in teams {
            #expect(index.contains("<a href=\"../../\(team)/samling-3.html\">"))
            #expect(overview.contains("<a href=\"../../\(team)/samling-3.html\">"))
        }
        let names = try teams.map { team in
            try String(contentsOf: out.appendingPathComponent("\(team)/samling-3.md"), encoding: .utf8)
                .split(separator: "\n")[1]  // "**Team:** NAME · …"
        }
        for (index, team) in teams.enumerated() {
            let html = try String(contentsOf: out.appendingPathComponent("\(team)/samling-3.html"), encoding: .utf8)
            #expect(html.contains("<svg class=\"chart\""))
            #expect(html.contains("Hvilke refleksjoner har dere gjort ut fra målingene?"))
            let own = String(names[index].dropFirst("**Team:** ".count).prefix { $0 != "·" }).trimmingCharacters(
                in: .whitespaces)
            #expect(html.contains(own))
            for (other, name) in names.enumerated() where other != index {
                let otherName = String(name.dropFirst("**Team:** ".count).prefix { $0 != "·" }).trimmingCharacters(
                    in: .whitespaces)
                // Names that are part of this team's own name (e.g. "Sjukeheimen") do not count.
                if !own.contains(otherName) { #expect(!html.contains(otherName), "\(team) names \(otherName)") }
            }
        }
        // The example journals: a goal against the last measurement, a PDSA decision, an answer.
        let journalled = try String(
            contentsOf: out.appendingPathComponent("molde-sykehjem-2/samling-3.html"), encoding: .utf8)
        #expect(journalled.contains("<p class=\"measured\">Siste måling (august 2021): 2,7. Den når målet.</p>"))
        #expect(journalled.contains("Beslutning: endre"))
        #expect(journalled.contains("Fall blant beboerne, særlig om natta og på vei til toalettet."))
        #expect(
            result.stderr.contains(
                "molde-hjemmetjenesten.yaml:3:5: warning: the goal 'samtale-alle-nye' does not say for whom"))
        let screening = try String(
            contentsOf: out.appendingPathComponent("alesund-sjukeheim-a/samling-3.html"), encoding: .utf8)
        #expect(screening.contains("<dt>Hvor mye</dt><dd>80\u{00A0}% eller høyere</dd>"))
        #expect(screening.contains("Siste måling (august 2021): 33\u{00A0}%. Den når ikke målet ennå."))
        #expect(
            try String(contentsOf: out.appendingPathComponent("hustadvika-sjukeheim/samling-3.html"), encoding: .utf8)
                .contains("Teamet har ikke skrevet noen mål i journalen ennå."))
    }

    @Test func supervisionGroupNotebookRendersEveryPractice() throws {
        let out = output()
        defer { try? FileManager.default.removeItem(at: out) }
        let check = try Tavle.run(["check", "Notebooks/veiledningsgruppe-sykmelding.md"], in: Tavle.packageRoot)
        #expect(check.status == 0, "\(check.stderr)")
        let result = try Tavle.run(
            ["run", "Notebooks/veiledningsgruppe-sykmelding.md", "--all-teams", "--output", out.path],
            in: Tavle.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try reportFolders(in: out, notebook: "veiledningsgruppe-sykmelding").count == 6)
        let markdown = try String(
            contentsOf: out.appendingPathComponent("legekontor-sentrum/veiledningsgruppe-sykmelding.md"),
            encoding: .utf8)
        #expect(markdown.contains("Hva ønsker vi å oppnå (mål)?"))
        #expect(markdown.contains("Gjennomsnittlig varighet på sykefraværstilfellene: **"))

        // Every example report can be made again from what the repository recorded, and
        // the example data still gives what the reports showed.
        let verify = try Tavle.run(["verify", "--output", out.path, "--workspace", "Notebooks"], in: Tavle.packageRoot)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("made 6 reports again"))
    }

    /// The documented example history: four gatherings replayed with the journals as they
    /// stood, so that log, history, diff and verify show something real.
    @Test func exampleHistoryReplaysTheFourGatherings() throws {
        let out = output()
        defer { try? FileManager.default.removeItem(at: out) }
        let script = Tavle.packageRoot.appendingPathComponent("scripts/example-history.sh")
        let built = try Tavle.run([Tavle.executable.path, out.path], in: Tavle.packageRoot, program: script)
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")

        let log = try GitCLI.run(["log", "--reverse", "--format=%aI %s"], in: out).output
        #expect(
            log == """
                2021-01-20T09:00:00+01:00 samling-1 v2: 11 handouts for gathering 1
                2021-04-21T09:00:00+02:00 samling-2 v2: 11 handouts for gathering 2
                2021-09-15T09:00:00+02:00 samling-3 v2: 11 handouts for gathering 3
                2022-01-19T09:00:00+01:00 samling-4 v2: 11 handouts for gathering 4
                2023-01-18T12:00:00+01:00 veiledningsgruppe-sykmelding v2: 6 reports
                2023-02-15T12:00:00+01:00 veiledningsgruppe-takst v2: 6 reports

                """)

        // The fall team set its target at gathering 2 and revised it, with a reason, before gathering 3.
        let goals = try Tavle.run(
            ["history", "goals", "--team", "molde-sykehjem-2", "--output", out.path], in: Tavle.packageRoot)
        #expect(goals.status == 0, "\(goals.stderr)")
        #expect(goals.stdout.hasPrefix("2021-04-21 09:00  samling-2 v2 · gathering 2 · "))
        #expect(goals.stdout.contains("  goal faerre-fall target: 3\n"))
        #expect(goals.stdout.contains("2021-09-15 09:00  samling-3 v2 · gathering 3 · "))
        #expect(goals.stdout.contains("  goal faerre-fall revised: 2021-06-15: Målet var 3 fall per 1000 døgn;"))
        #expect(goals.stdout.contains("  goal faerre-fall target: 3 → 4\n"))

        // PDSA cycles finished at gathering 4; trace sees all three journalled teams.
        let pdsa = try Tavle.run(
            ["history", "pdsa", "--team", "alesund-sjukeheim-a", "--output", out.path], in: Tavle.packageRoot)
        #expect(pdsa.stdout.contains("2022-01-19 09:00  samling-4 v2 · gathering 4 · "))
        #expect(pdsa.stdout.contains("  pdsa screening-ved-stell decision: – → adapt\n"))
        let trace = try Tavle.run(["trace", "--output", out.path, "--format", "json"], in: Tavle.packageRoot)
        let rows = try JSONSerialization.jsonObject(with: Data(trace.stdout.utf8)) as! [[String: Any]]
        let journalled = Set(
            rows.filter { $0["entity"] as? String != "measurement" }.compactMap { $0["team"] as? String })
        #expect(journalled == ["molde-sykehjem-2", "alesund-sjukeheim-a", "molde-hjemmetjenesten"])

        // Every report of the history is what tavle makes from what it recorded, and the
        // example data still gives what the reports showed.
        let verify = try Tavle.run(["verify", "--output", out.path, "--workspace", "Notebooks"], in: Tavle.packageRoot)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.hasPrefix("Walked 6 commits; made 56 reports again"))

        // Run again, it makes the same history anew (and refuses a folder it did not make).
        #expect(try Tavle.run([Tavle.executable.path, out.path], in: Tavle.packageRoot, program: script).status == 0)
        // An earlier demo's output (example notebooks only) is replaced too.
        let earlierDemo = output()
        defer { try? FileManager.default.removeItem(at: earlierDemo) }
        #expect(
            try Tavle.run(
                ["run", "Notebooks/samling-3.md", "--all-teams", "--output", earlierDemo.path], in: Tavle.packageRoot
            ).status == 0)
        #expect(
            try Tavle.run([Tavle.executable.path, earlierDemo.path], in: Tavle.packageRoot, program: script).status == 0
        )
        #expect(try GitCLI.run(["rev-list", "--count", "HEAD"], in: earlierDemo).output == "6\n")
        let foreign = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: foreign) }
        let refused = try Tavle.run([Tavle.executable.path, foreign.path], in: Tavle.packageRoot, program: script)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not an example history made by this script"))
    }
}
