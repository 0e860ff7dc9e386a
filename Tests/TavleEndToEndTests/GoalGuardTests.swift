import Foundation
import Testing

/// "A goal does not move silently" holds against what was committed, not against what the
/// journal now says about the past.
@Suite struct GoalGuardTests {
    static let revised = JournalCommandTests.journal.replacingOccurrences(
        of: "target: 5",
        with: """
            target: 5
                revisions:
                  - date: 2022-02-10
                    reason: Set with the night staff.
            """)

    /// A workspace whose first run was made on 1 March 2022 with the revised journal.
    func firstRun() throws -> Workspace {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.revised)
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_COMMIT_TIME"] = "2022-03-01T09:00:00+01:00"
        #expect(
            try Tavle.run(["run", "report.md", "--all-teams"], in: workspace.folder, environment: environment).status
                == 0)
        return workspace
    }

    @Test func anOldRevisionRedatedToExplainANewTargetIsRefused() throws {
        let workspace = try firstRun()
        defer { workspace.remove() }
        try workspace.write(
            "journals/t1.yaml",
            Self.revised.replacingOccurrences(of: "target: 5", with: "target: 2").replacingOccurrences(
                of: "2022-02-10", with: "2022-02-11"))
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: the revision of 2022-02-10 of the goal 'fewer-falls' was changed or removed since the report repository recorded it"
            ), "\(result.stderr)")
        // check finds it too, before anyone runs the reports.
        let check = try workspace.tavle("check", "report.md")
        #expect(check.status == 1)
        #expect(
            check.stderr.contains("the revision of 2022-02-10 of the goal 'fewer-falls' was changed or removed"),
            "\(check.stderr)")
        #expect(
            try GitCLI.run(["rev-list", "--count", "HEAD"], in: workspace.folder.appendingPathComponent("out")).output
                == "1\n")
    }

    @Test func aNewRevisionDatedBeforeTheRunThatShowedTheOldGoalIsRefused() throws {
        let workspace = try firstRun()
        defer { workspace.remove() }
        try workspace.write(
            "journals/t1.yaml",
            Self.revised.replacingOccurrences(of: "target: 5", with: "target: 2")
                .replacingOccurrences(
                    of: "        reason: Set with the night staff.\n",
                    with:
                        "        reason: Set with the night staff.\n      - date: 2022-02-20\n        reason: Lower.\n")
        )
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "journals/t1.yaml:11:9: error: the new revision of the goal 'fewer-falls' is dated 2022-02-20, before the run of 2022-03-01"
            ), "\(result.stderr)")
    }

    @Test func aLedgerRemovedByHandDoesNotSwitchTheGuardOff() throws {
        let workspace = try firstRun()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        _ = try GitCLI.run(["rm", "-q", "t1/ledger/goals.json"], in: out)
        #expect(
            try GitCLI.run(
                ["-c", "user.name=Someone", "-c", "user.email=s@example.org", "commit", "-qm", "drop"], in: out
            ).status == 0)
        try workspace.write("journals/t1.yaml", Self.revised.replacingOccurrences(of: "target: 5", with: "target: 1"))
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: the goal 'fewer-falls' changed its target from 5 to 1 since the report repository last recorded it"
            ), "\(result.stderr)")

        // The whole ledger and the journal copy removed too: the commits before still hold the goal.
        _ = try GitCLI.run(["rm", "-q", "-r", "t1/ledger", "t1/journal.yaml"], in: out)
        #expect(
            try GitCLI.run(
                ["-c", "user.name=Someone", "-c", "user.email=s@example.org", "commit", "-qm", "drop all"], in: out
            ).status == 0)
        let again = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(again.status == 1)
        #expect(
            again.stderr.contains(
                "error: the goal 'fewer-falls' changed its target from 5 to 1 since the report repository last recorded it"
            ), "\(again.stderr)")
        #expect(try GitCLI.run(["rev-list", "--count", "HEAD"], in: out).output == "3\n")
    }

    @Test func aGoalLeavesOnlyWithAReason() throws {
        let workspace = try firstRun()
        defer { workspace.remove() }
        // The goal renamed (a new id, a lower target): the old one left without a word.
        let renamed = Self.revised.replacingOccurrences(of: "id: fewer-falls", with: "id: fewest-falls")
            .replacingOccurrences(of: "target: 5", with: "target: 2")
            .replacingOccurrences(of: "goal: fewer-falls", with: "goal: fewest-falls")
        // Until a goal is retired, a team's ledger keeps its five files.
        #expect(
            !FileManager.default.fileExists(
                atPath: workspace.folder.appendingPathComponent("out/t1/ledger/retired_goals.json").path))
        try workspace.write("journals/t1.yaml", renamed)
        let refused = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "error: the goal 'fewer-falls' is no longer in the journal, but the report repository recorded it"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("retired_goals:"))

        try workspace.write(
            "journals/t1.yaml",
            renamed
                + "\nretired_goals:\n  - id: fewer-falls\n    date: 2026-01-05\n    reason: Renamed; the night staff set a lower target.\n"
        )
        let accepted = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(accepted.status == 0, "\(accepted.stderr)")
        // The reason is in the committed journal copy, for git log -p.
        #expect(
            try workspace.read("out/t1/journal.yaml").contains("reason: Renamed; the night staff set a lower target."))
        // … and in the ledger, as an event of the goal's history with the day it was set aside.
        let ledger = try workspace.read("out/t1/ledger/retired_goals.json")
        #expect(
            ledger.contains("\"date\" : \"2026-01-05\"") && ledger.contains("\"id\" : \"fewer-falls\""), "\(ledger)")
        let history = try workspace.tavle("history", "goals", "--team", "t1")
        #expect(history.status == 0, "\(history.stderr)")
        #expect(
            history.stdout.contains(
                "goal fewer-falls set aside: 2026-01-05: Renamed; the night staff set a lower target."),
            "\(history.stdout)")
        let json = try workspace.tavle("history", "goals", "--team", "t1", "--format", "json")
        let events = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let removal = events.first {
            $0["id"] as? String == "fewer-falls" && $0["field"] as? String == "target"
                && $0["change"] as? String == "removed"
        }
        #expect(removal?["reason"] as? String == "Renamed; the night staff set a lower target.", "\(json.stdout)")
        #expect(
            events.contains {
                $0["field"] as? String == "retired" && $0["change"] as? String == "added"
                    && $0["new"] as? String == "2026-01-05: Renamed; the night staff set a lower target."
            })
        #expect(try workspace.tavle("verify").status == 0)

        // The retirement taken out again later: the ledger file is emptied, not left behind.
        try workspace.write("journals/t1.yaml", renamed)
        let again = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try workspace.read("out/t1/ledger/retired_goals.json") == "[\n\n]\n")
        #expect(try workspace.tavle("verify").status == 0)
    }

    /// The journal copy and ledger changed together by a hand commit read as consistent, and
    /// the next run's guard compares with them: verify names the commit and its author, and a
    /// revert puts the guard back on the goal the team had.
    @Test func aGoalChangedByAHandCommitIsNamedByVerify() throws {
        let workspace = try firstRun()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        try workspace.write(
            "out/t1/journal.yaml",
            try workspace.read("out/t1/journal.yaml").replacingOccurrences(of: "target: 5", with: "target: 1"))
        try workspace.write(
            "out/t1/ledger/goals.json",
            try workspace.read("out/t1/ledger/goals.json").replacingOccurrences(
                of: "\"target\" : 5", with: "\"target\" : 1"))
        #expect(
            try GitCLI.run(
                ["-c", "user.name=Mallory", "-c", "user.email=m@example.org", "commit", "-qam", "tidy"], in: out
            ).status == 0)
        try workspace.write("journals/t1.yaml", Self.revised.replacingOccurrences(of: "target: 5", with: "target: 1"))
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)

        let verify = try workspace.tavle("verify")
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("✗ t1/journal.yaml (commit "), "\(verify.stdout)")
        #expect(
            verify.stdout.contains("was changed by a commit tavle did not make ('tidy' by Mallory)"), "\(verify.stdout)"
        )
        #expect(verify.stdout.contains("✗ t1/ledger/goals.json (commit "), "\(verify.stdout)")

        let tidy = try GitCLI.run(["log", "--format=%h", "--grep=^tidy$"], in: out).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(
            try GitCLI.run(
                ["-c", "user.name=Kari", "-c", "user.email=k@example.org", "revert", "--no-edit", tidy], in: out
            ).status == 0)
        #expect(try workspace.tavle("verify").status == 0)
        let guarded = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(guarded.status == 1)
        #expect(guarded.stderr.contains("the goal 'fewer-falls' changed its target from 5 to 1"), "\(guarded.stderr)")
    }
}
