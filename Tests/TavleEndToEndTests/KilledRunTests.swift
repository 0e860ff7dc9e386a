import Foundation
import Testing

/// Whatever moment a run is killed, the report folder afterwards is the old run or the new
/// one, or the next run finishes the killed one first and says so: branch, index and working
/// tree agree, git fsck is clean, verify passes.
@Suite struct KilledRunTests {
    func git(_ arguments: String..., in folder: URL) throws -> (status: Int32, output: String) {
        try GitCLI.run(arguments, in: folder)
    }

    @Test(arguments: ["before-commit", "after-branch", "mid-install", "before-index-agrees"])
    func aRunKilledAtAnyStepLeavesTheOldRunOrTheNewOne(point: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        let old = try git("rev-parse", "HEAD", in: out).output

        // Every team's report changes; the run dies at `point`.
        try workspace.write("report.md", Workspace.goodNotebook.replacingOccurrences(of: "title: Status\n", with: "title: Status\nversion: 2\n"))
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_TEST_ABORT"] = point
        let killed = try Tavle.run(["run", "report.md", "--all-teams"], in: workspace.folder, environment: environment)
        #expect(killed.status == 75, "\(point): \(killed.stderr)")
        let afterKill = try git("rev-parse", "HEAD", in: out).output
        #expect(try git("fsck", "--no-progress", in: out).status == 0)

        // The next run finishes what was committed, or starts from the old run.
        let next = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(next.status == 0, "\(point): \(next.stderr)")
        if point == "before-commit" {
            #expect(afterKill == old, "the branch did not move")
            #expect(!next.stderr.contains("half written"))
        } else {
            #expect(afterKill != old, "the branch moved before the kill")
            #expect(next.stderr.contains("note: a run stopped after its commit \(afterKill.prefix(7)) left 'out' half written; its files and index are now put in place"), "\(point): \(next.stderr)")
            #expect(next.stdout.contains("nothing committed"), "the killed run's commit is the run: \(next.stdout)")
        }
        #expect(try git("status", "--porcelain", in: out).output == "", "\(point): branch, index and working tree agree")
        #expect(try git("fsck", "--no-progress", in: out).status == 0)
        #expect(try workspace.read("out/t1/report.md").contains("v2") || workspace.read("out/t1/report.manifest.json").contains("\"version\" : 2"))
        let verify = try workspace.tavle("verify", "--reports-only")
        #expect(verify.status == 0, "\(point): \(verify.stdout)")
        let packs = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".git/objects/pack").path)
        #expect(!packs.contains { $0.hasPrefix("tmp_pack_") }, "no temporary pack left")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".git/tavle-installing").path))
    }
}
