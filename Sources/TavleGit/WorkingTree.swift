import CLibGit2
import Foundation

/// What a working tree holds that its last commit does not: for refusing to write over a
/// person's work.
public struct UncommittedChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Added to the index (staged) but not committed.
        case staged
        /// Changed in the working tree since the last commit.
        case edited
        /// Gone from the working tree.
        case deleted
    }

    public var path: String
    public var kind: Kind
}

extension GitRepository {
    /// The branch HEAD names (`refs/heads/main`), or `nil` when HEAD is detached.
    public func headBranch() throws(GitError) -> String? {
        var reference: OpaquePointer?
        try GitError.check(git_reference_lookup(&reference, pointer, "HEAD"), "git_reference_lookup")
        defer { git_reference_free(reference) }
        guard git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC,
            let target = git_reference_symbolic_target(reference)
        else { return nil }
        return String(cString: target)
    }

    /// Tracked files whose index or working-tree state differs from HEAD; untracked files
    /// are not listed.
    public func uncommittedChanges() throws(GitError) -> [UncommittedChange] {
        var options = git_status_options()
        try GitError.check(
            git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)), "git_status_options_init")
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags = GIT_STATUS_OPT_EXCLUDE_SUBMODULES.rawValue
        var list: OpaquePointer?
        try GitError.check(git_status_list_new(&list, pointer, &options), "git_status_list_new")
        defer { git_status_list_free(list) }
        var changes: [UncommittedChange] = []
        let staged =
            GIT_STATUS_INDEX_NEW.rawValue | GIT_STATUS_INDEX_MODIFIED.rawValue | GIT_STATUS_INDEX_DELETED.rawValue
            | GIT_STATUS_INDEX_RENAMED.rawValue | GIT_STATUS_INDEX_TYPECHANGE.rawValue
        let edited =
            GIT_STATUS_WT_MODIFIED.rawValue | GIT_STATUS_WT_TYPECHANGE.rawValue | GIT_STATUS_WT_RENAMED.rawValue
        for index in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, index) else { continue }
            let status = entry.pointee.status.rawValue
            let delta = entry.pointee.head_to_index ?? entry.pointee.index_to_workdir
            guard let file = delta?.pointee.new_file.path ?? delta?.pointee.old_file.path else { continue }
            let path = String(cString: file)
            if status & staged != 0 {
                changes.append(UncommittedChange(path: path, kind: .staged))
            } else if status & edited != 0 {
                changes.append(UncommittedChange(path: path, kind: .edited))
            } else if status & GIT_STATUS_WT_DELETED.rawValue != 0 {
                changes.append(UncommittedChange(path: path, kind: .deleted))
            }
        }
        return changes
    }
}

extension GitRepository {
    /// Writes every file of HEAD's tree into the working tree where it differs, and makes the
    /// index match: what a run killed after moving its branch left half done. Files HEAD does
    /// not track are left alone.
    public func checkOutHead() throws(GitError) {
        var options = git_checkout_options()
        try GitError.check(
            git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
        options.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue
        try GitError.check(git_checkout_head(pointer, &options), "git_checkout_head")
    }
}
