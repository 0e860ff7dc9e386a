import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO
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
    private let connection: PostgresConnection
    private let logger: Logger
    // Taken for the whole of a transaction: BEGIN, the query, ROLLBACK.
    private let turn = NSLock()

    init(address: PostgresAddress, timeLimit: Double, connection: PostgresConnection, logger: Logger) {
        self.address = address
        self.timeLimit = timeLimit
        self.connection = connection
        self.logger = logger
    }

    deinit {
        try? connection.close().wait()
    }

    /// Connects, with the password from PGPASSWORD or the password file.
    public static func connect(
        to address: PostgresAddress, timeLimit: Double, declaredAt location: SourceLocation?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(Diagnostic) -> PostgresSource {
        let password = PostgresPassword.lookup(for: address, environment: environment)
        let logger = Logger(label: "tavle.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password.password, database: address.database,
            tls: .disable)
        do {
            switch address.tls {
            case .disable: break
            case .prefer: configuration.tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: configuration.tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw .error(
                at: location, Phrase("TLS could not be set up for \(address): \(error)", nb: "TLS kunne ikke settes opp for \(address): \(error)"),
                hint: Phrase("add ?sslmode=disable to the address for a server on this machine", nb: "legg til ?sslmode=disable i adressen for en server på denne maskinen"))
        }
        configuration.options.connectTimeout = .seconds(Int64(max(1, min(timeLimit, 15))))
        do {
            let connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
            return PostgresSource(address: address, timeLimit: timeLimit, connection: connection, logger: logger)
        } catch {
            throw connectionFailure(error, address: address, location: location, passwordFileIgnored: password.fileIgnored, hadPassword: password.password != nil)
        }
    }

    public func check(_ request: QueryRequest) throws(Diagnostic) -> [String] {
        try SQLiteSource.checkShape(request)
        let sql = PostgresSQL(request.sql)
        return try inReadOnlyTransaction(request) { () throws(Diagnostic) in
            try columnNames(of: sql, request: request, arguments: sql.names.map { _ in .null })
        }
    }

    public func run(_ request: QueryRequest) throws(Diagnostic) -> QueryResult {
        try SQLiteSource.checkShape(request)
        let sql = PostgresSQL(request.sql)
        var arguments: [Value] = []
        for name in sql.names {
            guard let value = request.arguments[name] else {
                throw .error(
                    at: request.sqlLocation, Phrase("\(request.label) uses ':\(name)', which has no value", nb: "\(request.label.nb) bruker «:\(name)», som ikke har noen verdi"))
            }
            arguments.append(value)
        }
        return try inReadOnlyTransaction(request) { () throws(Diagnostic) in
            let rows = try execute(PostgresQuery(unsafeSQL: sql.text, binds: try Self.binds(arguments, request: request)), sql: sql, request: request)
            guard let first = rows.first else {
                return QueryResult(columns: try columnNames(of: sql, request: request, arguments: arguments), rows: [])
            }
            let columns = first.map(\.columnName)
            return QueryResult(columns: columns, rows: try rows.map { row throws(Diagnostic) in try row.map { cell throws(Diagnostic) in try Self.value(cell, request: request) } })
        }
    }

    /// The columns of a query that may return no rows: joined onto a single row, it returns
    /// one row of NULLs that still carries the column names.
    private func columnNames(of sql: PostgresSQL, request: QueryRequest, arguments: [Value]) throws(Diagnostic) -> [String] {
        var inner = sql.text
        while let last = inner.last, last.isWhitespace || last == ";" { inner.removeLast() }
        let prefix = "SELECT tavle_q.* FROM (SELECT 1) AS tavle_one LEFT JOIN ("
        let wrapped = prefix + inner + ") AS tavle_q ON TRUE LIMIT 1"
        let rows = try execute(
            PostgresQuery(unsafeSQL: wrapped, binds: try Self.binds(arguments, request: request)), sql: sql, request: request, offsetShift: prefix.count)
        return rows.first.map { $0.map(\.columnName) } ?? []
    }

    private func execute(_ query: PostgresQuery, sql: PostgresSQL, request: QueryRequest, offsetShift: Int = 0) throws(Diagnostic) -> [PostgresRow] {
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw queryFailure(error, sql: sql, request: request, offsetShift: offsetShift)
        }
    }

    private func inReadOnlyTransaction<T>(_ request: QueryRequest, _ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        turn.lock()
        defer { turn.unlock() }
        let milliseconds = Int((timeLimit * 1000).rounded())
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: "BEGIN TRANSACTION READ ONLY"), logger: logger).wait()
            _ = try connection.query(PostgresQuery(unsafeSQL: "SET LOCAL statement_timeout = \(milliseconds)"), logger: logger).wait()
        } catch {
            _ = try? connection.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger).wait()
            throw queryFailure(error, sql: PostgresSQL(request.sql), request: request, offsetShift: 0)
        }
        // Rolled back whatever happened: a report's query leaves nothing behind.
        defer { _ = try? connection.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger).wait() }
        return try body()
    }

    static func binds(_ values: [Value], request: QueryRequest) throws(Diagnostic) -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values {
            switch value {
            case .null: binds.appendNull()
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .text(let text): binds.append(text)
            }
        }
        return binds
    }

    /// A cell as the SQLite sources give it, so that a report is the same on every source:
    /// whole numbers as integers (a NUMERIC with no decimals too), other numbers as reals,
    /// truth values as 1 and 0, dates as text.
    static func value(_ cell: PostgresCell, request: QueryRequest) throws(Diagnostic) -> Value {
        guard let bytes = cell.bytes else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8, .oid:
                return .integer(try cell.decode(Int64.self))
            case .float4, .float8:
                return .fromSource(try cell.decode(Double.self))
            case .numeric:
                // The header: digit count, weight, sign, then the scale the value was given with.
                guard bytes.readableBytes >= 8, let scale = bytes.getInteger(at: bytes.readerIndex + 6, as: Int16.self),
                    let sign = bytes.getInteger(at: bytes.readerIndex + 4, as: UInt16.self), sign != 0xC000
                else { return .null }
                let text = "\(try cell.decode(Decimal.self))"
                if scale == 0, let whole = Int64(text) { return .integer(whole) }
                return Double(text).map(Value.fromSource) ?? .text(text)
            case .bool:
                return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .date:
                let date = try cell.decode(Date.self)
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "UTC")!
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                return .text(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))
            default:
                return .text(try cell.decode(String.self))
            }
        } catch {
            throw .error(
                at: request.sqlLocation,
                Phrase(
                    "\(request.label) returns the column '\(cell.columnName)' of the PostgreSQL type \(cell.dataType), which tavle cannot read",
                    nb: "\(request.label.nb) gir kolonnen «\(cell.columnName)» av PostgreSQL-typen \(cell.dataType), som tavle ikke kan lese"),
                hint: Phrase("convert it in the query, for example CAST(\(cell.columnName) AS TEXT)", nb: "gjør den om i spørringen, for eksempel CAST(\(cell.columnName) AS TEXT)"))
        }
    }

    func queryFailure(_ error: any Error, sql: PostgresSQL, request: QueryRequest, offsetShift: Int) -> Diagnostic {
        guard let failure = error as? PSQLError, let server = failure.serverInfo else {
            return .error(
                at: request.sqlLocation,
                Phrase("\(request.label) could not be run on \(address): \(Self.reason(error))", nb: "\(request.label.nb) kunne ikke kjøres på \(address): \(Self.reason(error))"),
                hint: Phrase("check that the server is still running", nb: "sjekk at serveren fortsatt kjører"))
        }
        let message = server[.message] ?? "\(failure.code)"
        var location = request.sqlLocation
        if let position = server[.position].flatMap(Int.init), position - offsetShift >= 1 {
            let offset = sql.originalOffset(ofPosition: position - offsetShift)
            location = SourceLocationMapping.location(ofOffset: min(offset, request.sql.count), in: request.sql, startingAt: request.sqlLocation)
        }
        switch server[.sqlState] {
        case "57014":
            return .error(
                at: request.sqlLocation,
                Phrase("\(request.label) was stopped after \(SQLiteSource.formatSeconds(timeLimit)) s, its time limit", nb: "\(request.label.nb) ble stoppet etter \(SQLiteSource.formatSeconds(timeLimit)) s, tidsgrensen"),
                hint: Phrase(
                    "make the query cheaper (filter by team and period, use indexed columns), or raise 'query_timeout' in tavle.yaml",
                    nb: "gjør spørringen billigere (filtrer på team og periode, bruk indekserte kolonner), eller øk «query_timeout» i tavle.yaml"))
        case "25006":
            return SQLiteSource.refusedWrite(request, keyword: "writing", at: request.sqlLocation)
        case "42P01":
            return .error(
                at: location, Phrase("\(request.label) has an error: \(message)", nb: "\(request.label.nb) har en feil: \(message)"),
                hint: Phrase("check the table name; \(address) lists its tables with \\dt in psql", nb: "sjekk tabellnavnet; \(address) lister tabellene sine med \\dt i psql"))
        case "42883":
            return .error(
                at: location, Phrase("\(request.label) has an error: \(message)", nb: "\(request.label.nb) har en feil: \(message)"),
                hint: Phrase(
                    "PostgreSQL has no such function for these types; write SQL both SQLite and PostgreSQL run (the README lists the portable subset), e.g. round in the cell with '--| decimals' instead of ROUND(x, n)",
                    nb: "PostgreSQL har ingen slik funksjon for disse typene; skriv SQL som både SQLite og PostgreSQL kjører (README lister det felles utvalget), f.eks. rund av i cellen med «--| decimals» i stedet for ROUND(x, n)"))
        default:
            return .error(
                at: location, Phrase("\(request.label) has an error: \(message)", nb: "\(request.label.nb) har en feil: \(message)"),
                hint: Phrase("check the SQL at the marked position", nb: "sjekk SQL-en på det markerte stedet"))
        }
    }

    static func connectionFailure(
        _ error: any Error, address: PostgresAddress, location: SourceLocation?, passwordFileIgnored: Phrase?, hadPassword: Bool
    ) -> Diagnostic {
        let failure = error as? PSQLError
        let passwordHint = Phrase(
            "set PGPASSWORD, or add the line \(address.host):\(address.port):\(address.database):\(address.user):PASSWORD to ~/.pgpass (chmod 600)",
            nb: "sett PGPASSWORD, eller legg linjen \(address.host):\(address.port):\(address.database):\(address.user):PASSORD i ~/.pgpass (chmod 600)")
        let ignored = passwordFileIgnored.map { Phrase("; ", nb: "; ") + $0 } ?? Phrase(verbatim: "")
        if let server = failure?.serverInfo {
            let message = server[.message] ?? ""
            switch server[.sqlState] {
            case "28P01", "28000":
                return .error(
                    at: location,
                    Phrase(
                        "the PostgreSQL server at \(address.host):\(address.port) did not accept user '\(address.user)' for the database '\(address.database)'\(hadPassword ? " with the password given" : ""): \(message)",
                        nb: "PostgreSQL-serveren på \(address.host):\(address.port) godtok ikke brukeren «\(address.user)» for databasen «\(address.database)»\(hadPassword ? " med passordet som ble oppgitt" : ""): \(message)"),
                    hint: passwordHint + ignored)
            case "3D000":
                return .error(
                    at: location,
                    Phrase(
                        "there is no database '\(address.database)' on the PostgreSQL server at \(address.host):\(address.port)",
                        nb: "det finnes ingen database «\(address.database)» på PostgreSQL-serveren på \(address.host):\(address.port)"),
                    hint: Phrase(
                        "check the database name in tavle.yaml; 'psql -l' lists the server's databases, and 'tavle data load' fills a new one",
                        nb: "sjekk databasenavnet i tavle.yaml; 'psql -l' lister serverens databaser, og 'tavle data load' fyller en ny"))
            default:
                return .error(
                    at: location,
                    Phrase(
                        "the PostgreSQL server at \(address.host):\(address.port) refused the connection to '\(address.database)': \(message)",
                        nb: "PostgreSQL-serveren på \(address.host):\(address.port) avviste tilkoblingen til «\(address.database)»: \(message)"))
            }
        }
        if failure?.code == .authMechanismRequiresPassword {
            return .error(
                at: location,
                Phrase(
                    "the PostgreSQL server at \(address.host):\(address.port) asks user '\(address.user)' for a password, and none was found",
                    nb: "PostgreSQL-serveren på \(address.host):\(address.port) ber brukeren «\(address.user)» om et passord, og ingen ble funnet"),
                hint: passwordHint + ignored)
        }
        return .error(
            at: location,
            Phrase(
                "tavle could not reach the PostgreSQL server at \(address.host):\(address.port) (database '\(address.database)'): \(reason(error))",
                nb: "tavle kom ikke fram til PostgreSQL-serveren på \(address.host):\(address.port) (databasen «\(address.database)»): \(reason(error))"),
            hint: Phrase(
                "check that the server runs and that the host and port in tavle.yaml are right; 'pg_isready -h \(address.host) -p \(address.port)' tells whether it answers",
                nb: "sjekk at serveren kjører, og at vert og port i tavle.yaml stemmer; 'pg_isready -h \(address.host) -p \(address.port)' forteller om den svarer"))
    }

    /// The cause in words: the underlying network error rather than the wrapper's name.
    static func reason(_ error: any Error) -> String {
        if let failure = error as? PSQLError {
            if let underlying = failure.underlying { return "\(underlying)" }
            return "\(failure.code)"
        }
        return "\(error)"
    }
}
