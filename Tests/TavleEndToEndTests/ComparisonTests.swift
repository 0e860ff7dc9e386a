import Foundation
import Testing

@testable import TavleRun

/// A funnel chart compares teams: each handout names its own team only, labels the others
/// differently from handout to handout, hides small counts, and never ranks.
@Suite struct ComparisonTests {
    static let notebook = """
        ---
        id: report
        title: Status
        params:
          team: { type: team }
          period: { type: month, default: "2022-03" }
        ---
        ```sql falls
        --| chart: funnel
        --| title: Falls across the network
        --| x: team
        --| y: falls
        --| n: days
        SELECT m.team_id AS team, t.name AS name, m.numerator AS falls, m.denominator AS days
        FROM measurements m JOIN teams t ON t.id = m.team_id
        WHERE m.period = :period
        ORDER BY m.numerator DESC
        ```

        Rows: {{ falls.count }}. Last: {{ falls.last.falls | number(0) }}. Total: {{ falls.sum.falls }}.
        """

    @Test func eachHandoutNamesOnlyItsOwnTeam() throws {
        let workspace = try Workspace(notebook: Self.notebook)
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(result.status == 0, "\(result.stderr)")

        // In March 2022 every team had 3 falls in 750 days; 3 is below the threshold of 5.
        let t1 = try workspace.read("out/t1/report.data/falls.csv")
        #expect(t1.hasPrefix("team,falls,days\nLia,3,750\n"), "the own team first, by name, with its own count")
        #expect(t1.contains("Team A,<5,750\nTeam B,<5,750\n"))
        for name in ["Fjordtunet", "Nordlys", "t2", "t3", "Ålesund", "Kristiansund"] {
            for file in [
                "out/t1/report.data/falls.csv", "out/t1/report.html", "out/t1/report.md", "out/t1/report.manifest.json",
            ] {
                #expect(try !workspace.read(file).contains(name), "\(name) in \(file)")
            }
        }
        let html = try workspace.read("out/t1/report.html")
        #expect(html.contains("<circle class=\"own\""))
        #expect(html.contains("2 team er ikke vist") || html.contains("2 teams are not shown"))
        // Inline values keep the suppression: a formatted "<5" stays "<5", and a total over
        // hidden counts is left out rather than computed from the visible ones.
        let markdown = try workspace.read("out/t1/report.md")
        #expect(markdown.contains("Rows: 3. Last: \\<5. Total: –."), "\(markdown)")
    }

    @Test func labelsAreShuffledPerHandoutAndRowsAreNotRanked() throws {
        // Distinct counts per team (t1: 6, t2: 12, t3: 18 in February), so that an order by
        // value, or a label that always means the same team, would show.
        let notebook = Self.notebook
            .replacingOccurrences(of: "\"2022-03\"", with: "\"2022-02\"")
            .replacingOccurrences(
                of: "m.numerator AS falls", with: "m.numerator * CAST(substr(m.team_id, 2) AS INTEGER) AS falls")
        let workspace = try Workspace(notebook: notebook)
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        var orders: [[Int]] = []
        for team in ["t1", "t2", "t3"] {
            let rows = try workspace.read("out/\(team)/report.data/falls.csv").split(separator: "\n").dropFirst()
            #expect(rows.count == 3)
            #expect(
                rows.dropFirst().map { $0.split(separator: ",")[0] } == ["Team A", "Team B"], "others in label order")
            orders.append(rows.dropFirst().map { Int($0.split(separator: ",")[1])! })
        }
        // t1 sees t2 and t3, t2 sees t1 and t3, t3 sees t1 and t2: with labels in value order
        // every list would ascend (or every one descend). The handouts differ in that.
        #expect(!orders.allSatisfy { $0 == $0.sorted() })
        #expect(!orders.allSatisfy { $0 == $0.sorted(by: >) })
    }

    @Test func aFunnelWithoutItsColumnsIsExplained() throws {
        let workspace = try Workspace(notebook: Self.notebook.replacingOccurrences(of: "--| n: days\n", with: ""))
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--team", "t1")
        #expect(result.status == 1)
        // The default denominator column is named at the chart option, with the columns there are.
        #expect(
            result.stderr.hasPrefix(
                "report.md:9:12: error: the funnel chart 'falls' reads its denominator from the column 'denominator', which the query does not return"
            ), "\(result.stderr)")
        #expect(result.stderr.contains("the query returns: team, name, falls, days"), "\(result.stderr)")
        #expect(!workspace.exists("out/t1"))
    }

    @Test func labelsRunPastZAsSpreadsheetColumnsDo() {
        #expect(
            [0, 1, 25, 26, 27, 51, 52, 701, 702].map(Comparison.label) == [
                "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
            ])
    }
}
