import Foundation
import TavleArchive
import TavleData
import TavleGit
import TavleHistory
import TavleModel
import TavleParse
import TavleRun

/// `tavle diff`: what changed between two runs, read from the report repository and told as
/// a person asks it: which notebooks changed and how, and per team which data, parameters,
/// goals, PDSA cycles, decisions and answers changed, and which reports.
public enum ReportDiff {
    public struct Run: Sendable, Codable, Hashable {
        public var commit: String
        public var time: String
        public var subject: String
    }

    public struct NotebookChange: Sendable, Codable, Hashable {
        public var id: String
        public var change: LedgerEvent.Change
        public var oldVersion: Int?
        public var newVersion: Int?
        public var hunks: [LineDiff.Hunk]
    }

    public struct DataChange: Sendable, Codable, Hashable {
        public var notebook: String
        public var query: String
        /// Rows the later run has and the earlier did not, by their first column.
        public var addedRows: [String]
        public var removedRows: [String]
        /// Values that differ in rows both runs have.
        public var changedValues: [ValueChange]
    }

    public struct ValueChange: Sendable, Codable, Hashable {
        public var row: String
        public var column: String?
        public var old: String
        public var new: String
    }

    public struct ParameterChange: Sendable, Codable, Hashable {
        public var notebook: String
        public var name: String
        public var old: String?
        public var new: String?
    }

    public struct TeamChanges: Sendable, Codable, Hashable {
        public var team: String
        public var name: String?
        public var parameters: [ParameterChange] = []
        public var data: [DataChange] = []
        /// Goals, indicators, PDSA cycles, decisions and answers, as `tavle history` shows them.
        public var journal: [LedgerEvent] = []
        /// The report files (HTML, Markdown) that changed.
        public var reports: [String] = []
        /// The report files the later run made for the first time.
        public var newReports: [String] = []
    }

    public struct Summary: Sendable, Codable {
        public var from: Run
        public var to: Run
        public var notebooks: [NotebookChange]
        public var teams: [TeamChanges]
    }

    /// - Parameters:
    ///   - from: the earlier run (any git revision); the run before `to` when `nil`.
    ///   - to: the later run; the last run when `nil`.
    public static func compare(outputFolder: String, from: String?, to: String?, team: String?) throws(Diagnostic)
        -> Summary
    {
        let repository = try ReportRepository.openForReading(outputFolder)
        if let team { try ReportHistory.requireTeam(team, in: repository, outputFolder: outputFolder) }
        let newer = try resolve(to ?? "HEAD", in: repository)
        let older: ObjectID
        if let from {
            older = try resolve(from, in: repository)
        } else {
            let parents = try ReportRepository.reading(outputFolder) { () throws(GitError) in
                try repository.commitInfo(newer).parents
            }
            guard let parent = parents.first else {
                throw .error(
                    at: nil,
                    Phrase(
                        "the run \(newer.short) is the first in the report repository; there is nothing before it to compare with"
                    ),
                    hint: Phrase("'tavle log' lists the runs; name two of them: tavle diff REV1 REV2"))
            }
            older = parent
        }
        return try ReportRepository.reading(outputFolder) { () throws(GitError) in
            try summary(repository, from: older, to: newer, team: team.map(ReportWriter.safeName))
        }
    }

    static func resolve(_ revision: String, in repository: GitRepository) throws(Diagnostic) -> ObjectID {
        let found: ObjectID?
        do throws(GitError) { found = try repository.commit(named: revision) } catch { found = nil }
        guard let found else {
            throw .error(
                at: nil, Phrase("there is no run '\(revision)' in the report repository"),
                hint: Phrase(
                    "'tavle log' lists the runs with their commits; use one of those, or HEAD~1 for the run before the last"
                ))
        }
        return found
    }

    static func summary(_ repository: GitRepository, from older: ObjectID, to newer: ObjectID, team: String?)
        throws(GitError) -> Summary
    {
        let changes = try repository.changes(from: older, to: newer)
        var notebooks: [NotebookChange] = []
        var teams: [String: TeamChanges] = [:]
        var ledgerTeams = Set<String>()

        func teamChanges(_ folder: String) -> TeamChanges { teams[folder] ?? TeamChanges(team: folder) }

        for change in changes {
            let parts = change.path.split(separator: "/").map(String.init)
            if parts.first == "notebooks", parts.count == 2, parts[1].hasSuffix(".md") {
                let oldText = try change.oldID.map { id throws(GitError) in
                    String(decoding: try repository.blob(id), as: UTF8.self)
                }
                let newText = try change.newID.map { id throws(GitError) in
                    String(decoding: try repository.blob(id), as: UTF8.self)
                }
                notebooks.append(
                    NotebookChange(
                        id: String(parts[1].dropLast(3)), change: eventChange(change.kind),
                        oldVersion: oldText.flatMap(version), newVersion: newText.flatMap(version),
                        hunks: LineDiff.hunks(old: oldText ?? "", new: newText ?? "")))
                continue
            }
            guard parts.count >= 2 else { continue }
            let folder = parts[0]
            if let team, folder != team { continue }
            var changes = teamChanges(folder)
            if parts[1] == Ledger.folder {
                ledgerTeams.insert(folder)
            } else if parts.count == 3, parts[1].hasSuffix(".data"), parts[2].hasSuffix(".csv") {
                // A new report's data is all new: the report line says so, row by row would be noise.
                if change.kind == .added,
                    try repository.entryID(
                        atPath: ReportLayout.manifestPath(base: "\(folder)/\(parts[1].dropLast(5))"), inCommit: older)
                        == nil
                {
                    continue
                }
                let old = try change.oldID.map { id throws(GitError) in try table(repository.blob(id)) } ?? nil
                let new = try change.newID.map { id throws(GitError) in try table(repository.blob(id)) } ?? nil
                changes.data.append(
                    dataChange(
                        notebook: String(parts[1].dropLast(5)), query: String(parts[2].dropLast(4)), old: old, new: new)
                )
            } else if parts.count == 2, parts[1].hasSuffix(ReportLayout.manifestSuffix) {
                let old = try change.oldID.flatMap { id throws(GitError) in RunManifest.decode(try repository.blob(id))
                }
                let new = try change.newID.flatMap { id throws(GitError) in RunManifest.decode(try repository.blob(id))
                }
                changes.name = new?.team?.name ?? old?.team?.name ?? changes.name
                let notebook = String(parts[1].dropLast(ReportLayout.manifestSuffix.count))
                // A new report's parameters are not changes; they are in its manifest.
                guard old != nil else { teams[folder] = changes; continue }
                let before = old?.parameters ?? [:], after = new?.parameters ?? [:]
                let teamParameterValue = new?.team?.id ?? old?.team?.id
                for name in Set(before.keys).union(after.keys).sorted() where before[name] != after[name] {
                    // The team parameter is the team itself, not a change.
                    if before[name] == nil || after[name] == nil, (before[name] ?? after[name]) == teamParameterValue {
                        continue
                    }
                    changes.parameters.append(
                        ParameterChange(notebook: notebook, name: name, old: before[name], new: after[name]))
                }
            } else if parts.count == 2, parts[1].hasSuffix(".html") || parts[1].hasSuffix(".md") {
                if change.kind == .added {
                    changes.newReports.append(change.path)
                } else {
                    changes.reports.append(change.path)
                }
            }
            teams[folder] = changes
        }
        let history = LedgerHistory(repository: repository)
        for folder in ledgerTeams.sorted() {
            var changes = teamChanges(folder)
            changes.journal = try history.changes(teamFolder: folder, from: older, to: newer).filter {
                $0.entity != .measurement
            }
            if changes.name == nil, let manifest = try anyManifest(of: folder, in: newer, repository) {
                changes.name = manifest.team?.name
            }
            teams[folder] = changes
        }
        let shown = teams.values.filter {
            !$0.parameters.isEmpty || !$0.data.isEmpty || !$0.journal.isEmpty || !$0.reports.isEmpty
                || !$0.newReports.isEmpty
        }
        return Summary(
            from: try run(older, repository), to: try run(newer, repository),
            notebooks: notebooks.sorted { $0.id < $1.id },
            teams: shown.sorted { $0.team < $1.team })
    }

    static func anyManifest(of folder: String, in commit: ObjectID, _ repository: GitRepository) throws(GitError)
        -> RunManifest?
    {
        guard let tree = try repository.entryID(atPath: folder, inCommit: commit) else { return nil }
        guard
            let entry = try repository.entries(ofTree: tree).first(where: {
                $0.name.hasSuffix(ReportLayout.manifestSuffix)
            })
        else { return nil }
        return RunManifest.decode(try repository.blob(entry.id))
    }

    static func run(_ commit: ObjectID, _ repository: GitRepository) throws(GitError) -> Run {
        let info = try repository.commitInfo(commit)
        return Run(
            commit: commit.hex, time: Timestamp.iso8601(info.time, offsetMinutes: info.timeZoneOffset),
            subject: info.subject)
    }

    static func eventChange(_ kind: FileChange.Kind) -> LedgerEvent.Change {
        switch kind {
        case .added: .added
        case .deleted: .removed
        case .modified: .changed
        }
    }

    static func version(_ text: String) -> Int? {
        (try? NotebookParser().parse(text, file: "notebook"))?.version
    }

    static func table(_ data: Data) -> QueryResult? {
        guard let table = try? CSVTable(parsing: String(decoding: data, as: UTF8.self), file: "data") else {
            return nil
        }
        return QueryResult(columns: table.header, rows: table.records.map { $0.fields.map(inferred) })
    }

    /// A CSV field as the value it most likely was; enough to compare and show numbers.
    static func inferred(_ field: String) -> Value {
        if field.isEmpty { return .null }
        if let integer = Int64(field) { return .integer(integer) }
        if let real = Double(field), real.isFinite { return .real(real) }
        return .text(field)
    }

    static func dataChange(notebook: String, query: String, old: QueryResult?, new: QueryResult?) -> DataChange {
        let before = old ?? QueryResult(columns: new?.columns ?? [], rows: [])
        let after = new ?? QueryResult(columns: old?.columns ?? [], rows: [])
        let differences = ReportVerify.differences(before, after)
        var change = DataChange(
            notebook: notebook, query: query, addedRows: ReportVerify.addedRows(before, after), removedRows: [],
            changedValues: [])
        for difference in differences {
            if let new = difference.new {
                change.changedValues.append(
                    ValueChange(row: difference.row, column: difference.column, old: difference.old, new: new))
            } else {
                change.removedRows.append(difference.row)
            }
        }
        return change
    }
}

extension ReportDiff {
    /// The changes as a person reads them: notebooks first, then team by team.
    public static func text(_ summary: Summary, language: Language = .en) -> String {
        let word = { (phrase: Phrase) in phrase.text(in: language) }
        var out =
            "\(word(Phrase("From"))) \(summary.from.commit.prefix(7)) (\(day(summary.from.time)), \(summary.from.subject))\n"
        out +=
            "  \(word(Phrase("to"))) \(summary.to.commit.prefix(7)) (\(day(summary.to.time)), \(summary.to.subject))\n"
        if summary.notebooks.isEmpty && summary.teams.isEmpty {
            return out + "\n" + word(Phrase("Nothing changed.")) + "\n"
        }
        let notebookWord = word(Phrase("Notebook"))
        for notebook in summary.notebooks {
            switch notebook.change {
            case .added:
                out += "\n\(notebookWord) \(notebook.id): \(word(Phrase("new")))"
                out += notebook.newVersion.map { " (\(word(Phrase("version"))) \($0))" } ?? ""
                out += "\n"
            case .removed: out += "\n\(notebookWord) \(notebook.id): \(word(Phrase("removed")))\n"
            case .changed:
                let versions =
                    notebook.oldVersion == notebook.newVersion
                    ? notebook.newVersion.map { word(Phrase("version \($0), changed without a new version number")) }
                        ?? word(Phrase("changed"))
                    : "\(word(Phrase("version"))) \(notebook.oldVersion.map(String.init) ?? "?") → \(notebook.newVersion.map(String.init) ?? "?")"
                out += "\n\(notebookWord) \(notebook.id): \(versions)\n"
                for hunk in notebook.hunks {
                    out += "  @@ \(word(Phrase("line"))) \(hunk.newStart)\n"
                    for line in hunk.lines {
                        let mark = line.kind == .added ? "+" : line.kind == .removed ? "-" : " "
                        out += "  \(mark) \(line.text)\n"
                    }
                }
            }
        }
        for team in summary.teams {
            out += "\n\(team.name.map { "\($0) (\(team.team))" } ?? team.team)\n"
            for parameter in team.parameters {
                out +=
                    "  \(parameter.notebook): \(word(Phrase("parameter"))) \(parameter.name): \(parameter.old ?? "–") → \(parameter.new ?? "–")\n"
            }
            for data in team.data {
                let place = "\(data.notebook) · \(data.query)"
                if !data.addedRows.isEmpty {
                    out += "  \(place): \(rows(data.addedRows, language: language)) \(word(Phrase("added")))\n"
                }
                if !data.removedRows.isEmpty {
                    out += "  \(place): \(rows(data.removedRows, language: language)) \(word(Phrase("removed")))\n"
                }
                for value in data.changedValues {
                    out +=
                        "  \(place), \(value.row)\(value.column.map { ", \($0)" } ?? ""): \(value.old) → \(value.new)\n"
                }
            }
            for event in team.journal { out += ReportHistory.lines(for: event, indent: "  ", language: language) }
            if !team.newReports.isEmpty {
                out +=
                    "  \(word(Phrase("new reports"))): \(team.newReports.map { String($0.split(separator: "/").last ?? "") }.joined(separator: ", "))\n"
            }
            if !team.reports.isEmpty {
                out +=
                    "  \(word(Phrase("reports changed"))): \(team.reports.map { String($0.split(separator: "/").last ?? "") }.joined(separator: ", "))\n"
            }
        }
        return out
    }

    static func rows(_ keys: [String], language: Language = .en) -> String {
        let shown = keys.count > 6 ? keys.prefix(3) + ["…"] + keys.suffix(2) : keys[...]
        let count = keys.count
        return Phrase.count(count, one: Phrase("\(count) row"), other: Phrase("\(count) rows")).text(in: language)
            + " (\(shown.joined(separator: ", ")))"
    }

    static func day(_ iso8601: String) -> String {
        String(iso8601.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

}
