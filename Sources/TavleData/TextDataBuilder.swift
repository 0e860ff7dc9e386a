import Foundation
import GRDB
import GRDBSQLite
import TavleModel

/// Builds a SQLite database from a folder of text files, so that example and workspace data
/// can live in git as diffable text: every `.sql` file runs first (in name order: the schema),
/// then every `.csv` file fills the table of the same name.
///
/// The database is a cache named by a hash of the files, so any edit yields a fresh build and
/// an unchanged folder is never rebuilt.
public struct TextDataBuilder: Sendable {
    public let folder: String
    public let cacheFolder: String
    /// The folder as messages show it (as the user would type it).
    public let displayFolder: String

    public init(folder: String, cacheFolder: String, displayFolder: String? = nil) {
        self.folder = folder
        self.cacheFolder = cacheFolder
        self.displayFolder = displayFolder ?? folder
    }

    private func shown(_ file: URL) -> String {
        URL(fileURLWithPath: displayFolder).appendingPathComponent(file.lastPathComponent).relativePath
    }

    /// The path of an up-to-date database built from the folder, building it when needed.
    /// What loading checks and how it reads CSV; a change here builds every cache anew.
    static let rules = "periods, counts, dialects (UTF-8, BOM, Windows-1252; ',' ';' tab; decimal commas) 1"

    public func database(declaredAt location: SourceLocation?) throws(Diagnostic) -> String {
        let files = try sourceFiles(declaredAt: location)
        var hash = FNV1a64()
        // A database built before a check was added must not skip it: the rules are in the key.
        hash.combine(Self.rules)
        for file in files {
            hash.combine(file.lastPathComponent)
            guard let contents = FileManager.default.contents(atPath: file.path) else {
                throw .error(at: location, Phrase("'\(file.path)' could not be read"))
            }
            hash.combine(contents)
        }
        let name = URL(fileURLWithPath: folder).lastPathComponent
        let target = URL(fileURLWithPath: cacheFolder).appendingPathComponent("\(name)-\(hash.hex).sqlite")
        let checksum = target.path + ".sum"
        if FileManager.default.fileExists(atPath: target.path) {
            // The database as it was built, or it is built again: one edited by hand would
            // otherwise give reports that the text files do not hold.
            if let recorded = FileManager.default.contents(atPath: checksum),
                String(decoding: recorded, as: UTF8.self) == Self.checksum(of: target.path)
            {
                return target.path
            }
            try? FileManager.default.removeItem(at: target)
        }

        do {
            try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        } catch {
            throw .error(
                at: location,
                Phrase("the cache folder '\(cacheFolder)' could not be created: \(error.localizedDescription)"))
        }
        // Build beside the target and move into place, so a half-built database is never used.
        let temporary = URL(fileURLWithPath: cacheFolder).appendingPathComponent(
            ".\(name)-\(UUID().uuidString).building")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try build(files, into: temporary.path)
        // The checksum first: a database in place always has the one it was built with.
        guard let sum = Self.checksum(of: temporary.path),
            FileManager.default.createFile(atPath: checksum, contents: Data(sum.utf8))
        else {
            throw .error(at: location, Phrase("the built database could not be stored in '\(cacheFolder)'"))
        }
        // rename(2) is atomic: another tavle process sees no database or a whole one.
        if rename(temporary.path, target.path) != 0, !FileManager.default.fileExists(atPath: target.path) {
            throw .error(
                at: location,
                Phrase(
                    "the built database could not be stored in '\(cacheFolder)': \(String(cString: strerror(errno)))"))
        }
        removeStaleBuilds(of: name, keeping: target.lastPathComponent)
        return target.path
    }

    private func sourceFiles(declaredAt location: SourceLocation?) throws(Diagnostic) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .error(
                at: location, Phrase("the data folder '\(displayFolder)' does not exist"),
                hint: Phrase("check the 'data' path in tavle.yaml; it counts from the folder that holds tavle.yaml"))
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .error(
                at: location, Phrase("the data folder '\(folder)' could not be read: \(error.localizedDescription)"))
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        let scripts = names.filter { $0.hasSuffix(".sql") }.sorted()
        let tables = names.filter { $0.hasSuffix(".csv") }.sorted()
        guard !scripts.isEmpty || !tables.isEmpty else {
            throw .error(at: location, Phrase("the data folder '\(folder)' holds no .sql or .csv files"))
        }
        return (scripts + tables).map { root.appendingPathComponent($0) }
    }

    private func build(_ files: [URL], into path: String) throws(Diagnostic) {
        let queue: DatabaseQueue
        do {
            // The data's own SQL builds tavle's cache and nothing else: no other database can be
            // attached (so no file outside the cache is opened, written or created, ATTACH and
            // VACUUM INTO alike), and the authorizer refuses the statements and PRAGMAs that
            // reach outside the database or change how SQLite itself behaves.
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                guard let connection = db.sqliteConnection else { return }
                sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
                sqlite3_set_authorizer(
                    connection,
                    { _, action, first, second, _, _ in
                        switch action {
                        case SQLITE_ATTACH, SQLITE_DETACH:
                            return SQLITE_DENY
                        case SQLITE_PRAGMA:
                            let name = first.map { String(cString: $0).lowercased() } ?? ""
                            return TextDataBuilder.allowedPragmas.contains(name) ? SQLITE_OK : SQLITE_DENY
                        case SQLITE_FUNCTION:
                            let name = second.map { String(cString: $0).lowercased() } ?? ""
                            return name == "load_extension" ? SQLITE_DENY : SQLITE_OK
                        default:
                            return SQLITE_OK
                        }
                    }, nil)
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw .error(
                at: nil, Phrase("a database could not be created at '\(path)': \(SQLiteSource.message(of: error))"))
        }
        do {
            // One transaction: a failure anywhere rolls the whole build back.
            try queue.write { db in
                // CSV files load in name order, so a table may be filled before the table it
                // refers to; references are checked once everything is in.
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                var lines: [String: (file: URL, lines: [Int])] = [:]
                for file in files {
                    if file.pathExtension == "sql" {
                        try runScript(file, in: db)
                    } else {
                        lines[file.deletingPathExtension().lastPathComponent.lowercased()] = (
                            file, try load(file, in: db)
                        )
                    }
                }
                try checkReferences(in: db, lines: lines)
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw .error(at: nil, Phrase("the data could not be built: \(SQLiteSource.message(of: error))"))
        }
        try? queue.close()
    }

    /// The PRAGMAs a data script (and tavle, building the cache) may use: those that read
    /// the schema or check references. Any other is refused.
    static let allowedPragmas: Set<String> = [
        "defer_foreign_keys", "foreign_keys", "foreign_key_check", "foreign_key_list", "table_info", "table_xinfo",
        "index_list", "index_info",
    ]

    private func runScript(_ file: URL, in db: Database) throws(Diagnostic) {
        let text = try CSVText.read(file.path, shownAs: shown(file)).text
        do {
            try db.execute(sql: text)
        } catch {
            // The statement that failed, where it stands in the script.
            var location = SourceLocation(file: shown(file), line: 1, column: 1)
            if let statement = (error as? DatabaseError)?.sql?.trimmingCharacters(in: .whitespacesAndNewlines),
                !statement.isEmpty,
                let range = text.range(of: statement)
            {
                let before = text[..<range.lowerBound]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                location = SourceLocation(
                    file: shown(file), line: line,
                    column: before.count
                        - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0)
                        + 1)
            }
            let message = SQLiteSource.message(of: error)
            if message.contains("not authorized") || message.contains("too many attached databases") {
                throw .error(
                    at: location,
                    Phrase("the script reaches outside tavle's own cache: \(message)"),
                    hint: Phrase(
                        "a data script may create tables and indexes and fill them; ATTACH, DETACH, VACUUM INTO and PRAGMAs other than foreign_keys are refused"
                    ))
            }
            throw .error(at: location, Phrase("the script failed: \(message)"))
        }
    }

    /// Loads a CSV file into the table named like it; numbers are checked against the
    /// declared column types so a typo in the data is caught here, not in a chart.
    /// A row that names a team, indicator or other row that does not exist, by file and line.
    private func checkReferences(in db: Database, lines: [String: (file: URL, lines: [Int])]) throws(Diagnostic) {
        let problem: Row?
        do {
            problem = try Row.fetchOne(db, sql: "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check")
        } catch {
            throw .error(
                at: nil, Phrase("the data's references could not be checked: \(SQLiteSource.message(of: error))"))
        }
        guard let problem else { return }
        let table: String = problem["table"], parent: String = problem["parent"]
        let rowid: Int64? = problem["rowid"]
        var location: SourceLocation?
        if let source = lines[table.lowercased()], let rowid, rowid >= 1, Int(rowid) <= source.lines.count {
            location = SourceLocation(file: shown(source.file), line: source.lines[Int(rowid) - 1], column: 1)
        }
        throw .error(
            at: location, Phrase("a row in '\(table)' refers to a row in '\(parent)' that does not exist"),
            hint: Phrase("check the id on this line against \(parent).csv (or the .sql file that fills '\(parent)')"))
    }

    /// - Returns: the line of each loaded record, in insertion order.
    private func load(_ file: URL, in db: Database) throws(Diagnostic) -> [Int] {
        let table = file.deletingPathExtension().lastPathComponent
        let csv = try CSVTable(reading: CSVText.read(file.path, shownAs: shown(file)), file: shown(file))
        let columnTypes: [String: String]
        do {
            let rows = try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table])
            columnTypes = Dictionary(
                uniqueKeysWithValues: rows.map {
                    (($0["name"] as String).lowercased(), ($0["type"] as String).uppercased())
                })
        } catch {
            throw .error(
                at: SourceLocation(file: shown(file), line: 1, column: 1),
                Phrase("the table '\(table)' could not be inspected: \(SQLiteSource.message(of: error))"))
        }
        guard !columnTypes.isEmpty else {
            throw .error(
                at: SourceLocation(file: shown(file), line: 1, column: 1),
                Phrase("there is no table '\(table)' to load this file into"),
                hint: Phrase("create it with CREATE TABLE \(table)(…) in a .sql file in the same folder"))
        }
        for (index, column) in csv.header.enumerated() where columnTypes[column.lowercased()] == nil {
            throw .error(
                at: SourceLocation(
                    file: shown(file), line: 1, column: csv.header[..<index].reduce(1) { $0 + $1.count + 1 }),
                Phrase("the table '\(table)' has no column '\(column)'"),
                hint: Phrase("its columns: \(columnTypes.keys.sorted().joined(separator: ", "))"))
        }
        let placeholders = Array(repeating: "?", count: csv.header.count).joined(separator: ", ")
        let quotedColumns = csv.header.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(
            separator: ", ")
        let sql = "INSERT INTO \"\(table)\" (\(quotedColumns)) VALUES (\(placeholders))"
        let kinds = csv.header.map { columnTypes[$0.lowercased()] ?? "" }
        do {
            let statement = try db.makeStatement(sql: sql)
            for record in csv.records {
                var values: [DatabaseValue] = []
                for (index, field) in record.fields.enumerated() {
                    let column = record.fields[..<index].reduce(1) { $0 + $1.count + 1 }
                    values.append(
                        try typedValue(
                            field, kind: kinds[index],
                            at: SourceLocation(file: shown(file), line: record.line, column: column),
                            column: csv.header[index], dialect: csv.dialect))
                }
                try CountColumns.check(
                    header: csv.header, numbers: record.fields.map { csv.dialect.number($0.trimmingSpaces()) },
                    line: record.line, columns: record.columns, file: shown(file))
                try statement.execute(arguments: StatementArguments(values))
            }
            return csv.records.map(\.line)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw .error(
                at: SourceLocation(file: shown(file), line: 1, column: 1),
                Phrase("the file could not be loaded into '\(table)': \(SQLiteSource.message(of: error))"))
        }
    }

    private func typedValue(
        _ field: String, kind: String, at location: SourceLocation, column: String, dialect: CSVDialect
    ) throws(Diagnostic) -> DatabaseValue {
        let text = field.trimmingSpaces()
        if text.isEmpty { return .null }
        if PeriodColumns.isPeriod(column) { try PeriodColumns.check(text, column: column, at: location) }
        if kind.contains("INT") {
            guard let number = dialect.integer(text) else {
                throw .error(
                    at: location, Phrase("'\(text)' in the column '\(column)' is not a whole number"),
                    hint: CSVDialect.withoutPointGroups(text) != nil
                        ? CSVDialect.numberHint(text, dialect: dialect)
                        : Phrase("write digits only, or leave the field empty for a missing value"))
            }
            return number.databaseValue
        }
        if kind.contains("REAL") || kind.contains("FLOA") || kind.contains("DOUB") || kind.contains("NUM") {
            // Whole numbers stay integers, so counts are shown as counts.
            if let whole = dialect.integer(text) { return whole.databaseValue }
            guard let number = dialect.number(text) else {
                throw .error(
                    at: location, Phrase("'\(text)' in the column '\(column)' is not a number"),
                    hint: CSVDialect.numberHint(text, dialect: dialect))
            }
            return number.databaseValue
        }
        return field.databaseValue
    }

    /// A hash of the database's bytes, kept beside it.
    static func checksum(of path: String) -> String? {
        guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
        var hash = FNV1a64()
        hash.combine(bytes)
        return hash.hex
    }

    private func removeStaleBuilds(of name: String, keeping current: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []
        // A build a killed run left half done; one younger than an hour may still be under way
        // in another tavle process.
        let hourAgo = Date().addingTimeInterval(-3600)
        for unfinished in names where unfinished.hasPrefix(".\(name)-") && unfinished.hasSuffix(".building") {
            let path = URL(fileURLWithPath: cacheFolder).appendingPathComponent(unfinished).path
            if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                modified < hourAgo
            {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        for stale in names
        where stale.hasPrefix("\(name)-") && (stale.hasSuffix(".sqlite") || stale.hasSuffix(".sqlite.sum"))
            && stale != current && stale != current + ".sum"
        {
            try? FileManager.default.removeItem(
                atPath: URL(fileURLWithPath: cacheFolder).appendingPathComponent(stale).path)
        }
    }
}
