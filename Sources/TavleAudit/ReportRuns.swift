import TavleArchive
import TavleGit

/// Which run made a report as it stood at a point of the history: the last commit, up to that
/// point, that changed its manifest. A later run that left the report as it was did not make it.
enum ReportRuns {
    /// - Parameters:
    ///   - upTo: the last commit to look at (the whole history when `nil`); a commit that is not
    ///     in the history gives `nil`.
    ///   - gathering: only runs for this gathering.
    static func madeBy(
        manifestPath: String, upTo: ObjectID? = nil, gathering: Int? = nil, in repository: GitRepository
    ) throws(GitError) -> (commit: CommitInfo, manifest: ObjectID)? {
        var chosen: (commit: CommitInfo, manifest: ObjectID)?
        var previous: ObjectID?
        var reached = upTo == nil
        for (commit, _) in try repository.commitTrees() {
            let manifest = try repository.entryID(atPath: manifestPath, inCommit: commit)
            defer { previous = manifest }
            if let manifest, manifest != previous {
                let info = try repository.commitInfo(commit)
                if gathering == nil
                    || info.trailers.first(where: { $0.key == "Gathering" })?.value == gathering.map(String.init)
                {
                    chosen = (info, manifest)
                }
            }
            if commit == upTo {
                reached = true
                break
            }
        }
        return reached ? chosen : nil
    }
}
