import Foundation
import Testing

/// Data folders read what Nordic spreadsheets save: ';' between fields and decimal commas,
/// UTF-8 with or without a byte-order mark, Windows-1252; one reader for data and import.
@Suite struct SpreadsheetCSVTests {
    /// Team t1's falls per 1000 days, written the way a Swedish spreadsheet saves them.
    static let semicolons =
        "team_id;period;numerator;denominator;value\nt1;2022-01;4;750;5,333\nt1;2022-02;6;750;8,0\nt1;2022-03;3;1 500;2,5\n"

    static func workspace(measurements: Data, teams: Data? = nil, csvFolder: Bool) throws -> Workspace {
        let workspace = try Workspace(
            notebook: Workspace.goodNotebook.replacingOccurrences(of: "--| decimals: 1", with: "--| decimals: 3"))
        try measurements.write(to: workspace.folder.appendingPathComponent("data-src/measurements.csv"))
        if let teams { try teams.write(to: workspace.folder.appendingPathComponent("data-src/teams.csv")) }
        if csvFolder {
            try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("data-src/schema.sql"))
        }
        try workspace.write(
            "tavle.yaml",
            """
            name: Test network
            language: en
            data: \(csvFolder ? "csv:data-src" : "data-src")
            teams:
              query: SELECT id, name, municipality FROM teams ORDER BY id
            output: out
            """)
        return workspace
    }

    @Test(arguments: [false, true]) func semicolonsAndDecimalCommasAreRead(csvFolder: Bool) throws {
        let workspace = try Self.workspace(measurements: Data(Self.semicolons.utf8), csvFolder: csvFolder)
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--team", "t1", "--param", "period=2022-03")
        #expect(result.status == 0, "\(result.stderr)")
        let data = try workspace.read("out/t1/report.data/falls.csv")
        #expect(data.contains("2022-01,4,750,5.333\n"), "\(data)")
        #expect(data.contains("2022-03,3,1500,2.5\n"), "a space between thousands: \(data)")
        #expect(try workspace.read("out/t1/report.md").contains("Last: 2.5 in March 2022."))
    }

    @Test(arguments: [false, true]) func aByteOrderMarkAndWindows1252AreRead(csvFolder: Bool) throws {
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(Self.semicolons.utf8)
        let teams = try #require(
            "id;name;municipality\nt1;Lia;Malmö\nt2;Fjordtunet;Ålesund\nt3;Nordlys;Kristiansund\n".data(
                using: .windowsCP1252))
        #expect(String(data: teams, encoding: .utf8) == nil, "the test's teams file is not UTF-8")
        let workspace = try Self.workspace(measurements: bom, teams: teams, csvFolder: csvFolder)
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--all-teams", "--param", "period=2022-03")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try workspace.read("out/t1/report.md").contains("# Lia (Malmö)"))
        #expect(try workspace.read("out/t2/report.md").contains("# Fjordtunet (Ålesund)"))
    }

    @Test func quotedDecimalCommasInACommaFileAreRefusedNotReadAsText() throws {
        // Every value quoted with a decimal comma: once the column became text, and
        // 100.0 * '0,38' is 0, so every point was drawn at 0.
        let rows = "team_id,period,numerator,denominator,value\nt1,2022-01,4,750,\"5,333\"\nt1,2022-02,6,750,\"8,0\"\n"
        let workspace = try Self.workspace(measurements: Data(rows.utf8), csvFolder: true)
        defer { workspace.remove() }
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "data-src/measurements.csv:2:18: error: '5,333' in the column 'value' is written with a decimal comma"),
            "\(result.stderr)")
        #expect(result.stderr.contains("save it with ';' between fields"))
    }

    @Test func aDecimalCommaInACommaFileWithASchemaIsRefusedWithTheWayOut() throws {
        let rows = "team_id,period,numerator,denominator,value\nt1,2022-01,4,750,\"5,333\"\n"
        let workspace = try Self.workspace(measurements: Data(rows.utf8), csvFolder: false)
        defer { workspace.remove() }
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "data-src/measurements.csv:2:18: error: '5,333' in the column 'value' is not a number"),
            "\(result.stderr)")
        #expect(result.stderr.contains("its decimals need a point (5.333)"))
    }

    @Test func aRowThatDoesNotSplitLikeTheHeaderNamesTheSeparator() throws {
        let rows = "team_id;period;numerator;denominator;value\nt1;2022-01;4;750\n"
        let workspace = try Self.workspace(measurements: Data(rows.utf8), csvFolder: true)
        defer { workspace.remove() }
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "data-src/measurements.csv:2:1: error: this row has 4 fields, but the header names 5 columns"),
            "\(result.stderr)")
        #expect(result.stderr.contains("separates its columns with ';'"))
    }

    @Test func importAddsRowsInTheFilesOwnDialectAndEncoding() throws {
        // The fee form of the concurrent-import tests.
        let notebook = ConcurrentImportTests.notebook
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
        try workspace.write("tables/teams.csv", "id;name\nt1;Lia\nt2;Fjordtunet\n")
        let before = try #require(
            "team_id;indicator_id;period;value;note\nt1;fee-1j;2022-10;0,051;Malmö\n".data(using: .windowsCP1252))
        try before.write(to: workspace.folder.appendingPathComponent("tables/measurements.csv"))
        try workspace.write("filled.csv", "team;period;fee-1j\nt1;2023-01;5,5 %\nt2;2023-01;4\n")
        let result = try workspace.tavle("import", "filled.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let after = try Data(contentsOf: workspace.folder.appendingPathComponent("tables/measurements.csv"))
        #expect(String(data: after, encoding: .utf8) == nil, "still Windows-1252")
        #expect(
            String(data: after, encoding: .windowsCP1252)
                == "team_id;indicator_id;period;value;note\nt1;fee-1j;2022-10;0,051;Malmö\nt1;fee-1j;2023-01;0,055;\nt2;fee-1j;2023-01;0,04;\n"
        )
    }

    @Test(arguments: [false, true]) func pointsBetweenThousandsInAFileOfDecimalCommasAreRefused(csvFolder: Bool) throws
    {
        // "1.205" is 1205 to a Dane and 1.205 to SQL: neither is guessed.
        let rows = "team_id;period;numerator;denominator;value\nt1;2022-01;4;1.205;3,3\nt1;2022-02;6;1.210;5,0\n"
        let workspace = try Self.workspace(measurements: Data(rows.utf8), csvFolder: csvFolder)
        defer { workspace.remove() }
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("data-src/measurements.csv:2:14: error: '1.205' in the column 'denominator'"),
            "\(result.stderr)")
        #expect(result.stderr.contains("write 1205"), "\(result.stderr)")
    }
}
