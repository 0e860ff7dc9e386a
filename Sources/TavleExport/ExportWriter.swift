import Foundation
import TavleArchive
import TavleModel

/// Writes the export's tables in one of three forms. The same repository and filter give the
/// same bytes, so an export can itself be cited by its hash.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// A folder with one CSV per table, `datapackage.json` (Frictionless Data Package) and
    /// `codebook.md`.
    case datapackage
    /// A folder with one CSV per table and `codebook.md`.
    case csv
    /// One JSON document: the data package with every table's rows inline.
    case json
}

public struct ExportDocument: Sendable {
    public var tables: [ExportTable]
    /// The workspace's name, when the repository's manifests give it.
    public var title: String?
    /// The newest run in the export (its time), so that the document does not change with
    /// the day it is written.
    public var newestRun: String?
    public var filter: ExportFilter

    public init(tables: [ExportTable], title: String?, newestRun: String?, filter: ExportFilter) {
        self.tables = tables
        self.title = title
        self.newestRun = newestRun
        self.filter = filter
    }

    /// `datapackage.json`: with `inline`, each resource carries its rows as `data` instead of
    /// naming its CSV file.
    public func dataPackage(inline: Bool) -> String {
        var members = [
            "  \"profile\": \"tabular-data-package\"",
            "  \"name\": \"tavle-export\"",
            "  \"title\": \(JSONText.quoted((title.map { "\($0): " } ?? "") + "quality-improvement reports, as tidy tables"))",
            "  \"description\": \(JSONText.quoted("Exported by tavle \(TavleVersion.current) from a report repository. The tables, their fields and how each value is computed are described in codebook.md (`tavle export --format datapackage` writes it beside this file)."))",
        ]
        if let newestRun { members.append("  \"created\": \(JSONText.quoted(newestRun))") }
        members.append("  \"x-tavle-filter\": \(filterJSON())")
        let resources = tables.map { table -> String in
            var resource = [
                "      \"name\": \(JSONText.quoted(table.name))",
                "      \"profile\": \"tabular-data-resource\"",
                "      \"description\": \(JSONText.quoted(table.description))",
            ]
            if inline {
                resource.append("      \"data\": \(table.jsonRows(indent: "      "))")
            } else {
                resource += [
                    "      \"path\": \(JSONText.quoted(table.fileName))", "      \"format\": \"csv\"",
                    "      \"mediatype\": \"text/csv\"", "      \"encoding\": \"utf-8\"",
                    "      \"dialect\": {\"delimiter\": \",\", \"quoteChar\": \"\\\"\", \"doubleQuote\": true, \"lineTerminator\": \"\\n\", \"header\": true}",
                ]
            }
            resource.append("      \"schema\": \(table.schemaJSON(indent: "      "))")
            return "    {\n" + resource.joined(separator: ",\n") + "\n    }"
        }
        members.append("  \"resources\": [\n" + resources.joined(separator: ",\n") + "\n  ]")
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    func filterJSON() -> String {
        var parts: [String] = []
        if let team = filter.team { parts.append("\"team\": \(JSONText.quoted(team))") }
        if let since = filter.since { parts.append("\"since\": \(JSONText.quoted(since.description))") }
        if let until = filter.until { parts.append("\"until\": \(JSONText.quoted(until.description))") }
        if let gathering = filter.gathering { parts.append("\"gathering\": \(gathering)") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// Every file of the export by name, for a folder.
    public func files(_ format: ExportFormat) -> [(name: String, contents: String)] {
        switch format {
        case .json: return [("export.json", dataPackage(inline: true))]
        case .csv: return tables.map { ($0.fileName, $0.csv()) } + [("codebook.md", Codebook.markdown(tables))]
        case .datapackage:
            return tables.map { ($0.fileName, $0.csv()) } + [
                ("datapackage.json", dataPackage(inline: false)), ("codebook.md", Codebook.markdown(tables)),
            ]
        }
    }
}

/// The codebook: every table and field in words, with its type, unit and how it is computed.
public enum Codebook {
    public static func markdown(_ tables: [ExportTable] = ExportSchema.all) -> String {
        var text = """
            # Codebook of `tavle export`

            Written by `tavle export` beside the tables; the same text is in tavle's repository as
            `docs/export-codebook.md`. Each table is one CSV file (RFC 4180, UTF-8, a header line, `,`
            between fields, LF line ends); `datapackage.json` describes the same tables as a
            [Frictionless Data Package](https://specs.frictionlessdata.io/data-package/).

            **Missing is empty, never 0.** An empty field is a value that was not there (a goal
            without a due date, an undecided PDSA cycle, a count on a run chart); a zero is a zero.
            In the JSON form a missing value is `null`, since every row has every field.
            **Numbers are written in full** (`0.5238095238095238`), with `.` as the decimal mark and
            no exponent for everyday values, as the report repository recorded them: a value
            written with a few decimals (23.08 %, stored as the share 0.2308) is given without the
            binary noise of how it was stored; round at the precision you report. **Times** are
            ISO 8601 with the offset the run was committed at. **Ids are stable**: the same
            repository gives the same ids in every export, and a run's id is its commit, which
            `git show` and `tavle verify` take. Keys are named as in relational tables (`run_id`,
            `team_id`) where the JSON of `tavle trace` and `tavle log` says `commit` and `team`;
            a list that CSV cannot hold (`reports.data_blobs`, `runs.parameters`) is one text.

            **Filters.** `--until`, `--gathering` and `--team` export the history as it stood at the
            last run they select: a gathering's export holds no decision made after it. Runs before
            `--since` are still read, so `first_recorded_run` and the like may name a run outside
            the selection (they are not foreign keys). The value an indicator had at a goal's
            revision (`goal_revisions.measured_value`) is its value in the revision date's month;
            `tavle trace`'s `measured_value` is its last value when the run recorded the change.

            A team's journal (goals, PDSA cycles, decisions, answers) is read as each run recorded it:
            `reports.has_journal` says whether there was one, so that no row can be told from no journal.


            """
        for table in tables {
            text += "## \(table.name)\n\n\(table.description)\n\n"
            text += "Key: " + table.primaryKey.map { "`\($0)`" }.joined(separator: ", ") + ".\n\n"
            text += "| field | type | description |\n|---|---|---|\n"
            for field in table.fields {
                var type = field.type.rawValue
                if let unit = field.unit { type += " (\(unit))" }
                if field.required || table.primaryKey.contains(field.name) { type += ", never missing" }
                var description = field.description
                if let values = field.values, !description.contains(values[0]) {
                    description += " One of " + values.map { "`\($0)`" }.joined(separator: ", ") + "."
                }
                text += "| `\(field.name)` | \(type) | \(description.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
            text += "\n"
        }
        return text
    }
}

extension ExportSchema {
    /// Every table, empty, in the export's order.
    public static var all: [ExportTable] {
        [
            runs, reports, teams, measurements, changes, indicators, definitionChanges, goals, goalRevisions, cycles,
            decisions, prompts, answers,
        ]
    }
}
