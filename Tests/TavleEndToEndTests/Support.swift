import Foundation
import TavleData

/// The outcome of one run of the real `tavle` executable.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Tavle {
    /// The `tavle` binary SwiftPM built beside this test bundle.
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tavle"),
            Bundle.main.bundleURL.appendingPathComponent("tavle"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tavle"),
            packageRoot.appendingPathComponent(".build/debug/tavle"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs tavle as a user who may read the workspace but not write to it. Root may write
    /// anywhere whatever the permissions say, so as root the run drops to 'nobody' (setpriv,
    /// util-linux); any other user is already unable to write to the folders root made.
    static func runAsReader(_ arguments: [String], in folder: URL) throws -> CommandResult {
        guard getuid() == 0 else { return try run(arguments, in: folder) }
        return try run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments, in: folder,
            program: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    /// Messages are in English unless a test sets `TAVLE_LANGUAGE` itself (to "" to let the
    /// notebook and workspace decide, as they do for a user).
    static func run(
        _ arguments: [String], in folder: URL, environment: [String: String]? = nil, program: URL = executable
    ) throws -> CommandResult {
        let process = Process()
        var environment = environment ?? ProcessInfo.processInfo.environment
        if environment["TAVLE_LANGUAGE"] == nil { environment["TAVLE_LANGUAGE"] = "en" }
        process.environment = environment
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A program the tests use to look at what tavle made (git, psql, diff), found on PATH; its
/// standard output and error together.
enum Program {
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// The git CLI, which only the tests use, to look at what tavle wrote through libgit2.
enum GitCLI {
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        try Program.run(["git", "-C", folder.path] + arguments)
    }
}

/// Chromium, where Debian or Google put it; nil when it is not installed.
enum Chromium {
    static let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(
        where: FileManager.default.isExecutableFile)
    /// Without Chromium the tests that print are skipped, and say so, except in CI, where
    /// they run and fail.
    static let runs = path != nil || ProcessInfo.processInfo.environment["CI"] != nil
}

/// A small workspace in a temporary folder: three teams, a SQLite database, and a notebook
/// that each test may replace.
struct Workspace {
    let folder: URL

    static let goodNotebook = """
        ---
        id: report
        title: Status
        params:
          team: { type: team }
          period: { type: month, default: "2022-02" }
        ---
        # {{ team.name }} ({{ team.municipality }})

        ```sql falls
        --| chart: run
        --| title: Falls per 1000 days
        --| decimals: 1
        SELECT period, numerator, denominator, value FROM measurements
        WHERE team_id = :team AND period <= :period ORDER BY period
        ```

        Last: {{ falls.last.value | number(1) }} in {{ falls.last.period | month }}.

        ```prompt learnt
        What have you learnt?
        ```
        """

    init(notebook: String = Workspace.goodNotebook, config: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-e2e-\(UUID().uuidString)")
        let data = folder.appendingPathComponent("data-src")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try write(
            "data-src/schema.sql",
            """
            CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, municipality TEXT);
            CREATE TABLE measurements (team_id TEXT REFERENCES teams(id), period TEXT, numerator INTEGER, denominator INTEGER, value REAL);
            """)
        try write(
            "data-src/teams.csv", "id,name,municipality\nt1,Lia,Molde\nt2,Fjordtunet,Ålesund\nt3,Nordlys,Kristiansund\n"
        )
        var rows = "team_id,period,numerator,denominator,value\n"
        for team in ["t1", "t2", "t3"] {
            for (month, falls) in [("2022-01", 4), ("2022-02", 6), ("2022-03", 3)] {
                rows += "\(team),\(month),\(falls),750,\(Double(falls) * 1000 / 750)\n"
            }
        }
        try write("data-src/measurements.csv", rows)
        let built = try TextDataBuilder(folder: data.path, cacheFolder: folder.appendingPathComponent("cache").path)
            .database(declaredAt: nil)
        try FileManager.default.copyItem(atPath: built, toPath: folder.appendingPathComponent("data.sqlite").path)
        try write(
            "tavle.yaml",
            config ?? """
                name: Test network
                language: en
                data: data.sqlite
                teams:
                  query: SELECT id, name, municipality FROM teams ORDER BY id
                output: out
                """)
        try write("report.md", notebook)
    }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    var database: Data { get throws { try Data(contentsOf: folder.appendingPathComponent("data.sqlite")) } }

    func tavle(_ arguments: String...) throws -> CommandResult {
        try Tavle.run(arguments, in: folder)
    }

    /// Runs tavle as if on 1 January 2022: a run a journal's later revisions can follow (a
    /// revision must be dated on or after the run that still showed the goal as it was).
    func tavleEarly(_ arguments: String...) throws -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_COMMIT_TIME"] = "2022-01-01T09:00:00+01:00"
        environment["TAVLE_AUTHOR_NAME"] = "Kari Fasilitator"
        environment["TAVLE_AUTHOR_EMAIL"] = "kari@example.org"
        return try Tavle.run(arguments, in: folder, environment: environment)
    }

    /// Runs tavle as a named facilitator, so commits have a known author.
    func tavleAsFacilitator(_ arguments: [String]) throws -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_AUTHOR_NAME"] = "Kari Fasilitator"
        environment["TAVLE_AUTHOR_EMAIL"] = "kari@example.org"
        return try Tavle.run(arguments, in: folder, environment: environment)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
