import Foundation
import TavleModel
import Testing

@testable import TavleData

/// `data: csv:FOLDER`: each file a table, types read from the values and checked.
@Suite struct CSVFolderSourceTests {
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-csv-\(UUID().uuidString)")

        init(_ files: [String: String]) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        }

        func open() throws(Diagnostic) -> SQLiteSource {
            try CSVFolderSource.open(folder: url.path, displayFolder: "data", timeLimit: 5, declaredAt: nil)
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    /// The error a body throws, or nil. (A do/catch: Swift Testing's #expect(throws:) has
    /// crashed here on typed throws.)
    static func refusal(_ body: () throws(Diagnostic) -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    static func run(_ source: SQLiteSource, _ sql: String) throws(Diagnostic) -> QueryResult {
        try source.run(
            QueryRequest(
                sql: sql, sqlLocation: SourceLocation(file: "n.md", line: 1, column: 1), label: Phrase(verbatim: "q")))
    }

    @Test func eachFileIsATableWithTypesReadFromItsValues() throws {
        let folder = try Folder([
            "measurements.csv":
                "team_id,period,numerator,hours,value,note\nt1,2022-01,4,7.5,0.25,\nt1,2022-02,6,8,0.5,ok\nt2,2022-01,,3,1.0,\n",
            "teams.csv": "id,name\nt1,Lia\nt2,\"Fjordtunet, avd. 2\"\n",
            "notes.txt": "not a table",
        ])
        defer { folder.remove() }
        let source = try folder.open()
        let types = try Self.run(source, "SELECT name, type FROM pragma_table_info('measurements') ORDER BY cid")
        #expect(
            types.rows.map { $0.map(\.plainText) } == [
                ["team_id", "TEXT"], ["period", "TEXT"], ["numerator", "INTEGER"], ["hours", "NUMERIC"],
                ["value", "REAL"], ["note", "TEXT"],
            ])
        let rows = try Self.run(
            source, "SELECT numerator, hours, value, note FROM measurements ORDER BY team_id, period")
        // A count stays a count; hours keep their kind value by value; an empty field is missing.
        #expect(
            rows.rows == [
                [.integer(4), .real(7.5), .real(0.25), .null],
                [.integer(6), .integer(8), .real(0.5), .text("ok")],
                [.null, .integer(3), .real(1), .null],
            ])
        let teams = try Self.run(source, "SELECT name FROM teams WHERE id = 't2'")
        #expect(teams.rows == [[.text("Fjordtunet, avd. 2")]])
        // The in-memory database is read-only like every source.
        #expect(
            Self.refusal { () throws(Diagnostic) in _ = try Self.run(source, "WITH x AS (SELECT 1) DELETE FROM teams") }
                != nil)
    }

    @Test func aRaggedRowIsNamedByItsLine() throws {
        let folder = try Folder(["measurements.csv": "team_id,period,value\nt1,2022-01,0.5\nt1,2022-02\n"])
        defer { folder.remove() }
        do {
            _ = try folder.open()
            Issue.record("a ragged row was accepted")
        } catch {
            #expect(error.location == SourceLocation(file: "data/measurements.csv", line: 3, column: 1))
            #expect(error.message == "this row has 2 fields, but the header names 3 columns")
        }
    }

    @Test(arguments: ["n/a", "1,5"])
    func aWordAmongNumbersIsRefusedWhereItStands(stray: String) throws {
        let rows = (1...9).map { "t1,2022-0\($0),0.\($0)\n" }.joined()
        let folder = try Folder(["measurements.csv": "team_id,period,value\n" + rows + "t1,2022-10,\"\(stray)\"\n"])
        defer { folder.remove() }
        do {
            _ = try folder.open()
            Issue.record("'\(stray)' was accepted in a numeric column")
        } catch {
            #expect(error.location == SourceLocation(file: "data/measurements.csv", line: 11, column: 12), "\(error)")
            if stray == "1,5" {
                // A decimal comma in a comma-separated file: the way out is named.
                #expect(error.message == "'1,5' in the column 'value' is written with a decimal comma")
                #expect(error.hint?.contains("its decimals need a point (1.5)") == true, "\(error)")
            } else {
                #expect(
                    error.message
                        == "'\(stray)' in the column 'value' is not a number, but 9 of the column's 10 values are")
                #expect(error.hint?.contains("leave the field empty for a missing value") == true, "\(error)")
            }
        }
    }

    @Test func aColumnOfMostlyWordsIsText() throws {
        let folder = try Folder(["teams.csv": "id,name\n101,Lia\nlia-2,Fjord\nnord,Nord\n"])
        defer { folder.remove() }
        let source = try folder.open()
        #expect(
            try Self.run(source, "SELECT id FROM teams ORDER BY name").rows == [
                [.text("lia-2")], [.text("101")], [.text("nord")],
            ])
    }

    @Test func aMissingOrEmptyFolderIsExplained() throws {
        do {
            _ = try CSVFolderSource.open(
                folder: "/nonexistent/tavle", displayFolder: "data", timeLimit: 5,
                declaredAt: SourceLocation(file: "tavle.yaml", line: 3, column: 7))
            Issue.record("a missing folder was accepted")
        } catch {
            #expect(error.message == "the CSV folder 'data' does not exist")
            #expect(error.location == SourceLocation(file: "tavle.yaml", line: 3, column: 7))
        }
        let empty = try Folder(["readme.txt": "x"])
        defer { empty.remove() }
        #expect(
            Self.refusal { () throws(Diagnostic) in _ = try empty.open() }?.message
                == "the CSV folder 'data' holds no .csv files")
    }
}
