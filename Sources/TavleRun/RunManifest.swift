import Foundation
import TavleGit
import TavleModel

/// What a report was made from, committed beside it so that it can be traced and re-made:
/// the notebook (a copy and its hash), the team, the parameters, and for every query its SQL,
/// the values bound to it and a hash of what it returned (the data itself sits beside it as
/// CSV). The time of the run is the commit's time, not a field here, so that an unchanged
/// run writes identical files and commits nothing.
struct RunManifest: Codable {
    struct NotebookInfo: Codable {
        var id: String
        var version: Int
        var title: String
        /// Path of the notebook copy in the report repository.
        var copy: String
        /// Git blob id of the notebook text.
        var blob: String
    }

    struct TeamInfo: Codable {
        var id: String
        var name: String
    }

    struct QueryInfo: Codable {
        var name: String
        var sql: String
        var parameters: [String: String]
        var columns: [String]
        var rows: Int
        /// Path of the CSV with what the query returned.
        var data: String
        /// Git blob id of that CSV.
        var blob: String
    }

    /// The team's journal as the run read it; its canonical form is in the team's ledger/.
    struct JournalInfo: Codable {
        var file: String
        var blob: String
    }

    var tool: String
    var notebook: NotebookInfo
    var team: TeamInfo?
    var journal: JournalInfo?
    var language: String
    var gathering: Int?
    var phase: Int?
    var parameters: [String: String]
    var queries: [QueryInfo]
    var reports: [String]

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }
}

/// RFC 4180 CSV of a query result, as plain values (no locale), for the report repository.
enum ResultCSV {
    static func text(_ result: QueryResult) -> String {
        var lines = [result.columns.map(field).joined(separator: ",")]
        for row in result.rows { lines.append(row.map { field($0.plainText) }.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
