import Foundation
import TavleGit
import TavleArchive
import TavleModel
import TavleRun

extension ReportVerify.Walk {
    /// Checks each handout record of `commit`, and that every handout file is in one.
    mutating func checkHandouts(commit: CommitInfo) throws(GitError) {
        let files = try repository.files(inCommit: commit.id)
        var recorded: Set<String> = []
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix(ReportLayout.handoutsFolder + "/") && path.hasSuffix("/made.json") {
            guard let handout = HandoutRecord.decode(try repository.blob(entry.id)) else {
                record(
                    path, commit, Phrase("is not a handout record tavle wrote", nb: "er ikke en utdelingslogg tavle skrev"),
                    hint: Phrase("it was probably edited by hand; run 'tavle handout' again", nb: "den ble trolig redigert for hånd; kjør 'tavle handout' igjen"))
                continue
            }
            recorded.insert(path)
            for (file, blob) in handout.files.sorted(by: { $0.key < $1.key }) {
                recorded.insert(file)
                if let team = teamFolder, !file.hasPrefix(ReportLayout.handoutsFolder + "/"), !file.hasPrefix(team + "/") { continue }
                guard let committed = files[file] else {
                    record(
                        file, commit, Phrase("is missing: the handout run recorded in \(path) wrote it", nb: "mangler: utdelingskjøringen registrert i \(path) skrev den"),
                        hint: Phrase("run 'tavle handout' again to make it", nb: "kjør 'tavle handout' igjen for å lage den"))
                    continue
                }
                if committed.id.hex != blob {
                    record(
                        file, commit, Phrase("differs from what the handout run wrote (\(path))", nb: "er annerledes enn det utdelingskjøringen skrev (\(path))"),
                        hint: Phrase("the file was changed after tavle made it; 'git log -p -- \(file)' shows by whom", nb: "filen ble endret etter at tavle laget den; 'git log -p -- \(file)' viser av hvem"))
                }
            }
            for (page, blob) in handout.made_from.sorted(by: { $0.key < $1.key }) where files[page]?.id.hex != blob {
                if let team = teamFolder, !page.hasPrefix(team + "/") { continue }
                record(
                    page, commit,
                    Phrase("is not the page the handouts in \(path.dropLast("/made.json".count)) were made from", nb: "er ikke siden utdelingene i \(path.dropLast("/made.json".count)) ble laget av"),
                    hint: Phrase("the report changed after the handouts were printed; run 'tavle handout' again", nb: "rapporten er endret etter at utdelingene ble skrevet ut; kjør 'tavle handout' igjen"))
            }
        }
        // A repository made before tavle kept these records has none to hold its files to.
        guard !recorded.isEmpty else { return }
        for path in files.keys.sorted() where ReportLayout.isHandoutFile(path) && !recorded.contains(path) {
            if let team = teamFolder, !path.hasPrefix(ReportLayout.handoutsFolder + "/"), !path.hasPrefix(team + "/") { continue }
            record(
                path, commit, Phrase("was not made by a tavle handout run (no handout record names it)", nb: "ble ikke laget av en utdelingskjøring i tavle (ingen utdelingslogg nevner den)"),
                hint: Phrase("it was probably added by hand; remove it, or run 'tavle handout' again", nb: "den ble trolig lagt til for hånd; fjern den, eller kjør 'tavle handout' igjen"))
        }
    }
}
