import Foundation
import Testing

@testable import TavleGit

@Suite struct GitRepositoryTests {
    let author = Signature(name: "Test Facilitator", email: "facilitator@example.org")

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tavle-git-\(UUID().uuidString)").path
    }

    /// Runs the git CLI, which only the tests use, to look at what libgit2 wrote.
    func git(_ arguments: String..., in folder: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func createsARepositoryAndCommitsNestedFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        #expect(try repository.headCommit() == nil)
        let tree = try repository.writeTree(
            base: nil,
            replacing: [
                "t1/report.md": Data("one\n".utf8), "t2/report.md": Data("two\n".utf8), "index.md": Data("i\n".utf8),
            ])
        let commit = try repository.commit(
            tree: tree, parent: nil, message: "First\n\nNotebook: report\n", author: author)
        #expect(try repository.headCommit() == commit)
        #expect(try repository.files(inCommit: commit).keys.sorted() == ["index.md", "t1/report.md", "t2/report.md"])

        #expect(try git("cat-file", "-p", "HEAD:t2/report.md", in: folder).output == "two\n")
        #expect(
            try git("log", "--format=%an <%ae>|%s|%(trailers:key=Notebook,valueonly)", in: folder).output
                == "Test Facilitator <facilitator@example.org>|First|report\n\n")
        #expect(try git("fsck", "--strict", in: folder).status == 0)
    }

    @Test func aSecondTreeKeepsUnchangedFilesAndReplacesChangedOnes() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        let first = try repository.commit(
            tree: repository.writeTree(base: nil, replacing: ["a/x.md": Data("x\n".utf8), "a/y.md": Data("y\n".utf8)]),
            parent: nil, message: "one", author: author)
        let sameTree = try repository.writeTree(base: first, replacing: ["a/x.md": Data("x\n".utf8)])
        #expect(try sameTree == repository.tree(ofCommit: first), "writing the same content gives the same tree")
        let second = try repository.commit(
            tree: repository.writeTree(base: first, replacing: ["a/y.md": Data("Y\n".utf8)]), parent: first,
            message: "two", author: author)
        #expect(try git("diff", "--name-only", first.hex, second.hex, in: folder).output == "a/y.md\n")
        #expect(try git("rev-list", "--count", "HEAD", in: folder).output == "2\n")
    }

    @Test func changesBetweenTwoCommitsAndFilesAtACommit() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        let first = try repository.commit(
            tree: repository.writeTree(
                base: nil,
                replacing: ["t1/r.md": Data("a\n".utf8), "t2/r.md": Data("b\n".utf8), "t3/r.md": Data("c\n".utf8)]),
            parent: nil, message: "one", author: author)
        // A tree made from scratch: t1 kept, t2 changed, t3 gone, t4 new.
        let second = try repository.commit(
            tree: repository.writeTree(
                base: nil,
                replacing: ["t1/r.md": Data("a\n".utf8), "t2/r.md": Data("B\n".utf8), "t4/r.md": Data("d\n".utf8)]),
            parent: first, message: "two", author: author)

        let changes = try repository.changes(from: first, to: second)
        #expect(changes.map(\.path) == ["t2/r.md", "t3/r.md", "t4/r.md"])
        #expect(changes.map(\.kind) == [.modified, .deleted, .added])
        #expect(changes[0].oldID == ObjectID.blob(hashing: Data("b\n".utf8)))
        #expect(changes[0].newID == ObjectID.blob(hashing: Data("B\n".utf8)))
        #expect(changes[1].newID == nil && changes[2].oldID == nil)
        #expect(try repository.changes(from: nil, to: first).map(\.kind) == [.added, .added, .added])
        #expect(try repository.changes(from: second, to: second).isEmpty)

        #expect(try repository.blob(atPath: "t2/r.md", inCommit: first) == Data("b\n".utf8))
        #expect(try repository.blob(atPath: "t2/r.md", inCommit: second) == Data("B\n".utf8))
        #expect(try repository.blob(atPath: "t3/r.md", inCommit: second) == nil)
        #expect(try repository.blob(atPath: "t1", inCommit: second) == nil, "a folder is not a file")
        // The git CLI agrees.
        #expect(
            try git("diff", "--name-status", first.hex, second.hex, in: folder).output
                == "M\tt2/r.md\nD\tt3/r.md\nA\tt4/r.md\n")
    }

    @Test func theBranchMovesOnlyFromWhereTheRunFoundIt() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        let base = try repository.commit(
            tree: repository.writeTree(base: nil, replacing: ["f": Data("0".utf8)]), parent: nil, message: "base",
            author: author)
        // Two runs both start from `base`; the first to commit wins, the second is refused.
        let treeA = try repository.writeTree(base: base, replacing: ["f": Data("a".utf8)])
        let treeB = try repository.writeTree(base: base, replacing: ["f": Data("b".utf8)])
        let a = try repository.commit(tree: treeA, parent: base, message: "a", author: author)
        do {
            _ = try repository.commit(tree: treeB, parent: base, message: "b", author: author)
            Issue.record("the stale commit moved the branch")
        } catch {
            #expect(error.isConcurrentUpdate)
        }
        #expect(try repository.headCommit() == a)
        #expect(try git("fsck", in: folder).status == 0)
    }

    @Test func theIndexFollowsTheCommitSoTheWorkingTreeIsClean() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        let commit = try repository.commit(
            tree: repository.writeTree(base: nil, replacing: ["t/r.md": Data("r\n".utf8)]), parent: nil, message: "m",
            author: author)
        try FileManager.default.createDirectory(atPath: folder + "/t", withIntermediateDirectories: true)
        try Data("r\n".utf8).write(to: URL(fileURLWithPath: folder + "/t/r.md"))
        try repository.resetIndex(toCommit: commit)
        #expect(try git("status", "--porcelain", in: folder).output == "")
    }

    @Test func aFolderThatIsNotARepositoryButHasAGitFileFails() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
        #expect(throws: GitError.self) { try GitRepository.openOrCreate(at: folder) }
    }
}
