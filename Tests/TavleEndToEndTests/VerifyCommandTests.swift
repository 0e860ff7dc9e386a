import Foundation
import TavleData
import Testing

@testable import TavleModel
@testable import TavleRun

/// `tavle verify` through the real CLI: reports made again from what the repository recorded,
/// a report edited by hand named with its commit, and data changed after a report was made.
@Suite struct VerifyCommandTests {
    func git(_ arguments: String..., in folder: URL) throws -> (status: Int32, output: String) {
        try GitCLI.run(arguments, in: folder)
    }

    /// The test workspace with a journal for t1 and two runs: March, then February again
    /// with another notebook version, so the repository has history to walk.
    func workspaceWithTwoRuns() throws -> Workspace {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", JournalCommandTests.journal)
        #expect(try workspace.tavleAsFacilitator(["run", "report.md", "--all-teams"]).status == 0)
        try workspace.write(
            "report.md",
            JournalCommandTests.notebook.replacingOccurrences(of: "id: report\n", with: "id: report\nversion: 2\n"))
        let second = try workspace.tavleAsFacilitator(["run", "report.md", "--all-teams", "--param", "period=2022-02"])
        #expect(second.status == 0, "\(second.stderr)")
        return workspace
    }

    /// Replaces the workspace's live data: the falls of `team` in `period` become `falls`.
    func changeFalls(_ workspace: Workspace, team: String, period: String, to falls: Int) throws {
        var rows = "team_id,period,numerator,denominator,value\n"
        for id in ["t1", "t2", "t3"] {
            for (month, count) in [("2022-01", 4), ("2022-02", 6), ("2022-03", 3)] {
                let value = id == team && month == period ? falls : count
                rows += "\(id),\(month),\(value),750,\(Double(value) * 1000 / 750)\n"
            }
        }
        try workspace.write("data-src/measurements.csv", rows)
        let built = try TextDataBuilder(
            folder: workspace.folder.appendingPathComponent("data-src").path,
            cacheFolder: workspace.folder.appendingPathComponent("cache2").path
        )
        .database(declaredAt: nil)
        let target = workspace.folder.appendingPathComponent("data.sqlite")
        try FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(atPath: built, toPath: target.path)
    }

    @Test func everyReportTavleMadeVerifies() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let result = try workspace.tavle("verify")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Two runs of three teams each: six reports made again.
        #expect(
            result.stdout == """
                Walked 2 commits; made 6 reports again from what the repository recorded: every committed file is what tavle made.
                Ran 6 recorded queries again against the live data: every value a report showed is still the same.

                """)
        // The journal is kept beside the team's ledger, so that the goals can be made again.
        #expect(try workspace.read("out/t1/journal.yaml") == JournalCommandTests.journal)
    }

    @Test func aReportEditedByHandIsNamedWithTheCommitThatChangedIt() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        let html = try workspace.read("out/t2/report.html")
        try workspace.write(
            "out/t2/report.html",
            html.replacingOccurrences(of: "<h1>Fjordtunet</h1>", with: "<h1>Fjordtunet (best in the network)</h1>"))
        try workspace.write("out/t3/report.data/falls.csv", "period,value\n2022-01,1\n2022-02,1\n")
        #expect(
            try git("-c", "user.name=Someone", "-c", "user.email=s@example.org", "commit", "-qam", "tidy up", in: out)
                .status == 0)
        let tampered = try git("rev-parse", "--short=7", "HEAD", in: out).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        // A later run that writes the report again does not hide the edit: history keeps it.
        #expect(try workspace.tavle("run", "report.md", "--all-teams", "--param", "period=2022-03").status == 0)

        let result = try workspace.tavle("verify")
        #expect(result.status == 1)
        #expect(result.stdout.contains("2 problems found."))
        #expect(result.stdout.contains("✗ t2/report.html (commit \(tampered), "))
        #expect(
            result.stdout.contains("line 80 as committed: <h1>Fjordtunet (best in the network)</h1>")
                || result.stdout.contains("as committed: <h1>Fjordtunet (best in the network)</h1>"))
        #expect(result.stdout.contains("as made:      <h1>Fjordtunet</h1>"))
        #expect(
            result.stdout.contains(
                "hint: the committed file was changed after tavle made it; 'git log -p -- t2/report.html'"))
        #expect(result.stdout.contains("✗ t3/report.data/falls.csv (commit \(tampered), "))
        #expect(!result.stdout.contains("t1/"), "t1's reports were not touched")

        // Only the team asked about.
        let t1 = try workspace.tavle("verify", "--team", "t1", "--reports-only")
        #expect(t1.status == 0, "\(t1.stdout)")
    }

    @Test func aManifestWithAQueryRemovedIsAFindingNotACrash() throws {
        // Once: "Fatal error: Unexpectedly found nil", exit 132.
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        let text = try workspace.read("out/t1/report.manifest.json")
        var manifest = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        manifest["queries"] = []
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys]).write(
            to: out.appendingPathComponent("t1/report.manifest.json"))
        #expect(
            try git(
                "-c", "user.name=Someone", "-c", "user.email=s@example.org", "commit", "-qam", "drop a query", in: out
            ).status == 0)
        let result = try workspace.tavle("verify", "--reports-only")
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.stdout.contains("t1/report.manifest.json"), "\(result.stdout)")
    }

    @Test func aTeamLedgerEditedByHandFailsVerification() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        let goals = try workspace.read("out/t1/ledger/goals.json")
        try workspace.write(
            "out/t1/ledger/goals.json", goals.replacingOccurrences(of: "\"target\" : 5,", with: "\"target\" : 3,"))
        #expect(
            try git(
                "-c", "user.name=Someone", "-c", "user.email=s@example.org", "commit", "-qam", "lower the bar", in: out
            ).status == 0)
        let result = try workspace.tavle("verify", "--reports-only")
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ t1/ledger/goals.json (commit "))
        #expect(result.stdout.contains("as committed: \"target\" : 3,"))
        #expect(!result.stdout.contains("Ran "), "--reports-only re-runs no query")
    }

    @Test func dataChangedAfterAReportIsListedWithTheReportsDate() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        try changeFalls(workspace, team: "t1", period: "2022-01", to: 5)
        let result = try workspace.tavle("verify")
        #expect(result.status == 1)
        #expect(result.stdout.contains("every committed file is what tavle made"))
        // January was in both runs; the change is listed once, against the later report.
        let secondRun = try git("log", "-1", "--format=%h %cs", in: workspace.folder.appendingPathComponent("out"))
            .output
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        #expect(result.stdout.contains("1 value has changed since a report showed it."))
        #expect(
            result.stdout.contains(
                "✗ Lia (t1), Falls per 1000 days, 2022-01: 5.33333 → 6.66667 since the report of \(secondRun[1]) (commit \(secondRun[0]))"
            ))
        // The data source itself is only read.
        #expect(try workspace.tavle("verify", "--reports-only").status == 0)
    }

    @Test func anIntendedCorrectionIsToldFromAChangeAndRecordedWithItsReason() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        try changeFalls(workspace, team: "t1", period: "2022-01", to: 5)

        // Changed, and no newer report shows it yet.
        let changed = try workspace.tavle("verify")
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("changed since the report, not yet in a newer one"), "\(changed.stdout)")
        #expect(changed.stdout.contains("record why in corrections.yaml"))

        // Reported anew: the newer report is named, but a reason is still wanting.
        #expect(
            try workspace.tavleAsFacilitator(["run", "report.md", "--all-teams", "--param", "period=2022-02"]).status
                == 0)
        let newest = try git("log", "-1", "--format=%h", in: workspace.folder.appendingPathComponent("out")).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let reported = try workspace.tavle("verify")
        #expect(reported.status == 1)
        #expect(reported.stdout.contains("(commit \(newest)) shows the new value"), "\(reported.stdout)")

        // The facilitator records why: verify is green, and says so.
        try workspace.write(
            "corrections.yaml",
            """
            corrections:
              - team: t1
                indicator: fall
                period: 2022-01
                date: 2022-04-02
                reason: Two falls in January were reported late, on paper.
            """)
        let corrected = try workspace.tavle("verify")
        #expect(corrected.status == 0, "\(corrected.stdout)")
        #expect(
            corrected.stdout.contains(
                "1 value has changed since a report showed it, 1 of them corrected with a recorded reason."),
            "\(corrected.stdout)")
        #expect(corrected.stdout.contains("✓ Lia (t1), Falls per 1000 days, 2022-01: 5.33333 → 6.66667"))
        #expect(corrected.stdout.contains("corrected 2022-04-02: Two falls in January were reported late, on paper."))

        // The next run puts the correction in the team's ledger, for history and trace.
        #expect(
            try workspace.tavleAsFacilitator(["run", "report.md", "--all-teams", "--param", "period=2022-03"]).status
                == 0)
        let history = try workspace.tavle("history", "corrections", "--team", "t1")
        #expect(history.status == 0, "\(history.stderr)")
        #expect(
            history.stdout.contains(
                "correction fall/2022-01 reason: Two falls in January were reported late, on paper."),
            "\(history.stdout)")
        let trace = try workspace.tavle("trace", "--format", "csv")
        #expect(trace.stdout.contains("correction"), "\(trace.stdout)")
        #expect(!workspace.exists("out/t2/ledger/corrections.json"), "only teams with corrections get the file")
    }

    @Test func aCorrectionOfAMistypedIndicatorIsNamed() throws {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        defer { workspace.remove() }
        try workspace.write(
            "corrections.yaml",
            """
            corrections:
              - team: t1
                indicator: fal
                period: 2022-01
                date: 2022-04-02
                reason: Late.
            """)
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "corrections.yaml:2:5: error: the correction of t1 in 2022-01 names the indicator 'fal', which no journal or chart knows"
            ), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 'fall'?"))
    }

    @Test func aCorrectionOfATeamThatDoesNotExistIsNamed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(
            "corrections.yaml",
            """
            corrections:
              - team: t9
                indicator: fall
                period: 2022-01
                date: 2022-04-02
                reason: Late.
            """)
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("corrections.yaml:2:11: error: there is no team 't9' in this workspace"),
            "\(result.stderr)")
    }

    @Test func aRepositoryThatDoesNotExistIsExplained() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("verify")
        #expect(result.status == 1)
        #expect(result.stderr.contains("there is no report repository in 'out' yet"))
    }
}

/// The manifest's types make the CSV read back into exactly the values a report showed.
