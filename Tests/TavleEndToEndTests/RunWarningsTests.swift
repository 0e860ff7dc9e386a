import Foundation
import TavleWorkspace
import Testing

/// Silence where a reader needs a word: warnings that name the thing, on standard error, in
/// the manifest, and errors under --strict; and runs that say what they were.
@Suite struct RunWarningsTests {
    @Test func aTeamWithoutDataIsNamedAndStrictStopsTheRun() throws {
        let notebook = Workspace.goodNotebook.replacingOccurrences(
            of: "WHERE team_id = :team AND", with: "WHERE team_id = :team AND team_id <> 't3' AND")
        let workspace = try Workspace(notebook: notebook)
        defer { workspace.remove() }

        let strict = try workspace.tavle("run", "report.md", "--all-teams", "--strict")
        #expect(strict.status == 1)
        #expect(
            strict.stderr.contains(
                "error: the team t3 has no rows in any query of 'report': every chart of its report is empty (a warning; --strict makes every warning an error)"
            ), "\(strict.stderr)")
        #expect(!workspace.exists("out/t3"), "nothing written")
        #expect(!workspace.exists("out/.git"), "nothing committed")

        let run = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: the team t3 has no rows in any query of 'report'"), "\(run.stderr)")
        let manifest = try workspace.read("out/t3/report.manifest.json")
        #expect(manifest.contains("\"no query returned any rows\""), "\(manifest)")
        #expect(
            !(try workspace.read("out/t1/report.manifest.json")).contains("\"warnings\""),
            "a report with nothing to say records nothing")
    }

    @Test func aPeriodAfterTheLastDataIsNamed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--all-teams", "--param", "period=2022-09")
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "report.md:6:3: warning: the period 2022-09 is after the last month in the data of the query 'falls' (2022-03)"
            ), "\(result.stderr)")
        #expect(result.stderr.contains("--param period=2022-03"))
        // And the report itself says so under the chart.
        #expect(
            try workspace.read("out/t1/report.md").contains(
                "The last measurement is from March 2022; the report is for September 2022."))
    }

    @Test func aFreezeLongerThanTheSeriesIsNamed() throws {
        let workspace = try Workspace(
            notebook: Workspace.goodNotebook.replacingOccurrences(
                of: "--| decimals: 1", with: "--| decimals: 1\n--| freeze: 40"))
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--team", "t1")
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "report.md:14:13: warning: freeze: 40 on the chart 'falls' is longer than its series (at most 2 points) for t1"
            ), "\(result.stderr)")
    }

    @Test func aQueryWithoutRowsForSomeTeamsIsNamed() throws {
        let notebook = Workspace.goodNotebook.replacingOccurrences(
            of: "```prompt learnt",
            with: """
                ```sql late
                --| show: table
                SELECT period FROM measurements WHERE team_id = :team AND team_id = 't2'
                ```

                ```prompt learnt
                """)
        let workspace = try Workspace(notebook: notebook)
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 0)
        #expect(
            result.stderr.contains("warning: the query 'late' returned no rows for 2 of 3 teams: t1, t3"),
            "\(result.stderr)")
    }

    @Test func aNotebookChangedWithoutANewVersionIsNamed() throws {
        let workspace = try Workspace(
            notebook: Workspace.goodNotebook.replacingOccurrences(
                of: "title: Status\n", with: "title: Status\nversion: 3\n"))
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        try workspace.write(
            "report.md",
            try workspace.read("report.md").replacingOccurrences(
                of: "What have you learnt?", with: "What have you learnt this month?"))
        let strict = try workspace.tavle("check", "report.md", "--strict")
        #expect(strict.status == 1, "check --strict fails on a warning")
        #expect(strict.stderr.contains("error: the notebook has changed since its last run"), "\(strict.stderr)")
        for arguments in [["check", "report.md"], ["run", "report.md", "--all-teams"]] {
            let result = try Tavle.run(arguments, in: workspace.folder)
            #expect(result.status == 0)
            #expect(
                result.stderr.contains("report.md:4:10: warning: the notebook has changed since its last run"),
                "\(result.stderr)")
            #expect(result.stderr.contains("but its version is still 3"))
            #expect(result.stderr.contains("raise 'version: 4'"))
        }
    }

    @Test func aRunSaysWhatItWasAndWhichTeamsItChanged() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        let handout = try workspace.tavle(
            "handout", "report.md", "--all-teams", "--message", "Before gathering 2: data for March corrected.")
        #expect(handout.status == 0, "\(handout.stderr)")
        let message = try GitCLI.run(["log", "-1", "--format=%B"], in: workspace.folder.appendingPathComponent("out"))
            .output
        #expect(
            message.hasPrefix("report v1: 3 handouts\n\nStatus\n\nBefore gathering 2: data for March corrected.\n\n"),
            "\(message)")
        #expect(message.contains("Run: handout\n"))
        // t1's report was made before and did not change; the handout run changed t2 and t3.
        #expect(message.contains("Teams: t2, t3\n"), "\(message)")
        let log = try workspace.tavle("log", "--team", "t2", "--format", "json")
        let records = try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]]
        #expect(records?.first?["teams"] as? [String] == ["t2", "t3"], "\(log.stdout)")
    }

    @Test func aJournalNamedAfterNoTeamIsNamedByRunToo() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t4.yaml", JournalCommandTests.journal)
        for arguments in [
            ["run", "report.md", "--all-teams", "--strict"], ["handout", "report.md", "--team", "t1", "--strict"],
        ] {
            let result = try Tavle.run(arguments, in: workspace.folder)
            #expect(result.status == 1, "\(arguments[0]): \(result.stderr)")
            #expect(
                result.stderr.contains(
                    "journals/t4.yaml:1:1: error: this journal belongs to no team of the workspace ('t4')"),
                "\(result.stderr)")
        }
        #expect(!workspace.exists("out/.git"))
    }

    @Test func logShowsTheRunsOwnWords() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams", "-m", "March corrected for Lia.").status == 0)
        let text = try workspace.tavle("log")
        #expect(text.stdout.contains("    report v1: 3 reports\n    March corrected for Lia.\n"), "\(text.stdout)")
        let json = try workspace.tavle("log", "--format", "json")
        #expect(json.stdout.contains("\"message\" : \"March corrected for Lia.\""), "\(json.stdout)")
    }

    @Test func aRunDatedBeforeTheLastOneIsNamed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status\n", with: "title: Status\nversion: 2\n"))
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_COMMIT_TIME"] = "2019-01-01T09:00:00+01:00"
        let strict = try Tavle.run(
            ["run", "report.md", "--all-teams", "--strict"], in: workspace.folder, environment: environment)
        #expect(strict.status == 1)
        #expect(
            strict.stderr.contains("error: this run is dated 2019-01-01 09:00, before the last run in 'out' ("),
            "\(strict.stderr)")
        #expect(
            try GitCLI.run(["rev-list", "--count", "HEAD"], in: workspace.folder.appendingPathComponent("out")).output
                == "1\n")
        let run = try Tavle.run(["run", "report.md", "--all-teams"], in: workspace.folder, environment: environment)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: this run is dated 2019-01-01 09:00"), "\(run.stderr)")
        #expect(run.stderr.contains("hint: check this computer's date and time (and TAVLE_COMMIT_TIME, if set)"))
    }

    @Test func aDateAfterTodayInAJournalIsNamed() throws {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write(
            "journals/t1.yaml",
            JournalCommandTests.journal.replacingOccurrences(of: "started: 2022-01-10", with: "started: 2099-01-10"))
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "journals/t1.yaml:15:5: warning: the start of the PDSA cycle 'bed-alarm' is dated 2099-01-10, after today"
            ), "\(result.stderr)")
        #expect(try workspace.tavle("check", "report.md", "--strict").status == 1)
    }
}
