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
        #expect(
            PackFile.sha1(Data("abc".utf8)).map { String(format: "%02x", $0) }.joined()
                == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test func indexListsIdsInOrderWithFanOutCrcsAndOffsets() {
        let low = [UInt8](repeating: 0x01, count: 20)
        let high = [UInt8](repeating: 0xAB, count: 20)
        let beyond2GiB: UInt64 = 0x1_0000_0010
        let checksum = Data(repeating: 0x5A, count: 20)
        // Given out of order: the index sorts by id.
        let index = PackFile.index(
            [
                PackFile.IndexEntry(id: high, offset: beyond2GiB, crc: 0xDEAD_BEEF),
                PackFile.IndexEntry(id: low, offset: 12, crc: 7),
            ],
            packChecksum: checksum)
        let bytes = [UInt8](index)
        func word(_ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        #expect(bytes[0..<4] == [0xFF, 0x74, 0x4F, 0x63])
        #expect(word(4) == 2)
        // Fan-out: no ids start with 0x00, one with a byte <= 0x01 ... 0xAA, two from 0xAB on.
        #expect(word(8) == 0)
        #expect(word(8 + 4 * 0x01) == 1)
        #expect(word(8 + 4 * 0xAA) == 1)
        #expect(word(8 + 4 * 0xAB) == 2)
        #expect(word(8 + 4 * 0xFF) == 2)
        let ids = 8 + 256 * 4
        #expect(Array(bytes[ids..<ids + 20]) == low)
        #expect(Array(bytes[ids + 20..<ids + 40]) == high)
        let crcs = ids + 40
        #expect(word(crcs) == 7)
        #expect(word(crcs + 4) == 0xDEAD_BEEF)
        let offsets = crcs + 8
        #expect(word(offsets) == 12)
        // Past 2 GiB: the high bit set, pointing at entry 0 of the 64-bit table.
        #expect(word(offsets + 4) == 0x8000_0000)
        let large = offsets + 8
        #expect(bytes[large..<large + 8].reduce(0) { $0 << 8 | UInt64($1) } == beyond2GiB)
        #expect(Data(bytes[large + 8..<large + 28]) == checksum)
        #expect(Data(bytes[large + 28..<large + 48]) == PackFile.sha1(Data(bytes[..<(large + 28)])))
        #expect(bytes.count == large + 48)
    }

    /// Writes objects with `PackWriter` into a fresh folder; returns the folder and the pack's name.
    func writePack(_ objects: [PackFile.Object]) throws -> (folder: String, name: String) {
        let folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("tavle-idx-\(UUID().uuidString)").path + "/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let writer = try PackWriter(folder: folder)
        for object in objects {
            try writer.append(
                id: object.id, kind: object.kind, size: object.contents.count,
                compressed: PackFile.deflate(object.contents))
        }
        return (folder, try writer.finish())
    }

    @Test func indexIsTheOneGitWouldWrite() throws {
        let objects = (1...30).map { number in
            let contents = Data(String(repeating: "Målt verdi \(number)\n", count: number * 20).utf8)
            return PackFile.Object(id: ObjectID.blob(hashing: contents), kind: .blob, contents: contents)
        }
        let (folder, name) = try writePack(objects + [objects[3]])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Only the pack and its index are left: no temporary file.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "pack-\(name).idx", "pack-\(name).pack",
            ])
        let indexed = try GitRepositoryTests().git(
            "index-pack", "-o", folder + "git.idx", folder + "pack-\(name).pack", in: folder)
        #expect(indexed.status == 0, "\(indexed.output)")
        // git prints the pack's name, which is the SHA-1 at its end.
        #expect(indexed.output.trimmingCharacters(in: .whitespacesAndNewlines) == name)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: folder + "git.idx"))
                == Data(contentsOf: URL(fileURLWithPath: folder + "pack-\(name).idx")))
        let verified = try GitRepositoryTests().git("verify-pack", "-v", folder + "pack-\(name).pack", in: folder)
        #expect(verified.output.contains("non delta: 30 objects"), "an object appended twice is stored once")
    }

    @Test func anAbandonedPackLeavesNothing() throws {
        let folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("tavle-idx-\(UUID().uuidString)").path + "/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let contents = Data("rad\n".utf8)
        let writer = try PackWriter(folder: folder)
        try writer.append(
            id: ObjectID.blob(hashing: contents), kind: .blob, size: contents.count,
            compressed: PackFile.deflate(contents))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
        writer.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func smallPacksAreMergedGeometrically() {
        func packs(_ sizes: [Int]) -> [PackFile.StoredPack] {
            sizes.enumerated().map { PackFile.StoredPack(base: "p\($0.offset)", size: $0.element) }
        }
        // Few packs: nothing to do.
        #expect(PackFile.packsToMerge(packs([5, 5, 5]), keepAtMost: 8).isEmpty)
        // Already a progression (each at least twice everything smaller): nothing to do.
        #expect(PackFile.packsToMerge(packs([1, 3, 9, 27, 81, 243, 729, 2187, 6561]), keepAtMost: 8).isEmpty)
        // Nine runs of equal size: all merge into one.
        #expect(PackFile.packsToMerge(packs(Array(repeating: 10, count: 9)), keepAtMost: 8).count == 9)
        // A big old pack stays; the small new ones merge.
        let chosen = PackFile.packsToMerge(packs([1000, 10, 10, 10, 10, 10, 10, 10, 10]), keepAtMost: 8)
        #expect(chosen.map(\.size) == Array(repeating: 10, count: 8))
    }

    @Test func indexReadsBackWhatWasWritten() throws {
        let objects = (1...5).map { number in
            let contents = Data("objekt \(number)\n".utf8)
            return PackFile.Object(id: ObjectID.blob(hashing: contents), kind: .blob, contents: contents)
        }
        let (folder, name) = try writePack(objects)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pack = try Data(contentsOf: URL(fileURLWithPath: folder + "pack-\(name).pack"))
        let entries = try #require(
            PackFile.readIndex(Data(contentsOf: URL(fileURLWithPath: folder + "pack-\(name).idx"))))
        #expect(Set(entries.map(\.id)) == Set(objects.map(\.id.bytes)))
        #expect(entries.allSatisfy { $0.offset >= 12 && $0.offset < UInt64(pack.count - 20) })
        #expect(PackFile.readIndex(Data("not an index".utf8)) == nil)
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
        let packs = try FileManager.default.contentsOfDirectory(atPath: objects + "/pack").filter {
            $0.hasSuffix(".pack")
        }
        return (loose, packs)
    }

    @Test func aRunsObjectsBecomeOnePackThatGitAccepts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-pack-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        var files: [String: Data] = [:]
        for team in 1...12 {
            files["t\(team)/report.html"] = Data(String(repeating: "<p>Team \(team)</p>\n", count: 400 * team).utf8)
            files["t\(team)/report.data/fall.csv"] = Data("period,value\n2021-0\(team % 9 + 1),\(team)\n".utf8)
        }
        let first = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(
                tree: objects.writeTree(base: nil, replacing: files), parent: nil, message: "one", author: author)
        }
        try repository.moveBranch(to: first, expecting: nil, reason: "one")
        var stored = try objectFiles(in: folder)
        #expect(stored.loose.isEmpty)
        #expect(stored.packs.count == 1)

        // Only what is new goes into the second pack: one changed file, its folder, the root, the commit.
        let second = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(
                tree: objects.writeTree(
                    base: first,
                    replacing: [
                        "t3/report.html": Data("<p>Changed</p>\n".utf8), "t4/report.html": files["t4/report.html"]!,
                    ]),
                parent: first, message: "two", author: author)
        }
        try repository.moveBranch(to: second, expecting: first, reason: "two")
        stored = try objectFiles(in: folder)
        #expect(stored.loose.isEmpty)
        #expect(stored.packs.count == 2)

        // A file whose contents another path already holds, and two new paths with equal
        // contents: each blob is stored once.
        let third = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(
                tree: objects.writeTree(
                    base: second,
                    replacing: [
                        "copy/of-t5.html": files["t5/report.html"]!, "x/a.csv": Data("a\n".utf8),
                        "y/a.csv": Data("a\n".utf8),
                    ]),
                parent: second, message: "three", author: author)
        }
        try repository.moveBranch(to: third, expecting: second, reason: "three")
        stored = try objectFiles(in: folder)
        #expect(stored.loose.isEmpty)
        #expect(stored.packs.count == 3)

        let git = GitRepositoryTests()
        #expect(try git.git("fsck", "--full", "--strict", in: folder).status == 0)
        #expect(try git.git("cat-file", "-p", "HEAD:y/a.csv", in: folder).output == "a\n")
        #expect(try git.git("cat-file", "-p", "HEAD:t3/report.html", in: folder).output == "<p>Changed</p>\n")
        #expect(
            try git.git("cat-file", "-p", "HEAD:t12/report.html", in: folder).output
                == String(data: files["t12/report.html"]!, encoding: .utf8))
        for pack in stored.packs {
            let verified = try git.git("verify-pack", "-v", folder + "/.git/objects/pack/" + pack, in: folder)
            #expect(verified.status == 0)
            #expect(!verified.output.contains("chain length"), "objects are stored whole, without delta chains")
        }
        // The third pack: the blob "a\n" once, one tree for both x and y (equal contents,
        // one object), the trees copy and root, and the commit; t5's blob is not repeated.
        let newest = try #require(
            try git.git("log", "-1", "--format=%H", in: folder).output.split(separator: "\n").first)
        let counts = try stored.packs.map { pack in
            try git.git("verify-pack", "-v", folder + "/.git/objects/pack/" + pack, in: folder).output
        }
        let thirdPack = try #require(counts.first { $0.contains(String(newest)) })
        #expect(thirdPack.contains("non delta: 5 objects"))
    }

    @Test func manyRunsKeepFewPacksAndEveryObject() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-pack-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        var head: ObjectID?
        for run in 1...40 {
            let parent = head
            let files = [
                "t\(run % 5)/report.md": Data(String(repeating: "Kjøring \(run)\n", count: run * 10).utf8),
                "felles.md": Data("Runde \(run / 3)\n".utf8),
            ]
            head = try repository.writingOnePack { objects throws(GitError) in
                try objects.createCommit(
                    tree: objects.writeTree(base: parent, replacing: files), parent: parent, message: "run \(run)",
                    author: author)
            }
            try repository.moveBranch(to: head!, expecting: parent, reason: "run \(run)")
        }
        let packs = try objectFiles(in: folder).packs
        #expect(packs.count <= GitRepository.packLimit + 1, "\(packs.count) packs after 40 runs")
        let git = GitRepositoryTests()
        #expect(try git.git("fsck", "--full", "--strict", in: folder).status == 0)
        #expect(try git.git("rev-list", "--count", "HEAD", in: folder).output == "40\n")
        #expect(
            try git.git("cat-file", "-p", "HEAD~39:t1/report.md", in: folder).output
                == String(repeating: "Kjøring 1\n", count: 10))
        for pack in packs {
            #expect(try git.git("verify-pack", folder + "/.git/objects/pack/" + pack, in: folder).status == 0)
        }
        #expect(try repository.history().count == 40)
    }

    @Test func nothingNewWritesNoPack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-pack-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try GitRepository.openOrCreate(at: folder)
        let files = ["a/x.md": Data("x\n".utf8)]
        let commit = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(
                tree: objects.writeTree(base: nil, replacing: files), parent: nil, message: "one", author: author)
        }
        try repository.moveBranch(to: commit, expecting: nil, reason: "one")
        let tree = try repository.writingOnePack { objects throws(GitError) in
            try objects.writeTree(base: commit, replacing: files)
        }
        #expect(try tree == repository.tree(ofCommit: commit))
        #expect(try objectFiles(in: folder).packs.count == 1)
    }
}
