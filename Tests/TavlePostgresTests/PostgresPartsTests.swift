import Foundation
import TavleModel
import Testing

@testable import TavlePostgres

/// The parts of the PostgreSQL source that need no server.
@Suite struct PostgresSQLTests {
    @Test func namedParametersBecomeNumberedInTheOrderTheyFirstAppear() {
        let sql = PostgresSQL("SELECT * FROM m WHERE team_id = :team AND period <= :period AND ':x' <> :team -- :y\n")
        #expect(sql.text == "SELECT * FROM m WHERE team_id = $1 AND period <= $2 AND ':x' <> $1 -- :y\n")
        #expect(sql.names == ["team", "period"])
    }

    @Test func aServerPositionIsTracedBackToTheNotebooksText() {
        let original = "SELECT x FROM m WHERE team_id = :team AND nope = 1"
        let sql = PostgresSQL(original)
        // PostgreSQL counts from 1 in the text it was sent.
        let position = Array(sql.text).firstIndex(of: "n")! + 1
        let offset = sql.originalOffset(ofPosition: position)
        #expect(Array(original)[offset...].starts(with: "nope"))
        #expect(sql.originalOffset(ofPosition: 1) == 0)
    }
}

@Suite struct PostgresPasswordTests {
    let address = PostgresAddress(host: "db.kommune.no", port: 5432, user: "kari", database: "kvalitet", tls: .prefer)

    func file(_ text: String, permissions: Int = 0o600) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
        return path
    }

    @Test func theEnvironmentComesFirst() throws {
        let path = try file("*:*:*:*:fra-fil\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            PostgresPassword.lookup(for: address, environment: ["PGPASSWORD": "fra-miljø", "PGPASSFILE": path]).password
                == "fra-miljø")
    }

    @Test func theFirstMatchingLineOfThePasswordFileCounts() throws {
        let path = try file(
            """
            # kommentar
            localhost:5432:*:kari:feil-vert
            db.kommune.no:5432:annen:kari:feil-database
            db.kommune.no:*:kvalitet:kari:pass\\:med\\:kolon
            *:*:*:*:reserve
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(PostgresPassword.lookup(for: address, environment: ["PGPASSFILE": path]).password == "pass:med:kolon")
    }

    @Test func aPasswordFileOthersMayReadIsIgnoredAndSaidSo() throws {
        let path = try file("*:*:*:*:hemmelig\n", permissions: 0o644)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lookup = PostgresPassword.lookup(for: address, environment: ["PGPASSFILE": path])
        #expect(lookup.password == nil)
        #expect(lookup.fileIgnored?.en.contains("chmod 600") == true)
    }
}
