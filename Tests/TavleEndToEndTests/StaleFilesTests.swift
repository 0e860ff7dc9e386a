import Foundation
import Testing

/// A run removes, in its own commit, the report files an earlier run of the notebook made
/// that it no longer makes: nothing older stays beside a report to be mistaken for it.
@Suite struct StaleFilesTests {
    static func committedFiles(_ workspace: Workspace) throws -> [String] {
        try GitCLI.run(["ls-tree", "-r", "--name-only", "HEAD"], in: workspace.folder.appendingPathComponent("out"))
            .output.split(separator: "\n").map(String.init)
    }

    static func status(_ workspace: Workspace) throws -> String {
        try GitCLI.run(["status", "--porcelain"], in: workspace.folder.appendingPathComponent("out")).output
    }

    static let twoQueries = Workspace.goodNotebook.replacingOccurrences(
        of: "```prompt learnt",
        with: """
            ```sql months
            --| show: table
            SELECT period FROM measurements WHERE team_id = :team ORDER BY period
            ```

            ```prompt learnt
            """)

    @Test func aRemovedQuerysDataLeavesWithIt() throws {
        let workspace = try Workspace(notebook: Self.twoQueries)
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        #expect(try Self.committedFiles(workspace).contains("t1/report.data/months.csv"))

        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status\n", with: "title: Status\nversion: 2\n"))
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.committedFiles(workspace)
        #expect(!files.contains { $0.hasSuffix("report.data/months.csv") }, "\(files)")
        #expect(files.contains("t1/report.data/falls.csv"))
        #expect(!workspace.exists("out/t1/report.data/months.csv"), "gone from the working tree too")
        #expect(try Self.status(workspace).isEmpty)
    }

    @Test func aJournalThatIsGoneLeavesNoCopyAndAnEmptyLedger() throws {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", JournalCommandTests.journal)
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        #expect(try workspace.read("out/t1/ledger/goals.json").contains("\"id\""))

        // Gone while it held goals, the journal is refused: the goals would leave without a reason.
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("journals/t1.yaml"))
        let refused = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "error: the team 't1' has no journal (journals/t1.yaml), but the report repository recorded its goals"),
            "\(refused.stderr)")
        // Its goals set aside with a reason first, the journal may go.
        let goals = try workspace.read("out/t1/ledger/goals.json").split(separator: "\"id\"").dropFirst().map {
            $0.split(separator: "\"")[1]
        }
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        let retired = goals.map { "  - id: \($0)\n    date: \(today)\n    reason: The team left the network\n" }
            .joined()
        try workspace.write("journals/t1.yaml", "goals: []\nretired_goals:\n" + retired)
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("journals/t1.yaml"))
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.committedFiles(workspace)
        #expect(!files.contains("t1/journal.yaml"))
        #expect(
            try workspace.read("out/t1/ledger/goals.json") == "[\n\n]\n", "the ledger says the team has no goals now")
        #expect(try Self.status(workspace).isEmpty)
    }

    @Test func handoutsOfOldReportsLeaveWhenAPlainRunChangesThem() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("handout", "report.md", "--all-teams").status == 0)
        #expect(try Self.committedFiles(workspace).contains("handouts/report/overview.html"))

        // The same reports again: the handouts still show them, and stay.
        #expect(try workspace.tavle("run", "report.md", "--all-teams").stdout.contains("nothing committed"))
        #expect(workspace.exists("out/handouts/report/overview.html"))

        // Other reports: the overview would disagree with them.
        let changed = try workspace.tavle("run", "report.md", "--all-teams", "--param", "period=2022-03")
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(!(try Self.committedFiles(workspace)).contains { $0.hasPrefix("handouts/") })
        #expect(!workspace.exists("out/handouts/report/overview.html"))
        #expect(try Self.status(workspace).isEmpty)
    }
}
