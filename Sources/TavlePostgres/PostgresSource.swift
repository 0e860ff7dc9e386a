import Foundation
import TavleData
import TavleModel
import TavleParse

/// A PostgreSQL database as a report's data source.
///
/// Every query runs in its own read-only transaction with a statement timeout and is rolled
/// back afterwards, so that nothing a notebook runs can change the data; parameters are bound
/// by the server, never pasted into the SQL. Queries of concurrent reports take turns on the
/// one connection, which keeps the load on a shared server to one session.
public final class PostgresSource: DataSource, @unchecked Sendable {
    public let address: PostgresAddress
    let timeLimit: Double
    // Used only while `turn` is held: libpq serves one statement at a time.
    private let connection: PostgresConnection
    // Taken for the whole of a transaction: BEGIN, the query, ROLLBACK.
    private let turn = NSLock()

    init(address: PostgresAddress, timeLimit: Double, connection: PostgresConnection) {
        self.address = address
        self.timeLimit = timeLimit
        self.connection = connection
    }

    /// Connects, with the password from PGPASSWORD or the password file.
    public static func connect(
        to address: PostgresAddress, timeLimit: Double, declaredAt location: SourceLocation?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(Diagnostic) -> PostgresSource {
        let password = PostgresPassword.lookup(for: address, environment: environment)
        do {
            let connection = try PostgresConnection.open(
                address, password: password.password, connectTimeout: Int(max(1, min(timeLimit, 15)).rounded(.up)))
            return PostgresSource(address: address, timeLimit: timeLimit, connection: connection)
        } catch {
            throw connectionFailure(
                error, address: address, location: location, passwordFileIgnored: password.fileIgnored,
                hadPassword: password.password != nil)
        }
    }

    /// The columns of the query, from the server's description of it: nothing is run.
    public func check(_ request: QueryRequest) throws(Diagnostic) -> [String] {
        try SQLiteSource.checkShape(request)
        let sql = PostgresSQL(request.sql)
        do {
            do {
                return try inReadOnlyTransaction { () throws(PostgresConnection.Failure) in
                    try connection.describe(sql.text, sql.names.map { _ in .null }).map(\.name)
                }
            } catch  where error.sqlState == "42P18" {
                // A parameter whose type the query does not fix (SELECT :period AS shown):
                // described again with every parameter as text, which is how values are sent.
                return try inReadOnlyTransaction { () throws(PostgresConnection.Failure) in
                    try connection.describe(sql.text, sql.names.map { _ in .text("") }).map(\.name)
                }
            }
        } catch {
            throw queryFailure(error, sql: sql, request: request)
        }
    }

    public func run(_ request: QueryRequest) throws(Diagnostic) -> QueryResult {
        try SQLiteSource.checkShape(request)
        let sql = PostgresSQL(request.sql)
        var arguments: [Value] = []
        for name in sql.names {
            guard let value = request.arguments[name] else {
                throw .error(
                    at: request.sqlLocation, Phrase("\(request.label) uses ':\(name)', which has no value"))
            }
            arguments.append(value)
        }
        let table: PostgresConnection.Table
        do {
            table = try inReadOnlyTransaction { () throws(PostgresConnection.Failure) in
                try connection.execute(sql.text, arguments)
            }
        } catch {
            throw queryFailure(error, sql: sql, request: request)
        }
        return QueryResult(
            columns: table.columns.map(\.name),
            rows: table.rows.map { row in
                zip(row, table.columns).map { text, column in Self.value(text, type: column.type) }
            })
    }

    private func inReadOnlyTransaction<T>(_ body: () throws(PostgresConnection.Failure) -> T) throws(PostgresConnection
        .Failure) -> T
    {
        turn.lock()
        defer { turn.unlock() }
        let milliseconds = Int((timeLimit * 1000).rounded())
        do {
            try connection.execute("BEGIN TRANSACTION READ ONLY")
            try connection.execute("SET LOCAL statement_timeout = \(milliseconds)")
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
        // Rolled back whatever happened: a report's query leaves nothing behind.
        defer { _ = try? connection.execute("ROLLBACK") }
        return try body()
    }

    /// A cell as the SQLite sources give it, so that a report is the same on every source:
    /// whole numbers as integers (a NUMERIC with no decimals too), other numbers as reals,
    /// truth values as 1 and 0, dates and everything else as PostgreSQL writes them.
    static func value(_ text: String?, type: UInt32) -> Value {
        guard let text else { return .null }
        switch type {
        case 20, 21, 23, 26:  // bigint, smallint, integer, oid
            return Int64(text).map(Value.integer) ?? .text(text)
        case 700:  // real: the float's own value, as a double
            return Float(text).map { Value.fromSource(Double($0)) } ?? .text(text)
        case 701:  // double precision
            return Double(text).map(Value.fromSource) ?? .text(text)
        case 1700:  // numeric
            if text == "NaN" { return .null }
            if !text.contains("."), let whole = Int64(text) { return .integer(whole) }
            return Double(text).map(Value.fromSource) ?? .text(text)
        case 16:  // boolean
            return .integer(text == "t" ? 1 : 0)
        default:
            return .text(text)
        }
    }

    func queryFailure(_ failure: PostgresConnection.Failure, sql: PostgresSQL, request: QueryRequest) -> Diagnostic {
        guard let state = failure.sqlState else {
            return .error(
                at: request.sqlLocation,
                Phrase("\(request.label) could not be run on \(address): \(failure.message)"),
                hint: Phrase("check that the server is still running"))
        }
        let message = failure.message
        var location = request.sqlLocation
        if let position = failure.position, position >= 1 {
            let offset = sql.originalOffset(ofPosition: position)
            location = SourceLocationMapping.location(
                ofOffset: min(offset, request.sql.count), in: request.sql, startingAt: request.sqlLocation)
        }
        switch state {
        case "57014":
            return .error(
                at: request.sqlLocation,
                Phrase("\(request.label) was stopped after \(SQLiteSource.formatSeconds(timeLimit)) s, its time limit"),
                hint: Phrase(
                    "make the query cheaper (filter by team and period, use indexed columns), or raise 'query_timeout' in tavle.yaml"
                ))
        case "25006":
            return SQLiteSource.refusedWrite(request, keyword: "writing", at: request.sqlLocation)
        case "42P01":
            return .error(
                at: location, Phrase("\(request.label) has an error: \(message)"),
                hint: Phrase("check the table name; \(address) lists its tables with \\dt in psql"))
        case "42883":
            return .error(
                at: location, Phrase("\(request.label) has an error: \(message)"),
                hint: Phrase(
                    "PostgreSQL has no such function for these types; write SQL both SQLite and PostgreSQL run (docs/workspace-and-data.md lists the portable subset), e.g. round in the cell with '--| decimals' instead of ROUND(x, n)"
                ))
        default:
            return .error(
                at: location, Phrase("\(request.label) has an error: \(message)"),
                hint: Phrase("check the SQL at the marked position"))
        }
    }

    static func connectionFailure(
        _ failure: PostgresConnection.ConnectFailure, address: PostgresAddress, location: SourceLocation?,
        passwordFileIgnored: Phrase?, hadPassword: Bool
    ) -> Diagnostic {
        let passwordHint = Phrase(
            "set PGPASSWORD, or add the line \(address.host):\(address.port):\(address.database):\(address.user):PASSWORD to ~/.pgpass (chmod 600)"
        )
        let ignored = passwordFileIgnored.map { Phrase("; ") + $0 } ?? Phrase(verbatim: "")
        switch failure {
        case .refusedUser(let message):
            return .error(
                at: location,
                Phrase(
                    "the PostgreSQL server at \(address.host):\(address.port) did not accept user '\(address.user)' for the database '\(address.database)'\(hadPassword ? Phrase(" with the password given") : Phrase(verbatim: "")): \(message)"
                ),
                hint: passwordHint + ignored)
        case .noDatabase:
            return .error(
                at: location,
                Phrase(
                    "there is no database '\(address.database)' on the PostgreSQL server at \(address.host):\(address.port)"
                ),
                hint: Phrase(
                    "check the database name in tavle.yaml; 'psql -l' lists the server's databases, and 'tavle data load' fills a new one"
                ))
        case .refused(let message):
            return .error(
                at: location,
                Phrase(
                    "the PostgreSQL server at \(address.host):\(address.port) refused the connection to '\(address.database)': \(message)"
                ))
        case .passwordNeeded:
            return .error(
                at: location,
                Phrase(
                    "the PostgreSQL server at \(address.host):\(address.port) asks user '\(address.user)' for a password, and none was found"
                ),
                hint: passwordHint + ignored)
        case .unreachable(let reason):
            return .error(
                at: location,
                Phrase(
                    "tavle could not reach the PostgreSQL server at \(address.host):\(address.port) (database '\(address.database)'): \(reason)"
                ),
                hint: Phrase(
                    "check that the server runs and that the host and port in tavle.yaml are right; 'pg_isready -h \(address.host) -p \(address.port)' tells whether it answers"
                ))
        }
    }
}
