import Foundation
import Testing

/// verify covers what git can show: the working tree against the last commit, report files
/// removed by a commit tavle did not make, and runs whose history was rewritten under them.
@Suite struct VerifyHistoryTests {
    func git(_ arguments: [String], in folder: URL, input: String? = nil) throws -> String {
        let result = try GitCLI.run(
            ["-c", "user.name=Someone", "-c", "user.email=s@example.org"] + arguments, in: folder)
        #expect(result.status == 0, "git \(arguments): \(result.output)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func twoRuns() throws -> Workspace {
        let workspace = try Workspace()
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        #expect(try workspace.tavle("run", "report.md", "--all-teams", "--param", "period=2022-03").status == 0)
        return workspace
    }

    @Test func theWorkingTreeIsHeldToTheLastCommit() throws {
        let workspace = try twoRuns()
        defer { workspace.remove() }
        try workspace.write("out/t1/report.md", "Nothing to see.\n")
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("out/t2/report.html"))
        let result = try workspace.tavle("verify", "--reports-only")
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ t1/report.md (commit "), "\(result.stdout)")
        #expect(result.stdout.contains("differs in the working tree from the last commit"))
        #expect(result.stdout.contains("✗ t2/report.html (commit "))
        #expect(result.stdout.contains("is missing from the working tree"))
    }

    @Test func reportsRemovedByAHandCommitAreNamed() throws {
        let workspace = try twoRuns()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        _ = try git(["rm", "-q", "-r", "t3", "t1/report.manifest.json"], in: out)
        _ = try git(["commit", "-qm", "tidy"], in: out)
        let result = try workspace.tavle("verify", "--reports-only")
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ t3/report.md (commit "), "\(result.stdout)")
        #expect(result.stdout.contains("was removed by a commit tavle did not make ('tidy')"))
        #expect(result.stdout.contains("✗ t1/report.manifest.json (commit "))
    }

    @Test func aRunAmendedUnderALaterOneIsNamed() throws {
        let workspace = try twoRuns()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        let first = try git(["rev-parse", "HEAD~1"], in: out), second = try git(["rev-parse", "HEAD"], in: out)
        // The first run's author changed, the second put on top of it as if nothing happened.
        let amended = try git(
            [
                "-c", "user.name=Other", "commit-tree", "\(first)^{tree}", "-m",
                try git(["log", "-1", "--format=%B", first], in: out),
            ], in: out)
        let rewritten = try git(
            [
                "commit-tree", "\(second)^{tree}", "-p", amended, "-m",
                try git(["log", "-1", "--format=%B", second], in: out),
            ], in: out)
        _ = try git(["update-ref", "refs/heads/main", rewritten], in: out)
        _ = try git(["reset", "-q", "--hard"], in: out)
        let result = try workspace.tavle("verify", "--reports-only")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "is a run whose recorded previous commit (\(first.prefix(7))) is not its parent (\(amended.prefix(7)))"),
            "\(result.stdout)")
    }
}
