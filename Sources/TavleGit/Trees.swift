import CLibGit2
import Foundation

/// One entry of a git tree: a file or a folder.
public struct TreeEntry: Sendable, Hashable {
    public var name: String
    public var id: ObjectID
    public var isFolder: Bool
}

extension GitRepository {
    /// The entries of one tree, without descending: reading history folder by folder lets a
    /// walk over thousands of commits skip every folder whose id did not change.
    public func entries(ofTree tree: ObjectID) throws(GitError) -> [TreeEntry] {
        var oid = tree.oid
        var object: OpaquePointer?
        try GitError.check(git_tree_lookup(&object, pointer, &oid), "git_tree_lookup")
        defer { git_tree_free(object) }
        return (0..<git_tree_entrycount(object)).map { index in
            let entry = git_tree_entry_byindex(object, index)
            return TreeEntry(
                name: String(cString: git_tree_entry_name(entry)), id: ObjectID(git_tree_entry_id(entry).pointee),
                isFolder: git_tree_entry_type(entry) == GIT_OBJECT_TREE)
        }
    }

    /// The contents of a blob by its id.
    public func blob(_ id: ObjectID) throws(GitError) -> Data {
        var oid = id.oid
        var blob: OpaquePointer?
        try GitError.check(git_blob_lookup(&blob, pointer, &oid), "git_blob_lookup")
        defer { git_blob_free(blob) }
        return Data(bytes: git_blob_rawcontent(blob), count: Int(git_blob_rawsize(blob)))
    }
}
