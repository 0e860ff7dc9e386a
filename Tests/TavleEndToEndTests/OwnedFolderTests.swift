import Foundation
import Testing

/// Tavle writes only into a report folder it made, and never over a person's work: each case
/// once lost data, and is now refused with nothing written.
@Suite struct OwnedFolderTests {
    func git(_ arguments: String..., in folder: URL) throws -> (status: Int32, output: String) {
        try GitCLI.run(["-c", "user.name=Someone", "-c", "user.email=s@example.org"] + arguments, in: folder)
    }

    @Test func anotherProjectsRepositoryIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let project = workspace.folder.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        #expect(try git("init", "-q", "-b", "main", in: project).status == 0)
        try Data("# My project\n".utf8).write(to: project.appendingPathComponent("README.md"))
        #expect(try git("add", "README.md", in: project).status == 0)
        #expect(try git("commit", "-qm", "Start", in: project).status == 0)
        let head = try git("rev-parse", "HEAD", in: project).output

        let result = try workspace.tavle("run", "report.md", "--all-teams", "--output", "project")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("error: 'project' is another project's repository: none of its commits"),
            "\(result.stderr)")
        #expect(try git("rev-parse", "HEAD", in: project).output == head)
        #expect(
            try git("status", "--porcelain", "--ignored", in: project).output == "", "nothing written, not even a lock")
    }

    @Test func aCommitByHandDuringARunIsNamedAsSuch() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        // The run stops before its commit for two seconds; meanwhile a person commits.
        let process = Process()
        process.executableURL = Tavle.executable
        process.arguments = ["run", "report.md", "--all-teams"]
        process.currentDirectoryURL = workspace.folder
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_TEST_PAUSE"] = "before-commit"
        environment["TAVLE_LANGUAGE"] = "en"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        usleep(800_000)
        try Data("note\n".utf8).write(to: out.appendingPathComponent("NOTE.txt"))
        _ = try git("add", "NOTE.txt", in: out)
        #expect(try git("commit", "-qm", "A note of mine", in: out).status == 0)
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("error: Someone committed 'A note of mine' ("), "\(stderr)")
        #expect(stderr.contains("while this run was running; nothing was committed"))
    }

    @Test func anotherBranchOrADetachedHeadIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        #expect(try git("checkout", "-q", "-b", "mine", in: out).status == 0)
        let branch = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(branch.status == 1)
        #expect(
            branch.stderr.contains(
                "error: in the report repository 'out' the branch 'mine' is checked out; tavle commits its reports to 'main'"
            ), "\(branch.stderr)")

        #expect(try git("checkout", "-q", "--detach", "main", in: out).status == 0)
        let detached = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(detached.status == 1)
        #expect(detached.stderr.contains("HEAD is detached"), "\(detached.stderr)")
        #expect(!workspace.exists("out/t2"))
    }

    @Test func aFolderOfOtherFilesIsRefusedAndKeepsThem() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let folder = workspace.folder.appendingPathComponent("mine/notebooks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("my own notes\n".utf8).write(to: folder.appendingPathComponent("report.md"))
        let result = try workspace.tavle("run", "report.md", "--all-teams", "--output", "mine")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: 'mine' holds files tavle did not make (notebooks); tavle makes its report repository only in a new or empty folder"
            ), "\(result.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8) == "my own notes\n")
        #expect(!workspace.exists("mine/.git"))
        #expect(!workspace.exists("mine/.tavle.lock"))
    }

    @Test func editedOrStagedReportsAreNamedAndNotOverwritten() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        let edited = try workspace.read("out/t1/report.md") + "\nOur own note.\n"
        try workspace.write("out/t1/report.md", edited)

        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "What have you learnt?", with: "What did you learn?"))
        let refused = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("error: reports in 'out' were edited since tavle wrote them: t1/report.md"),
            "\(refused.stderr)")
        #expect(try workspace.read("out/t1/report.md") == edited, "the edit is kept")

        #expect(try git("add", "t1/report.md", in: out).status == 0)
        let staged = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(staged.status == 1)
        #expect(staged.stderr.contains("has changes staged but not committed: t1/report.md"), "\(staged.stderr)")

        #expect(
            staged.stderr.contains(
                "hint: tavle writes only over files as it made them; keep the edits elsewhere, then run again with --discard-edits"
            ))
        #expect(
            try workspace.tavle("check", "report.md", "--discard-edits").stderr.contains(
                "--discard-edits is for run and handout"))

        // Put back as the hint says, naming what is discarded, the run goes on; a report
        // deleted by hand is simply made again.
        try FileManager.default.removeItem(at: out.appendingPathComponent("t2/report.md"))
        let again = try workspace.tavle("run", "report.md", "--all-teams", "--discard-edits")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            again.stderr.contains("note: --discard-edits: the changes to t1/report.md in 'out' are discarded"),
            "\(again.stderr)")
        #expect(workspace.exists("out/t2/report.md"))
        #expect(try !workspace.read("out/t1/report.md").contains("Our own note."))
        #expect(try workspace.read("out/t1/report.md").contains("What did you learn?"))
        #expect(try git("status", "--porcelain", in: out).output == "")
        #expect(try workspace.tavle("verify", "--reports-only").status == 0)
    }
}

/// A symbolic link in the report folder, made by hand or committed to a shared repository,
/// would let a run write outside it: run refuses it, verify names it.
@Suite struct LinkInReportFolderTests {
    @Test func aLinkInTheReportFolderIsRefusedAndACommittedOneIsNamed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        // t2's folder made a link to a folder outside, before t2's first report.
        let elsewhere = workspace.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("keep me\n".utf8).write(to: elsewhere.appendingPathComponent("report.md"))
        try FileManager.default.createSymbolicLink(
            atPath: out.appendingPathComponent("t2").path, withDestinationPath: elsewhere.path)
        let refused = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "error: the report folder 'out' holds symbolic links, through which a run would write outside it: t2"),
            "\(refused.stderr)")
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("report.md"), encoding: .utf8) == "keep me\n")

        // Committed by someone: verify names it.
        _ = try GitCLI.run(["add", "t2"], in: out)
        #expect(
            try GitCLI.run(
                ["-c", "user.name=Someone", "-c", "user.email=s@example.org", "commit", "-qm", "link"], in: out
            ).status == 0)
        let verify = try workspace.tavle("verify", "--reports-only")
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("✗ t2 (commit "), "\(verify.stdout)")
        #expect(verify.stdout.contains("is a symbolic link; tavle never commits one"))
    }
}
