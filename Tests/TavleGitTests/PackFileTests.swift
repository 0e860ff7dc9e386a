import Foundation
import Testing
@testable import TavleGit

@Suite struct PackFileTests {
    @Test func entryHeadersCarryKindAndSizeLowBitsFirst() {
        // 5 fits in the first byte's four size bits: blob (3) << 4 | 5.
        #expect(PackFile.header(kind: .blob, size: 5) == [0x35])
        // 300 = 0b1_0010_1100: low four bits 1100 with "more" set and kind tree (2),
        // then 300 >> 4 = 18.
        #expect(PackFile.header(kind: .tree, size: 300) == [0xAC, 0x12])
        // 16 needs a second byte holding 1.
        #expect(PackFile.header(kind: .commit, size: 16) == [0x90, 0x01])
    }

    @Test func checksumIsSHA1() {
        // FIPS 180 test vector.
        #expect(PackFile.sha1(Data("abc".utf8)).map { String(format: "%02x", $0) }.joined() == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test func compressedObjectsInflateToTheirContents() throws {
        let inputs = (0..<40).map { Data(String(repeating: "rad \($0);", count: $0 * 50).utf8) }
        let compressed = PackFile.compressEach(inputs)
        #expect(compressed.count == inputs.count)
        // A zlib stream starts with 0x78; the fastest level marks its second byte 0x01.
        #expect(compressed.allSatisfy { $0.first == 0x78 && $0.dropFirst().first == 0x01 })
        #expect(compressed[39].count < inputs[39].count / 10)
    }
}

@Suite struct OnePackTests {
    let author = Signature(name: "Test Facilitator", email: "facilitator@example.org")

    func objectFiles(in folder: String) throws -> (loose: [String], packs: [String]) {
        let objects = folder + "/.git/objects"
        var loose: [String] = []
        for fanout in try FileManager.default.contentsOfDirectory(atPath: objects) where fanout.count == 2 {
            loose += try FileManager.default.contentsOfDirectory(atPath: objects + "/" + fanout)
        }
        let packs = try FileManager.default.contentsOfDirectory(atPath: objects + "/pack").filter { $0.hasSuffix(".pack") }
        return (loose, packs)
    }

    @Test func aRunsObjectsBecomeOnePackThatGitAccepts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-pack-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        var files: [String: Data] = [:]
        for team in 1...12 {
            files["t\(team)/report.html"] = Data(String(repeating: "<p>Team \(team)</p>\n", count: 400 * team).utf8)
            files["t\(team)/report.data/fall.csv"] = Data("period,value\n2021-0\(team % 9 + 1),\(team)\n".utf8)
        }
        let first = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(tree: objects.writeTree(base: nil, replacing: files), parent: nil, message: "one", author: author)
        }
        try repository.moveBranch(to: first, expecting: nil, reason: "one")
        var stored = try objectFiles(in: folder)
        #expect(stored.loose.isEmpty)
        #expect(stored.packs.count == 1)

        // Only what is new goes into the second pack: one changed file, its folder, the root, the commit.
        let second = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(
                tree: objects.writeTree(base: first, replacing: ["t3/report.html": Data("<p>Changed</p>\n".utf8), "t4/report.html": files["t4/report.html"]!]),
                parent: first, message: "two", author: author)
        }
        try repository.moveBranch(to: second, expecting: first, reason: "two")
        stored = try objectFiles(in: folder)
        #expect(stored.loose.isEmpty)
        #expect(stored.packs.count == 2)

        let git = GitRepositoryTests()
        #expect(try git.git("fsck", "--full", "--strict", in: folder).status == 0)
        #expect(try git.git("cat-file", "-p", "HEAD:t3/report.html", in: folder).output == "<p>Changed</p>\n")
        #expect(try git.git("cat-file", "-p", "HEAD:t12/report.html", in: folder).output == String(data: files["t12/report.html"]!, encoding: .utf8))
        for pack in stored.packs {
            let verified = try git.git("verify-pack", "-v", folder + "/.git/objects/pack/" + pack, in: folder)
            #expect(verified.status == 0)
            #expect(!verified.output.contains("chain length"), "objects are stored whole, without delta chains")
        }
    }

    @Test func nothingNewWritesNoPack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-pack-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        let files = ["a/x.md": Data("x\n".utf8)]
        let commit = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(tree: objects.writeTree(base: nil, replacing: files), parent: nil, message: "one", author: author)
        }
        try repository.moveBranch(to: commit, expecting: nil, reason: "one")
        let tree = try repository.writingOnePack { objects throws(GitError) in try objects.writeTree(base: commit, replacing: files) }
        #expect(try tree == repository.tree(ofCommit: commit))
        #expect(try objectFiles(in: folder).packs.count == 1)
    }
}
