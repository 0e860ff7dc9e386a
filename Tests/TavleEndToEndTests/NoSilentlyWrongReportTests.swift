import Foundation
import TavleModel
import TavleParse
import Testing

@testable import TavleRun

/// A report is either right or not made: each case a new author ran into, through the real
/// command line, with the error's place and words, the exit code, and nothing written.
@Suite struct NoSilentlyWrongReportTests {
    /// A run chart of per cent and a p chart over the test workspace's measurements.
    static func notebook(runOptions: String = "--| y: procent", pOptions: String = "--| y: screened\n--| n: residents")
        -> String
    {
        """
        ---
        id: report
        title: Status
        params:
          team: { type: team }
        ---
        ```sql share
        --| chart: run
        --| indicator: falls
        \(runOptions)
        SELECT period AS month, numerator AS residents, 100.0 * numerator / denominator AS procent FROM measurements
        WHERE team_id = :team ORDER BY period
        ```

        ```sql screening
        --| chart: p
        \(pOptions)
        SELECT period AS month, numerator AS screened, denominator AS residents FROM measurements
        WHERE team_id = :team ORDER BY period
        ```

        ```goals
        ```
        """
    }

    /// Checks that `check` and `run` both stop with `message` at `place`, and write nothing.
    func expectRefused(
        _ workspace: Workspace, at place: String, _ message: String, hint: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        for arguments in [["check", "report.md"], ["run", "report.md", "--all-teams"]] {
            let result = try Tavle.run(arguments, in: workspace.folder)
            #expect(
                result.status == 1, "\(arguments[0]): \(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
            #expect(
                result.stderr.hasPrefix("\(place): error: \(message)"), "\(arguments[0]): \(result.stderr)",
                sourceLocation: sourceLocation)
            if let hint { #expect(result.stderr.contains(hint), "\(result.stderr)", sourceLocation: sourceLocation) }
        }
        #expect(!workspace.exists("out"), "nothing written", sourceLocation: sourceLocation)
    }

    @Test func aMistypedColumnIsNeverPlottedAsAnother() throws {
        let workspace = try Workspace(notebook: Self.notebook(runOptions: "--| y: prcent"))
        defer { workspace.remove() }
        try expectRefused(
            workspace, at: "report.md:10:8", "the query 'share' returns no column 'prcent' (named by '--| y: prcent')",
            hint: "did you mean 'procent'? the query returns: month, residents, procent")
    }

    @Test func aChartWithoutItsDefaultColumnIsNotGuessed() throws {
        // No 'y' and no column 'value': once the last numeric column was plotted.
        let workspace = try Workspace(notebook: Self.notebook(runOptions: ""))
        defer { workspace.remove() }
        try expectRefused(
            workspace, at: "report.md:8:12",
            "the run chart 'share' reads the values it plots from the column 'value', which the query does not return",
            hint: "name the column with '--| y: COLUMN'")
    }

    @Test func aMistypedDenominatorStopsThePChartInsteadOfDroppingIt() throws {
        let workspace = try Workspace(notebook: Self.notebook(pOptions: "--| y: screened\n--| n: resident"))
        defer { workspace.remove() }
        try expectRefused(
            workspace, at: "report.md:18:8",
            "the query 'screening' returns no column 'resident' (named by '--| n: resident')",
            hint: "did you mean 'residents'?")
    }

    @Test func aDenominatorOnARunChartIsRefused() throws {
        let workspace = try Workspace(notebook: Self.notebook(runOptions: "--| y: procent\n--| n: residents"))
        defer { workspace.remove() }
        try expectRefused(
            workspace, at: "report.md:11:8", "the option 'n' (a denominator) means nothing on the run chart 'share'")
    }

    static func journal(target: String, indicator: String = "falls") -> String {
        """
        goals:
          - id: more-screened
            statement: More residents screened
            what: Screening
            for_whom: Residents
            indicator: \(indicator)
            target: \(target)
            direction: up
            due: 2022-12-31
        indicators:
          - id: falls
            name: Screened, per cent
            kind: process
        """
    }

    @Test func aGoalInPercentIsNotDrawnOnAChartOfNumbers() throws {
        // The chart multiplies by 100 but does not say so: 75 % would be drawn at 0.75.
        let workspace = try Workspace(notebook: Self.notebook())
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal(target: "75 %"))
        try expectRefused(
            workspace, at: "journals/t1.yaml:7:13",
            "the target of the goal 'more-screened' is written in per cent, but the chart 'share' (report.md:8:12) plots numbers, not per cent",
            hint: "add '--| unit: %' to the chart")
    }

    @Test func aGoalInPercentIsPlacedOnAChartInPercent() throws {
        let workspace = try Workspace(
            notebook: Self.notebook(runOptions: "--| y: procent\n--| unit: %\n--| decimals: 0"))
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal(target: "75 %"))
        let result = try workspace.tavle("run", "report.md", "--team", "t1")
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try workspace.read("out/t1/report.md")
        // t1's last month: 3 of 750 = 0.4 %, far below 75 %; once compared as 0.4 against 0.75.
        #expect(markdown.contains("75% or higher"), "\(markdown)")
        #expect(
            markdown.contains("Last measurement (March 2022): 0%. It does not reach the target yet."), "\(markdown)")
        let html = try workspace.read("out/t1/report.html")
        #expect(html.contains("Target 75%"), "the target line is labelled in per cent")
        #expect(!html.contains("Target 1<"))
    }

    @Test func aPlainTargetOnAChartOfSharesMustSayPercent() throws {
        let workspace = try Workspace(notebook: Self.notebook(runOptions: "--| y: procent\n--| unit: %"))
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal(target: "0.8"))
        try expectRefused(
            workspace, at: "journals/t1.yaml:7:13",
            "the target of the goal 'more-screened' is 0.8 on the chart 'share' (report.md:8:12), which plots per cent: it could mean 0.8 % or 80 %"
        )
    }

    @Test func aGoalOnAMistypedIndicatorIsNamed() throws {
        let workspace = try Workspace(notebook: Self.notebook())
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal(target: "3", indicator: "fals"))
        try expectRefused(
            workspace, at: "journals/t1.yaml:6:16",
            "the goal 'more-screened' is measured by the indicator 'fals', which no journal declares and no chart of 'report' shows",
            hint: "did you mean 'falls'?")
    }

    @Test func aChartOnAMistypedIndicatorIsNamedAndAnUnknownOneIsAWarning() throws {
        let workspace = try Workspace(
            notebook: Self.notebook().replacingOccurrences(of: "--| indicator: falls", with: "--| indicator: fall"))
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal(target: "3"))
        try expectRefused(
            workspace, at: "report.md:9:16", "no team journal knows the indicator 'fall' of the query 'share'",
            hint: "did you mean 'falls'?")

        // Far from every known one: a new indicator no team has written about yet.
        try workspace.write(
            "report.md",
            Self.notebook().replacingOccurrences(of: "--| indicator: falls", with: "--| indicator: overtime"))
        let checked = try workspace.tavle("check", "report.md")
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(
            checked.stderr.contains(
                "report.md:9:16: warning: no team journal knows the indicator 'overtime' of the query 'share', so its chart shows no goal line"
            ), "\(checked.stderr)")
    }

    @Test func checkListsEveryProblemAtOnce() throws {
        // A mistyped column, a mistyped denominator and two goals in per cent on a chart of
        // numbers: one check names all four, in the order they stand.
        let workspace = try Workspace(
            notebook: Self.notebook(runOptions: "--| y: prcent", pOptions: "--| y: screened\n--| n: resident"))
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write("journals/t1.yaml", Self.journal(target: "75 %"))
        try workspace.write("journals/t2.yaml", Self.journal(target: "80 %"))
        try workspace.write(
            "report.md", Self.notebook(runOptions: "--| y: prcent", pOptions: "--| y: screened\n--| n: resident"))
        let result = try workspace.tavle("check", "report.md")
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map {
            String($0.prefix { $0 != " " })
        }
        #expect(
            errors == ["report.md:10:8:", "report.md:18:8:", "journals/t1.yaml:7:13:", "journals/t2.yaml:7:13:"],
            "\(result.stderr)")

        // With the columns mended, both journals' goals are named.
        try workspace.write("report.md", Self.notebook())
        let goals = try workspace.tavle("check", "report.md")
        let places = goals.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map {
            String($0.prefix { $0 != " " })
        }
        #expect(places == ["journals/t1.yaml:7:13:", "journals/t2.yaml:7:13:"], "\(goals.stderr)")
    }

    @Test func aGoalIsJudgedAtItsDueDate() throws {
        let notebook = Workspace.goodNotebook.replacingOccurrences(
            of: "--| chart: run\n", with: "--| chart: run\n--| indicator: falls\n--| y: value\n"
        )
        .replacingOccurrences(of: "```prompt learnt", with: "```goals\n```\n\n```prompt learnt")
        let workspace = try Workspace(notebook: notebook)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        try workspace.write(
            "journals/t1.yaml",
            """
            goals:
              - id: fewer
                statement: Fewer falls
                indicator: falls
                target: 6
                direction: down
                due: 2022-01-31
            indicators:
              - id: falls
                name: Falls per 1000 days
                kind: result
            """)
        let result = try workspace.tavle("run", "report.md", "--team", "t1", "--param", "period=2022-02")
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try workspace.read("out/t1/report.md")
        // February (8.0) is after the due date; January (5.3) was in time and below 6.
        #expect(
            markdown.contains(
                "Last measurement (February 2022): 8.0. The goal was due 31 January 2022; the measurement then (January 2022) was 5.3. The target was reached by then."
            ), "\(markdown)")
    }

    /// A workspace whose data is a folder of text, as the example's is.
    static func textDataWorkspace(measurements: String, csvFolder: Bool = false) throws -> Workspace {
        let workspace = try Workspace(notebook: Workspace.goodNotebook)
        try workspace.write("data-src/measurements.csv", measurements)
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

    static let measurements =
        "team_id,period,numerator,denominator,value\nt1,2022-01,4,750,5.3\nt1,2022-02,6,750,8\nt1,2022-03,3,750,4\n"

    @Test(arguments: [false, true]) func aMalformedMonthInTheDataIsNamedWhereItStands(csvFolder: Bool) throws {
        let workspace = try Self.textDataWorkspace(
            measurements: Self.measurements.replacingOccurrences(of: "t1,2022-02", with: "t1,2022/02"),
            csvFolder: csvFolder)
        defer { workspace.remove() }
        try expectRefused(
            workspace, at: "data-src/measurements.csv:3:4",
            "'2022/02' in the column 'period' is not a month written YYYY-MM", hint: "write the month as 2022-02")
    }

    @Test(arguments: [false, true]) func impossibleCountsInTheDataAreNamedWhereTheyStand(csvFolder: Bool) throws {
        let negative = try Self.textDataWorkspace(
            measurements: Self.measurements.replacingOccurrences(of: "t1,2022-02,6,", with: "t1,2022-02,-6,"),
            csvFolder: csvFolder)
        defer { negative.remove() }
        try expectRefused(
            negative, at: "data-src/measurements.csv:3:12", "the count -6 in the column 'numerator' is negative")

        let fromNothing = try Self.textDataWorkspace(
            measurements: Self.measurements.replacingOccurrences(of: "t1,2022-02,6,750", with: "t1,2022-02,6,0"),
            csvFolder: csvFolder)
        defer { fromNothing.remove() }
        try expectRefused(
            fromNothing, at: "data-src/measurements.csv:3:14", "6 counted out of a denominator of 0 ('denominator')")
    }

    @Test func aMonthOutOfOrderOrTwiceInAQueryIsNamed() throws {
        let unordered = try Workspace(
            notebook: Workspace.goodNotebook.replacingOccurrences(
                of: "ORDER BY period", with: "ORDER BY numerator DESC"))
        defer { unordered.remove() }
        let result = try unordered.tavle("run", "report.md", "--team", "t1")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("error: the query 'falls' returns 2022-01 (row 2) after 2022-02 (row 1)"),
            "\(result.stderr)")
        #expect(result.stderr.contains("add 'ORDER BY period'"))
        #expect(!unordered.exists("out/t1"))
    }

    @Test func textWhereANumberIsPlottedIsAnError() throws {
        let workspace = try Workspace(
            notebook: Workspace.goodNotebook.replacingOccurrences(
                of: "SELECT period, numerator, denominator, value",
                with: "SELECT period, numerator, denominator, 'n/a' AS value"))
        defer { workspace.remove() }
        let result = try workspace.tavle("run", "report.md", "--team", "t1")
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "report.md:10:1: error: row 1 of the query 'falls' has 'n/a' in the column 'value', which is not a number"
            ), "\(result.stderr)")
        #expect(!workspace.exists("out/t1"))
    }

    /// The overview's small chart and the report are one analysed series: under
    /// `phases: pdsa`, the centre after the PDSA split in both.
    @Test func theOverviewReadsTheSameAnalysedSeriesAsTheReport() throws {
        let notebook = try NotebookParser().parse(
            """
            ---
            id: report
            title: Status
            params:
              team: { type: team }
            ---
            ```sql falls
            --| chart: run
            --| indicator: falls
            --| phases: pdsa
            SELECT month, value FROM m
            ```
            """, file: "report.md")
        let rows: [[Value]] = [8, 7, 9, 8, 10, 7, 4, 3, 4, 2, 3, 4].enumerated().map {
            [.text("2021-\($0.offset < 9 ? "0" : "")\($0.offset + 1)"), .integer(Int64($0.element))]
        }
        let here = TavleModel.SourceLocation(file: "t1.yaml", line: 1, column: 1)
        let cycle = PDSACycle(
            id: "light", title: "Night light", goal: "fewer", plan: nil, do: nil, study: nil, act: nil, decision: nil,
            started: JournalDate("2021-07-01"), ended: nil, location: here)
        let journal = Journal(
            team: "t1", language: nil,
            goals: [Goal(id: "fewer", statement: "Fewer falls", indicator: "falls", location: here)], indicators: [],
            cycles: [cycle],
            decisions: [], answers: [], file: "t1.yaml")
        let team = Team(id: .text("t1"), name: "Lia", municipality: nil, fields: [:])
        let report = try ReportMaker.make(
            ReportInputs(
                notebook: notebook, notebookText: "", notebookPath: nil, workspaceName: nil, language: .en, team: team,
                journal: .init(journal: journal, text: "", file: "journals/t1.yaml"), parameters: [:],
                results: ["falls": QueryResult(columns: ["month", "value"], rows: rows)], highlights: [:]))
        let overview = try #require(report.overview?.charts.first?.series)
        #expect(overview.statistics.parts.count == 2, "split where the cycle started")
        // Median of the six months from July: 4, 3, 4, 2, 3, 4 → 3.5, not the whole series' 6.
        #expect(overview.statistics.parts.last?.centre == 3.5)
        let markdown = try #require(report.files.first { $0.path == "t1/report.md" }?.contents)
        #expect(markdown.contains("Median: 3.5"), "\(markdown)")
    }
}
