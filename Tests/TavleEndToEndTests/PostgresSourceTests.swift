import Foundation
import Testing

/// A PostgreSQL server on loopback, as `make test` starts it (scripts/test-postgres.sh):
/// TAVLE_TEST_POSTGRES is its address, TAVLE_TEST_POSTGRES_PASSWORD the password. Each test
/// makes a database of its own and drops it afterwards.
struct TestServer {
    static let environment = ProcessInfo.processInfo.environment
    static let address = environment["TAVLE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let password = environment["TAVLE_TEST_POSTGRES_PASSWORD"] ?? ""
    /// Without a server the tests are skipped, except in CI, where they run and fail.
    static let runs = address != nil || environment["CI"] != nil
    /// The root certificate of the server's TLS (scripts/test-postgres.sh makes it).
    static let certificate = "/etc/postgresql/tavle-test.crt"

    let base: URLComponents
    let database: String

    /// A new, empty database; records why when there is no server.
    static func newDatabase() throws -> TestServer? {
        guard let address, let base = URLComponents(string: address) else {
            Issue.record(
                "no PostgreSQL server for the tests: TAVLE_TEST_POSTGRES is not set. 'make test' installs and starts one (scripts/test-postgres.sh)."
            )
            return nil
        }
        let server = TestServer(base: base, database: "tavle_\(UUID().uuidString.prefix(8).lowercased())")
        let created = try server.psql("CREATE DATABASE \(server.database)", in: String(base.path.dropFirst()))
        guard created.status == 0 else {
            Issue.record("the test server at \(address) could not make a database: \(created.output)")
            return nil
        }
        return server
    }

    var url: String {
        var components = base
        components.path = "/\(database)"
        components.query = "sslmode=disable"
        return components.string!
    }

    /// The environment a user has: the password where libpq looks for it, no password file.
    var userEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = Self.password
        environment["PGPASSFILE"] = "/nonexistent/pgpass"
        return environment
    }

    func psql(_ sql: String, in database: String? = nil) throws -> (status: Int32, output: String) {
        let result = try Program.run(
            [
                "psql", "-X", "-q", "-t", "-A", "-h", base.host ?? "127.0.0.1", "-p", "\(base.port ?? 5432)", "-U",
                base.user ?? "tavle", "-d", database ?? self.database, "-c", sql,
            ],
            environment: userEnvironment)
        return (result.status, result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func drop() {
        _ = try? psql("DROP DATABASE IF EXISTS \(database) WITH (FORCE)", in: String(base.path.dropFirst()))
    }
}

/// The same notebooks on SQLite, CSV and PostgreSQL, and every way a PostgreSQL source can go
/// wrong, against a real server.
@Suite(
    .enabled(
        if: TestServer.runs, "needs a PostgreSQL server: run 'make test', which starts one, or set TAVLE_TEST_POSTGRES")
)
struct PostgresSourceTests {
    /// A copy of Notebooks/ whose tavle.yaml reads its data from `data`.
    func example(data: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-sources-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Tavle.packageRoot.appendingPathComponent("Notebooks"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".tavle-cache"))
        let config = folder.appendingPathComponent("tavle.yaml")
        let text = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(
            of: "\ndata: data/\n", with: "\ndata: \(data)\n")
        try Data(text.utf8).write(to: config)
        return folder
    }

    @Test func theExampleNotebooksGiveByteIdenticalReportsOnSQLiteCSVAndPostgreSQL() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        var environment = server.userEnvironment
        environment["TAVLE_COMMIT_TIME"] = "2022-10-20T09:00:00+02:00"
        let sources = ["sqlite": "data/", "csv": "csv:data/", "postgres": server.url]
        var folders: [String: URL] = [:]
        for (name, data) in sources { folders[name] = try example(data: data) }
        defer { for folder in folders.values { try? FileManager.default.removeItem(at: folder) } }

        let load = try Tavle.run(
            ["data", "load", "--into", server.url, "--workspace", folders["sqlite"]!.path], in: Tavle.packageRoot,
            environment: environment)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("Loaded 3 tables"), "\(load.stdout)")

        let notebooks = [
            "samling-1", "samling-2", "samling-3", "samling-4", "veiledningsgruppe-sykmelding",
            "veiledningsgruppe-takst",
        ]
        var trees: [String: String] = [:]
        for (name, folder) in folders {
            for notebook in notebooks {
                let run = try Tavle.run(
                    ["run", "\(notebook).md", "--all-teams", "--output", "out"], in: folder, environment: environment)
                #expect(run.status == 0, "\(name) \(notebook): \(run.stderr)")
            }
            trees[name] = try GitCLI.run(["rev-parse", "HEAD^{tree}"], in: folder.appendingPathComponent("out")).output
        }
        // The same tree: every report, its data, manifest and ledger file is byte for byte the same.
        let csvDifferences = trees["csv"] == trees["sqlite"] ? "" : try differences(folders["sqlite"]!, folders["csv"]!)
        let postgresDifferences =
            trees["postgres"] == trees["sqlite"] ? "" : try differences(folders["sqlite"]!, folders["postgres"]!)
        #expect(trees["csv"] == trees["sqlite"], "\(csvDifferences)")
        #expect(trees["postgres"] == trees["sqlite"], "\(postgresDifferences)")
        let reports = try GitCLI.run(
            ["ls-tree", "-r", "--name-only", "HEAD"], in: folders["postgres"]!.appendingPathComponent("out")
        ).output
        #expect(reports.split(separator: "\n").filter { $0.hasSuffix(".html") }.count == 4 * 11 + 2 * 6)
    }

    func differences(_ a: URL, _ b: URL) throws -> String {
        String(
            try Program.run([
                "diff", "-r", "-q", "-x", ".git", a.appendingPathComponent("out").path,
                b.appendingPathComponent("out").path,
            ]).output.prefix(2000))
    }

    /// A small workspace whose data is in a new database of the test server.
    func workspace(_ server: TestServer, notebook: String = Workspace.goodNotebook, timeout: String = "10s") throws
        -> Workspace
    {
        let workspace = try Workspace(notebook: notebook)
        let load = try Tavle.run(
            ["data", "load", "--into", server.url], in: workspace.folder, environment: server.userEnvironment)
        #expect(load.status == 0, "\(load.stderr)")
        try workspace.write(
            "tavle.yaml",
            """
            name: Test network
            language: en
            data: \(server.url)
            teams:
              query: SELECT id, name, municipality FROM teams ORDER BY id
            output: out
            query_timeout: \(timeout)
            """)
        return workspace
    }

    /// TLS through libpq: `require` encrypts (the server says so itself), `verify-full`
    /// checks the certificate against the root certificate given, and refuses without one.
    @Test func tlsIsUsedWhenRequiredAndTheCertificateIsCheckedWhenAsked() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        let notebook =
            Workspace.goodNotebook + """

                ```sql tls
                SELECT ssl AS encrypted FROM pg_stat_ssl WHERE pid = pg_backend_pid()
                ```

                """
        let workspace = try workspace(server, notebook: notebook)
        defer { workspace.remove() }
        let config = try workspace.read("tavle.yaml")
        func run(_ mode: String, rootCertificate: String?) throws -> CommandResult {
            try workspace.write(
                "tavle.yaml", config.replacingOccurrences(of: "sslmode=disable", with: "sslmode=\(mode)"))
            var environment = server.userEnvironment
            environment["PGSSLROOTCERT"] = rootCertificate
            return try Tavle.run(
                ["run", "report.md", "--team", "t1", "--param", "period=2022-0\(mode.count % 3 + 1)"],
                in: workspace.folder, environment: environment)
        }
        let required = try run("require", rootCertificate: "/nonexistent/root.crt")
        #expect(required.status == 0, "\(required.stderr)")
        #expect(try workspace.read("out/t1/report.data/tls.csv") == "encrypted\n1\n")

        let verified = try run("verify-full", rootCertificate: TestServer.certificate)
        #expect(verified.status == 0, "\(verified.stderr)")

        let unverifiable = try run("verify-full", rootCertificate: "/nonexistent/root.crt")
        #expect(unverifiable.status == 1)
        #expect(
            unverifiable.stderr.contains("error: tavle could not reach the PostgreSQL server at 127.0.0.1:"),
            "\(unverifiable.stderr)")
        #expect(
            unverifiable.stderr.contains("root certificate file \"/nonexistent/root.crt\" does not exist"),
            "\(unverifiable.stderr)")
    }

    /// `tavle import` into a workspace whose data is on PostgreSQL: the rows, in one transaction.
    @Test func aFilledInFormIsImportedIntoPostgreSQL() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        let folder = try example(data: server.url), text = try example(data: "data/")
        defer { for copy in [folder, text] { try? FileManager.default.removeItem(at: copy) } }
        let load = try Tavle.run(
            ["data", "load", "--into", server.url, "--workspace", text.path], in: Tavle.packageRoot,
            environment: server.userEnvironment)
        #expect(load.status == 0, "\(load.stderr)")
        let before = try server.psql("SELECT count(*) FROM measurements").output
        try Data(ImportCommandTests.filledIn.utf8).write(to: folder.appendingPathComponent("takster.csv"))
        let result = try Tavle.run(["import", "takster.csv"], in: folder, environment: server.userEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 7 numbers for 2 teams (2023-01)"), "\(result.stdout)")
        #expect(try server.psql("SELECT count(*) FROM measurements").output == String(Int(before)! + 7))
        #expect(
            try server.psql(
                "SELECT value FROM measurements WHERE team_id = 'legekontor-fjord' AND indicator_id = 'takst-1j' AND period = '2023-01'"
            ).output == "0.051")
        // The same numbers again: refused as already there, nothing added.
        let again = try Tavle.run(["import", "takster.csv"], in: folder, environment: server.userEnvironment)
        #expect(again.status == 1)
        #expect(
            again.stderr.contains("the data already holds numbers for legekontor-fjord in 2023-01"), "\(again.stderr)")
        #expect(try server.psql("SELECT count(*) FROM measurements").output == String(Int(before)! + 7))
    }

    @Test func aReportOnPostgreSQLIsTheReportOnSQLite() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        let sqlite = try Workspace()
        defer { sqlite.remove() }
        let postgres = try workspace(server)
        defer { postgres.remove() }
        var environment = server.userEnvironment
        environment["TAVLE_COMMIT_TIME"] = "2022-03-01T09:00:00+01:00"
        #expect(
            try Tavle.run(["run", "report.md", "--all-teams"], in: sqlite.folder, environment: environment).status == 0)
        let run = try Tavle.run(["run", "report.md", "--all-teams"], in: postgres.folder, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        for team in ["t1", "t2", "t3"] {
            #expect(try postgres.read("out/\(team)/report.html") == sqlite.read("out/\(team)/report.html"))
            #expect(
                try postgres.read("out/\(team)/report.data/falls.csv")
                    == sqlite.read("out/\(team)/report.data/falls.csv"))
        }
        #expect(!run.stderr.contains(TestServer.password) && !run.stdout.contains(TestServer.password))
    }

    /// The data source line of tavle.yaml, and the words that must be in the message.
    func refused(_ server: TestServer, data: String, environment: [String: String]? = nil, expecting words: [String])
        throws
    {
        let workspace = try Workspace(
            config: """
                name: Test network
                language: en
                data: \(data)
                teams:
                  query: SELECT id, name, municipality FROM teams ORDER BY id
                output: out
                """)
        defer { workspace.remove() }
        let result = try Tavle.run(
            ["check", "report.md"], in: workspace.folder, environment: environment ?? server.userEnvironment)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("tavle.yaml:3:7: error: "), "\(result.stderr)")
        for word in words { #expect(result.stderr.contains(word), "'\(word)' in: \(result.stderr)") }
        #expect(!result.stderr.contains(TestServer.password), "the password stays out of messages")
    }

    @Test func aWrongPortIsNamedWithHostAndDatabase() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        try refused(
            server, data: "postgres://tavle@127.0.0.1:1/\(server.database)?sslmode=disable",
            expecting: [
                "tavle could not reach the PostgreSQL server at 127.0.0.1:1 (database '\(server.database)')",
                "hint: check that the server runs",
            ])
    }

    @Test func aWrongHostIsNamed() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        try refused(
            server, data: "postgres://tavle@no-such-host.invalid:5432/\(server.database)",
            expecting: [
                "tavle could not reach the PostgreSQL server at no-such-host.invalid:5432 (database '\(server.database)')"
            ])
    }

    @Test func aWrongPasswordIsRefusedWithoutShowingIt() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        var environment = server.userEnvironment
        environment["PGPASSWORD"] = "not-the-password-1234"
        try refused(
            server, data: server.url, environment: environment,
            expecting: [
                "did not accept user 'tavle' for the database '\(server.database)' with the password given",
                "hint: set PGPASSWORD, or add the line",
            ])
        let workspace = try Workspace(
            config: "name: N\nlanguage: en\ndata: \(server.url)\nteams:\n  query: SELECT id, name FROM teams\n")
        defer { workspace.remove() }
        let result = try Tavle.run(["check", "report.md"], in: workspace.folder, environment: environment)
        #expect(!result.stderr.contains("not-the-password-1234"))
    }

    @Test func aDatabaseThatDoesNotExistIsNamed() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        try refused(
            server, data: server.url.replacingOccurrences(of: server.database, with: "no_such_database"),
            expecting: [
                "there is no database 'no_such_database' on the PostgreSQL server at",
                "hint: check the database name in tavle.yaml",
            ])
    }

    @Test func aQueryThatWritesIsRefusedAndTheDataIsUntouched() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        // Starts as a reading query, so only the read-only transaction can stop it.
        let notebook = Workspace.goodNotebook.replacingOccurrences(
            of:
                "SELECT period, numerator, denominator, value FROM measurements\nWHERE team_id = :team AND period <= :period ORDER BY period",
            with:
                "WITH gone AS (DELETE FROM measurements WHERE team_id = :team RETURNING period, numerator, denominator, value)\nSELECT period, numerator, denominator, value FROM gone WHERE period <= :period ORDER BY period"
        )
        let workspace = try workspace(server, notebook: notebook)
        defer { workspace.remove() }
        let before = try server.psql("SELECT count(*) FROM measurements").output
        #expect(before == "9")
        let result = try Tavle.run(
            ["run", "report.md", "--team", "t1"], in: workspace.folder, environment: server.userEnvironment)
        #expect(result.status == 1)
        // Refused when the run resolves the query's columns, before any row is read: the server
        // will not even describe a statement that writes inside a WITH.
        #expect(result.stderr.hasPrefix("report.md:14:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: the query 'falls'"), "\(result.stderr)")
        #expect(try server.psql("SELECT count(*) FROM measurements").output == before)
        #expect(!workspace.exists("out/t1/report.html"))
    }

    @Test func aQueryPastTheTimeLimitIsStopped() throws {
        guard let server = try TestServer.newDatabase() else { return }
        defer { server.drop() }
        let notebook = Workspace.goodNotebook.replacingOccurrences(
            of:
                "SELECT period, numerator, denominator, value FROM measurements\nWHERE team_id = :team AND period <= :period ORDER BY period",
            with:
                "SELECT period, numerator, denominator, value FROM measurements, (SELECT pg_sleep(3)) AS slow\nWHERE team_id = :team AND period <= :period ORDER BY period"
        )
        let workspace = try workspace(server, notebook: notebook, timeout: "1s")
        defer { workspace.remove() }
        let start = Date()
        let result = try Tavle.run(
            ["run", "report.md", "--team", "t1"], in: workspace.folder, environment: server.userEnvironment)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("error: the query 'falls' was stopped after 1 s, its time limit"), "\(result.stderr)"
        )
        #expect(Date().timeIntervalSince(start) < 10)
    }
}

/// `data: csv:FOLDER` through the command line: a bad file is named with its place.
@Suite struct CSVSourceCommandTests {
    func workspace(measurements: String) throws -> Workspace {
        let workspace = try Workspace(
            config: """
                name: Test network
                language: en
                data: csv:tables/
                teams:
                  query: SELECT id, name, municipality FROM teams ORDER BY id
                output: out
                """)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("tables"), withIntermediateDirectories: true)
        try workspace.write("tables/teams.csv", "id,name,municipality\nt1,Lia,Molde\nt2,Fjordtunet,Ålesund\n")
        try workspace.write("tables/measurements.csv", measurements)
        return workspace
    }

    @Test func aCSVFolderServesTheSameNotebook() throws {
        let workspace = try workspace(
            measurements: "team_id,period,numerator,denominator,value\nt1,2022-01,4,750,5.333\nt1,2022-02,6,750,8.0\n")
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--team", "t1")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try workspace.read("out/t1/report.md").contains("Last: 8.0 in February 2022."))
    }

    @Test func aRaggedRowStopsTheCheckAtItsLine() throws {
        let workspace = try workspace(
            measurements: "team_id,period,numerator,denominator,value\nt1,2022-01,4,750,5.333\nt1,2022-02,6,750\n")
        defer { workspace.remove() }
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "tables/measurements.csv:3:1: error: this row has 4 fields, but the header names 5 columns"),
            "\(result.stderr)")
    }

    @Test func aWordInANumericColumnStopsTheCheckWhereItStands() throws {
        let rows = (1...5).map { "t1,2022-0\($0),\($0),750,0.\($0)\n" }.joined()
        let workspace = try workspace(
            measurements: "team_id,period,numerator,denominator,value\n" + rows + "t1,2022-06,n/a,750,0.6\n")
        defer { workspace.remove() }
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "tables/measurements.csv:7:12: error: 'n/a' in the column 'numerator' is not a number, but 5 of the column's 6 values are"
            ), "\(result.stderr)")
    }
}

/// `tavle import` into a `csv:` workspace: the numbers are appended to its measurements.csv.
@Suite struct CSVSourceImportTests {
    @Test func aFilledInFormIsAddedToTheCSVFolder() throws {
        let notebook = """
            ---
            id: gp
            title: GP group
            params:
              team: { type: team }
              next: { type: month, default: "2023-01" }
            ---
            ```form fees
            period: next
            fields:
              - indicator: fee-1j
                label: Fee code 1j
                unit: "%"
                min: 0
                max: 100
                stored_as: share
            ```
            """
        let workspace = try Workspace(
            notebook: notebook,
            config: """
                name: Test network
                language: en
                data: csv:tables/
                teams:
                  query: SELECT id, name FROM teams ORDER BY id
                output: out
                """)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("tables"), withIntermediateDirectories: true)
        try workspace.write("tables/teams.csv", "id,name\nt1,Lia\nt2,Fjordtunet\n")
        try workspace.write("tables/measurements.csv", "team_id,indicator_id,period,value\nt1,fee-1j,2022-10,0.051\n")
        try workspace.write("filled.csv", "team,period,fee-1j\nt1,2023-01,\"5,5 %\"\nt2,2023-01,4\n")
        let result = try workspace.tavle("import", "filled.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Imported 2 numbers for 2 teams (2023-01), form report.md: fees into tables/measurements.csv"),
            "\(result.stdout)")
        #expect(
            try workspace.read("tables/measurements.csv")
                == "team_id,indicator_id,period,value\nt1,fee-1j,2022-10,0.051\nt1,fee-1j,2023-01,0.055\nt2,fee-1j,2023-01,0.04\n"
        )
        // Read back through the CSV source: the same number is not imported twice.
        let again = try workspace.tavle("import", "filled.csv")
        #expect(again.status == 1)
        #expect(again.stderr.contains("the data already holds numbers for t1 in 2023-01 (fee-1j)"), "\(again.stderr)")
    }
}
