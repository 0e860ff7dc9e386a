import TavleModel
import Testing

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

    @Test func authorAndRemote() throws {
        let base = "data: d.sqlite\nteams: teams\n"
        let mapping = try parser.parse(
            base + "author: { name: Læringsnettverket, email: kvalitet@kommune.no }\nremote: ../delt/rapporter.git\n",
            file: "tavle.yaml", root: "/w/Notebooks")
        #expect(mapping.author == Author(name: "Læringsnettverket", email: "kvalitet@kommune.no"))
        #expect(mapping.remote == "/w/delt/rapporter.git")

        let gitStyle = try parser.parse(
            base + "author: Kari Nordmann <kari@kommune.no>\nremote: git@git.kommune.no:kvalitet/rapporter.git\n",
            file: "tavle.yaml", root: "/w")
        #expect(gitStyle.author == Author(name: "Kari Nordmann", email: "kari@kommune.no"))
        #expect(gitStyle.remote == "git@git.kommune.no:kvalitet/rapporter.git")
        #expect(
            try parser.parse(base + "remote: https://git.kommune.no/r.git\n", file: "tavle.yaml", root: "/w").remote
                == "https://git.kommune.no/r.git")
        #expect(try parser.parse(base, file: "tavle.yaml", root: "/w").author == nil)
    }

    @Test func anAuthorWithoutAnAddressIsExplained() {
        #expect {
            try parser.parse("data: d.sqlite\nteams: teams\nauthor: Kari\n", file: "tavle.yaml", root: "/w")
        } throws: { error in
            let diagnostic = error as! Diagnostic
            return diagnostic.location == SourceLocation(file: "tavle.yaml", line: 3, column: 9)
                && diagnostic.message == "the author should have a name and an e-mail address, but it is 'Kari'"
                && diagnostic.hint?.contains("author: Læringsnettverket <kvalitet@kommune.no>") == true
        }
        #expect {
            try parser.parse("data: d.sqlite\nteams: teams\nauthor: { mail: k@k.no }\n", file: "tavle.yaml", root: "/w")
        } throws: { error in
            (error as! Diagnostic).message == "unknown key 'mail' in author"
        }
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

/// `data:` values for the CSV and PostgreSQL sources.
@Suite struct DataSourceSpecTests {
    @Test func csvNamesAFolder() throws {
        #expect(try DataSourceSpec.parse("csv:data/") == .csvFolder(path: "data/"))
        do {
            _ = try DataSourceSpec.parse("csv:")
            Issue.record("an empty csv: was accepted")
        } catch {
            #expect(error.message.en == "'csv:' names no folder")
        }
    }

    @Test func aPostgresAddressHasDefaultsLikeLibpq() throws {
        let full = try DataSourceSpec.postgresAddress(
            "postgres://kari@db.kommune.no:5433/kvalitet?sslmode=require", environment: [:])
        #expect(
            full
                == PostgresAddress(host: "db.kommune.no", port: 5433, user: "kari", database: "kvalitet", tls: .require)
        )
        let short = try DataSourceSpec.postgresAddress("postgresql:///nettverk", environment: ["USER": "ola"])
        #expect(
            short == PostgresAddress(host: "localhost", port: 5432, user: "ola", database: "nettverk", tls: .prefer))
        #expect(
            try DataSourceSpec.postgresAddress("postgres://h/db", environment: ["PGUSER": "per", "USER": "ola"]).user
                == "per")
        #expect(short.description == "postgres://ola@localhost:5432/nettverk")
        #expect(
            try DataSourceSpec.parse("postgres://kari@localhost/kvalitet")
                == .postgres(
                    PostgresAddress(host: "localhost", port: 5432, user: "kari", database: "kvalitet", tls: .prefer)))
    }

    @Test(arguments: [
        ("postgres://kari:hemmelig@localhost/kvalitet", "the PostgreSQL address holds a password"),
        ("postgres://kari@localhost", "the PostgreSQL address names no database"),
        (
            "postgres://kari@localhost/kvalitet?sslmode=always",
            "'sslmode=always' in the PostgreSQL address is not something tavle knows"
        ),
        (
            "postgres://kari@localhost/kvalitet?application_name=x",
            "'application_name=x' in the PostgreSQL address is not something tavle knows"
        ),
    ])
    func aBadAddressIsExplained(text: String, message: String) {
        do {
            _ = try DataSourceSpec.postgresAddress(text, environment: ["USER": "ola"])
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.message.en == message)
            #expect(!error.message.en.contains("hemmelig") && !(error.hint?.en.contains("hemmelig") ?? false))
        }
    }
}
