import Foundation
import GRDB
import TavleModel

/// `data: csv:FOLDER`: data as a municipality exports it, one CSV file per table and no schema.
///
/// Each file becomes a table named after it, in an in-memory SQLite database built for the
/// run, so that notebooks use the same SQL as on any other source. A column's type is read
/// from its values: whole numbers make an INTEGER column, numbers with decimals a REAL one, a
/// mix of both a NUMERIC one (each value keeps its kind, as counts that are sometimes hours do
/// in SQLite), anything else TEXT; an empty field is a missing value. A column that is mostly numbers
/// with a few that are not is refused at the first of those, with its place, since a
/// "n/a" or "1,5" among numbers is almost always a slip that would otherwise turn the whole
/// column into text and every comparison with it false.
public enum CSVFolderSource {
    /// Columns whose values are this share numbers (or more) are numeric; the rest must be too.
    static let numericShare = 0.8

    enum ColumnType: String {
        case integer = "INTEGER"
        case real = "REAL"
        case numeric = "NUMERIC"
        case text = "TEXT"
    }

    public static func open(
        folder: String, displayFolder: String, timeLimit: Double, declaredAt location: SourceLocation?
    ) throws(Diagnostic) -> SQLiteSource {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .error(
                at: location, Phrase("the CSV folder '\(displayFolder)' does not exist"),
                hint: Phrase(
                    "check the path after 'csv:' in tavle.yaml; it counts from the folder that holds tavle.yaml"))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".")
        }.sorted()
        guard !names.isEmpty else {
            throw .error(
                at: location, Phrase("the CSV folder '\(displayFolder)' holds no .csv files"),
                hint: Phrase("each table is a file such as measurements.csv, with the column names on its first line"))
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue()
        } catch {
            throw .error(
                at: location, Phrase("an in-memory database could not be made: \(SQLiteSource.message(of: error))"))
        }
        for name in names {
            let shown = URL(fileURLWithPath: displayFolder).appendingPathComponent(name).relativePath
            let text = try CSVText.read(URL(fileURLWithPath: folder).appendingPathComponent(name).path, shownAs: shown)
            let table = try CSVTable(reading: text, file: shown)
            try load(table, as: String(name.dropLast(4)), file: shown, into: queue)
        }
        return try SQLiteSource(queue: queue, describedAs: "csv:\(displayFolder)", timeLimit: timeLimit)
    }

    static func load(_ table: CSVTable, as name: String, file: String, into queue: DatabaseQueue) throws(Diagnostic) {
        let types = try table.header.indices.map { column throws(Diagnostic) in
            try columnType(table, column: column, file: file)
        }
        var seen: Set<String> = []
        for column in table.header where !seen.insert(column.lowercased()).inserted {
            throw .error(
                at: SourceLocation(file: file, line: 1, column: 1),
                Phrase("the column '\(column)' stands twice in the header"),
                hint: Phrase("give each column its own name"))
        }
        for (column, name) in table.header.enumerated() where PeriodColumns.isPeriod(name) {
            for record in table.records {
                try PeriodColumns.check(
                    record.fields[column].trimmingSpaces(), column: name,
                    at: SourceLocation(file: file, line: record.line, column: record.columns[column]))
            }
        }
        for record in table.records {
            try CountColumns.check(
                header: table.header, numbers: record.fields.map { table.dialect.number($0.trimmingSpaces()) },
                line: record.line, columns: record.columns, file: file)
        }
        let quoted = { (name: String) in "\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"" }
        let columns = zip(table.header, types).map { "\(quoted($0)) \($1.rawValue)" }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: table.header.count).joined(separator: ", ")
        do {
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE \(quoted(name)) (\(columns))")
                let insert = try db.makeStatement(sql: "INSERT INTO \(quoted(name)) VALUES (\(placeholders))")
                for record in table.records {
                    let values: [DatabaseValue] = zip(record.fields, types).map { field, type in
                        let text = field.trimmingSpaces()
                        guard !text.isEmpty else { return .null }
                        let dialect = table.dialect
                        switch type {
                        case .integer: return dialect.integer(text)!.databaseValue
                        case .real: return dialect.number(text)!.databaseValue
                        case .numeric:
                            return dialect.integer(text).map(\.databaseValue) ?? dialect.number(text)!.databaseValue
                        case .text: return field.databaseValue
                        }
                    }
                    try insert.execute(arguments: StatementArguments(values))
                }
            }
        } catch {
            throw .error(
                at: SourceLocation(file: file, line: 1, column: 1),
                Phrase("the file could not be loaded as the table '\(name)': \(SQLiteSource.message(of: error))"))
        }
    }

    /// The type the column's values share; a mostly numeric column with a stray value is an error.
    static func columnType(_ table: CSVTable, column: Int, file: String) throws(Diagnostic) -> ColumnType {
        var integers = 0, reals = 0
        var strays: [(text: String, record: CSVTable.Record)] = []
        for record in table.records {
            let text = record.fields[column].trimmingSpaces()
            if text.isEmpty { continue }
            if table.dialect.integer(text) != nil {
                integers += 1
            } else if table.dialect.number(text) != nil {
                reals += 1
            } else {
                strays.append((text, record))
            }
        }
        let numbers = integers + reals
        // Decimal commas in a comma-separated file (quoted, or the file would not have split
        // evenly): every such column would otherwise become text, and 100.0 * '0,38' is 0.
        // Likewise points between thousands in a file of decimal commas ('1.205'), which SQL
        // would read as 1.205.
        if let first = strays.first(where: { table.dialect.isNumberWrittenOtherwise($0.text) }),
            strays.allSatisfy({ table.dialect.isNumberWrittenOtherwise($0.text) })
        {
            let how =
                table.dialect.decimalComma
                ? Phrase("is written with a point between thousands")
                : Phrase("is written with a decimal comma")
            throw .error(
                at: SourceLocation(file: file, line: first.record.line, column: first.record.columns[column]),
                Phrase("'\(first.text)' in the column '\(table.header[column])' \(how)"),
                hint: CSVDialect.numberHint(first.text, dialect: table.dialect))
        }
        guard numbers > 0 else { return .text }
        if let first = strays.first {
            guard Double(numbers) / Double(numbers + strays.count) >= numericShare else { return .text }
            let name = table.header[column]
            throw .error(
                at: SourceLocation(file: file, line: first.record.line, column: first.record.columns[column]),
                Phrase(
                    "'\(first.text)' in the column '\(name)' is not a number, but \(numbers) of the column's \(numbers + strays.count) values are"
                ),
                hint: CSVDialect.numberHint(first.text, dialect: table.dialect))
        }
        switch (integers > 0, reals > 0) {
        case (true, true): return .numeric
        case (false, true): return .real
        default: return .integer
        }
    }
}
