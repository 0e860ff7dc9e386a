import CLibGit2
import Foundation
import TavleConcurrency

/// libgit2 must be initialised once per process before any call; a `static let` runs its
/// initialiser exactly once, thread-safely.
///
/// libgit2 reads packs through memory maps of up to 1 GiB each, by default up to 8 GiB in
/// all; every page it touches counts as the process's memory. A commit of 2,000 reports
/// checks that each of 18,000 blobs exists, touching a few bytes of each and so, with the
/// kernel's read-around, the whole 190 MB pack. Smaller windows, of which libgit2 unmaps the
/// least recently used beyond the limit, keep that bounded without a measurable cost.
enum LibGit2 {
    private static let ready: Bool = {
        guard git_libgit2_init() > 0 else { return false }
        return tavle_git_limit_mapped_packs(16 << 20, 64 << 20) == 0
    }()

    /// Initialises libgit2 the first time; fails with libgit2's own message if it cannot.
    static func start() throws(GitError) {
        guard ready else { throw GitError.last("git_libgit2_init") }
    }
}

/// A git repository with a working tree. Owns the libgit2 pointer and frees it on deinit;
/// every lookup copies what it needs into values and frees the C objects before returning,
/// so no C pointer escapes.
public final class GitRepository {
    public static let branch = "refs/heads/main"

    let pointer: OpaquePointer
    public let path: String
    /// Only on the handle of `writingOnePack`: the in-memory store its new objects go to.
    let batch: ObjectBatch?

    /// Whether this object frees `pointer`: not when it borrows another's (`writingOnePack`).
    private let owned: Bool

    init(pointer: OpaquePointer, path: String) {
        self.pointer = pointer
        self.path = path
        self.batch = nil
        self.owned = true
    }

    /// A handle whose owner frees it after `body` of `writingOnePack` returns.
    private init(borrowing pointer: OpaquePointer, path: String, batch: ObjectBatch) {
        self.pointer = pointer
        self.path = path
        self.batch = batch
        self.owned = false
    }

    deinit { if owned { git_repository_free(pointer) } }

    /// Opens the repository at `path`, creating it (and the folder) with a `main` branch if
    /// there is none yet.
    public static func openOrCreate(at path: String) throws(GitError) -> GitRepository {
        try LibGit2.start()
        var repository: OpaquePointer?
        if FileManager.default.fileExists(atPath: path + "/.git") {
            try GitError.check(
                git_repository_open_ext(&repository, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
                "git_repository_open_ext")
        } else {
            var options = git_repository_init_options()
            try GitError.check(
                git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
                "git_repository_init_options_init")
            options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
            let code = "main".withCString { head in
                options.initial_head = head
                return git_repository_init_ext(&repository, path, &options)
            }
            try GitError.check(code, "git_repository_init_ext")
        }
        return GitRepository(pointer: repository!, path: path)
    }

    /// The commit `main` points at, or `nil` before the first commit.
    public func headCommit() throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, pointer, Self.branch)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_reference_name_to_id")
        return ObjectID(oid)
    }

    public func tree(ofCommit commit: ObjectID) throws(GitError) -> ObjectID {
        var oid = commit.oid
        var object: OpaquePointer?
        try GitError.check(git_commit_lookup(&object, pointer, &oid), "git_commit_lookup")
        defer { git_commit_free(object) }
        return ObjectID(git_commit_tree_id(object).pointee)
    }

    /// Every file in a commit's tree, by path, with its blob id and mode.
    public func files(inCommit commit: ObjectID) throws(GitError) -> [String: (id: ObjectID, mode: UInt32)] {
        var treeID = try tree(ofCommit: commit).oid
        var tree: OpaquePointer?
        try GitError.check(git_tree_lookup(&tree, pointer, &treeID), "git_tree_lookup")
        defer { git_tree_free(tree) }
        final class Collected { var files: [String: (id: ObjectID, mode: UInt32)] = [:] }
        let collected = Collected()
        let context = Unmanaged.passUnretained(collected).toOpaque()
        let code = git_tree_walk(
            tree, GIT_TREEWALK_PRE,
            { root, entry, payload in
                guard let root, let entry, let payload else { return 0 }
                guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else { return 0 }
                let path = String(cString: root) + String(cString: git_tree_entry_name(entry))
                let files = Unmanaged<Collected>.fromOpaque(payload).takeUnretainedValue()
                files.files[path] = (
                    ObjectID(git_tree_entry_id(entry).pointee), git_tree_entry_filemode(entry).rawValue
                )
                return 0
            }, context)
        try GitError.check(code, "git_tree_walk")
        return collected.files
    }

    /// Writes a tree holding `base`'s files with `files` added or replaced, and returns its id.
    /// Only objects are written; no reference moves, so a failure later changes nothing visible.
    public func writeTree(base: ObjectID?, replacing files: [String: Data]) throws(GitError) -> ObjectID {
        var entries = try base.map { commit throws(GitError) in try self.files(inCommit: commit) } ?? [:]
        if let batch {
            try batch.addBlobs(files, into: &entries)
        } else {
            for (path, contents) in files {
                var oid = git_oid()
                let code = contents.withUnsafeBytes {
                    git_blob_create_from_buffer(&oid, pointer, $0.baseAddress, $0.count)
                }
                try GitError.check(code, "git_blob_create_from_buffer")
                entries[path] = (ObjectID(oid), GIT_FILEMODE_BLOB.rawValue)
            }
        }
        return try buildTree(entries)
    }

    /// Writes a tree holding `files` (a commit's files as `files(inCommit:)` lists them) with
    /// `replacements` added or put in their place, blobs already stored (a `BlobPack`
    /// installed them), and returns its id.
    public func writeTree(
        _ files: [String: (id: ObjectID, mode: UInt32)], replacingBlobs replacements: [String: ObjectID]
    ) throws(GitError) -> ObjectID {
        var entries = files
        for (path, id) in replacements { entries[path] = (id, GIT_FILEMODE_BLOB.rawValue) }
        return try buildTree(entries)
    }

    private func buildTree(_ entries: [String: (id: ObjectID, mode: UInt32)]) throws(GitError) -> ObjectID {
        var builder: OpaquePointer?
        try GitError.check(git_treebuilder_new(&builder, pointer, nil), "git_treebuilder_new")
        defer { git_treebuilder_free(builder) }
        var folders: [String: [String: (id: ObjectID, mode: UInt32)]] = [:]
        for (path, entry) in entries {
            if let slash = path.firstIndex(of: "/") {
                folders[String(path[..<slash]), default: [:]][String(path[path.index(after: slash)...])] = entry
            } else {
                var oid = entry.id.oid
                try GitError.check(
                    git_treebuilder_insert(nil, builder, path, &oid, git_filemode_t(entry.mode)),
                    "git_treebuilder_insert")
            }
        }
        for (name, contents) in folders {
            var oid = try buildTree(contents).oid
            try GitError.check(
                git_treebuilder_insert(nil, builder, name, &oid, GIT_FILEMODE_TREE), "git_treebuilder_insert")
        }
        var oid = git_oid()
        try GitError.check(git_treebuilder_write(&oid, builder), "git_treebuilder_write")
        batch?.written.append(ObjectID(oid))
        return ObjectID(oid)
    }

    /// Creates a commit object and moves `main` to it only if `main` still points at
    /// `parent` (compare-and-swap), so two concurrent runs can never lose one another's commit.
    public func commit(tree: ObjectID, parent: ObjectID?, message: String, author: Signature) throws(GitError)
        -> ObjectID
    {
        let commit = try createCommit(tree: tree, parent: parent, message: message, author: author)
        try moveBranch(to: commit, expecting: parent, reason: message)
        return commit
    }

    /// Writes a commit object without moving any reference.
    public func createCommit(tree: ObjectID, parent: ObjectID?, message: String, author: Signature) throws(GitError)
        -> ObjectID
    {
        var treeID = tree.oid
        var treeObject: OpaquePointer?
        try GitError.check(git_tree_lookup(&treeObject, pointer, &treeID), "git_tree_lookup")
        defer { git_tree_free(treeObject) }
        var parentObject: OpaquePointer?
        if let parent {
            var parentID = parent.oid
            try GitError.check(git_commit_lookup(&parentObject, pointer, &parentID), "git_commit_lookup")
        }
        defer { if parentObject != nil { git_commit_free(parentObject) } }
        var signature: UnsafeMutablePointer<git_signature>?
        if let time = author.time {
            try GitError.check(
                git_signature_new(
                    &signature, author.name, author.email, git_time_t(time.seconds), Int32(time.offsetMinutes)),
                "git_signature_new")
        } else {
            try GitError.check(git_signature_now(&signature, author.name, author.email), "git_signature_now")
        }
        defer { git_signature_free(signature) }

        var commitID = git_oid()
        var parents: [OpaquePointer?] = parentObject.map { [$0] } ?? []
        let code = parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(
                &commitID, pointer, nil, signature, signature, "UTF-8", message, treeObject, buffer.count,
                buffer.baseAddress)
        }
        try GitError.check(code, "git_commit_create")
        batch?.written.append(ObjectID(commitID))
        return ObjectID(commitID)
    }

    /// Points `main` at `commit`, but only if it still points at `expected` (or, for `nil`,
    /// does not exist yet); otherwise fails with an error whose `isConcurrentUpdate` is true.
    public func moveBranch(to commit: ObjectID, expecting expected: ObjectID?, reason: String) throws(GitError) {
        var target = commit.oid
        var reference: OpaquePointer?
        let logMessage = "tavle: " + (reason.split(separator: "\n").first.map(String.init) ?? "")
        if let expected {
            var current = expected.oid
            try GitError.check(
                git_reference_create_matching(&reference, pointer, Self.branch, &target, 1, &current, logMessage),
                "git_reference_create_matching")
        } else {
            // No force: if another run created the branch meanwhile, this fails instead of overwriting it.
            try GitError.check(
                git_reference_create(&reference, pointer, Self.branch, &target, 0, logMessage), "git_reference_create")
        }
        git_reference_free(reference)
    }

    /// Runs `body` on a second handle whose new objects are kept in memory, then stores them
    /// all as one pack file. A run writes a hundred or more small objects; as loose objects
    /// each costs a folder, a temporary file and a rename, which took most of a commit's time.
    /// The handle is separate because libgit2 cannot detach an in-memory store once added.
    public func writingOnePack<T>(_ body: (GitRepository) throws(GitError) -> T) throws(GitError) -> T {
        try LibGit2.start()
        var handle: OpaquePointer?
        try GitError.check(
            git_repository_open_ext(&handle, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
            "git_repository_open_ext")
        // Freed here on every path; the batch repository below only borrows it.
        defer { git_repository_free(handle) }
        var batchDatabase: OpaquePointer?
        try GitError.check(git_repository_odb(&batchDatabase, handle), "git_repository_odb")
        defer { git_odb_free(batchDatabase) }
        var memory: UnsafeMutablePointer<git_odb_backend>?
        try GitError.check(git_mempack_new(&memory), "git_mempack_new")
        let added = git_odb_add_backend(batchDatabase, memory, 999)
        guard added == 0 else {
            // Not taken by the object database: freed by its own function.
            memory?.pointee.free(memory)
            throw GitError.last("git_odb_add_backend", code: added)
        }
        // The object database owns the store from here on and frees it with the handle.
        defer { git_mempack_reset(memory) }
        let objects = ObjectBatch(memory: memory!)
        let result = try body(GitRepository(borrowing: handle!, path: path, batch: objects))

        var packed = objects.blobs
        var seen = Set(packed.map(\.id))
        // libgit2 does not write a tree or commit that is already stored (it only touches
        // it), so the in-memory store holds exactly the new ones.
        for id in objects.written where seen.insert(id).inserted {
            var oid = id.oid
            guard memory!.pointee.exists(memory, &oid) != 0 else { continue }
            var object: OpaquePointer?
            try GitError.check(git_odb_read(&object, batchDatabase, &oid), "git_odb_read")
            defer { git_odb_object_free(object) }
            let kind: PackFile.Kind = git_odb_object_type(object) == GIT_OBJECT_COMMIT ? .commit : .tree
            packed.append(
                PackFile.Object(
                    id: id, kind: kind,
                    contents: Data(bytes: git_odb_object_data(object), count: git_odb_object_size(object))))
        }
        guard !packed.isEmpty else { return result }
        let writer = try PackWriter(folder: packFolder)
        for (object, compressed) in zip(packed, PackFile.compressEach(packed.map(\.contents))) {
            try writer.append(id: object.id, kind: object.kind, size: object.contents.count, compressed: compressed)
        }
        try install(writer)
        try mergeSmallPacks()
        return result
    }

    /// Where the repository keeps its packs, with a trailing slash.
    var packFolder: String { String(cString: git_repository_path(pointer)) + "objects/pack/" }

    /// Packs a repository may hold before the smallest are merged (see `PackFile.packsToMerge`).
    static let packLimit = 8

    /// Merges the smallest packs into one once there are more than `packLimit`. The merged
    /// pack is in place before the old ones go, so a reader (or a crash) in between sees
    /// every object at least once. Entries are copied one at a time from file to file.
    func mergeSmallPacks() throws(GitError) {
        let folder = packFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var stored: [PackFile.StoredPack] = []
        for name in names where name.hasPrefix("pack-") && name.hasSuffix(".idx") {
            let base = folder + String(name.dropLast(4))
            guard let size = (try? FileManager.default.attributesOfItem(atPath: base + ".pack"))?[.size] as? Int else {
                continue
            }
            stored.append(PackFile.StoredPack(base: base, size: size))
        }
        let chosen = PackFile.packsToMerge(stored, keepAtMost: Self.packLimit)
        guard !chosen.isEmpty else { return }
        let writer = try PackWriter(folder: folder)
        for pack in chosen {
            // Packs with deltas (made by `git gc`) are left to git; merging is only an optimisation.
            guard try Self.copyEntries(of: pack, into: writer) else {
                writer.discard()
                return
            }
        }
        let merged = try install(writer)
        // install() already made this handle see the merged pack; the old ones stay mapped
        // until it closes, so removing them loses nothing it can reach.
        for pack in chosen where pack.base != folder + "pack-" + merged {
            unlink(pack.base + ".idx")
            unlink(pack.base + ".pack")
        }
    }

    /// Copies every whole object of a stored pack into `writer`, as it is (no inflating);
    /// false if the pack holds deltas, whose offsets would not survive the copy, or cannot be read.
    private static func copyEntries(of pack: PackFile.StoredPack, into writer: PackWriter) throws(GitError) -> Bool {
        guard let index = FileManager.default.contents(atPath: pack.base + ".idx"),
            let entries = PackFile.readIndex(index)
        else { return false }
        let descriptor = Glibc.open(pack.base + ".pack", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let ordered = entries.sorted { $0.offset < $1.offset }
        var buffer = [UInt8]()
        for (position, entry) in ordered.enumerated() {
            let start = Int(entry.offset)
            let end = position + 1 < ordered.count ? Int(ordered[position + 1].offset) : pack.size - 20
            guard start >= 12, start < end, end <= pack.size - 20 else { return false }
            if buffer.count < end - start { buffer = [UInt8](repeating: 0, count: end - start) }
            var read = 0
            while read < end - start {
                let count = buffer.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress! + read, end - start - read, off_t(start + read))
                }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                read += count
            }
            guard (1...4).contains((buffer[0] >> 4) & 0x07) else { return false }
            let copied = buffer.withUnsafeBytes { bytes in
                Result { () throws(GitError) in
                    try writer.appendCopied(
                        UnsafeRawBufferPointer(rebasing: bytes[..<(end - start)]), id: ObjectID(bytes: entry.id),
                        crc: entry.crc)
                }
            }
            try copied.get()
        }
        return true
    }

    /// Completes a pack and makes this handle see it: it looked at the folder before the
    /// pack existed, and the new commit must be found when the branch moves to it.
    @discardableResult
    func install(_ writer: PackWriter) throws(GitError) -> String {
        let name = try writer.finish()
        var database: OpaquePointer?
        try GitError.check(git_repository_odb(&database, pointer), "git_repository_odb")
        defer { git_odb_free(database) }
        try GitError.check(git_odb_refresh(database), "git_odb_refresh")
        return name
    }

    /// Makes the index match a commit, so that `git status` in the working tree shows the
    /// files tavle put there as committed.
    public func resetIndex(toCommit commit: ObjectID) throws(GitError) {
        var treeID = try tree(ofCommit: commit).oid
        var tree: OpaquePointer?
        try GitError.check(git_tree_lookup(&tree, pointer, &treeID), "git_tree_lookup")
        defer { git_tree_free(tree) }
        var index: OpaquePointer?
        try GitError.check(git_repository_index(&index, pointer), "git_repository_index")
        defer { git_index_free(index) }
        try GitError.check(git_index_read_tree(index, tree), "git_index_read_tree")
        try GitError.check(git_index_write(index), "git_index_write")
    }

    /// The user's git identity (user.name/user.email), if their configuration has one.
    public func configuredSignature() -> Signature? {
        var signature: UnsafeMutablePointer<git_signature>?
        guard git_signature_default(&signature, pointer) == 0, let signature else { return nil }
        defer { git_signature_free(signature) }
        return Signature(name: String(cString: signature.pointee.name), email: String(cString: signature.pointee.email))
    }
}

extension GitRepository {
    /// Adds patterns to `.git/info/exclude`, so files that are not reports (a lock, staged
    /// files) never show in `git status`, without committing a .gitignore.
    public func excludeFromStatus(_ patterns: [String]) {
        let path = URL(fileURLWithPath: self.path).appendingPathComponent(".git/info/exclude").path
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let lines = Set(existing.split(separator: "\n").map(String.init))
        let missing = patterns.filter { !lines.contains($0) }
        guard !missing.isEmpty else { return }
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let text =
            existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + missing.joined(separator: "\n")
            + "\n"
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// The new objects of one `writingOnePack`: blobs tavle hashes and stores itself, and the
/// trees and commits libgit2 writes into the in-memory store.
final class ObjectBatch {
    let memory: UnsafeMutablePointer<git_odb_backend>
    /// New blobs, with their contents, so they need not be read back for the pack.
    private(set) var blobs: [PackFile.Object] = []
    private var blobIDs: Set<ObjectID> = []
    /// Trees and commits, in the order written; some may have been stored already.
    var written: [ObjectID] = []

    init(memory: UnsafeMutablePointer<git_odb_backend>) {
        self.memory = memory
    }

    /// Hashes the files on every core and stores those whose blob is not among `entries`
    /// already. Going around libgit2's `git_blob_create_from_buffer` matters for speed:
    /// for each object that is not stored yet it checks the loose folder and rescans the
    /// pack folder, a dozen system calls per report file.
    func addBlobs(_ files: [String: Data], into entries: inout [String: (id: ObjectID, mode: UInt32)]) throws(GitError)
    {
        let stored = Set(entries.values.map(\.id))
        let paths = Array(files.keys)
        let contents = paths.map { files[$0]! }
        let ids = contents.concurrentMap(ObjectID.blob(hashing:))
        for (index, id) in ids.enumerated() {
            entries[paths[index]] = (id, GIT_FILEMODE_BLOB.rawValue)
            guard !stored.contains(id), blobIDs.insert(id).inserted else { continue }
            var oid = id.oid
            // The tree builder checks that every entry exists, so the blob must be in the store.
            let code = contents[index].withUnsafeBytes {
                memory.pointee.write(memory, &oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB)
            }
            try GitError.check(code, "mempack write")
            blobs.append(PackFile.Object(id: id, kind: .blob, contents: contents[index]))
        }
    }
}
