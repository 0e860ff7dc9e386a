import Foundation
import TavleData
import TavleModel
import TavlePostgres

/// Opens the data source a notebook uses: its own `data:` if it has one, else the workspace's.
enum DataSources {
    static func open(for notebook: Notebook, in workspace: Workspace, notebookFolder: String) throws(Diagnostic) -> any DataSource {
        let spec = notebook.dataSource ?? workspace.dataSource
        let base = notebook.dataSource == nil ? workspace.root : notebookFolder
        let location = notebook.dataSource == nil ? workspace.dataSourceLocation : SourceLocation(file: notebook.file, line: 1, column: 1)
        if case .postgres(let address) = spec {
            return try PostgresSource.connect(to: address, timeLimit: workspace.queryTimeLimit, declaredAt: location)
        }
        return try sqlite(spec, base: base, in: workspace, declaredAt: location)!
    }

    /// The sources tavle reads through SQLite (a file, a text folder, a csv: folder); `nil` for
    /// PostgreSQL.
    static func sqlite(_ spec: DataSourceSpec, base: String, in workspace: Workspace, declaredAt location: SourceLocation?) throws(Diagnostic) -> SQLiteSource? {
        switch spec {
        case .sqliteFile(let path):
            return try SQLiteSource(path: Files.resolve(path, against: base), timeLimit: workspace.queryTimeLimit, describedAs: path, declaredAt: location)
        case .textFolder(let path):
            let folder = Files.resolve(path, against: base)
            let builder = TextDataBuilder(folder: folder, cacheFolder: Files.resolve(".tavle-cache", against: workspace.root), displayFolder: Files.displayPath(folder))
            let database = try builder.database(declaredAt: location)
            return try SQLiteSource(path: database, timeLimit: workspace.queryTimeLimit, describedAs: path, declaredAt: location)
        case .csvFolder(let path):
            let folder = Files.resolve(path, against: base)
            return try CSVFolderSource.open(folder: folder, displayFolder: Files.displayPath(folder), timeLimit: workspace.queryTimeLimit, declaredAt: location)
        case .postgres:
            return nil
        }
    }
}

/// The teams a notebook can run for, read with the teams query.
enum Teams {
    static func list(_ spec: TeamsSpec, from source: any DataSource) throws(Diagnostic) -> [Team] {
        let result = try source.run(QueryRequest(sql: spec.query, sqlLocation: spec.location, label: Phrase("the teams query", nb: "teamspørringen")))
        guard let idIndex = result.columnIndex("id"), let nameIndex = result.columnIndex("name") else {
            throw .error(
                at: spec.location, Phrase("the teams query must return the columns 'id' and 'name'; it returns \(result.columns.joined(separator: ", "))", nb: "teamspørringen må gi kolonnene «id» og «name»; den gir \(result.columns.joined(separator: ", "))"),
                hint: Phrase("rename the columns in the query, for example 'SELECT team_id AS id, team_name AS name FROM …'", nb: "gi kolonnene nye navn i spørringen, for eksempel «SELECT team_id AS id, team_name AS name FROM …»"))
        }
        let municipalityIndex = result.columnIndex("municipality")
        var seen: Set<String> = []
        var teams: [Team] = []
        for row in result.rows {
            var fields: [String: Value] = [:]
            for (index, column) in result.columns.enumerated() { fields[column.lowercased()] = row[index] }
            let team = Team(
                id: row[idIndex], name: row[nameIndex].plainText,
                municipality: municipalityIndex.map { row[$0].plainText }, fields: fields)
            guard !team.key.isEmpty, seen.insert(team.key).inserted else {
                throw .error(at: spec.location, Phrase("the teams query returns the team id '\(team.key)' \(team.key.isEmpty ? "empty" : "twice")", nb: "teamspørringen gir team-id-en «\(team.key)» \(team.key.isEmpty ? "tom" : "to ganger")"), hint: Phrase("each team needs its own, non-empty id", nb: "hvert team trenger sin egen id, og den kan ikke være tom"))
            }
            teams.append(team)
        }
        return teams
    }
}
