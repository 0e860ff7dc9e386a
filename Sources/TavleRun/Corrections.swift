import Foundation
import TavleHistory
import TavleModel
import TavleParse
import TavleWorkspace

/// The workspace's `corrections.yaml`: the facilitator's record of data corrected after a
/// report showed it (see `DataCorrection`). Each run copies a team's corrections into its
/// ledger (`ledger/corrections.json`), so `tavle history corrections` and `tavle trace` show
/// them with their reasons, and `tavle verify` passes a change that one explains.
package enum Corrections {
    static let fileName = "corrections.yaml"

    /// The corrections, by team id; `teams` checks the ids when given, and `indicators` the
    /// indicators (a correction of an indicator no journal or chart knows explains nothing).
    package static func read(_ workspace: Workspace, teams: [String]?, indicators: Set<String>? = nil)
        throws(Diagnostic) -> [String: [DataCorrection]]
    {
        let path = URL(fileURLWithPath: workspace.root).appendingPathComponent(fileName).path
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let corrections = try CorrectionsParser().parse(
            Files.readText(path), file: Files.displayPath(path), teams: teams)
        if let indicators, !indicators.isEmpty {
            var errors: [Diagnostic] = []
            for correction in corrections {
                guard let indicator = correction.indicator, !indicators.contains(indicator) else { continue }
                errors.append(
                    .error(
                        at: correction.location,
                        Phrase(
                            "the correction of \(correction.team) in \(correction.period) names the indicator '\(indicator)', which no journal or chart knows"
                        ),
                        hint: ReferenceCheck.hint(for: indicator, among: indicators)))
            }
            try ReferenceCheck.throwAll(errors)
        }
        return Dictionary(grouping: corrections, by: \.team)
    }

    /// The indicators a correction may name: every journal's, and the notebook's charts' and forms'.
    static func knownIndicators(_ notebook: Notebook, journals: [Journal]) -> Set<String> {
        ReferenceCheck.vocabulary(of: journals)
            .union(notebook.queries.compactMap(\.options.indicator))
            .union(notebook.forms.flatMap { $0.fields.map(\.indicator) })
    }
}
