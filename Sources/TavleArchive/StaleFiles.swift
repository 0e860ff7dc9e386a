import TavleGit
import TavleHistory
import TavleModel

/// The files an earlier run committed that this run of the same notebook no longer makes, so
/// that they leave the report repository in the same commit: a report folder holds what its
/// latest run made and nothing older that could be mistaken for it.
///
/// For each team the run rendered, and for the notebook `N`:
/// - `T/N.*` and `T/N.data/*` that this run did not write (a query removed from the notebook);
///   `T/N.pdf` only when `T/N.html` changed (a plain run keeps a PDF that still prints the
///   same page);
/// - `T/ledger/measurements/N.json` when the report has no chart any more;
/// - `T/journal.yaml` when the team's journal is gone (the ledger then records no goals, no
///   cycles, no decisions and no answers, rather than losing its files);
/// - `handouts/N/` after a plain run that changed a report: the overview and PDFs printed
///   from the old reports would otherwise disagree with them.
package enum StaleFiles {
    package struct Plan: Sendable, Hashable {
        /// Paths to take out of the tree (and the working tree).
        package var removed: Set<String> = []
        /// Paths to write with new contents (the emptied ledger of a team without a journal).
        package var emptied: [String: String] = [:]
    }

    package static func plan(
        notebook: String, teamFolders: [String], handout: Bool, committed: [String: ObjectID],
        written: [String: ObjectID]
    ) -> Plan {
        var plan = Plan()
        var anyReportChanged = false
        for folder in teamFolders {
            let base = "\(folder)/\(notebook)"
            let html = base + ".html"
            let htmlChanged = committed[html] != written[html]
            anyReportChanged = anyReportChanged || htmlChanged
            for path in committed.keys where written[path] == nil {
                let ownedByReport = path.hasPrefix(base + ".") && !path.dropFirst(base.count + 1).contains("/")
                let ownedData = path.hasPrefix(base + ".data/")
                if ownedByReport || ownedData {
                    if path == base + ".pdf", !htmlChanged { continue }
                    plan.removed.insert(path)
                }
                if path == Ledger.measurementsPath(teamFolder: folder, notebook: notebook) { plan.removed.insert(path) }
            }
            let journal = ReportLayout.journalCopyPath(teamFolder: folder)
            if committed[journal] != nil, written[journal] == nil {
                plan.removed.insert(journal)
                for kind in Ledger.journalKinds where committed[Ledger.path(kind, teamFolder: folder)] != nil {
                    plan.emptied[Ledger.path(kind, teamFolder: folder)] = Ledger.encode([String]())
                }
            } else if written[journal] != nil {
                // The journal no longer retires any goal: the file it wrote before is emptied.
                let retired = Ledger.path(.retiredGoals, teamFolder: folder)
                if committed[retired] != nil, written[retired] == nil {
                    plan.emptied[retired] = Ledger.encode([String]())
                }
            }
        }
        if !handout, anyReportChanged {
            let folder = ReportLayout.handoutFolder(notebook: notebook) + "/"
            for path in committed.keys where path.hasPrefix(folder) { plan.removed.insert(path) }
        }
        return plan
    }
}
