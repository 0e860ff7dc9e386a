import Foundation
import TavleData
import TavleModel
import TavleParse
import TavlePostgres

/// `tavle data load --into postgres://…`: the workspace's data, as its notebooks see it, copied
/// into a PostgreSQL database, so that a network can move to a shared server, or try one, with
/// its own data and notebooks unchanged.
public enum DataLoad {
    public struct Summary: Sendable {
        public var address: PostgresAddress
        public var tables: [(name: String, rows: Int)]
    }

    public static func run(workspaceFolder: String, into target: String, replace: Bool) throws(Diagnostic) -> Summary {
        let workspace = try WorkspaceLocator.workspace(searchingFrom: Files.resolve(workspaceFolder, against: FileManager.default.currentDirectoryPath))
        let address: PostgresAddress
        do throws(DataSourceSpecError) {
            address = try DataSourceSpec.postgresAddress(target)
        } catch {
            throw .error(at: nil, error.message, hint: error.hint)
        }
        let source: SQLiteSource
        switch workspace.dataSource {
        case .postgres(let current):
            throw .error(
                at: workspace.dataSourceLocation,
                Phrase("the workspace's data is already on PostgreSQL (\(current))", nb: "arbeidsområdets data ligger allerede i PostgreSQL (\(current))"),
                hint: Phrase("copy between servers with pg_dump and psql", nb: "kopier mellom servere med pg_dump og psql"))
        case .sqliteFile(let path):
            source = try SQLiteSource(path: Files.resolve(path, against: workspace.root), timeLimit: workspace.queryTimeLimit, describedAs: path, declaredAt: workspace.dataSourceLocation)
        case .textFolder(let path):
            let folder = Files.resolve(path, against: workspace.root)
            let builder = TextDataBuilder(folder: folder, cacheFolder: Files.resolve(".tavle-cache", against: workspace.root), displayFolder: Files.displayPath(folder))
            source = try SQLiteSource(path: try builder.database(declaredAt: workspace.dataSourceLocation), timeLimit: workspace.queryTimeLimit, describedAs: path, declaredAt: workspace.dataSourceLocation)
        case .csvFolder(let path):
            let folder = Files.resolve(path, against: workspace.root)
            source = try CSVFolderSource.open(folder: folder, displayFolder: Files.displayPath(folder), timeLimit: workspace.queryTimeLimit, declaredAt: workspace.dataSourceLocation)
        }
        let loaded = try PostgresLoader.load(try source.tables(), into: address, replace: replace)
        return Summary(address: address, tables: loaded.tables)
    }
}
