import CLibGit2
import Foundation

/// One file that differs between two commits.
public struct FileChange: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case added, modified, deleted
    }

    public var path: String
    public var kind: Kind
    /// The blob before, `nil` when added.
    public var oldID: ObjectID?
    /// The blob after, `nil` when deleted.
    public var newID: ObjectID?
    /// The file's git mode after the change (0o100644, or 0o120000 for a symbolic link).
    public var mode: UInt32 = 0

    /// Whether the file is a symbolic link after the change.
    public var isLink: Bool { mode == 0o120000 }
}

extension GitRepository {
    /// The files that differ from `old` to `new` (both commits), sorted by path. With `old`
    /// `nil`, every file of `new` counts as added. Renames are reported as a deletion and an
    /// addition: report paths are stable, so a move is a real change of meaning.
    public func changes(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [FileChange] {
        var oldTree: OpaquePointer?
        if let old {
            var id = try tree(ofCommit: old).oid
            try GitError.check(git_tree_lookup(&oldTree, pointer, &id), "git_tree_lookup")
        }
        defer { if oldTree != nil { git_tree_free(oldTree) } }
        var newID = try tree(ofCommit: new).oid
        var newTree: OpaquePointer?
        try GitError.check(git_tree_lookup(&newTree, pointer, &newID), "git_tree_lookup")
        defer { git_tree_free(newTree) }

        var diff: OpaquePointer?
        try GitError.check(git_diff_tree_to_tree(&diff, pointer, oldTree, newTree, nil), "git_diff_tree_to_tree")
        defer { git_diff_free(diff) }
        var changes: [FileChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let kind: FileChange.Kind
            switch delta.status {
            case GIT_DELTA_ADDED: kind = .added
            case GIT_DELTA_DELETED: kind = .deleted
            default: kind = .modified
            }
            let file = kind == .deleted ? delta.old_file : delta.new_file
            changes.append(
                FileChange(
                    path: String(cString: file.path), kind: kind,
                    oldID: kind == .added ? nil : ObjectID(delta.old_file.id),
                    newID: kind == .deleted ? nil : ObjectID(delta.new_file.id), mode: UInt32(file.mode)))
        }
        return changes.sorted { $0.path < $1.path }
    }

    /// The contents of the file at `path` in a commit, or `nil` if it has no such file.
    public func blob(atPath path: String, inCommit commit: ObjectID) throws(GitError) -> Data? {
        guard let id = try entryID(atPath: path, inCommit: commit) else { return nil }
        var oid = id.oid
        var blob: OpaquePointer?
        let code = git_blob_lookup(&blob, pointer, &oid)
        // A folder at that path is not a file.
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue { return nil }
        try GitError.check(code, "git_blob_lookup")
        defer { git_blob_free(blob) }
        return Data(bytes: git_blob_rawcontent(blob), count: Int(git_blob_rawsize(blob)))
    }
}
