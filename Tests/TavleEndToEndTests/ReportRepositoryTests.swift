import Foundation
import TavleArchive
import TavleRun
import TavleWorkspace
import Testing

/// Each `tavle run` is one commit in the output folder's repository, inspected here with the
/// git CLI (tavle itself uses only libgit2).
@Suite struct ReportRepositoryTests {
    func git(_ arguments: String..., in folder: URL) throws -> (status: Int32, output: String) {
        try GitCLI.run(arguments, in: folder)
    }

    func tavle(_ workspace: Workspace, _ arguments: String...) throws -> CommandResult {
        try workspace.tavleAsFacilitator(arguments)
    }

    @Test func aRunIsOneCommitWithTrailersAndACleanWorkingTree() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        let result = try tavle(workspace, "run", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("; committed "))
        #expect(try git("rev-list", "--count", "HEAD", in: out).output == "1\n")
        #expect(
            try git("log", "-1", "--format=%an <%ae>%n%s", in: out).output
                == "Kari Fasilitator <kari@example.org>\nreport v1: 3 reports\n")
        let trailers = try git("log", "-1", "--format=%(trailers:only,unfold)", in: out).output
        #expect(
            trailers
                == "Notebook: report\nNotebook-Version: 1\nTeams: t1, t2, t3\nTool: tavle \(TavleVersion.current)\n\n")
        // The run chart's points go to the team's measurement ledger; these teams keep no journal.
        let perTeam = [
            "ledger/measurements/report.json", "report.data/falls.csv", "report.html", "report.manifest.json",
            "report.md",
        ]
        let expected = ["notebooks/report.md"] + ["t1", "t2", "t3"].flatMap { team in perTeam.map { "\(team)/\($0)" } }
        #expect(
            try git("ls-tree", "-r", "--name-only", "HEAD", in: out).output == expected.joined(separator: "\n") + "\n")
        #expect(try git("status", "--porcelain", in: out).output == "")
        #expect(try git("fsck", "--strict", in: out).status == 0)
        #expect(try git("show", "HEAD:t2/report.md", in: out).output == workspace.read("out/t2/report.md"))
    }

    @Test func theAuthorComesFromTheEnvironmentThenTavleYAML() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        try workspace.write(
            "tavle.yaml",
            try workspace.read("tavle.yaml")
                + "\nauthor: { name: Læringsnettverket Møre og Romsdal, email: kvalitet@example.no }\n")
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        #expect(
            try git("log", "-1", "--format=%an <%ae>|%cn <%ce>", in: out).output
                == "Læringsnettverket Møre og Romsdal <kvalitet@example.no>|Læringsnettverket Møre og Romsdal <kvalitet@example.no>\n"
        )
        // One person's TAVLE_AUTHOR_NAME comes before the shared name.
        #expect(try tavle(workspace, "run", "report.md", "--team", "t2").status == 0)
        #expect(try git("log", "-1", "--format=%an <%ae>", in: out).output == "Kari Fasilitator <kari@example.org>\n")
    }

    @Test func theCommitTimeCanBeSetToReplayPastGatherings() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_COMMIT_TIME"] = "2021-01-20T09:00:00+01:00"
        #expect(
            try Tavle.run(["run", "report.md", "--team", "t1"], in: workspace.folder, environment: environment).status
                == 0)
        #expect(
            try git("log", "-1", "--format=%aI|%cI", in: out).output
                == "2021-01-20T09:00:00+01:00|2021-01-20T09:00:00+01:00\n")

        environment["TAVLE_COMMIT_TIME"] = "20 January"
        let refused = try Tavle.run(
            ["run", "report.md", "--team", "t2"], in: workspace.folder, environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: TAVLE_COMMIT_TIME '20 January' is not a time tavle can read"))
        #expect(try git("rev-list", "--count", "HEAD", in: out).output == "1\n")
        #expect(!workspace.exists("out/t2"))
    }

    @Test func anOutputFolderThatCannotBeWrittenIsExplainedAndLeftAlone() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--team", "t1").status == 0)
        let head = try git("rev-parse", "HEAD", in: out).output
        // As root, runAsReader runs tavle as 'nobody', who cannot write to root's folders.
        if getuid() != 0 {
            for folder in [out, workspace.folder] {
                try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
            }
        }
        defer {
            for folder in [out, workspace.folder] {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            }
        }

        let refused = try Tavle.runAsReader(["run", "report.md", "--team", "t2"], in: workspace.folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasPrefix("error: 'out' is not writable: Permission denied\n  hint: "), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try git("rev-parse", "HEAD", in: out).output == head)
        #expect(try git("status", "--porcelain", in: out).output == "")
        #expect(!workspace.exists("out/t2"))

        // A new output folder where it cannot be made.
        let cannotCreate = try Tavle.runAsReader(
            ["run", "report.md", "--team", "t2", "--output", "new-reports"], in: workspace.folder)
        #expect(cannotCreate.status == 1)
        #expect(
            cannotCreate.stderr.hasPrefix("error: the output folder 'new-reports' could not be created"),
            "\(cannotCreate.stderr)")
        #expect(!workspace.exists("new-reports"))
    }

    @Test func anUnchangedRunCommitsNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--all-teams").status == 0)
        let head = try git("rev-parse", "HEAD", in: out).output
        let again = try tavle(workspace, "run", "report.md", "--all-teams")
        #expect(again.status == 0)
        #expect(again.stdout.contains("unchanged since the last commit"))
        #expect(try git("rev-parse", "HEAD", in: out).output == head)
    }

    @Test func aChangeForOneTeamChangesExactlyItsFiles() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--all-teams").status == 0)
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status", with: "title: Status, revised"))
        let second = try tavle(workspace, "run", "report.md", "--team", "t2")
        #expect(second.status == 0)
        #expect(second.stdout.contains("(4 files changed) to out"))
        #expect(try git("rev-list", "--count", "HEAD", in: out).output == "2\n")
        // The notebook changed, so its copy and t2's manifest (which holds its hash) change too.
        #expect(
            try git("diff", "--name-only", "HEAD~1", "HEAD", in: out).output
                == "notebooks/report.md\nt2/report.html\nt2/report.manifest.json\nt2/report.md\n")
        #expect(try git("status", "--porcelain", in: out).output == "")
    }

    @Test func theManifestRecordsWhatTheReportWasMadeFrom() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--team", "t1", "--param", "period=2022-03").status == 0)
        let manifest =
            try JSONSerialization.jsonObject(with: Data(workspace.read("out/t1/report.manifest.json").utf8))
            as? [String: Any]
        let notebook = try #require(manifest?["notebook"] as? [String: Any])
        #expect(notebook["id"] as? String == "report")
        #expect(notebook["version"] as? Int == 1)
        #expect(notebook["copy"] as? String == "notebooks/report.md")
        #expect(
            notebook["blob"] as? String
                == (try git("hash-object", "notebooks/report.md", in: out).output.trimmingCharacters(
                    in: .whitespacesAndNewlines)))
        #expect(try workspace.read("out/notebooks/report.md") == Workspace.goodNotebook)
        #expect(manifest?["parameters"] as? [String: String] == ["team": "t1", "period": "2022-03"])
        #expect(manifest?["tool"] as? String == "tavle \(TavleVersion.current)")
        let query = try #require((manifest?["queries"] as? [[String: Any]])?.first)
        #expect(query["name"] as? String == "falls")
        #expect(query["rows"] as? Int == 3)
        #expect(query["parameters"] as? [String: String] == ["team": "t1", "period": "2022-03"])
        #expect(
            query["blob"] as? String
                == (try git("hash-object", "t1/report.data/falls.csv", in: out).output.trimmingCharacters(
                    in: .whitespacesAndNewlines)))
        #expect(
            try workspace.read("out/t1/report.data/falls.csv")
                == "period,numerator,denominator,value\n2022-01,4,750,5.33333333333333\n2022-02,6,750,8\n2022-03,3,750,4\n"
        )
    }

    @Test func aFailedRunLeavesTheRepositoryAsItWas() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--all-teams").status == 0)
        let head = try git("rev-parse", "HEAD", in: out).output
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "ORDER BY period", with: "ORDER BY nothing_here"))
        #expect(try tavle(workspace, "run", "report.md", "--all-teams").status == 1)
        #expect(try git("rev-parse", "HEAD", in: out).output == head)
        #expect(try git("status", "--porcelain", in: out).output == "")
        #expect(try git("fsck", in: out).status == 0)
    }

    @Test(arguments: 1...3)
    func twoRunsAtOnceBothCommitOneAfterTheOther(attempt: Int) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        func start(_ team: String) throws -> (Process, Pipe) {
            let process = Process()
            process.executableURL = Tavle.executable
            process.arguments = ["run", "report.md", "--team", team]
            process.currentDirectoryURL = workspace.folder
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return (process, pipe)
        }
        let runs = try [start("t1"), start("t2")]
        for (process, pipe) in runs {
            let stderr = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(stderr)")
        }
        #expect(try git("rev-list", "--count", "HEAD", in: out).output == "2\n", "no commit is lost")
        #expect(try git("ls-tree", "--name-only", "HEAD", in: out).output == "notebooks\nt1\nt2\n")
        #expect(try git("fsck", "--strict", in: out).status == 0)
        #expect(try git("status", "--porcelain", in: out).output == "")
    }

    @Test func aRunThatMustWaitForAnotherSaysSoThenCommits() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--team", "t1").status == 0)
        // This test holds the lock, as a long run would.
        let lock = open(out.appendingPathComponent(".tavle.lock").path, O_RDWR)
        #expect(lock >= 0 && flock(lock, LOCK_EX) == 0)
        let errors = workspace.folder.appendingPathComponent("stderr.txt")
        #expect(FileManager.default.createFile(atPath: errors.path, contents: nil))
        let process = Process()
        process.executableURL = Tavle.executable
        process.arguments = ["run", "report.md", "--team", "t2"]
        process.currentDirectoryURL = workspace.folder
        process.environment = ProcessInfo.processInfo.environment.merging(["TAVLE_LANGUAGE": "en"]) { $1 }
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        var said = ""
        while Date() < deadline, !said.contains("waiting") {
            usleep(50_000)
            said = try String(contentsOf: errors, encoding: .utf8)
        }
        #expect(
            said == "waiting for another tavle command (run, handout, import or data load) to finish with 'out' …\n")
        #expect(process.isRunning, "it waits rather than failing")
        flock(lock, LOCK_UN)
        close(lock)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try git("rev-list", "--count", "HEAD", in: out).output == "2\n")
    }

    @Test func aRunKilledBeforeItsCommitLeavesTheRepositoryAsItWas() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--all-teams").status == 0)
        let head = try git("rev-parse", "HEAD", in: out).output
        let report = try workspace.read("out/t1/report.html")
        try workspace.write(
            "report.md", Workspace.goodNotebook.replacingOccurrences(of: "title: Status", with: "title: Killed"))

        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_TEST_ABORT"] = "before-commit"
        let killed = try Tavle.run(["run", "report.md", "--all-teams"], in: workspace.folder, environment: environment)
        #expect(killed.status == 75, "the hook stops the run after its files and objects are written")
        #expect(try git("rev-parse", "HEAD", in: out).output == head)
        #expect(try workspace.read("out/t1/report.html") == report, "the working tree shows the committed report")
        #expect(try git("status", "--porcelain", in: out).output == "")
        #expect(try git("fsck", "--strict", in: out).status == 0)

        // The next run commits and clears what the killed run left beside the reports.
        #expect(try tavle(workspace, "run", "report.md", "--all-teams").status == 0)
        #expect(try git("rev-list", "--count", "HEAD", in: out).output == "2\n")
        let leftovers =
            FileManager.default.enumerator(atPath: out.path)?.allObjects.compactMap { $0 as? String }.filter {
                $0.contains(".tavle-new-")
            } ?? []
        #expect(leftovers.isEmpty)
    }

    @Test func aBrokenRepositoryGivesAClearError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("out/.git"), withIntermediateDirectories: true)
        let result = try tavle(workspace, "run", "report.md", "--all-teams")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: the report repository 'out' could not be updated: git_repository_open_ext failed"))
        #expect(result.stderr.contains("hint: "))
        #expect(!workspace.exists("out/t1"))
    }

    /// A network larger than the teams tavle renders at once, where one late team fails.
    static let largeNetwork = """
        name: Large network
        language: en
        data: data.sqlite
        teams:
          query: >-
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
            SELECT printf('t%02d', i) AS id, 'Team ' || i AS name, 'Molde' AS municipality FROM n
        output: out
        """
    static let failsForTeam75 = """
        ---
        id: report
        title: Status
        params:
          team: { type: team }
        ---
        # {{ team.name }}

        ```sql odd
        --| show: table
        SELECT CASE WHEN :team = 't75' THEN 'n/a' ELSE 1.5 END AS value
        ```

        Odd: {{ odd.value | number(1) }}

        ```sql trend
        --| chart: run
        SELECT '2022-0' || i AS period, i AS value FROM (SELECT 1 AS i UNION ALL SELECT 2 UNION ALL SELECT 3)
        ```
        """

    @Test func aLargeBatchThatFailsLateLeavesNoRepositoryBehind() throws {
        let workspace = try Workspace(notebook: Self.failsForTeam75, config: Self.largeNetwork)
        defer { workspace.remove() }
        let result = try tavle(workspace, "run", "report.md", "--all-teams")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\nreport.md:14:21: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("'n/a' is not a number"))
        // Seventy-odd reports were staged and their blobs packed before t75 failed; none of it stays.
        #expect(!workspace.exists("out"))
    }

    @Test func aLargeBatchThatFailsLateLeavesTheRepositoryAsItWas() throws {
        let workspace = try Workspace(
            notebook: Self.failsForTeam75.replacingOccurrences(of: "'n/a'", with: "2.5"), config: Self.largeNetwork)
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        let first = try tavle(workspace, "run", "report.md", "--all-teams")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            try git("ls-tree", "-r", "--name-only", "HEAD", in: out).output.split(separator: "\n").filter {
                $0.hasSuffix("/report.html")
            }.count == 90)
        let head = try git("rev-parse", "HEAD", in: out).output
        let packs = try FileManager.default.contentsOfDirectory(
            atPath: out.appendingPathComponent(".git/objects/pack").path
        ).sorted()
        let before = try workspace.read("out/t01/report.html")

        try workspace.write(
            "report.md", Self.failsForTeam75.replacingOccurrences(of: "title: Status", with: "title: Changed"))
        let failed = try tavle(workspace, "run", "report.md", "--all-teams")
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("'n/a' is not a number"))
        #expect(try git("rev-parse", "HEAD", in: out).output == head)
        // `git status` hides staged files (they are excluded); --ignored shows them.
        #expect(
            try git("status", "--porcelain", "--ignored", in: out).output == "!! .tavle.lock\n",
            "no staged file is left")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".git/objects/pack").path)
                .sorted() == packs, "no pack, whole or partial, was added")
        #expect(try workspace.read("out/t01/report.html") == before)
        #expect(try git("fsck", "--strict", in: out).status == 0)
    }

    @Test func aLargeBatchThatFailsLateRemovesTheFoldersItMadeForNewTeams() throws {
        let workspace = try Workspace(
            notebook: Self.failsForTeam75.replacingOccurrences(of: "'n/a'", with: "2.5"), config: Self.largeNetwork)
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try tavle(workspace, "run", "report.md", "--team", "t01").status == 0)
        try workspace.write("report.md", Self.failsForTeam75)
        #expect(try tavle(workspace, "run", "report.md", "--all-teams").status == 1)
        // Teams t02 to t74 had their folders made (t02/report.data, t02/ledger/measurements …)
        // and files staged before t75 failed.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
                ".git", ".tavle.lock", "notebooks", "t01",
            ])
        #expect(try git("status", "--porcelain", "--ignored", in: out).output == "!! .tavle.lock\n")
    }

    @Test func teamsWhoseFoldersWouldCoincideStopTheRunBeforeAnythingIsWritten() throws {
        let config = Self.largeNetwork.replacingOccurrences(
            of:
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)\n    SELECT printf('t%02d', i) AS id, 'Team ' || i AS name, 'Molde' AS municipality FROM n",
            with: "SELECT 'a/b' AS id, 'One' AS name, 'Molde' AS municipality UNION ALL SELECT 'a_b', 'Two', 'Molde'")
        #expect(config.contains("'a_b'"))
        let workspace = try Workspace(notebook: Self.failsForTeam75, config: config)
        defer { workspace.remove() }
        let result = try tavle(workspace, "run", "report.md", "--all-teams")
        #expect(result.status == 1)
        // 'a/b' cannot name a folder at all: refused before it could collide with 'a_b'.
        #expect(
            result.stderr.contains("error: row 1 of the teams query has the team id 'a/b', which holds '/'"),
            "\(result.stderr)")
        #expect(result.stderr.contains("hint: a team id names the team's folder and journal"))
        #expect(!workspace.exists("out"))
    }

    @Test(arguments: [
        ("'../../secret' AS id", "row 1 of the teams query has the team id '../../secret', which starts with '.'"),
        ("'team/../../secret' AS id", "row 1 of the teams query has the team id 'team/../../secret', which holds '/'"),
        ("'" + String(repeating: "x", count: 300) + "' AS id", "which is longer than 64 characters"),
        (
            "'Handouts' AS id",
            "row 1 of the teams query has the team id 'Handouts', which is the name of tavle's own folder in the report repository"
        ),
        ("'notebooks' AS id", "the team id 'notebooks', which is the name of tavle's own folder"),
        (
            "'lia' AS id UNION ALL SELECT 'Lia'",
            "the team ids 'lia' and 'Lia' (rows 1 and 2) differ only in upper and lower case, and would share a folder"
        ),
    ])
    func teamIdsThatCannotNameAFolderAreNamedByCheck(ids: String, message: String) throws {
        let config = Self.largeNetwork.replacingOccurrences(
            of:
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)\n    SELECT printf('t%02d', i) AS id, 'Team ' || i AS name, 'Molde' AS municipality FROM n",
            with: "SELECT id, 'Team' AS name, 'Molde' AS municipality FROM (SELECT \(ids))")
        let workspace = try Workspace(notebook: Self.failsForTeam75, config: config)
        defer { workspace.remove() }
        let result = try tavle(workspace, "check", "report.md")
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.hasPrefix("tavle.yaml:"), "at the teams query")
    }
}
