import Foundation
import TavleData
import TavleModel
import TavleParse
import TavlePostgres
import TavleRun
import TavleWorkspace

/// `tavle data load --into postgres://…`: the workspace's data, as its notebooks see it, copied
/// into a PostgreSQL database, so that a network can move to a shared server, or try one, with
/// its own data and notebooks unchanged.
public enum DataLoad {
    public struct Summary: Sendable {
        public var address: PostgresAddress
        public var tables: [(name: String, rows: Int)]
    }

    public static func run(workspaceFolder: String, into target: String, replace: Bool) throws(Diagnostic) -> Summary {
        let workspace = try WorkspaceLocator.workspace(
            searchingFrom: Files.resolve(workspaceFolder, against: FileManager.default.currentDirectoryPath))
        // Read while no import writes: the copy is of one state of the data.
        let lock = try WorkspaceLock.acquire(workspace, waiting: nil)
        defer { lock.release() }
        let address: PostgresAddress
        do throws(DataSourceSpecError) {
            address = try DataSourceSpec.postgresAddress(target)
        } catch {
            throw .error(at: nil, error.message, hint: error.hint)
        }
        if case .postgres(let current) = workspace.dataSource {
            throw .error(
                at: workspace.dataSourceLocation,
                Phrase("the workspace's data is already on PostgreSQL (\(current))"),
                hint: Phrase("copy between servers with pg_dump and psql"))
        }
        let source = try DataSources.sqlite(
            workspace.dataSource, base: workspace.root, in: workspace, declaredAt: workspace.dataSourceLocation)!
        let loaded = try PostgresLoader.load(try source.tables(), into: address, replace: replace)
        return Summary(address: address, tables: loaded.tables)
    }
}
