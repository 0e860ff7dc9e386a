import Foundation
import Testing

@testable import TavleAudit
@testable import TavleRun

/// `tavle diff` through the real CLI on a repository with two runs.
@Suite struct DiffCommandTests {
    /// Runs the journal notebook for March, then a new notebook version for February with a
    /// revised goal, a new decision and a new answer.
    func workspaceWithTwoRuns() throws -> Workspace {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", JournalCommandTests.journal)
        // The first run is of early March 2022: the goal revised on the 15th came after it.
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_COMMIT_TIME"] = "2022-03-01T09:00:00+01:00"
        #expect(
            try Tavle.run(
                ["run", "report.md", "--all-teams", "--param", "period=2022-02"], in: workspace.folder,
                environment: environment
            ).status == 0)
        let notebook = JournalCommandTests.notebook
            .replacingOccurrences(of: "id: report\n", with: "id: report\nversion: 2\n")
            .replacingOccurrences(of: "What have you learnt?", with: "What have you learnt since the last gathering?")
        try workspace.write("report.md", notebook)
        let journal = JournalCommandTests.journal
            .replacingOccurrences(
                of: "target: 5",
                with: """
                    target: 4.5
                        revisions:
                          - date: 2022-03-15
                            reason: We reached 5 early.
                    """
            )
            .replacingOccurrences(
                of: "    what: Night staff join the team.\n",
                with: """
                        what: Night staff join the team.
                      - date: 2022-03-01
                        what: Weekly huddle on falls.

                    """)
        try workspace.write("journals/t1.yaml", journal)
        let second = try workspace.tavleAsFacilitator(["run", "report.md", "--all-teams"])
        #expect(second.status == 0, "\(second.stderr)")
        return workspace
    }

    @Test func theLastRunIsComparedWithTheOneBefore() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let result = try workspace.tavle("diff", "--team", "t1")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("From "))
        #expect(lines[0].hasSuffix(", report v1: 3 reports for gathering 3)"))
        #expect(lines[1].hasSuffix(", report v2: 3 reports for gathering 3)"))
        #expect(
            result.stdout.contains(
                """
                Notebook report: version 1 → 2
                  @@ line 1
                    ---
                    id: report
                  + version: 2
                    title: Status
                    gathering: 3
                """))
        #expect(
            result.stdout.contains(
                """
                  - What have you learnt?
                  + What have you learnt since the last gathering?
                """))
        #expect(
            result.stdout.contains(
                """

                Lia (t1)
                  report: parameter period: 2022-02 → 2022-03
                  report · falls: 1 row (2022-03) added
                  goal fewer-falls revised: 2022-03-15: We reached 5 early.
                  goal fewer-falls target: 5 → 4.5
                      indicator at that time: 4 (2022-03)
                  decision 2022-03-01 date: 2022-03-01
                  decision 2022-03-01 what: Weekly huddle on falls.
                  reports changed: report.html, report.md

                """), "\(result.stdout)")
        #expect(!result.stdout.contains("Fjordtunet"), "--team keeps to t1")
    }

    @Test func namedRunsAndJSON() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        let first = try GitCLI.run(["rev-list", "--max-parents=0", "HEAD"], in: out).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let result = try workspace.tavle("diff", String(first.prefix(7)), "HEAD", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((summary["from"] as? [String: Any])?["commit"] as? String == first, "the full commit")
        let notebooks = try #require(summary["notebooks"] as? [[String: Any]])
        #expect(notebooks.map { $0["id"] as? String } == ["report"])
        #expect(notebooks[0]["old_version"] as? Int == 1 && notebooks[0]["new_version"] as? Int == 2)
        // Every team's data gained March; only t1 has a journal.
        let teams = try #require(summary["teams"] as? [[String: Any]])
        #expect(teams.map { $0["team"] as? String } == ["t1", "t2", "t3"])
        #expect(
            teams.allSatisfy { (($0["data"] as? [[String: Any]])?.first?["added_rows"] as? [String]) == ["2022-03"] })
        let journal = try #require(teams[0]["journal"] as? [[String: Any]])
        #expect(
            journal.contains {
                $0["entity"] as? String == "goal" && $0["field"] as? String == "target" && $0["old"] as? String == "5"
                    && $0["new"] as? String == "4.5"
            })
        #expect(journal.allSatisfy { ($0["time"] as? String)?.count == 25 }, "ISO times with their offset")
        #expect((teams[1]["journal"] as? [Any])?.isEmpty == true)

        // The same run twice: nothing changed.
        let same = try workspace.tavle("diff", "HEAD", "HEAD")
        #expect(same.stdout.hasSuffix("\nNothing changed.\n"))
    }

    @Test func anUnknownRunOrTheFirstRunIsExplained() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let unknown = try workspace.tavle("diff", "nosuchrun", "HEAD")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: there is no run 'nosuchrun' in the report repository"))
        #expect(unknown.stderr.contains("hint: 'tavle log' lists the runs"))
        let first = try workspace.tavle("diff", "HEAD~1", "HEAD~1")
        #expect(first.status == 0)
        let beforeFirst = try workspace.tavle("diff", "HEAD~5")
        #expect(beforeFirst.status == 1)
    }
}

/// Hand-checked line differences.
