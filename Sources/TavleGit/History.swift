import CLibGit2
import Foundation

/// One commit, copied out of libgit2.
public struct CommitInfo: Sendable, Hashable {
    public var id: ObjectID
    public var parents: [ObjectID]
    public var author: Signature
    /// Seconds since 1970 (UTC).
    public var time: Int64
    /// The author's offset from UTC, in minutes.
    public var timeZoneOffset: Int
    public var message: String

    /// `Key: value` lines of the message's last paragraph (git trailers).
    public var trailers: [(key: String, value: String)] {
        // The last paragraph, found by scanning from the end (history reads thousands).
        let lines = message.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let blank = { (line: Substring.UTF8View) in line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
        var end = lines.count
        while end > 0, blank(lines[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !blank(lines[start - 1]) { start -= 1 }
        guard start > 0, start < end else { return [] }
        return lines[start..<end].compactMap { line in
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), !line[..<colon].contains(0x20) else { return nil }
            let value = line[line.index(after: colon)...].drop { $0 == 0x20 || $0 == 0x09 }
            var text = String(decoding: value, as: UTF8.self)
            while text.last?.isWhitespace == true { text.removeLast() }
            return (String(decoding: line[..<colon], as: UTF8.self), text)
        }
    }

    public var subject: String {
        message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    public static func == (a: CommitInfo, b: CommitInfo) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension GitRepository {
    /// The commits reachable from `main`, newest first.
    public func history() throws(GitError) -> [CommitInfo] {
        var commits: [CommitInfo] = []
        try walkMain(sorting: GIT_SORT_TIME.rawValue | GIT_SORT_TOPOLOGICAL.rawValue) { oid throws(GitError) in
            commits.append(try commitInfo(ObjectID(oid)))
        }
        return commits
    }

    /// The commits reachable from `main`, oldest first, with only their trees: enough to
    /// see which folders a commit changed before reading anything else of it.
    public func commitTrees() throws(GitError) -> [(commit: ObjectID, tree: ObjectID)] {
        var commits: [(commit: ObjectID, tree: ObjectID)] = []
        try walkMain(sorting: GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue) { oid throws(GitError) in
            var oid = oid
            var commit: OpaquePointer?
            try GitError.check(git_commit_lookup(&commit, pointer, &oid), "git_commit_lookup")
            defer { git_commit_free(commit) }
            commits.append((ObjectID(oid), ObjectID(git_commit_tree_id(commit).pointee)))
        }
        return commits
    }

    /// Calls `visit` with each commit reachable from `main`, in the order `sorting` asks for.
    private func walkMain(sorting: UInt32, _ visit: (git_oid) throws(GitError) -> Void) throws(GitError) {
        guard let head = try headCommit() else { return }
        var walk: OpaquePointer?
        try GitError.check(git_revwalk_new(&walk, pointer), "git_revwalk_new")
        defer { git_revwalk_free(walk) }
        try GitError.check(git_revwalk_sorting(walk, sorting), "git_revwalk_sorting")
        var start = head.oid
        try GitError.check(git_revwalk_push(walk, &start), "git_revwalk_push")
        var oid = git_oid()
        while true {
            let code = git_revwalk_next(&oid, walk)
            if code == GIT_ITEROVER.rawValue { break }
            try GitError.check(code, "git_revwalk_next")
            try visit(oid)
        }
    }

    public func commitInfo(_ id: ObjectID) throws(GitError) -> CommitInfo {
        var oid = id.oid
        var commit: OpaquePointer?
        try GitError.check(git_commit_lookup(&commit, pointer, &oid), "git_commit_lookup")
        defer { git_commit_free(commit) }
        guard let author = git_commit_author(commit)?.pointee else { throw GitError.last("git_commit_author") }
        let parents = (0..<git_commit_parentcount(commit)).map { ObjectID(git_commit_parent_id(commit, $0).pointee) }
        return CommitInfo(
            id: id, parents: parents,
            author: Signature(name: String(cString: author.name), email: String(cString: author.email)),
            time: git_commit_time(commit), timeZoneOffset: Int(git_commit_time_offset(commit)),
            message: git_commit_message(commit).map { String(cString: $0) } ?? "")
    }

    /// The commit a revision names (`4be0c21`, `HEAD~2`, `main@{2026-03-01}`, a tag), or `nil`
    /// when it names nothing or something that is not a commit.
    public func commit(named revision: String) throws(GitError) -> ObjectID? {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, pointer, revision)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EAMBIGUOUS.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            return nil
        }
        try GitError.check(code, "git_revparse_single")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0 else { return nil }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }

    /// The id of the file or folder at `path` in a commit, or `nil` if there is none.
    public func entryID(atPath path: String, inCommit commit: ObjectID) throws(GitError) -> ObjectID? {
        var treeID = try tree(ofCommit: commit).oid
        var tree: OpaquePointer?
        try GitError.check(git_tree_lookup(&tree, pointer, &treeID), "git_tree_lookup")
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, tree, path)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_tree_entry_bypath")
        defer { git_tree_entry_free(entry) }
        return ObjectID(git_tree_entry_id(entry).pointee)
    }

    /// Opens an existing repository without creating one.
    public static func open(at path: String) throws(GitError) -> GitRepository {
        try LibGit2.start()
        var repository: OpaquePointer?
        try GitError.check(
            git_repository_open_ext(&repository, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
            "git_repository_open_ext")
        return GitRepository(pointer: repository!, path: path)
    }
}
