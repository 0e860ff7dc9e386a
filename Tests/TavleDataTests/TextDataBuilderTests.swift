import Foundation
import GRDB
import TavleModel
import Testing

@testable import TavleData

@Suite struct TextDataBuilderTests {
    /// Builds a folder that should fail and returns the diagnostic, checking nothing was cached.
    func buildError(_ files: [String: String]) throws -> Diagnostic {
        let fixture = try DataFixture(files: files)
        defer { fixture.remove() }
        do {
            _ = try fixture.builder.database(declaredAt: nil)
        } catch {
            let cache = fixture.folder.appendingPathComponent("cache").path
            #expect(
                (try? FileManager.default.contentsOfDirectory(atPath: cache))?.isEmpty ?? true,
                "a failed build leaves no database")
            return error
        }
        throw Diagnostic.error(at: nil, Phrase(verbatim: "the build did not fail"))
    }

    @Test func buildsOnceAndReusesTheCache() throws {
        let fixture = try DataFixture()
        defer { fixture.remove() }
        let first = try fixture.builder.database(declaredAt: nil)
        let modified = try FileManager.default.attributesOfItem(atPath: first)[.modificationDate] as? Date
        let second = try fixture.builder.database(declaredAt: nil)
        #expect(first == second)
        #expect(try FileManager.default.attributesOfItem(atPath: second)[.modificationDate] as? Date == modified)
    }

    /// The cache is tavle's: a database changed by hand is built again from the text files,
    /// so a report never shows what the data folder does not hold.
    @Test func aCacheEditedByHandIsBuiltAgain() throws {
        let fixture = try DataFixture()
        defer { fixture.remove() }
        let built = try fixture.builder.database(declaredAt: nil)
        let database = try DatabaseQueue(path: built)
        try database.write {
            try $0.execute(
                sql:
                    "UPDATE teams SET name = name || ' (edited)'; INSERT INTO teams (id, name) VALUES ('t9', 'Planted')"
            )
        }
        try database.close()
        let again = try fixture.builder.database(declaredAt: nil)
        #expect(again == built)
        let source = try SQLiteSource(path: again, timeLimit: 1, declaredAt: nil)
        let result = try source.run(
            QueryRequest(
                sql: "SELECT count(*) FROM teams", sqlLocation: SourceLocation(file: "x", line: 1, column: 1),
                label: Phrase(verbatim: "q")))
        #expect(result.rows == [[.integer(2)]])
    }

    @Test func anEditedFileGivesAFreshBuildAndRemovesTheOldOne() throws {
        let fixture = try DataFixture()
        defer { fixture.remove() }
        let first = try fixture.builder.database(declaredAt: nil)
        try Data((DataFixture.teams + "t3,Ny\n").utf8).write(
            to: fixture.folder.appendingPathComponent("data/teams.csv"))
        let second = try fixture.builder.database(declaredAt: nil)
        #expect(first != second)
        #expect(!FileManager.default.fileExists(atPath: first))
        let source = try SQLiteSource(path: second, timeLimit: 1, declaredAt: nil)
        let result = try source.run(
            QueryRequest(
                sql: "SELECT count(*) FROM teams", sqlLocation: SourceLocation(file: "x", line: 1, column: 1),
                label: Phrase(verbatim: "q")))
        #expect(result.rows == [[.integer(3)]])
    }

    @Test func aValueThatIsNotANumberIsNamedByLineAndColumn() throws {
        let bad = "team_id,period,numerator,denominator,value\nt1,2022-01,3,900,3.3\nt1,2022-02,fem,900,5.5\n"
        let error = try buildError([
            "schema.sql": DataFixture.schema, "teams.csv": DataFixture.teams, "measurements.csv": bad,
        ])
        #expect(error.location == SourceLocation(file: "data/measurements.csv", line: 3, column: 12))
        #expect(error.message == "'fem' in the column 'numerator' is not a whole number")
    }

    @Test func aRaggedRowIsNamedByLine() throws {
        let bad = "team_id,period,numerator,denominator,value\nt1,2022-01,3,900\n"
        let error = try buildError([
            "schema.sql": DataFixture.schema, "teams.csv": DataFixture.teams, "measurements.csv": bad,
        ])
        #expect(error.location == SourceLocation(file: "data/measurements.csv", line: 2, column: 1))
        #expect(error.message == "this row has 4 fields, but the header names 5 columns")
    }

    @Test func aReferenceToAMissingTeamIsNamedByLine() throws {
        let bad = "team_id,period,numerator,denominator,value\nt1,2022-01,3,900,3.3\nt7,2022-01,3,900,3.3\n"
        let error = try buildError([
            "schema.sql": DataFixture.schema, "teams.csv": DataFixture.teams, "measurements.csv": bad,
        ])
        #expect(error.location == SourceLocation(file: "data/measurements.csv", line: 3, column: 1))
        #expect(error.message == "a row in 'measurements' refers to a row in 'teams' that does not exist")
    }

    @Test func aCSVWithoutATableSaysWhereToCreateIt() throws {
        let error = try buildError([
            "schema.sql": DataFixture.schema, "teams.csv": DataFixture.teams, "goals.csv": "id\n1\n",
        ])
        #expect(error.message == "there is no table 'goals' to load this file into")
    }
}

@Suite struct CSVTableTests {
    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let table = try CSVTable(parsing: "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n", file: "f.csv")
        #expect(table.header == ["a", "b"])
        #expect(table.records.map(\.fields) == [["x, y", "say \"hi\""], ["two\nlines", "z"]])
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func blankLinesAndCRLFAreTolerated() throws {
        let table = try CSVTable(parsing: "a,b\r\n1,2\r\n\r\n3,4", file: "f.csv")
        #expect(table.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.line) == [2, 4])
    }

    @Test func anUnclosedQuoteIsNamed() {
        #expect(throws: Diagnostic.self) { try CSVTable(parsing: "a\n\"open\n", file: "f.csv") }
    }
}
