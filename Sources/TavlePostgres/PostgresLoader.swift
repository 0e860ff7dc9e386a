import Foundation
import TavleData
import TavleModel

/// Writes to a PostgreSQL database, all or nothing: `tavle data load` (a workspace's tables
/// into a new database, so that a network can try PostgreSQL with its own data) and
/// `tavle import` into a workspace whose data is on PostgreSQL.
public enum PostgresLoader {
    public struct Summary: Sendable {
        public var tables: [(name: String, rows: Int)]
    }

    /// Creates each table (PostgreSQL types read from the values: whole numbers BIGINT, other
    /// numbers DOUBLE PRECISION, a mix of both NUMERIC, the rest TEXT, so that reports read the
    /// same values back) and
    /// copies its rows, in one transaction. Tables that exist are replaced only with `replace`.
    public static func load(_ tables: [TableDump], into address: PostgresAddress, replace: Bool) throws(Diagnostic)
        -> Summary
    {
        try withConnection(to: address) { connection throws(Diagnostic) in
            let existing = try names(of: tables.map(\.name), existingIn: connection, address: address)
            if !existing.isEmpty, !replace {
                throw .error(
                    at: nil,
                    Phrase.count(
                        existing.count,
                        one: Phrase(
                            "\(address) already has the table \(existing.joined(separator: ", ")); nothing was loaded"),
                        other: Phrase(
                            "\(address) already has the tables \(existing.joined(separator: ", ")); nothing was loaded")
                    ),
                    hint: Phrase("give --replace to replace them, or load into an empty database"))
            }
            try transaction(connection, address: address) { () throws(Diagnostic) in
                for table in tables {
                    let name = quoted(table.name)
                    if replace { try run("DROP TABLE IF EXISTS \(name) CASCADE", on: connection, address: address) }
                    var definitions = table.columns.enumerated().map { index, column in
                        "\(quoted(column)) \(columnType(table.rows.map { $0[index] }))"
                    }
                    if !table.primaryKey.isEmpty {
                        definitions.append("PRIMARY KEY (\(table.primaryKey.map(quoted).joined(separator: ", ")))")
                    }
                    try run(
                        "CREATE TABLE \(name) (\(definitions.joined(separator: ", ")))", on: connection,
                        address: address)
                    try insert(table.rows, into: table.name, columns: table.columns, on: connection, address: address)
                }
            }
            return Summary(tables: tables.map { ($0.name, $0.rows.count) })
        }
    }

    /// Adds rows to one table in one transaction.
    public static func append(_ rows: [[Value]], to table: String, columns: [String], at address: PostgresAddress)
        throws(Diagnostic)
    {
        try withConnection(to: address) { connection throws(Diagnostic) in
            try transaction(connection, address: address) { () throws(Diagnostic) in
                try insert(rows, into: table, columns: columns, on: connection, address: address)
            }
        }
    }

    static func columnType(_ values: [Value]) -> String {
        var sawReal = false, sawInteger = false
        for value in values {
            switch value {
            case .null: continue
            case .text: return "TEXT"
            case .real: sawReal = true
            case .integer: sawInteger = true
            }
        }
        // A column that holds both (counts that are sometimes hours) keeps each value's kind
        // only as NUMERIC: a whole number there reads back as an integer, as in SQLite.
        switch (sawInteger, sawReal) {
        case (true, true): return "NUMERIC"
        case (false, true): return "DOUBLE PRECISION"
        case (true, false): return "BIGINT"
        case (false, false): return "TEXT"
        }
    }

    static func insert(
        _ rows: [[Value]], into table: String, columns: [String], on connection: PostgresConnection,
        address: PostgresAddress
    ) throws(Diagnostic) {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        // PostgreSQL binds at most 65,535 values a statement.
        let perStatement = max(1, 60_000 / columns.count)
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(rows.count, start + perStatement)]
            var values: [Value] = []
            var tuples: [String] = []
            for row in batch {
                let first = values.count
                values += row
                tuples.append("(\((first + 1...first + row.count).map { "$\($0)" }.joined(separator: ", ")))")
            }
            let sql =
                "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ", "))) VALUES \(tuples.joined(separator: ", "))"
            do {
                try connection.execute(sql, values)
            } catch {
                throw failure(error.message, address: address, doing: Phrase("adding rows to \(table)"))
            }
            start += perStatement
        }
    }

    static func names(of tables: [String], existingIn connection: PostgresConnection, address: PostgresAddress)
        throws(Diagnostic) -> [String]
    {
        do {
            let found = try connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY(string_to_array($1, chr(31))) ORDER BY table_name",
                [.text(tables.joined(separator: "\u{1F}"))])
            return found.rows.compactMap { $0.first ?? nil }
        } catch {
            throw failure(error.message, address: address, doing: Phrase("listing its tables"))
        }
    }

    static func transaction(
        _ connection: PostgresConnection, address: PostgresAddress, _ body: () throws(Diagnostic) -> Void
    ) throws(Diagnostic) {
        try run("BEGIN", on: connection, address: address)
        do throws(Diagnostic) {
            try body()
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
        try run("COMMIT", on: connection, address: address)
    }

    static func run(_ sql: String, on connection: PostgresConnection, address: PostgresAddress) throws(Diagnostic) {
        do {
            try connection.execute(sql)
        } catch {
            throw failure(error.message, address: address, doing: Phrase("running \(sql.prefix(60))"))
        }
    }

    static func withConnection<T>(to address: PostgresAddress, _ body: (PostgresConnection) throws(Diagnostic) -> T)
        throws(Diagnostic) -> T
    {
        let password = PostgresPassword.lookup(for: address)
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.open(address, password: password.password, connectTimeout: 10)
        } catch {
            throw PostgresSource.connectionFailure(
                error, address: address, location: nil, passwordFileIgnored: password.fileIgnored,
                hadPassword: password.password != nil)
        }
        return try body(connection)
    }

    static func failure(_ message: String, address: PostgresAddress, doing: Phrase) -> Diagnostic {
        .error(
            at: nil,
            Phrase("\(address) failed while \(doing): \(message); nothing was written"),
            hint: Phrase("check that user '\(address.user)' may create tables and write in '\(address.database)'"))
    }

    static func quoted(_ name: String) -> String {
        "\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\""
    }
}
