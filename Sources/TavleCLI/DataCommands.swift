import ArgumentParser
import Foundation
import TavleImport
import TavleModel
import TavleRun

extension TavleCommand {
    struct DataCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "data",
            abstract: words("Move the workspace's data."),
            subcommands: [Load.self])
    }
}

extension TavleCommand.DataCommand {
    struct Load: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Copy the workspace's data into a PostgreSQL database."),
            discussion: words(
                """
                Creates each table of the workspace's data (a folder of .sql and .csv files, \
                a csv: folder or a SQLite file) in the database and copies its rows, in one \
                transaction. Whole numbers become BIGINT, other numbers DOUBLE PRECISION and \
                the rest TEXT, so that the notebooks read the same values back; primary keys \
                are kept. The password comes from PGPASSWORD or ~/.pgpass. Then point \
                tavle.yaml's 'data:' at the same address.

                Examples:
                  tavle data load --into postgres://tavle@localhost:5432/laeringsnettverk --workspace Notebooks
                  tavle data load --into postgres://tavle@db.kommune.no/kvalitet?sslmode=require --replace
                """))

        @Option(help: words("The database: postgres://user@host:port/database."))
        var into: String

        @Option(help: words("Where to look for tavle.yaml."))
        var workspace: String = "."

        @Flag(help: words("Replace tables the database already has."))
        var replace = false

        func perform() throws {
            let summary: DataLoad.Summary
            summary = try DataLoad.run(workspaceFolder: workspace, into: into, replace: replace)
            let rows = summary.tables.reduce(0) { $0 + $1.rows }
            let tables = summary.tables.map { "\($0.name) (\($0.rows))" }.joined(separator: ", ")
            say(Phrase("Loaded \(summary.tables.count) tables, \(rows) rows, into \(summary.address): \(tables)."))
        }
    }
}
