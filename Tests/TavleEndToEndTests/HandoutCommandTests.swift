import Foundation
import Testing

/// `tavle handout`: a handout per team, the facilitator's overview and the index in one
/// commit; goal changes since the last gathering; PDFs from headless Chromium.
@Suite struct HandoutCommandTests {
    static let notebook = """
        ---
        id: samling
        title: Gathering
        gathering: 3
        params:
          team: { type: team }
          period: { type: month, default: "2022-03" }
        ---
        # {{ team.name }}

        ```sql falls
        --| chart: run
        --| title: Falls per 1000 days
        SELECT period, value FROM measurements WHERE team_id = :team AND period <= :period ORDER BY period
        ```

        ```sql network
        --| chart: funnel
        --| title: Falls across the network
        --| y: falls
        --| n: days
        SELECT m.team_id AS team, m.numerator AS falls, m.denominator AS days
        FROM measurements m WHERE m.period = :period
        ```

        ```goals
        ```

        ```worksheet pdsa
        ```
        """

    static let journal = """
        goals:
          - id: fewer-falls
            statement: Fewer falls at night
            what: Falls among residents
            for_whom: Residents of ward 2
            indicator: fall
            target: 5
            direction: down
            due: 2022-06-30
        answers:
          - prompt: pdsa.plan
            gathering: 3
            text: Bed alarms for three residents.
        """

    static let names = ["Lia", "Fjordtunet", "Nordlys"]

    func workspace(gathering: Int = 3) throws -> Workspace {
        let workspace = try Workspace(notebook: Self.notebook.replacingOccurrences(of: "gathering: 3", with: "gathering: \(gathering)"))
        try FileManager.default.createDirectory(at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal)
        return workspace
    }

    @Test func handoutsAnOverviewAndAnIndexInOneCommit() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("handout", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Made 3 handouts of samling"))
        let out = workspace.folder.appendingPathComponent("out")
        let files = try GitCLI.run(["ls-tree", "-r", "--name-only", "HEAD"], in: out).output
        for file in ["handouts/samling/index.html", "handouts/samling/overview.html", "t1/samling.html", "t2/samling.html", "t3/samling.html"] {
            #expect(files.contains(file + "\n"), "\(file) committed")
        }
        #expect(try GitCLI.run(["rev-list", "--count", "HEAD"], in: out).output == "1\n")

        let index = try workspace.read("out/handouts/samling/index.html")
        #expect(index.contains("<a href=\"overview.html\">"))
        #expect(index.contains("<li><a href=\"../../t1/samling.html\">Lia</a></li>"))
        let overview = try workspace.read("out/handouts/samling/overview.html")
        for name in Self.names { #expect(overview.contains(">\(name)</a></th>")) }
        #expect(overview.contains("<th scope=\"col\">Falls per 1000 days</th>"))
        #expect(!overview.contains("Falls across the network"), "no small multiple of a comparison")
        #expect(overview.components(separatedBy: "<svg class=\"small\"").count - 1 == 3)
        #expect(overview.contains("<td class=\"answers\">1 of 4</td>"), "t1 answered one of the four PDSA prompts")
        #expect(overview.contains("<td class=\"answers missing\">no journal</td>"))
        #expect(overview.contains("size: A4 landscape"))

        // No team's handout names another team.
        for (team, own) in zip(["t1", "t2", "t3"], Self.names) {
            let html = try workspace.read("out/\(team)/samling.html")
            #expect(html.contains(own))
            for other in Self.names where other != own { #expect(!html.contains(other), "\(other) in \(team)'s handout") }
        }
        // The same handouts again: nothing to commit.
        #expect(try workspace.tavle("handout", "report.md", "--all-teams").stdout.contains("nothing committed"))
    }

    @Test func theOverviewNamesGoalsChangedSinceTheLastGathering() throws {
        let workspace = try workspace(gathering: 2)
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        try workspace.write("report.md", Self.notebook)
        try workspace.write("journals/t1.yaml", """
            goals:
              - id: fewer-falls
                statement: Fewer falls at night
                what: Falls among residents
                for_whom: Residents of ward 2
                indicator: fall
                target: 4
                direction: down
                due: 2022-06-30
                revisions:
                  - date: 2022-03-01
                    reason: Night staff joined the team.
              - id: fewer-injuries
                statement: No falls with injury
            """)
        let result = try workspace.tavle("handout", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")
        let overview = try workspace.read("out/handouts/samling/overview.html")
        #expect(overview.contains("<th scope=\"col\">Changes to goals since gathering 2</th>"))
        #expect(overview.contains("<p>&#39;fewer-falls&#39;: target 5 → 4 (Night staff joined the team.)</p><p>new goal: No falls with injury</p>"), "\(overview)")
    }

    @Test func withoutChromiumTheHTMLIsMadeAndTavleSaysHowToGetPDFs() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_CHROMIUM"] = "/nonexistent/chromium"
        let result = try Tavle.run(["handout", "report.md", "--all-teams", "--pdf"], in: workspace.folder, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: TAVLE_CHROMIUM names '/nonexistent/chromium', which is not a program; no PDFs were made"))
        #expect(workspace.exists("out/t1/samling.html"))
        #expect(!workspace.exists("out/t1/samling.pdf"))
    }

    /// In a real browser: every page of every PDF is A4, the handout's last prompt made it
    /// onto paper, and printing again gives the same bytes. CI installs Chromium
    /// (scripts/install-deps.sh --browser) and fails here if it is missing.
    @Test func printsOnA4WithHeadlessChromium() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: FileManager.default.isExecutableFile) else {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("Chromium is not installed; CI must install it to check printing") }
            return
        }
        let workspace = try workspace()
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_CHROMIUM"] = chromium
        let result = try Tavle.run(["handout", "report.md", "--all-teams", "--pdf"], in: workspace.folder, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("and 4 PDFs"), "\(result.stdout)")
        for file in ["t1/samling.pdf", "t2/samling.pdf", "t3/samling.pdf", "handouts/samling/overview.pdf"] {
            let pdf = try Data(contentsOf: workspace.folder.appendingPathComponent("out/\(file)"))
            let text = String(decoding: pdf, as: UTF8.self)
            #expect(text.hasPrefix("%PDF-"))
            let boxes = text.components(separatedBy: "/MediaBox [").dropFirst().map { $0.prefix { $0 != "]" } }
            #expect(!boxes.isEmpty)
            let a4 = file.hasPrefix("handouts") ? "0 0 841.91998 594.95996" : "0 0 594.95996 841.91998"
            #expect(boxes.allSatisfy { $0 == a4 }, "\(file): \(Set(boxes))")
        }
        #expect(try workspace.read("out/handouts/samling/index.html").contains("<a href=\"../../t1/samling.pdf\">PDF</a>"))
        if let text = try pdfText(workspace.folder.appendingPathComponent("out/t1/samling.pdf")) {
            #expect(text.contains("Lia"))
            #expect(text.contains("A – Act: decide whether to adopt, adapt or abandon the change."), "the last prompt is on paper")
        }
        let again = try Tavle.run(["handout", "report.md", "--all-teams", "--pdf"], in: workspace.folder, environment: environment)
        #expect(again.stdout.contains("nothing committed"), "\(again.stdout)")
    }

    /// The PDF's text through pdftotext, when poppler-utils is installed.
    func pdfText(_ file: URL) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
