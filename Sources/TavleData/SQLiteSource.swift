import Dispatch
import Foundation
import GRDB
import GRDBSQLite
import TavleModel
import TavleParse

/// A SQLite database opened so that no report can change it: the connection is read-only,
/// `query_only` is on, and every query is checked to be a single reading statement before it
/// runs. Queries that run past the time limit are interrupted.
public final class SQLiteSource: DataSource {
    /// Statements a report may run. Everything else (INSERT, PRAGMA, ATTACH, …) is refused by
    /// name before SQLite sees it; `sqlite3_stmt_readonly` then catches writes hidden in a WITH.
    static let readingKeywords: Set<String> = ["SELECT", "WITH", "VALUES"]

    public let path: String
    let timeLimit: Double
    let queue: DatabaseQueue

    /// - Parameter describedAs: how messages name the database (the path a user wrote).
    public init(path: String, timeLimit: Double, describedAs: String? = nil, declaredAt location: SourceLocation?)
        throws(Diagnostic)
    {
        self.path = path
        self.timeLimit = timeLimit
        guard FileManager.default.fileExists(atPath: path) else {
            throw .error(
                at: location, Phrase("the database '\(describedAs ?? path)' does not exist"),
                hint: Phrase("check the 'data' path in tavle.yaml; it counts from the folder that holds tavle.yaml"))
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "tavle.data"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA query_only = 1")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // Opening is lazy in SQLite; reading the schema proves the file is a database.
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema") }
        } catch {
            throw .error(
                at: location,
                Phrase("'\(describedAs ?? path)' could not be opened as a SQLite database: \(Self.message(of: error))"),
                hint: Phrase("check that the file is a SQLite database and readable"))
        }
    }

    /// A database already open, such as one built in memory: made read-only here.
    init(queue: DatabaseQueue, describedAs name: String, timeLimit: Double) throws(Diagnostic) {
        path = name
        self.timeLimit = timeLimit
        self.queue = queue
        do {
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        } catch {
            throw .error(at: nil, Phrase("'\(name)' could not be made read-only: \(Self.message(of: error))"))
        }
    }

    public func check(_ request: QueryRequest) throws(Diagnostic) -> [String] {
        try perform(request, execute: false).columns
    }

    public func run(_ request: QueryRequest) throws(Diagnostic) -> QueryResult {
        try perform(request, execute: true)
    }

    private func perform(_ request: QueryRequest, execute: Bool) throws(Diagnostic) -> QueryResult {
        try Self.checkShape(request)
        do {
            return try queue.read { db in try Self.perform(request, in: db, execute: execute, timeLimit: self.timeLimit)
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw .error(
                at: request.sqlLocation, Phrase("\(request.label) could not be run: \(Self.message(of: error))"))
        }
    }

    /// One statement, and one that reads: checked on the text so the message can point at the
    /// offending word.
    public static func checkShape(_ request: QueryRequest) throws(Diagnostic) {
        let scan = SQLScan(request.sql)
        guard let first = scan.statements.first else {
            throw .error(at: request.sqlLocation, Phrase("\(request.label) has no SQL"))
        }
        if scan.statements.count > 1 {
            let second = scan.statements[1]
            throw .error(
                at: SourceLocationMapping.location(
                    ofOffset: second.offset, in: request.sql, startingAt: request.sqlLocation),
                Phrase("\(request.label) holds more than one statement"),
                hint: Phrase("a query cell runs exactly one SELECT; split the rest into cells of their own"))
        }
        guard readingKeywords.contains(first.keyword) else {
            throw refusedWrite(
                request, keyword: first.keyword,
                at: SourceLocationMapping.location(
                    ofOffset: first.offset, in: request.sql, startingAt: request.sqlLocation))
        }
    }

    public static func refusedWrite(_ request: QueryRequest, keyword: String, at location: SourceLocation) -> Diagnostic
    {
        .error(
            at: location, Phrase("\(request.label) is a \(keyword) statement; a report may only read data"),
            hint: Phrase(
                "write a SELECT (or WITH … SELECT); the data source is opened read-only and is never changed by tavle run"
            ))
    }

    private static func perform(_ request: QueryRequest, in db: Database, execute: Bool, timeLimit: Double)
        throws(Diagnostic) -> QueryResult
    {
        let statement: Statement
        do {
            statement = try db.makeStatement(sql: request.sql)
        } catch {
            throw sqlError(error, request: request, db: db)
        }
        guard statement.isReadonly else {
            throw refusedWrite(request, keyword: "writing", at: request.sqlLocation)
        }
        let columns = statement.columnNames
        guard execute else { return QueryResult(columns: columns, rows: []) }

        var values: [String: DatabaseValue] = [:]
        for (name, value) in request.arguments { values[name] = value.databaseValue }
        do {
            try statement.setArguments(StatementArguments(values))
        } catch {
            throw .error(
                at: request.sqlLocation, Phrase("\(request.label) could not bind its parameters: \(message(of: error))")
            )
        }

        let deadline = Deadline(seconds: timeLimit)
        let connection = db.sqliteConnection
        let context = Unmanaged.passRetained(deadline)
        // Every 1000 virtual-machine steps SQLite asks whether to go on; past the deadline the
        // answer is no, and the statement fails with SQLITE_INTERRUPT.
        sqlite3_progress_handler(
            connection, 1000,
            { raw in
                guard let raw else { return 0 }
                return Unmanaged<Deadline>.fromOpaque(raw).takeUnretainedValue().hasPassed ? 1 : 0
            }, context.toOpaque())
        defer {
            sqlite3_progress_handler(connection, 0, nil, nil)
            context.release()
        }

        var rows: [[Value]] = []
        do {
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() {
                rows.append((0..<row.count).map { Value(row[$0] as DatabaseValue) })
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw .error(
                at: request.sqlLocation,
                Phrase("\(request.label) was stopped after \(formatSeconds(timeLimit)) s, its time limit"),
                hint: Phrase(
                    "make the query cheaper (filter by team and period, use indexed columns), or raise 'query_timeout' in tavle.yaml"
                ))
        } catch {
            throw sqlError(error, request: request, db: db)
        }
        return QueryResult(columns: columns, rows: rows)
    }

    /// SQLite's own message, placed where SQLite says the problem is when it says so.
    private static func sqlError(_ error: any Error, request: QueryRequest, db: Database) -> Diagnostic {
        var location = request.sqlLocation
        let offset = db.sqliteConnection.map { Int(sqlite3_error_offset($0)) } ?? -1
        if offset >= 0 {
            // SQLite counts bytes; the message counts characters.
            let characterOffset = String(decoding: request.sql.utf8.prefix(offset), as: UTF8.self).count
            location = SourceLocationMapping.location(
                ofOffset: characterOffset, in: request.sql, startingAt: request.sqlLocation)
        }
        let text = message(of: error)
        var hint = Phrase("check the SQL at the marked position")
        if text.hasPrefix("no such table") {
            hint = Phrase("check the table name; the tables here are listed by 'SELECT name FROM sqlite_schema'")
        } else if text.hasPrefix("no such column") {
            hint = Phrase("check the column name and the table it belongs to")
        }
        return .error(at: location, Phrase("\(request.label) has an error: \(text)"), hint: hint)
    }

    public static func message(of error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    public static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// A point in time that a C callback can test cheaply.
private final class Deadline: @unchecked Sendable {
    let nanoseconds: UInt64
    init(seconds: Double) {
        nanoseconds = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1_000_000_000)
    }
    var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds > nanoseconds }
}

extension Value {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .fromSource(number)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .text("(binary data, \(data.count) bytes)")
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let number): return number.databaseValue
        case .real(let number): return number.databaseValue
        case .text(let text): return text.databaseValue
        }
    }
}

/// A table of a SQLite source, whole, for copying it to another database.
public struct TableDump: Sendable {
    public var name: String
    public var columns: [String]
    /// The primary key's columns, in key order; empty when the table has none.
    public var primaryKey: [String]
    public var rows: [[Value]]
}

extension SQLiteSource {
    /// Every table of the database with its rows, in name order (SQLite's own tables left out).
    public func tables() throws(Diagnostic) -> [TableDump] {
        do {
            return try queue.read { db in
                let names = try String.fetchAll(
                    db,
                    sql:
                        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
                return try names.map { name in
                    let quoted = "\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\""
                    let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\(quoted))")
                    let columns = info.map { $0["name"] as String }
                    let primaryKey = info.filter { ($0["pk"] as Int) > 0 }.sorted {
                        ($0["pk"] as Int) < ($1["pk"] as Int)
                    }.map { $0["name"] as String }
                    let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(quoted)").map { row in
                        (0..<row.count).map { Value(row[$0] as DatabaseValue) }
                    }
                    return TableDump(name: name, columns: columns, primaryKey: primaryKey, rows: rows)
                }
            }
        } catch {
            throw .error(at: nil, Phrase("the tables of '\(path)' could not be read: \(Self.message(of: error))"))
        }
    }
}
