import Foundation
import TavleData
import TavleModel
import TavlePostgres

/// Opens the data source a notebook uses: its own `data:` if it has one, else the workspace's.
package enum DataSources {
    /// Which data a notebook reads: its own `data:` (paths from the notebook's folder), else
    /// the workspace's (paths from the folder of tavle.yaml), and where that was said.
    package struct Choice {
        package var spec: DataSourceSpec
        package var base: String
        package var location: SourceLocation?

        /// A path of the data source (a file or folder) as a full path.
        package func resolve(_ path: String) -> String { Files.resolve(path, against: base) }
    }

    package static func choice(for notebook: Notebook, in workspace: Workspace, notebookFolder: String) -> Choice {
        guard let own = notebook.dataSource else {
            return Choice(spec: workspace.dataSource, base: workspace.root, location: workspace.dataSourceLocation)
        }
        return Choice(
            spec: own, base: notebookFolder, location: SourceLocation(file: notebook.file, line: 1, column: 1))
    }

    package static func open(for notebook: Notebook, in workspace: Workspace, notebookFolder: String) throws(Diagnostic)
        -> any DataSource
    {
        let chosen = choice(for: notebook, in: workspace, notebookFolder: notebookFolder)
        if case .postgres(let address) = chosen.spec {
            return try PostgresSource.connect(
                to: address, timeLimit: workspace.queryTimeLimit, declaredAt: chosen.location)
        }
        return try sqlite(chosen.spec, base: chosen.base, in: workspace, declaredAt: chosen.location)!
    }

    /// The sources tavle reads through SQLite (a file, a text folder, a csv: folder); `nil` for
    /// PostgreSQL.
    package static func sqlite(
        _ spec: DataSourceSpec, base: String, in workspace: Workspace, declaredAt location: SourceLocation?
    ) throws(Diagnostic) -> SQLiteSource? {
        switch spec {
        case .sqliteFile(let path):
            return try SQLiteSource(
                path: Files.resolve(path, against: base), timeLimit: workspace.queryTimeLimit, describedAs: path,
                declaredAt: location)
        case .textFolder(let path):
            let folder = Files.resolve(path, against: base)
            let cache = workspace.cacheFolder ?? Files.resolve(".tavle-cache", against: workspace.root)
            let builder = TextDataBuilder(folder: folder, cacheFolder: cache, displayFolder: Files.displayPath(folder))
            let database = try builder.database(declaredAt: location)
            return try SQLiteSource(
                path: database, timeLimit: workspace.queryTimeLimit, describedAs: path, declaredAt: location)
        case .csvFolder(let path):
            let folder = Files.resolve(path, against: base)
            return try CSVFolderSource.open(
                folder: folder, displayFolder: Files.displayPath(folder), timeLimit: workspace.queryTimeLimit,
                declaredAt: location)
        case .postgres:
            return nil
        }
    }
}

/// The teams a notebook can run for, read with the teams query.
package enum Teams {
    static let maximumLength = 64

    /// Folders of the report repository that are tavle's, beside the teams' folders.
    static let reserved: Set<String> = ["notebooks", "handouts"]

    /// Why a team id cannot name a folder, or `nil` when it can.

    static func unsafe(_ id: String) -> Phrase? {
        if id.isEmpty { return Phrase("is empty") }
        if id.count > maximumLength { return Phrase("is longer than \(maximumLength) characters") }
        if id.hasPrefix(".") { return Phrase("starts with '.'") }
        if reserved.contains(id.lowercased()) {
            return Phrase("is the name of tavle's own folder in the report repository")
        }
        if let bad = id.first(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) {
            let shown =
                bad.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
                ? Phrase.quoted(String(bad)) : Phrase("a control character")
            return Phrase("holds \(shown)")
        }
        return nil
    }

    package static func list(_ spec: TeamsSpec, from source: any DataSource) throws(Diagnostic) -> [Team] {
        let result = try source.run(
            QueryRequest(sql: spec.query, sqlLocation: spec.location, label: Phrase("the teams query")))
        guard let idIndex = result.columnIndex("id"), let nameIndex = result.columnIndex("name") else {
            throw .error(
                at: spec.location,
                Phrase(
                    "the teams query must return the columns 'id' and 'name'; it returns \(result.columns.joined(separator: ", "))"
                ),
                hint: Phrase(
                    "rename the columns in the query, for example 'SELECT team_id AS id, team_name AS name FROM …'"))
        }
        let municipalityIndex = result.columnIndex("municipality")
        var seen: [String: (id: String, row: Int)] = [:]
        var teams: [Team] = []
        var problems: [Diagnostic] = []
        for (number, row) in result.rows.enumerated() {
            var fields: [String: Value] = [:]
            for (index, column) in result.columns.enumerated() { fields[column.lowercased()] = row[index] }
            let team = Team(
                id: row[idIndex], name: row[nameIndex].plainText,
                municipality: municipalityIndex.map { row[$0].plainText }, fields: fields)
            if let problem = Self.unsafe(team.key) {
                problems.append(
                    .error(
                        at: spec.location,
                        Phrase("row \(number + 1) of the teams query has the team id '\(team.key)', which \(problem)"),
                        hint: Phrase(
                            "a team id names the team's folder and journal: letters, digits, '-', '_' and '.', at most \(maximumLength) characters, not starting with '.'"
                        )))
                continue
            }
            // Two ids that differ only in case would share a folder where the file system
            // does not tell them apart.
            if let first = seen[team.key.lowercased()] {
                problems.append(
                    .error(
                        at: spec.location,
                        first.id == team.key
                            ? Phrase(
                                "the teams query returns the team id '\(team.key)' twice (rows \(first.row) and \(number + 1))"
                            )
                            : Phrase(
                                "the team ids '\(first.id)' and '\(team.key)' (rows \(first.row) and \(number + 1)) differ only in upper and lower case, and would share a folder"
                            ),
                        hint: Phrase("each team needs its own id")))
                continue
            }
            seen[team.key.lowercased()] = (team.key, number + 1)
            teams.append(team)
        }
        if var first = problems.first {
            first.related = Array(problems.dropFirst())
            throw first
        }
        return teams
    }
}
