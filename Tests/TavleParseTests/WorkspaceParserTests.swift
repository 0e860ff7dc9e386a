import Testing
import TavleModel
@testable import TavleParse

@Suite struct WorkspaceParserTests {
    let parser = WorkspaceParser()

    @Test func readsEverySetting() throws {
        let text = """
            name: Nettverket
            language: en
            data: data/
            teams:
              query: SELECT id, name FROM teams
            output: ../reports
            privacy: { min_count: 3 }
            query_timeout: 2.5s
            """
        let workspace = try parser.parse(text, file: "tavle.yaml", root: "/w/Notebooks")
        #expect(workspace.name == "Nettverket")
        #expect(workspace.language == .en)
        #expect(workspace.dataSource == .textFolder(path: "data/"))
        #expect(workspace.teams.query == "SELECT id, name FROM teams")
        #expect(workspace.teams.location == SourceLocation(file: "tavle.yaml", line: 5, column: 10))
        #expect(workspace.output == "/w/reports")
        #expect(workspace.minimumCount == 3)
        #expect(workspace.queryTimeLimit == 2.5)
    }

    @Test func defaultsAndShorthands() throws {
        let workspace = try parser.parse("data: indikatorer.sqlite\nteams: teams\n", file: "tavle.yaml", root: "/w")
        #expect(workspace.dataSource == .sqliteFile(path: "indikatorer.sqlite"))
        #expect(workspace.teams.query == "SELECT * FROM teams ORDER BY id")
        #expect(workspace.language == .nb)
        #expect(workspace.output == "/w/output")
        #expect(workspace.minimumCount == 5)
        #expect(workspace.queryTimeLimit == 10)
    }

    @Test func missingDataSaysWhatToWrite() {
        #expect(throws: Diagnostic.self) { try parser.parse("teams: teams\n", file: "tavle.yaml", root: "/w") }
    }

    @Test func badTimeout() throws {
        do {
            _ = try parser.parse("data: d/\nteams: t\nquery_timeout: soon\n", file: "tavle.yaml", root: "/w")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "tavle.yaml", line: 3, column: 16))
        }
    }
}
