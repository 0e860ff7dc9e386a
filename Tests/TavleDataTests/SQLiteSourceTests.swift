import Foundation
import TavleModel
import Testing

@testable import TavleData

@Suite struct SQLiteSourceTests {
    func source(timeLimit: Double = 10) throws -> (SQLiteSource, DataFixture) {
        let fixture = try DataFixture()
        let path = try fixture.builder.database(declaredAt: nil)
        return (try SQLiteSource(path: path, timeLimit: timeLimit, declaredAt: nil), fixture)
    }

    func request(_ sql: String, _ arguments: [String: Value] = [:]) -> QueryRequest {
        QueryRequest(
            sql: sql, sqlLocation: SourceLocation(file: "nb.md", line: 20, column: 1),
            label: Phrase("the query '\("q")'"), arguments: arguments)
    }

    @Test func runsAQueryWithBoundParameters() throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        let result = try source.run(
            request(
                "SELECT period, numerator, value FROM measurements WHERE team_id = :team ORDER BY period",
                ["team": .text("t1")]))
        #expect(result.columns == ["period", "numerator", "value"])
        #expect(
            result.rows == [
                [.text("2022-01"), .integer(3), .real(3.333)],
                [.text("2022-02"), .integer(5), .real(5.556)],
            ])
    }

    @Test func aParameterIsNeverSplicedIntoTheSQL() throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        let result = try source.run(
            request("SELECT count(*) FROM measurements WHERE team_id = :team", ["team": .text("t1' OR '1'='1")]))
        #expect(result.rows == [[.integer(0)]])
    }

    @Test func checkPreparesWithoutRunning() throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        #expect(try source.check(request("SELECT name AS team, id FROM teams")) == ["team", "id"])
    }

    @Test(arguments: [
        ("INSERT INTO teams VALUES ('t3', 'Ny')", "INSERT", 1),
        ("UPDATE measurements SET value = 0", "UPDATE", 1),
        ("DROP TABLE teams", "DROP", 1),
        ("ATTACH DATABASE '/tmp/tavle-attach.sqlite' AS other", "ATTACH", 1),
        ("PRAGMA user_version = 7", "PRAGMA", 1),
        ("DELETE FROM teams", "DELETE", 1),
        ("  -- first a comment\n  VACUUM", "VACUUM", 3),
    ])
    func writingStatementsAreRefusedAndTheFileIsUntouched(sql: String, keyword: String, column: Int) throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: source.path))
        do {
            _ = try source.run(request(sql))
            Issue.record("\(keyword) was not refused")
        } catch {
            #expect(error.message == "the query 'q' is a \(keyword) statement; a report may only read data")
            #expect(error.location?.column == column)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: source.path)) == before)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/tavle-attach.sqlite"))
    }

    @Test func aWriteHiddenInAWithIsRefused() throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: source.path))
        #expect(throws: Diagnostic.self) {
            try source.run(request("WITH x AS (SELECT 1) INSERT INTO teams SELECT 't9', 'x' FROM x"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: source.path)) == before)
    }

    @Test func moreThanOneStatementIsRefusedAtTheSecond() throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        do {
            _ = try source.run(request("SELECT 1;\nSELECT 2"))
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "nb.md", line: 21, column: 1))
            #expect(error.message == "the query 'q' holds more than one statement")
        }
    }

    @Test func syntaxErrorPointsWhereSQLiteFoundIt() throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        do {
            // SQLite reads "FORM" as an alias of period, so the error is at "measurements".
            _ = try source.run(request("SELECT period\nFORM measurements"))
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "nb.md", line: 21, column: 6))
            #expect(error.message == "the query 'q' has an error: near \"measurements\": syntax error")
        }
    }

    @Test func unknownTableIsNamed() throws {
        let (source, fixture) = try source()
        defer { fixture.remove() }
        do {
            _ = try source.check(request("SELECT * FROM measurments"))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "the query 'q' has an error: no such table: measurments")
            // SQLite 3.40 gives no offset for this error, so the query's first line is named.
            #expect(error.location == SourceLocation(file: "nb.md", line: 20, column: 1))
        }
    }

    @Test func aRunawayQueryIsStoppedAtItsTimeLimit() throws {
        let (source, fixture) = try source(timeLimit: 0.2)
        defer { fixture.remove() }
        let start = ContinuousClock.now
        do {
            _ = try source.run(
                request("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"))
            Issue.record("expected the query to be stopped")
        } catch {
            #expect(error.message == "the query 'q' was stopped after 0.2 s, its time limit")
            #expect(error.hint?.contains("query_timeout") == true)
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func aMissingDatabaseIsNamed() {
        #expect(throws: Diagnostic.self) {
            try SQLiteSource(path: "/nonexistent/x.sqlite", timeLimit: 1, declaredAt: nil)
        }
    }

    @Test func aFileThatIsNotADatabaseIsNamed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-db-\(UUID().uuidString).sqlite")
            .path
        try Data("hello, this is text".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try SQLiteSource(path: path, timeLimit: 1, describedAs: "x.sqlite", declaredAt: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("'x.sqlite' could not be opened as a SQLite database"))
        }
    }
}
