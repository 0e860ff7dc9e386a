import CLibPQ
import Foundation
import TavleModel

/// One connection to a PostgreSQL server through libpq, Debian's client library: its TLS
/// (OpenSSL), SCRAM and password handling are the ones every PostgreSQL tool uses.
///
/// A libpq connection serves one statement at a time: callers take turns (PostgresSource
/// holds a lock around each transaction), and the handle never leaves this class.
final class PostgresConnection {
    /// What went wrong, as the server or libpq said it.
    struct Failure: Error {
        /// libpq's or the server's words, on one line.
        var message: String
        /// The server's error code (`57014` for a statement stopped by its time limit).
        var sqlState: String?
        /// 1-based character position in the statement, when the server gave one.
        var position: Int?
    }

    /// Why a connection could not be made, sorted for the messages tavle gives.
    enum ConnectFailure: Error {
        /// The server asked for a password and none was given.
        case passwordNeeded
        /// The server refused the user (a wrong password, or no entry in pg_hba.conf).
        case refusedUser(String)
        /// The server has no database of that name.
        case noDatabase(String)
        /// The server answered and refused for another reason.
        case refused(String)
        /// The server was not reached: host, port, network, TLS.
        case unreachable(String)
    }

    private let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        PQfinish(handle)
    }

    /// Connects; the password is given only when tavle found one (libpq is told not to read a
    /// password file itself, so that the one rule in PostgresPassword holds).
    static func open(_ address: PostgresAddress, password: String?, connectTimeout: Int) throws(ConnectFailure)
        -> PostgresConnection
    {
        var settings: [(String, String)] = [
            ("host", address.host), ("port", String(address.port)), ("dbname", address.database),
            ("user", address.user),
            ("sslmode", address.tls.rawValue), ("connect_timeout", String(max(2, connectTimeout))),
            ("application_name", "tavle"),
            ("client_encoding", "UTF8"), ("passfile", "/dev/null"),
            // Dates as 2024-03-31 and doubles written so that they read back to the same bits,
            // whatever the server's defaults: reports must equal those made from SQLite.
            ("options", "-c DateStyle=ISO,YMD -c extra_float_digits=3 -c IntervalStyle=iso_8601"),
        ]
        if let password { settings.append(("password", password)) }
        let connection: OpaquePointer? = withCStrings(settings.map(\.0)) { keywords in
            withCStrings(settings.map(\.1)) { values in
                (keywords.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { keywordList in
                    (values.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { valueList in
                        PQconnectdbParams(keywordList.baseAddress, valueList.baseAddress, 0)
                    }
                }
            }
        }
        guard let connection else { throw .unreachable("libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = oneLine(String(cString: PQerrorMessage(connection)))
            let needsPassword = PQconnectionNeedsPassword(connection) != 0
            let usedPassword = PQconnectionUsedPassword(connection) != 0
            PQfinish(connection)
            throw classify(
                message, database: address.database, needsPassword: needsPassword, usedPassword: usedPassword)
        }
        // Notices (a DROP TABLE IF EXISTS that found nothing) would otherwise go to standard error.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        return PostgresConnection(handle: connection)
    }

    /// Sorts libpq's message on a failed connection. The server's own words follow `FATAL:`;
    /// without them, the server was never reached.
    static func classify(_ message: String, database: String, needsPassword: Bool, usedPassword: Bool) -> ConnectFailure
    {
        if needsPassword { return .passwordNeeded }
        guard let fatal = message.range(of: "FATAL:") else { return .unreachable(message) }
        let said = message[fatal.upperBound...].trimmingCharacters(in: .whitespaces)
        if said.contains("\"\(database)\"") && said.contains("does not exist") { return .noDatabase(said) }
        if usedPassword || said.contains("authentication") || said.contains("pg_hba.conf") { return .refusedUser(said) }
        return .refused(said)
    }

    /// A column of a result: its name and PostgreSQL type.
    struct Column {
        var name: String
        var type: UInt32
    }

    /// A statement's result in PostgreSQL's text form, `nil` for SQL NULL.
    struct Table {
        var columns: [Column]
        var rows: [[String?]]
    }

    /// Runs one statement with its parameters bound by the server.
    @discardableResult
    func execute(_ sql: String, _ parameters: [Value] = []) throws(Failure) -> Table {
        let result = Self.withParameters(parameters) { types, values in
            PQexecParams(handle, sql, Int32(parameters.count), types, values, nil, nil, 0)
        }
        return try table(of: result)
    }

    /// The columns a statement would return, without running it.
    func describe(_ sql: String, _ parameters: [Value]) throws(Failure) -> [Column] {
        let prepared = Self.withParameters(parameters) { types, _ in
            PQprepare(handle, "", sql, Int32(parameters.count), types)
        }
        _ = try table(of: prepared)
        return try table(of: PQdescribePrepared(handle, "")).columns
    }

    /// The rows of a result, or the server's error; the result is freed either way.
    private func table(of result: OpaquePointer?) throws(Failure) -> Table {
        guard let result else { throw Failure(message: Self.oneLine(String(cString: PQerrorMessage(handle)))) }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK else {
            let field = { (code: UInt8) in PQresultErrorField(result, Int32(code)).map { String(cString: $0) } }
            let message = field(UInt8(ascii: "M")) ?? Self.oneLine(String(cString: PQresultErrorMessage(result)))
            throw Failure(
                message: message, sqlState: field(UInt8(ascii: "C")),
                position: field(UInt8(ascii: "P")).flatMap { Int($0) })
        }
        let columnCount = Int(PQnfields(result)), rowCount = Int(PQntuples(result))
        let columns = (0..<columnCount).map {
            Column(name: String(cString: PQfname(result, Int32($0))), type: PQftype(result, Int32($0)))
        }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<Int32(rowCount) {
            rows.append(
                (0..<Int32(columnCount)).map { column in
                    PQgetisnull(result, row, column) != 0 ? nil : String(cString: PQgetvalue(result, row, column))
                })
        }
        return Table(columns: columns, rows: rows)
    }

    /// Types of the parameters (so that the server need not guess) and their text, alive for `body`.
    private static func withParameters<T>(
        _ parameters: [Value], _ body: (UnsafePointer<UInt32>?, UnsafePointer<UnsafePointer<CChar>?>?) -> T
    ) -> T {
        let types: [UInt32] = parameters.map { value in
            switch value {
            case .null: 0
            case .integer: 20  // bigint
            case .real: 701  // double precision
            case .text: 25  // text
            }
        }
        let texts: [String?] = parameters.map { value in
            switch value {
            case .null: nil
            case .integer(let number): String(number)
            case .real(let number):
                number.isNaN ? "NaN" : number.isInfinite ? (number < 0 ? "-Infinity" : "Infinity") : "\(number)"
            case .text(let text): text
            }
        }
        return withCStrings(texts) { values in
            types.withUnsafeBufferPointer { typeList in
                values.map { UnsafePointer($0) }.withUnsafeBufferPointer { valueList in
                    body(typeList.baseAddress, valueList.baseAddress)
                }
            }
        }
    }

    /// C copies of the strings (NULL for `nil`), freed after `body`.
    private static func withCStrings<T>(_ strings: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) -> T) -> T {
        let copies = strings.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        return body(copies)
    }

    /// libpq's multi-line messages on one line.
    static func oneLine(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }.joined(separator: " ")
    }
}
