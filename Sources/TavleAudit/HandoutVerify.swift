import Foundation
import TavleArchive
import TavleGit
import TavleModel
import TavleRun

extension ReportVerify.Walk {
    /// Checks each handout record of `commit`, and that every handout file is in one.
    mutating func checkHandouts(commit: CommitInfo) throws(GitError) {
        let files = try repository.files(inCommit: commit.id)
        var recorded: Set<String> = []
        for (path, entry) in files.sorted(by: { $0.key < $1.key })
        where path.hasPrefix(ReportLayout.handoutsFolder + "/") && path.hasSuffix("/made.json") {
            guard let handout = HandoutRecord.decode(try repository.blob(entry.id)) else {
                record(
                    path, commit, Phrase("is not a handout record tavle wrote"),
                    hint: Phrase("it was probably edited by hand; run 'tavle handout' again"))
                continue
            }
            recorded.insert(path)
            for (file, blob) in handout.files.sorted(by: { $0.key < $1.key }) {
                recorded.insert(file)
                if let team = teamFolder, !file.hasPrefix(ReportLayout.handoutsFolder + "/"),
                    !file.hasPrefix(team + "/")
                {
                    continue
                }
                guard let committed = files[file] else {
                    record(
                        file, commit, Phrase("is missing: the handout run recorded in \(path) wrote it"),
                        hint: Phrase("run 'tavle handout' again to make it"))
                    continue
                }
                if committed.id.hex != blob {
                    record(
                        file, commit, Phrase("differs from what the handout run wrote (\(path))"),
                        hint: Phrase("the file was changed after tavle made it; 'git log -p -- \(file)' shows by whom"))
                }
            }
            for (page, blob) in handout.made_from.sorted(by: { $0.key < $1.key }) where files[page]?.id.hex != blob {
                if let team = teamFolder, !page.hasPrefix(team + "/") { continue }
                record(
                    page, commit,
                    Phrase("is not the page the handouts in \(path.dropLast("/made.json".count)) were made from"),
                    hint: Phrase("the report changed after the handouts were printed; run 'tavle handout' again"))
            }
        }
        // A repository made before tavle kept these records has none to hold its files to.
        guard !recorded.isEmpty else { return }
        for path in files.keys.sorted() where ReportLayout.isHandoutFile(path) && !recorded.contains(path) {
            if let team = teamFolder, !path.hasPrefix(ReportLayout.handoutsFolder + "/"), !path.hasPrefix(team + "/") {
                continue
            }
            record(
                path, commit, Phrase("was not made by a tavle handout run (no handout record names it)"),
                hint: Phrase("it was probably added by hand; remove it, or run 'tavle handout' again"))
        }
    }
}
