import Foundation
import TavleArchive
import TavleGit
import TavleModel
import TavleWorkspace

/// What a `tavle handout` run made beside the reports, and from which reports:
/// `handouts/<notebook>/made.json` holds the git blob id of every report page the overview,
/// index and PDFs were made from, and of each of those files as written. The overview and
/// the PDFs cannot be made again byte for byte without the browser and the ledger of an
/// earlier gathering, so `tavle verify` checks them by these ids instead: a PDF printed from
/// a page that is no longer the committed one, or a file changed after tavle wrote it, is
/// named.
package struct HandoutRecord: Codable, Sendable, Hashable {
    var notebook: String
    /// Report page path → the blob of the page the handout files were made from.
    package var made_from: [String: String]
    /// Handout file path (overview, index, PDFs) → its blob as written.
    package var files: [String: String]

    func json() -> String { JSONText.encode(self) }

    package static func decode(_ data: Data) -> HandoutRecord? {
        try? JSONDecoder().decode(HandoutRecord.self, from: data)
    }

    /// The record of a handout run, and the PDFs it makes outdated.
    /// - Parameters:
    ///   - pages: the report pages this run rendered.
    ///   - handoutFiles: the overview, index and PDFs this run wrote.
    ///   - removed: what the run already takes out (see `StaleFiles`).
    ///   - previous: the last handout run's record of this notebook.
    static func make(
        notebook: Notebook, pages: [String], handoutFiles: [String], removed: Set<String>,
        committed: [String: ObjectID], written: [String: ObjectID],
        previous: HandoutRecord?
    ) -> (record: HandoutRecord, outdated: Set<String>) {
        var files = Dictionary(
            handoutFiles.map { ($0, written[$0]?.hex ?? "") }, uniquingKeysWith: { first, _ in first })
        // A PDF printed before and not printed again this time is kept while its page is
        // unchanged, and taken out when the page changed.
        var outdated: Set<String> = []
        for page in pages + [ReportLayout.handoutFolder(notebook: notebook.id) + "/overview.html"] {
            let pdf = String(page.dropLast(".html".count)) + ".pdf"
            guard written[pdf] == nil, let old = committed[pdf], !removed.contains(pdf) else { continue }
            if committed[page] == written[page] { files[pdf] = old.hex } else { outdated.insert(pdf) }
        }
        var madeFrom = Dictionary(pages.map { ($0, written[$0]?.hex ?? "") }, uniquingKeysWith: { first, _ in first })
        // Teams this run did not render keep what the last handout run recorded of them.
        if let previous {
            for (page, blob) in previous.made_from where madeFrom[page] == nil && committed[page]?.hex == blob {
                madeFrom[page] = blob
            }
            for (file, blob) in previous.files
            where files[file] == nil && file.hasSuffix(".pdf") && !file.hasPrefix(ReportLayout.handoutsFolder + "/") {
                let page = String(file.dropLast(".pdf".count)) + ".html"
                if madeFrom[page] != nil, written[page] == nil, committed[file]?.hex == blob { files[file] = blob }
            }
        }
        return (HandoutRecord(notebook: notebook.id, made_from: madeFrom, files: files), outdated)
    }
}
