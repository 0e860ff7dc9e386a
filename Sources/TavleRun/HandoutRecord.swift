import Foundation
import TavleGit
import TavleModel

/// What a `tavle handout` run made beside the reports, and from which reports:
/// `handouts/<notebook>/made.json` holds the git blob id of every report page the overview,
/// index and PDFs were made from, and of each of those files as written. The overview and
/// the PDFs cannot be made again byte for byte without the browser and the ledger of an
/// earlier gathering, so `tavle verify` checks them by these ids instead: a PDF printed from
/// a page that is no longer the committed one, or a file changed after tavle wrote it, is
/// named.
struct HandoutRecord: Codable, Sendable, Hashable {
    var notebook: String
    /// Report page path → the blob of the page the handout files were made from.
    var made_from: [String: String]
    /// Handout file path (overview, index, PDFs) → its blob as written.
    var files: [String: String]

    static func path(notebook: String) -> String { "handouts/\(ReportWriter.safeName(notebook))/made.json" }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings in dictionaries cannot fail to encode.
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }

    static func decode(_ data: Data) -> HandoutRecord? {
        try? JSONDecoder().decode(HandoutRecord.self, from: data)
    }

    /// The record of a handout run, and the PDFs it makes outdated.
    /// - Parameters:
    ///   - pages: the report pages this run rendered.
    ///   - handoutFiles: the overview, index and PDFs this run wrote.
    ///   - removed: what the run already takes out (see `StaleFiles`).
    ///   - previous: the last handout run's record of this notebook.
    static func make(
        notebook: Notebook, pages: [String], handoutFiles: [String], removed: Set<String>, committed: [String: ObjectID], written: [String: ObjectID],
        previous: HandoutRecord?
    ) -> (record: HandoutRecord, outdated: Set<String>) {
        var files = Dictionary(handoutFiles.map { ($0, written[$0]?.hex ?? "") }, uniquingKeysWith: { first, _ in first })
        // A PDF printed before and not printed again this time is kept while its page is
        // unchanged, and taken out when the page changed.
        var outdated: Set<String> = []
        for page in pages + ["handouts/\(ReportWriter.safeName(notebook.id))/overview.html"] {
            let pdf = String(page.dropLast(".html".count)) + ".pdf"
            guard written[pdf] == nil, let old = committed[pdf], !removed.contains(pdf) else { continue }
            if committed[page] == written[page] { files[pdf] = old.hex } else { outdated.insert(pdf) }
        }
        var madeFrom = Dictionary(pages.map { ($0, written[$0]?.hex ?? "") }, uniquingKeysWith: { first, _ in first })
        // Teams this run did not render keep what the last handout run recorded of them.
        if let previous {
            for (page, blob) in previous.made_from where madeFrom[page] == nil && committed[page]?.hex == blob { madeFrom[page] = blob }
            for (file, blob) in previous.files where files[file] == nil && file.hasSuffix(".pdf") && !file.hasPrefix("handouts/") {
                let page = String(file.dropLast(".pdf".count)) + ".html"
                if madeFrom[page] != nil, written[page] == nil, committed[file]?.hex == blob { files[file] = blob }
            }
        }
        return (HandoutRecord(notebook: notebook.id, made_from: madeFrom, files: files), outdated)
    }
}

extension ReportVerify.Walk {
    /// Checks each handout record of `commit`, and that every handout file is in one.
    mutating func checkHandouts(commit: CommitInfo) throws(GitError) {
        let files = try repository.files(inCommit: commit.id)
        var recorded: Set<String> = []
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("handouts/") && path.hasSuffix("/made.json") {
            guard let handout = HandoutRecord.decode(try repository.blob(entry.id)) else {
                record(
                    path, commit, Phrase("is not a handout record tavle wrote", nb: "er ikke en utdelingslogg tavle skrev"),
                    hint: Phrase("it was probably edited by hand; run 'tavle handout' again", nb: "den ble trolig redigert for hånd; kjør 'tavle handout' igjen"))
                continue
            }
            recorded.insert(path)
            for (file, blob) in handout.files.sorted(by: { $0.key < $1.key }) {
                recorded.insert(file)
                if let team = teamFolder, !file.hasPrefix("handouts/"), !file.hasPrefix(team + "/") { continue }
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
        for path in files.keys.sorted() where (path.hasPrefix("handouts/") || path.hasSuffix(".pdf")) && !recorded.contains(path) {
            if let team = teamFolder, !path.hasPrefix("handouts/"), !path.hasPrefix(team + "/") { continue }
            record(
                path, commit, Phrase("was not made by a tavle handout run (no handout record names it)", nb: "ble ikke laget av en utdelingskjøring i tavle (ingen utdelingslogg nevner den)"),
                hint: Phrase("it was probably added by hand; remove it, or run 'tavle handout' again", nb: "den ble trolig lagt til for hånd; fjern den, eller kjør 'tavle handout' igjen"))
        }
    }
}
