import Foundation
import TavleArchive
import TavleData
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
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status\n", with: "title: Status\nversion: 2\n"))
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
            #expect(
                next.stderr.contains(
                    "note: a run stopped after its commit \(afterKill.prefix(7)) left 'out' half written; its files and index are now put in place"
                ), "\(point): \(next.stderr)")
            #expect(next.stdout.contains("nothing committed"), "the killed run's commit is the run: \(next.stdout)")
        }
        #expect(
            try git("status", "--porcelain", in: out).output == "", "\(point): branch, index and working tree agree")
        #expect(try git("fsck", "--no-progress", in: out).status == 0)
        #expect(
            try workspace.read("out/t1/report.md").contains("v2")
                || workspace.read("out/t1/report.manifest.json").contains("\"version\" : 2"))
        let verify = try workspace.tavle("verify", "--reports-only")
        #expect(verify.status == 0, "\(point): \(verify.stdout)")
        let packs = try FileManager.default.contentsOfDirectory(
            atPath: out.appendingPathComponent(".git/objects/pack").path)
        #expect(!packs.contains { $0.hasPrefix("tmp_pack_") }, "no temporary pack left")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".git/tavle-installing").path))
    }
}

extension KilledRunTests {
    /// Killed while libgit2 wrote the index: its lock is left beside the index. The install
    /// note says the run was tavle's, so the next run removes the stale lock and finishes.
    @Test func aRunKilledWhileWritingTheIndexLeavesAStaleLockThatTheNextRunClears() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "title: Status\n", with: "title: Status\nversion: 2\n"))
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_TEST_ABORT"] = "mid-install"
        #expect(
            try Tavle.run(["run", "report.md", "--all-teams"], in: workspace.folder, environment: environment).status
                == 75)
        try Data().write(to: out.appendingPathComponent(".git/index.lock"))
        let next = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("half written; its files and index are now put in place"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".git/index.lock").path))
        #expect(try git("status", "--porcelain", in: out).output == "")
    }
}

/// The kill harness (scripts/kill-harness.py) in small, for every test run: real SIGKILLs
/// spread over a run of many teams, where the hooks above stop at named steps.
@Suite struct KilledBySignalTests {
    func git(_ arguments: String..., in folder: URL) throws -> (status: Int32, output: String) {
        try GitCLI.run(arguments, in: folder)
    }

    /// The small workspace with `count` teams, so that a run lasts long enough to be killed
    /// in each of its steps.
    func workspace(teams count: Int) throws -> Workspace {
        let workspace = try Workspace()
        let teams = (1...count).map { String(format: "t%02d", $0) }
        try workspace.write(
            "data-src/teams.csv", "id,name,municipality\n" + teams.map { "\($0),Team \($0),Molde\n" }.joined())
        var rows = "team_id,period,numerator,denominator,value\n"
        for (index, team) in teams.enumerated() {
            for month in 1...12 {
                let falls = (index + month) % 7 + 1
                rows += "\(team),2022-\(month < 10 ? "0" : "")\(month),\(falls),750,\(Double(falls) * 1000 / 750)\n"
            }
        }
        try workspace.write("data-src/measurements.csv", rows)
        let database = workspace.folder.appendingPathComponent("data.sqlite")
        try FileManager.default.removeItem(at: database)
        let built = try TextDataBuilder(
            folder: workspace.folder.appendingPathComponent("data-src").path,
            cacheFolder: workspace.folder.appendingPathComponent("cache2").path
        )
        .database(declaredAt: nil)
        try FileManager.default.copyItem(atPath: built, toPath: database.path)
        return workspace
    }

    /// Starts `tavle run --all-teams` with the notebook at `version`; `pause` holds it at a
    /// named moment (see TestHooks), which it says on standard error.
    func start(_ workspace: Workspace, version: Int, pause: String? = nil) throws -> (process: Process, errors: Pipe) {
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(
                of: "title: Status\n", with: "title: Status\nversion: \(version)\n"))
        let process = Process()
        process.executableURL = Tavle.executable
        process.arguments = ["run", "report.md", "--all-teams"]
        process.currentDirectoryURL = workspace.folder
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_TEST_PAUSE"] = pause
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    /// What must hold after any kill, checked through git and the next run.
    func expectNothingLost(_ workspace: Workspace, old: String, version: Int, _ moment: String) throws {
        let out = workspace.folder.appendingPathComponent("out")
        let killed = try git("rev-parse", "HEAD", in: out).output
        #expect(try git("fsck", "--no-progress", in: out).status == 0, "\(moment): fsck")
        // What a kill between renaming a pack and its index leaves: a pack git never reads.
        let orphan = out.appendingPathComponent(".git/objects/pack/pack-\(String(repeating: "0", count: 40)).pack")
        try Data("PACK".utf8).write(to: orphan)
        let next = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(next.status == 0, "\(moment): \(next.stderr)")
        let head = try git("rev-parse", "HEAD", in: out).output
        #expect(
            killed == old || killed == head, "\(moment): HEAD after the kill is neither the old run nor the new one")
        #expect(
            try git("status", "--porcelain", in: out).output == "", "\(moment): branch, index and working tree agree")
        let shown = try git("log", "-1", "--format=%(trailers:key=Notebook-Version,valueonly)", in: out).output
        #expect(shown.trimmingCharacters(in: .whitespacesAndNewlines) == "\(version)", "\(moment)")
        let verify = try workspace.tavle("verify", "--reports-only")
        #expect(verify.status == 0, "\(moment): \(verify.stdout)")
        let packs = try FileManager.default.contentsOfDirectory(
            atPath: out.appendingPathComponent(".git/objects/pack").path)
        #expect(!packs.contains { $0.hasPrefix("tmp_pack_") }, "\(moment): a temporary pack is left")
        #expect(
            packs.filter { $0.hasSuffix(".pack") }.allSatisfy { packs.contains($0.dropLast(5) + ".idx") },
            "\(moment): a pack without its index is left")
        #expect(try git("count-objects", "-v", in: out).output.contains("garbage: 0"), "\(moment)")
        #expect(
            !FileManager.default.fileExists(atPath: out.appendingPathComponent(".git/tavle-installing").path),
            "\(moment): the install note is left")
    }

    @Test func aSIGKILLAtEachStepOfTheCommitLosesNothing() throws {
        let workspace = try workspace(teams: 40)
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        for (index, point) in ["before-commit", "after-branch", "mid-install", "before-index-agrees"].enumerated() {
            let old = try git("rev-parse", "HEAD", in: out).output
            let (process, errors) = try start(workspace, version: index + 2, pause: point)
            var said = ""
            while !said.contains("paused at \(point)") {
                let data = errors.fileHandleForReading.availableData
                if data.isEmpty { break }
                said += String(decoding: data, as: UTF8.self)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "\(point): the run ended before the kill: \(said)")
            try expectNothingLost(workspace, old: old, version: index + 2, "SIGKILL at \(point)")
        }
    }

    @Test func runsKilledAtMomentsSpreadOverTheirLengthLoseNothing() throws {
        let workspace = try workspace(teams: 40)
        defer { workspace.remove() }
        let out = workspace.folder.appendingPathComponent("out")
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        // How long a run that changes every report takes here, uninterrupted.
        let started = Date()
        let (calibration, _) = try start(workspace, version: 2)
        calibration.waitUntilExit()
        let length = Date().timeIntervalSince(started)
        let kills = 8
        for attempt in 0..<kills {
            let version = attempt + 3
            let old = try git("rev-parse", "HEAD", in: out).output
            let (process, _) = try start(workspace, version: version)
            // From a third into the run to just past its end: most kills land in its work,
            // some in the commit and its install.
            usleep(useconds_t(length * (0.35 + 0.7 * Double(attempt) / Double(kills - 1)) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try expectNothingLost(workspace, old: old, version: version, "kill \(attempt + 1) of \(kills)")
        }
    }
}
