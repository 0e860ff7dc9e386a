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
        --| indicator: fall
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
        let workspace = try Workspace(
            notebook: Self.notebook.replacingOccurrences(of: "gathering: 3", with: "gathering: \(gathering)"))
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
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
        for file in [
            "handouts/samling/index.html", "handouts/samling/overview.html", "t1/samling.html", "t2/samling.html",
            "t3/samling.html",
        ] {
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
            for other in Self.names where other != own {
                #expect(!html.contains(other), "\(other) in \(team)'s handout")
            }
        }
        // The same handouts again: nothing to commit.
        #expect(try workspace.tavle("handout", "report.md", "--all-teams").stdout.contains("nothing committed"))
    }

    @Test func theOverviewNamesGoalsChangedSinceTheLastGathering() throws {
        let workspace = try workspace(gathering: 2)
        defer { workspace.remove() }
        #expect(try workspace.tavleEarly("run", "report.md", "--all-teams").status == 0)
        try workspace.write("report.md", Self.notebook)
        try workspace.write(
            "journals/t1.yaml",
            """
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
        #expect(
            overview.contains(
                "<p>&#39;fewer-falls&#39;: target 5 → 4 (Night staff joined the team.)</p><p>new goal: No falls with injury</p>"
            ), "\(overview)")
    }

    @Test func withoutChromiumTheHTMLIsMadeAndTavleSaysHowToGetPDFs() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_CHROMIUM"] = "/nonexistent/chromium"
        let result = try Tavle.run(
            ["handout", "report.md", "--all-teams", "--pdf"], in: workspace.folder, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "note: TAVLE_CHROMIUM names '/nonexistent/chromium', which is not a program; no PDFs were made"))
        #expect(workspace.exists("out/t1/samling.html"))
        #expect(!workspace.exists("out/t1/samling.pdf"))
    }

    /// In a real browser: every page of every PDF is A4, the handout's last prompt made it
    /// onto paper, and printing again gives the same bytes. CI installs Chromium
    /// (scripts/install-deps.sh --browser) and fails here if it is missing.
    @Test(.enabled(if: Chromium.runs, "needs Chromium: 'make test' installs it (scripts/install-deps.sh --browser)"))
    func printsOnA4WithHeadlessChromium() throws {
        let chromium = try #require(Chromium.path, "Chromium is not installed; CI must install it to check printing")
        let workspace = try workspace()
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_CHROMIUM"] = chromium
        let result = try Tavle.run(
            ["handout", "report.md", "--all-teams", "--pdf"], in: workspace.folder, environment: environment)
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
        #expect(
            try workspace.read("out/handouts/samling/index.html").contains("<a href=\"../../t1/samling.pdf\">PDF</a>"))
        if let text = try pdfText(workspace.folder.appendingPathComponent("out/t1/samling.pdf")) {
            #expect(text.contains("Lia"))
            #expect(
                text.contains("A – Act: decide whether to adopt, adapt or abandon the change."),
                "the last prompt is on paper")
        }
        // Nothing is cut off: every word of every page lies inside the page, within its margins.
        for file in ["t1/samling.pdf", "handouts/samling/overview.pdf"] {
            guard let pages = try wordBoxes(workspace.folder.appendingPathComponent("out/\(file)")) else { break }
            #expect(!pages.isEmpty)
            for page in pages {
                #expect(!page.words.isEmpty)
                let margin = 28.0  // 10 mm; the print style asks for 15 mm at the sides
                for word in page.words {
                    #expect(
                        word.xMin >= margin && word.xMax <= page.width - margin && word.yMax <= page.height,
                        "\(file): '\(word.text)' runs off the page")
                }
            }
        }
        let again = try Tavle.run(
            ["handout", "report.md", "--all-teams", "--pdf"], in: workspace.folder, environment: environment)
        #expect(again.stdout.contains("nothing committed"), "\(again.stdout)")
    }

    /// On a screen as wide as A4 (794 CSS pixels), Chromium draws the handout as a picture
    /// of that size: the page lays out in the paper's width without a horizontal scrollbar.
    @Test(.enabled(if: Chromium.runs, "needs Chromium: 'make test' installs it (scripts/install-deps.sh --browser)"))
    func drawsAScreenshotAtA4WidthInHeadlessChromium() throws {
        let chromium = try #require(Chromium.path, "Chromium is not installed; CI must install it to check printing")
        let workspace = try workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("handout", "report.md", "--team", "t1").status == 0)
        let page = workspace.folder.appendingPathComponent("out/t1/samling.html")
        let shot = workspace.folder.appendingPathComponent("shot.png")
        let profile = workspace.folder.appendingPathComponent("chromium-profile")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
            "--window-size=794,1123", "--screenshot=\(shot.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let png = try Data(contentsOf: shot)
        // The PNG signature, then the IHDR chunk with width and height as big-endian integers.
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let bytes = [UInt8](png.prefix(24))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 794 && height == 1123, "\(width)×\(height)")
        // A page of text and charts compresses far less than a blank one (a few kB).
        #expect(png.count > 20_000, "\(png.count) bytes: the screenshot looks empty")
    }

    struct PageWords {
        var width: Double
        var height: Double
        var words: [(text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double)]
    }

    /// Each page's size and the box of every word on it, from `pdftotext -bbox-layout`.
    func wordBoxes(_ file: URL) throws -> [PageWords]? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-bbox-layout", file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        func attribute(_ name: String, in line: Substring) -> Double? {
            guard let start = line.range(of: "\(name)=\"") else { return nil }
            return Double(line[start.upperBound...].prefix { $0 != "\"" })
        }
        var pages: [PageWords] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.contains("<page "), let width = attribute("width", in: line),
                let height = attribute("height", in: line)
            {
                pages.append(PageWords(width: width, height: height, words: []))
            } else if line.contains("<word "), let xMin = attribute("xMin", in: line),
                let yMin = attribute("yMin", in: line),
                let xMax = attribute("xMax", in: line), let yMax = attribute("yMax", in: line), !pages.isEmpty
            {
                let text = line.split(separator: ">").dropFirst().first.map { String($0.prefix { $0 != "<" }) } ?? ""
                pages[pages.count - 1].words.append((text, xMin, yMin, xMax, yMax))
            }
        }
        return pages
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
