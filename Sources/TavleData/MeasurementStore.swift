import Foundation
import GRDB
import TavleModel

/// A number read from a filled-in form, ready for the data.
public struct NewMeasurement: Sendable, Hashable {
    public var team: String
    public var indicator: String
    public var period: String
    public var value: Double

    public init(team: String, indicator: String, period: String, value: Double) {
        self.team = team
        self.indicator = indicator
        self.period = period
        self.value = value
    }
}

/// Adds measurements to a workspace's data, all or none: the one place tavle writes to data.
///
/// The table is `measurements(team_id, indicator_id, period, value)`; other columns
/// (numerator, denominator) stay empty, since a form asks for the number itself.
public enum MeasurementStore {
    public static let table = "measurements"
    static let requiredColumns = ["team_id", "indicator_id", "period", "value"]

    /// Appends rows to `measurements.csv` in a folder of text data. The file is rewritten
    /// beside itself and renamed into place, so a failure leaves it as it was.
    /// - Returns: the file written, as messages show it.
    @discardableResult
    public static func append(_ rows: [NewMeasurement], toFolder folder: String, displayFolder: String)
        throws(Diagnostic) -> String
    {
        let url = URL(fileURLWithPath: folder).appendingPathComponent("\(table).csv")
        let shown = URL(fileURLWithPath: displayFolder).appendingPathComponent("\(table).csv").relativePath
        guard let data = FileManager.default.contents(atPath: url.path), let decoded = CSVText.decode(data) else {
            throw .error(
                at: nil, Phrase("'\(shown)' could not be read"),
                hint: Phrase(
                    "tavle import adds rows to the table '\(table)' (columns \(requiredColumns.joined(separator: ", "))); the data folder needs a \(table).csv with that header"
                ))
        }
        let text = decoded.text
        // Rows are added in the file's own dialect and encoding, so a spreadsheet still opens it.
        let existing = try CSVTable(reading: decoded, file: shown)
        let dialect = existing.dialect
        let header = existing.header.map { $0.lowercased() }
        let missing = requiredColumns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw .error(
                at: SourceLocation(file: shown, line: 1, column: 1),
                Phrase.count(
                    missing.count,
                    one: Phrase("the header of \(shown) lacks the column \(missing.joined(separator: ", "))"),
                    other: Phrase("the header of \(shown) lacks the columns \(missing.joined(separator: ", "))")),
                hint: Phrase("tavle import writes the columns \(requiredColumns.joined(separator: ", "))"))
        }
        var appended = text
        if !appended.isEmpty, !appended.hasSuffix("\n") { appended += "\n" }
        for row in rows {
            let fields = header.map { column -> String in
                switch column {
                case "team_id": quoted(row.team)
                case "indicator_id": quoted(row.indicator)
                case "period": quoted(row.period)
                case "value": dialect.text(number(row.value))
                default: ""
                }
            }
            appended += fields.joined(separator: String(dialect.separator)) + "\n"
        }
        // A symlinked file is written where it points (the shared file, not a copy beside the
        // link), and keeps its permissions: a file only its owner may read stays so.
        let destination = url.resolvingSymlinksInPath()
        let mode =
            (try? FileManager.default.attributesOfItem(atPath: destination.path))?[.posixPermissions] as? NSNumber
        let folderOfFile = destination.deletingLastPathComponent()
        removeLeftovers(in: folderOfFile)
        let temporary = folderOfFile.appendingPathComponent(".\(table)-\(UUID().uuidString)\(temporarySuffix)")
        guard let bytes = decoded.encoded(appended) else {
            throw .error(
                at: nil, Phrase("'\(shown)' is saved as Windows-1252, which cannot hold every letter of the new rows"),
                hint: Phrase("save it from the spreadsheet as 'CSV UTF-8' and import again"))
        }
        guard writeDurably(bytes, to: temporary.path, mode: mode.map { mode_t($0.uint16Value) } ?? 0o644) else {
            try? FileManager.default.removeItem(at: temporary)
            throw .error(
                at: nil, Phrase("'\(displayFolder)' could not be written to"),
                hint: Phrase("check that you may write in the data folder"))
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .error(
                at: nil, Phrase("'\(shown)' could not be replaced: \(reason)"),
                hint: Phrase("check that you may write in the data folder"))
        }
        return shown
    }

    /// How the copy being written ends, so that one a killed import left can be told apart.
    static let temporarySuffix = ".tavle-writing"

    /// Copies an import killed before its rename left beside the file. The caller holds the
    /// workspace's lock, so no other import is writing one.
    static func removeLeftovers(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".\(table)-") && name.hasSuffix(temporarySuffix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Writes a new file and flushes it to the disk before it is renamed over the old one: after
    /// a crash or power loss the data file is the old one or the new one, never empty.
    static func writeDurably(_ bytes: Data, to path: String, mode: mode_t) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // open() applies the umask; the file keeps the mode of the one it replaces.
        fchmod(descriptor, mode)
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        return written && fsync(descriptor) == 0
    }

    /// Inserts rows into a SQLite database in one transaction.
    public static func insert(_ rows: [NewMeasurement], intoDatabase path: String, describedAs shown: String)
        throws(Diagnostic)
    {
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                for row in rows {
                    try db.execute(
                        sql: "INSERT INTO \(table) (team_id, indicator_id, period, value) VALUES (?, ?, ?, ?)",
                        arguments: [row.team, row.indicator, row.period, row.value])
                }
            }
        } catch {
            throw .error(
                at: nil,
                Phrase(
                    "the numbers could not be added to '\(shown)': \((error as? DatabaseError)?.message ?? "\(error)")"),
                hint: Phrase(
                    "nothing was added; tavle import writes to the table \(table)(\(requiredColumns.joined(separator: ", ")))"
                ))
        }
    }

    /// Shortest text that reads back as the same number, never in exponent form.
    static func number(_ value: Double) -> String {
        var text = "\(value)"
        if text.contains("e") { text = String(format: "%.12f", value) }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func quoted(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == ";" || $0 == "\t" || $0 == "\"" || $0 == "\n" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
