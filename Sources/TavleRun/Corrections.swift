import Foundation
import TavleHistory
import TavleModel
import TavleParse

/// The workspace's `corrections.yaml`: the facilitator's record of data corrected after a
/// report showed it (see `DataCorrection`). Each run copies a team's corrections into its
/// ledger (`ledger/corrections.json`), so `tavle history corrections` and `tavle trace` show
/// them with their reasons, and `tavle verify` passes a change that one explains.
enum Corrections {
    static let fileName = "corrections.yaml"

    /// The corrections, by team id; `teams` checks the ids when given.
    static func read(_ workspace: Workspace, teams: [String]?) throws(Diagnostic) -> [String: [DataCorrection]] {
        let path = URL(fileURLWithPath: workspace.root).appendingPathComponent(fileName).path
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let corrections = try CorrectionsParser().parse(Files.readText(path), file: Files.displayPath(path), teams: teams)
        return Dictionary(grouping: corrections, by: \.team)
    }
}
