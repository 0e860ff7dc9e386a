import Foundation
import Testing

/// Every bad input gives one clear message with file:line:col, exits non-zero, writes no
/// report and leaves the database byte-identical.
@Suite struct BadInputTests {
    func expectRefusal(
        notebook: String = Workspace.goodNotebook, config: String? = nil, arguments: [String] = ["--all-teams"],
        at position: String, saying message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let workspace = try Workspace(notebook: notebook, config: config)
        defer { workspace.remove() }
        let before = try workspace.database
        let result = try Tavle.run(["run", "report.md"] + arguments, in: workspace.folder)
        #expect(result.status == 1, "exit status", sourceLocation: sourceLocation)
        #expect(
            result.stderr.hasPrefix("\(position): error: \(message)"), "stderr was: \(result.stderr)",
            sourceLocation: sourceLocation)
        #expect(result.stderr.contains("hint:"), "a hint says how to fix it", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(!workspace.exists("out"), "no report was written", sourceLocation: sourceLocation)
        #expect(try workspace.database == before, "the database is untouched", sourceLocation: sourceLocation)
    }

    @Test func malformedFrontMatter() throws {
        try expectRefusal(
            notebook: Workspace.goodNotebook.replacingOccurrences(of: "title: Status", with: "title: [Status"),
            at: "report.md:4:7", saying: "the YAML is malformed")
    }

    @Test func unknownChart() throws {
        try expectRefusal(
            notebook: Workspace.goodNotebook.replacingOccurrences(of: "chart: run", with: "chart: bar3d"),
            at: "report.md:11:12", saying: "'bar3d' is not a valid chart in the query 'falls'")
    }

    @Test func unknownParameter() throws {
        try expectRefusal(
            arguments: ["--all-teams", "--param", "perod=2022-01"], at: "report.md:4:1",
            saying: "the notebook declares no parameter 'perod'")
    }

    @Test func parameterOfTheWrongType() throws {
        try expectRefusal(
            arguments: ["--all-teams", "--param", "period=March"], at: "report.md:6:3",
            saying: "the parameter 'period' should be a month written YYYY-MM")
    }

    @Test func missingParameter() throws {
        try expectRefusal(
            notebook: Workspace.goodNotebook.replacingOccurrences(
                of: "period: { type: month, default: \"2022-02\" }", with: "period: { type: month }"),
            at: "report.md:6:3", saying: "the parameter 'period' has no default and was not given")
    }

    @Test func unknownTeam() throws {
        try expectRefusal(
            arguments: ["--team", "t9"], at: "report.md:5:3", saying: "there is no team 't9' in this workspace")
    }

    @Test func noTeamChosen() throws {
        try expectRefusal(arguments: [], at: "report.md:5:3", saying: "say which team to make the report for")
    }

    @Test func expressionNamingAQueryThatDoesNotExist() throws {
        try expectRefusal(
            notebook: Workspace.goodNotebook.replacingOccurrences(
                of: "{{ falls.last.value | number(1) }}", with: "{{ fals.last.value | number(1) }}"),
            at: "report.md:18:10", saying: "'fals' is not a query, parameter or known name in this notebook")
    }

    @Test func sqlSyntaxError() throws {
        try expectRefusal(
            notebook: Workspace.goodNotebook.replacingOccurrences(of: "ORDER BY period", with: "ORDER BY BY period"),
            at: "report.md:15:57", saying: "the query 'falls' has an error: near \"period\": syntax error")
    }

    @Test(arguments: [
        ("INSERT INTO teams VALUES ('t4', 'Ny', 'Molde')", "INSERT"),
        ("UPDATE measurements SET value = 0", "UPDATE"),
        ("DROP TABLE measurements", "DROP"),
        ("ATTACH DATABASE 'other.sqlite' AS other", "ATTACH"),
        ("PRAGMA user_version = 3", "PRAGMA"),
    ])
    func statementsThatWrite(sql: String, keyword: String) throws {
        let notebook = """
            ---
            id: report
            title: Status
            ---
            ```sql sneaky
            \(sql)
            ```
            """
        try expectRefusal(
            notebook: notebook, arguments: [], at: "report.md:6:1",
            saying: "the query 'sneaky' is a \(keyword) statement; a report may only read data")
    }

    @Test func aQueryPastItsTimeLimitIsInterrupted() throws {
        let config = """
            data: data.sqlite
            teams: teams
            output: out
            query_timeout: 0.3s
            """
        let notebook = """
            ---
            id: report
            title: Status
            ---
            Counting forever:

            ```sql forever
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
            SELECT count(*) FROM n
            ```
            """
        try expectRefusal(
            notebook: notebook, config: config, arguments: [], at: "report.md:8:1",
            saying: "the query 'forever' was stopped after 0.3 s, its time limit")
    }

    @Test func aNotebookOutsideAnyWorkspace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-lonely-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Workspace.goodNotebook.utf8).write(to: folder.appendingPathComponent("report.md"))
        let result = try Tavle.run(["run", "report.md", "--all-teams"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: no tavle.yaml was found in"))
    }
}
