import TavleHistory
import TavleModel

/// The one JSON style of tavle's reading commands (log, history, trace, diff, verify, cite and
/// the export): snake_case field names, times in ISO 8601 with their offset, numbers as
/// numbers, lists as arrays, and a missing value left out. Each form is described by a JSON
/// Schema in docs/schemas/, which the tests check the output against.
enum JSONViews {
    /// One change of one field of a team's ledger (`trace`, `history`, the journal of `diff`).
    struct Event: Encodable {
        var commit: String
        var time: String
        var author: String
        var team: String
        var gathering: Int?
        var notebook: String?
        var notebook_version: Int?
        var entity: String
        var id: String
        var field: String
        var change: String
        var old: String?
        var new: String?
        var reason: String?
        var measured_period: String?
        var measured_value: Double?
        var measured_unit: String?
        var unit: String?

        init(_ event: LedgerEvent) {
            let row = ReportHistory.Row(event)
            commit = row.commit
            time = row.time
            author = row.author
            team = row.team
            gathering = row.gathering.flatMap { Int($0) }
            notebook = row.notebook
            notebook_version = row.notebook_version.flatMap { Int($0) }
            entity = row.entity
            id = row.id
            field = row.field
            change = row.change
            old = row.old
            new = row.new
            reason = row.reason
            measured_period = row.measured_period
            measured_value = row.measured_value
            measured_unit = row.measured_unit
            unit = row.unit
        }
    }

    /// One run (`log`).
    struct Run: Encodable {
        var commit: String
        var time: String
        var author: String
        var email: String
        var subject: String
        var notebook: String?
        var notebook_version: Int?
        var gathering: Int?
        var teams: [String]
        var message: String?

        init(_ record: RunRecord) {
            commit = record.commit
            time = record.time
            author = record.author
            email = record.email
            subject = record.subject
            notebook = record.notebook
            notebook_version = record.notebookVersion
            gathering = record.gathering
            teams = (record.teams ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            message = record.message
        }
    }

    /// What changed between two runs (`diff`).
    struct Diff: Encodable {
        struct Side: Encodable {
            var commit: String
            var time: String
            var subject: String
        }
        struct Line: Encodable {
            var kind: String
            var text: String
        }
        struct Hunk: Encodable {
            var old_start: Int
            var new_start: Int
            var lines: [Line]
        }
        struct Notebook: Encodable {
            var id: String
            var change: String
            var old_version: Int?
            var new_version: Int?
            var hunks: [Hunk]
        }
        struct Value: Encodable {
            var row: String
            var column: String?
            var old: String
            var new: String
        }
        struct Data: Encodable {
            var notebook: String
            var query: String
            var added_rows: [String]
            var removed_rows: [String]
            var changed_values: [Value]
        }
        struct Parameter: Encodable {
            var notebook: String
            var name: String
            var old: String?
            var new: String?
        }
        struct Team: Encodable {
            var team: String
            var name: String?
            var parameters: [Parameter]
            var data: [Data]
            var journal: [Event]
            var reports: [String]
            var new_reports: [String]
        }

        var from: Side
        var to: Side
        var notebooks: [Notebook]
        var teams: [Team]

        init(_ summary: ReportDiff.Summary) {
            from = Side(commit: summary.from.commit, time: summary.from.time, subject: summary.from.subject)
            to = Side(commit: summary.to.commit, time: summary.to.time, subject: summary.to.subject)
            notebooks = summary.notebooks.map { notebook in
                Notebook(
                    id: notebook.id, change: notebook.change.rawValue, old_version: notebook.oldVersion,
                    new_version: notebook.newVersion,
                    hunks: notebook.hunks.map { hunk in
                        Hunk(
                            old_start: hunk.oldStart, new_start: hunk.newStart,
                            lines: hunk.lines.map { Line(kind: $0.kind.rawValue, text: $0.text) })
                    })
            }
            teams = summary.teams.map { team in
                Team(
                    team: team.team, name: team.name,
                    parameters: team.parameters.map {
                        Parameter(notebook: $0.notebook, name: $0.name, old: $0.old, new: $0.new)
                    },
                    data: team.data.map { data in
                        Data(
                            notebook: data.notebook, query: data.query, added_rows: data.addedRows,
                            removed_rows: data.removedRows,
                            changed_values: data.changedValues.map {
                                Value(row: $0.row, column: $0.column, old: $0.old, new: $0.new)
                            })
                    },
                    journal: team.journal.map(Event.init), reports: team.reports, new_reports: team.newReports)
            }
        }
    }
}

extension ReportHistory {
    public static func json(_ events: [LedgerEvent]) -> String {
        JSONText.encode(events.map(JSONViews.Event.init))
    }
}

extension ReportLog {
    public static func json(_ records: [RunRecord]) -> String {
        JSONText.encode(records.map(JSONViews.Run.init))
    }
}

extension ReportDiff {
    public static func json(_ summary: Summary) -> String {
        JSONText.encode(JSONViews.Diff(summary))
    }
}
