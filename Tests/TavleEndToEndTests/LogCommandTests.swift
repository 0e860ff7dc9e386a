import Foundation
import Testing

@Suite struct LogCommandTests {
    func run(_ workspace: Workspace, _ arguments: String...) throws -> CommandResult {
        try workspace.tavleAsFacilitator(arguments)
    }

    /// Three runs: all teams, then t2 alone after a notebook change, then an unchanged run.
    func workspaceWithHistory() throws -> Workspace {
        let workspace = try Workspace()
        #expect(try run(workspace, "run", "report.md", "--all-teams").status == 0)
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status", with: "title: Status\nversion: 2"))
        #expect(try run(workspace, "run", "report.md", "--team", "t2").status == 0)
        #expect(try run(workspace, "run", "report.md", "--team", "t2").status == 0)
        return workspace
    }

    @Test func listsRunsNewestFirstAsJSON() throws {
        let workspace = try workspaceWithHistory()
        defer { workspace.remove() }
        let result = try run(workspace, "log", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 2, "the unchanged run made no commit")
        #expect(records.map { $0["subject"] as? String } == ["report v2: 1 report", "report v1: 3 reports"])
        #expect(records.map { $0["notebook_version"] as? Int } == [2, 1])
        #expect(records.map { $0["teams"] as? [String] } == [["t2"], ["t1", "t2", "t3"]])
        #expect(
            records.allSatisfy {
                $0["author"] as? String == "Kari Fasilitator" && ($0["commit"] as? String)?.count == 40
            })
        #expect((records[0]["time"] as? String)?.count == 25, "ISO 8601 with offset")
    }

    @Test func filtersByTeamAndNotebook() throws {
        let workspace = try workspaceWithHistory()
        defer { workspace.remove() }
        let t1 = try run(workspace, "log", "--team", "t1")
        #expect(t1.status == 0)
        #expect(
            t1.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("    report v") } == [
                "    report v1: 3 reports"
            ])
        let t2 = try run(workspace, "log", "--team", "t2")
        #expect(t2.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("    report v") }.count == 2)
        // A notebook the repository never ran is a mistyped id: an error, with the nearest ids.
        let other = try run(workspace, "log", "--notebook", "reprot")
        #expect(other.status == 1)
        #expect(
            other.stderr
                == "error: the report repository has no runs of the notebook 'reprot'\n  hint: did you mean 'report'?\n",
            "\(other.stderr)")
        #expect(other.stdout.isEmpty)
    }

    @Test func aWorkspaceWithoutRunsSaysSo() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try run(workspace, "log")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: there is no report repository in 'out' yet"))
    }
}
