import Foundation
import Testing

@Suite struct RunCommandTests {
    @Test func allTeamsWritesOneHTMLAndOneMarkdownReportPerTeam() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Rendered 3 reports of report (version 1) in "))
        for team in ["t1", "t2", "t3"] {
            #expect(workspace.exists("out/\(team)/report.html"))
            #expect(workspace.exists("out/\(team)/report.md"))
        }
        let html = try workspace.read("out/t2/report.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>Fjordtunet (Ålesund)</h1>"))
        // 2022-02 is the default period: 6 falls in 750 days is 8.0 per 1000.
        #expect(html.contains("Last: 8.0 in February 2022."))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("What have you learnt?"))
        #expect(!html.contains("Lia") && !html.contains("Nordlys"), "a team's report names no other team")
        let markdown = try workspace.read("out/t2/report.md")
        #expect(markdown.contains("| 2022-02 | 6 | 750 | 8.0 |"))
        #expect(!markdown.contains("2022-03"), "the period parameter bounds the query")
    }

    @Test func parametersAndSingleTeams() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--team", "t1", "--param", "period=2022-03")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!workspace.exists("out/t2"))
        #expect(try workspace.read("out/t1/report.md").contains("Last: 4.0 in March 2022."))
    }

    @Test func outputOptionChoosesTheFolder() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--team", "t3", "--output", "elsewhere")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(workspace.exists("elsewhere/t3/report.html"))
        #expect(!workspace.exists("out"))
    }

    @Test func timingsNameEveryPhase() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--all-teams", "--timings")
        #expect(result.status == 0, "\(result.stderr)")
        let phases = result.stderr.split(separator: "\n").filter { $0.hasSuffix(" ms") }.map {
            $0.split(separator: ":")[0]
        }
        #expect(phases == ["preparing", "rendering", "committing"])
    }

    @Test func checkWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let before = try workspace.database
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "report.md: ok — 1 query, 1 prompt, 3 teams in the workspace, 0 journals read\n")
        #expect(!workspace.exists("out"))
        #expect(try workspace.database == before)
    }

    @Test func checkFindsAColumnThatDoesNotExist() throws {
        let workspace = try Workspace(
            notebook: Workspace.goodNotebook.replacingOccurrences(of: "falls.last.value |", with: "falls.last.valeu |"))
        defer { workspace.remove() }
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("report.md:18:10: error: the query 'falls' has no column 'valeu'"))
        #expect(result.stderr.contains("did you mean 'value'?"))
    }

    @Test func aReRunReplacesReportsInPlace() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status", with: "title: Status, revised"))
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        #expect(try workspace.read("out/t1/report.html").contains("Status, revised"))
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: workspace.folder.appendingPathComponent("out/t1").path)
        #expect(
            leftovers.sorted() == ["ledger", "report.data", "report.html", "report.manifest.json", "report.md"],
            "no staged files are left behind")
    }

    @Test func aBatchThatFailsForOneTeamLeavesEveryReportAsItWas() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        let before = try workspace.read("out/t1/report.html")
        // Team t3's value is text, so formatting it as a number fails for t3 only.
        let failing =
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status", with: "title: Changed") + """

                ```sql odd
                --| show: none
                SELECT CASE WHEN :team = 't3' THEN 'n/a' ELSE 1.5 END AS value
                ```

                Odd: {{ odd.value | number(1) }}
                """
        try workspace.write("report.md", failing)
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("report.md:28:21: error:"))
        #expect(result.stderr.contains("'n/a' is not a number"))
        #expect(try workspace.read("out/t1/report.html") == before, "no report of the batch is replaced")
    }

    @Test func helpShowsExamples() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("--all-teams"))
    }
}
