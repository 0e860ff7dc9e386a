import Foundation
import Testing

/// `tavle push` sends the report repository to a shared bare repository through libgit2;
/// the tests look at the result with the git CLI.
@Suite struct PushCommandTests {
    func git(_ arguments: String..., in folder: URL) throws -> (status: Int32, output: String) {
        try GitCLI.run(arguments, in: folder)
    }

    /// A bare repository beside the workspace, as a network's shared folder would hold.
    func makeShared(_ workspace: Workspace, name: String = "shared.git") throws -> URL {
        let shared = workspace.folder.appendingPathComponent(name)
        let made = try GitCLI.run(
            ["init", "--quiet", "--bare", "--initial-branch=main", shared.path], in: workspace.folder)
        #expect(made.status == 0, "\(made.output)")
        return shared
    }

    @Test func pushesEveryRunAndThenNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let shared = try makeShared(workspace)
        #expect(try workspace.tavleAsFacilitator(["run", "report.md", "--all-teams"]).status == 0)
        #expect(
            try workspace.tavleAsFacilitator(["run", "report.md", "--team", "t1", "--param", "period=2022-01"]).status
                == 0)

        let first = try workspace.tavle("push", "shared.git")
        #expect(first.status == 0, "\(first.stderr)")
        let head = try git("rev-parse", "--short=7", "HEAD", in: workspace.folder.appendingPathComponent("out")).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(first.stdout == "Pushed 2 runs to \(shared.path) (main at \(head))\n")
        #expect(try git("rev-list", "--count", "main", in: shared).output == "2\n")
        #expect(try git("log", "-1", "--format=%an", "main", in: shared).output == "Kari Fasilitator\n")
        #expect(try git("show", "main:t2/report.md", in: shared).output == workspace.read("out/t2/report.md"))
        #expect(try git("fsck", "--strict", in: shared).status == 0)

        let again = try workspace.tavle("push", "shared.git")
        #expect(again.status == 0)
        #expect(again.stdout == "\(shared.path) already has every run (main at \(head)); nothing to push\n")

        #expect(
            try workspace.tavleAsFacilitator(["run", "report.md", "--team", "t3", "--param", "period=2022-01"]).status
                == 0)
        let third = try workspace.tavle("push", shared.path)
        #expect(third.stdout.hasPrefix("Pushed 1 run to "))
        #expect(try git("rev-list", "--count", "main", in: shared).output == "3\n")
    }

    @Test func theRemoteCanComeFromTavleYAMLOrFromOrigin() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fromConfig = try makeShared(workspace, name: "from-config.git")
        let config = try workspace.read("tavle.yaml") + "\nremote: from-config.git\n"
        try workspace.write("tavle.yaml", config)
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        let pushed = try workspace.tavle("push")
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(try git("rev-list", "--count", "main", in: fromConfig).output == "1\n")

        // Without 'remote:', the repository's own 'origin' is used, and its tracking branch moves.
        try workspace.write("tavle.yaml", config.replacingOccurrences(of: "remote: from-config.git\n", with: ""))
        let origin = try makeShared(workspace, name: "origin.git")
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try git("remote", "add", "origin", origin.path, in: out).status == 0)
        let viaOrigin = try workspace.tavle("push")
        #expect(viaOrigin.status == 0, "\(viaOrigin.stderr)")
        #expect(viaOrigin.stdout.contains("to origin"))
        #expect(try git("rev-parse", "origin/main", in: out).output == git("rev-parse", "HEAD", in: out).output)
    }

    @Test func refusesToOverwriteAnotherRepositorysRuns() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let shared = try makeShared(workspace)
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        #expect(try workspace.tavle("push", "shared.git").status == 0)
        let before = try git("rev-parse", "main", in: shared).output

        // A second report repository, made separately, has a history of its own.
        #expect(try workspace.tavle("run", "report.md", "--team", "t2", "--output", "other").status == 0)
        let refused = try workspace.tavle("push", "shared.git", "--output", "other")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has runs that"))
        #expect(refused.stderr.contains("nothing was pushed"))
        #expect(refused.stderr.contains("hint: "))
        #expect(try git("rev-parse", "main", in: shared).output == before)
    }

    @Test func explainsWhatIsMissing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let noRepository = try workspace.tavle("push", "anywhere.git")
        #expect(noRepository.status == 1)
        #expect(noRepository.stderr.hasPrefix("error: there is no report repository in "))

        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        let noRemote = try workspace.tavle("push")
        #expect(noRemote.status == 1)
        #expect(noRemote.stderr.hasPrefix("error: no remote to push to: give one, or add 'remote:' to tavle.yaml"))

        let noSuchFolder = try workspace.tavle("push", "missing.git")
        #expect(noSuchFolder.status == 1)
        #expect(noSuchFolder.stderr.contains("there is no repository at 'missing.git' to push to"))
        #expect(noSuchFolder.stderr.contains("git init --bare --initial-branch=main"))

        let notARepository = workspace.folder.appendingPathComponent("plain-folder")
        try FileManager.default.createDirectory(at: notARepository, withIntermediateDirectories: true)
        let refused = try workspace.tavle("push", "plain-folder")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: could not push to "))
    }
}
