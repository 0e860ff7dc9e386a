import TavleModel
import TavleWorkspace

/// Where everything lives in a report repository: one place for every path rule, so that
/// the run that writes a file, the check that removes what is stale and the audit that reads
/// it back agree.
///
///     <team>/<notebook>.html, .md, .manifest.json     a team's report
///     <team>/<notebook>.data/<query>.csv              what each query returned
///     <team>/<notebook>.pdf                           its printed handout
///     <team>/journal.yaml, <team>/ledger/…            the team's journal as run, and its ledger
///     notebooks/<notebook>.md                         the notebook as run
///     handouts/<notebook>/overview.html, index.html, made.json
package enum ReportLayout {
    /// A team id as a folder name: letters, digits, '-', '_' and '.'; anything else becomes '_'.
    package static func teamFolder(_ team: String) -> String { ReportWriter.safeName(team) }

    /// A report's path without extension: `<team>/<notebook>`.
    package static func reportBase(teamFolder: String, notebook: String) -> String { "\(teamFolder)/\(notebook)" }

    package static func manifestPath(base: String) -> String { base + manifestSuffix }
    package static let manifestSuffix = ".manifest.json"

    /// The CSV of what one query returned.
    package static func dataPath(base: String, query: String) -> String { "\(base).data/\(query).csv" }

    /// The team's journal as the run read it.
    package static func journalCopyPath(teamFolder: String) -> String { "\(teamFolder)/journal.yaml" }

    /// The notebook as it was run.
    package static func notebookCopyPath(_ notebook: String) -> String { "\(notebooksFolder)/\(notebook).md" }
    package static let notebooksFolder = "notebooks"

    /// The folder of a notebook's overview, index and handout record.
    package static func handoutFolder(notebook: String) -> String {
        "\(handoutsFolder)/\(ReportWriter.safeName(notebook))"
    }
    package static let handoutsFolder = "handouts"

    package static func handoutRecordPath(notebook: String) -> String {
        handoutFolder(notebook: notebook) + "/made.json"
    }

    /// Files a handout run makes: its folder's pages and every printed PDF.
    package static func isHandoutFile(_ path: String) -> Bool {
        path.hasPrefix(handoutsFolder + "/") || path.hasSuffix(".pdf")
    }
}
