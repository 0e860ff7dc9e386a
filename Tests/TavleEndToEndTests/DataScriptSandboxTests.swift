import Foundation
import Testing

/// A data folder's SQL builds tavle's own cache and cannot reach any other file: the hostile
/// schema that once emptied a database outside the workspace is refused where it stands.
@Suite struct DataScriptSandboxTests {
    static func hostileWorkspace(_ script: (_ victim: String, _ created: String) -> String) throws -> (
        Workspace, victim: URL, created: URL
    ) {
        let workspace = try Workspace()
        let victim = workspace.folder.deletingLastPathComponent().appendingPathComponent(
            "victim-\(UUID().uuidString).sqlite")
        let created = workspace.folder.deletingLastPathComponent().appendingPathComponent(
            "new-\(UUID().uuidString).sqlite")
        // The victim: a database beside the workspace, with rows to lose.
        _ = try SQLiteCLI.run(victim.path, "CREATE TABLE important(x); INSERT INTO important VALUES (1), (2), (3);")
        try workspace.write(
            "data-src/schema.sql",
            """
            CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, municipality TEXT);
            CREATE TABLE measurements (team_id TEXT REFERENCES teams(id), period TEXT, numerator INTEGER, denominator INTEGER, value REAL);
            \(script(victim.path, created.path))
            """)
        try workspace.write(
            "tavle.yaml",
            """
            name: Test network
            language: en
            data: data-src
            teams:
              query: SELECT id, name, municipality FROM teams ORDER BY id
            output: out
            """)
        return (workspace, victim, created)
    }

    @Test(arguments: [
        "ATTACH '{victim}' AS v;\nDELETE FROM v.important;\nATTACH '{created}' AS c;\nCREATE TABLE c.pwned(x);",
        "VACUUM INTO '{created}';",
        "PRAGMA writable_schema = ON;",
    ])
    func aScriptThatReachesOutsideIsRefusedAndTouchesNothing(script: String) throws {
        let (workspace, victim, created) = try Self.hostileWorkspace { victim, created in
            script.replacingOccurrences(of: "{victim}", with: victim).replacingOccurrences(
                of: "{created}", with: created)
        }
        defer {
            workspace.remove()
            try? FileManager.default.removeItem(at: victim)
            try? FileManager.default.removeItem(at: created)
        }
        for arguments in [["check", "report.md"], ["run", "report.md", "--all-teams"]] {
            let result = try Tavle.run(arguments, in: workspace.folder)
            #expect(result.status == 1, "\(arguments[0]): \(result.stdout)\(result.stderr)")
            // VACUUM cannot run inside the build's one transaction; the others are refused by name.
            let expected =
                script.hasPrefix("VACUUM")
                ? "the script failed: cannot VACUUM" : "the script reaches outside tavle's own cache"
            #expect(result.stderr.hasPrefix("data-src/schema.sql:3:1: error: \(expected)"), "\(result.stderr)")
        }
        #expect(
            try SQLiteCLI.run(victim.path, "SELECT count(*) FROM important;").trimmingCharacters(
                in: .whitespacesAndNewlines) == "3", "the victim keeps its rows")
        #expect(!FileManager.default.fileExists(atPath: created.path), "no database made outside the cache")
        #expect(!workspace.exists("out"))
    }
}

/// Python's sqlite3 module, for making and reading databases outside tavle in tests (the
/// sqlite3 program is not always installed).
enum SQLiteCLI {
    static func run(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.executescript(sys.argv[2]) if sys.argv[2].strip().upper().startswith(('CREATE','INSERT')) else None; rows=[] if r is not None else c.execute(sys.argv[2]).fetchall(); c.commit(); print('\\n'.join(str(x[0]) for x in rows))",
            database, sql,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
