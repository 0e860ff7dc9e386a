import Foundation
import Testing

/// `tavle history` and `tavle trace` read back what runs committed to the ledger.
@Suite struct HistoryCommandTests {
    /// Two runs: the first with the journal as it was, the second after the team revised its
    /// target (with a reason), finished a PDSA cycle and answered a prompt.
    func workspaceWithTwoRuns() throws -> Workspace {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        let first = JournalCommandTests.journal
            .replacingOccurrences(of: "    decision: adapt\n", with: "")
            .replacingOccurrences(
                of: "answers:\n  - prompt: learnt\n    gathering: 3\n    text: Most falls happen at night.",
                with: "answers: []")
        try workspace.write("journals/t1.yaml", first)
        #expect(try workspace.tavleEarly("run", "report.md", "--all-teams", "--param", "period=2022-02").status == 0)
        try workspace.write(
            "journals/t1.yaml",
            JournalCommandTests.journal.replacingOccurrences(
                of: "target: 5",
                with: """
                    target: 4.5
                        revisions:
                          - date: 2022-03-15
                            reason: We reached 5 early.
                    """))
        let second = try workspace.tavleAsFacilitator(["run", "report.md", "--all-teams"])
        #expect(second.status == 0, "\(second.stderr)")
        return workspace
    }

    @Test func goalsAsATimelineWithReasonsAndTheIndicatorAtThatTime() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let result = try workspace.tavle("history", "goals", "--team", "t1")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // First run: the goal appears, field by field; second run: the revision and the new target.
        #expect(lines[0].contains("  report v1 · gathering 3 · "))
        #expect(lines[0].hasSuffix(" · Kari Fasilitator"))
        #expect(lines.contains("  goal fewer-falls statement: Fewer falls at night"))
        #expect(lines.contains("  goal fewer-falls target: 5"))
        #expect(lines.contains("  goal fewer-falls revised: 2022-03-15: We reached 5 early."))
        #expect(lines.contains("  goal fewer-falls target: 5 → 4.5"))
        // The indicator when the target changed: March 2022, 3 falls in 750 days = 4 per 1000.
        #expect(lines.contains("      indicator at that time: 4 (2022-03)"))
        #expect(!result.stdout.contains("pdsa"), "only goals were asked for")

        let json = try workspace.tavle("history", "goals", "--team", "t1", "--format", "json")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        let target = try #require(
            rows.first { $0["field"] as? String == "target" && $0["change"] as? String == "changed" })
        #expect(target["old"] as? String == "5")
        #expect(target["new"] as? String == "4.5")
        #expect(target["reason"] as? String == "We reached 5 early.")
        #expect(target["measured_value"] as? Double == 4)
        #expect(target["notebook"] as? String == "report")
        #expect(target["author"] as? String == "Kari Fasilitator")
    }

    @Test func goalsAsAPageWithTheRevisionsBesideTheRunChart() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let result = try workspace.tavle("history", "goals", "--team", "t1", "--format", "html")
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<h1>Goal history – Lia</h1>"))
        #expect(html.contains("<h2>Fewer falls at night</h2>"))
        #expect(html.contains("<dt>How much</dt><dd>4.5 or lower</dd>"))
        // The timeline: the goal as first recorded, then the revision with its reason.
        #expect(html.contains("<li>Target: 5</li>"))
        #expect(html.contains("<li>Target: <del>5</del> → <ins>4.5</ins></li>"))
        #expect(html.contains("<p class=\"revision\">Why: We reached 5 early.</p>"))
        #expect(html.contains("<p class=\"measured\">The indicator then: 4 (March 2022).</p>"))
        // Two runs changed the goal, each named with its notebook version, gathering and author.
        #expect(html.components(separatedBy: " · report v1 · ").count == 3)
        #expect(html.components(separatedBy: " · gathering 3 · Kari Fasilitator</p>").count == 3)
        // Beside it the indicator's run chart, with the target stepping down for March 2022,
        // the last point: halfway from February's point (x 286) to March's (x 516), so that
        // the new target is a line of its own and not a dot at the edge.
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("Run chart of 3 measurements from January 2022 to March 2022."))
        #expect(html.contains("<path class=\"target\" d=\"M56,"))
        #expect(
            html.range(of: "<path class=\"target\" d=\"M56,[0-9.]+H401V[0-9.]+H516\"/>", options: .regularExpression)
                != nil)

        // Only goals have a page; the others say how to read them.
        let pdsa = try workspace.tavle("history", "pdsa", "--team", "t1", "--format", "html")
        // An argument that does not fit the others: refused by the parser, with the usage line.
        #expect(pdsa.status == 64)
        #expect(
            pdsa.stderr.contains("Error: the HTML page shows goals; for pdsa use --format text or json"),
            "\(pdsa.stderr)")
        let unknown = try workspace.tavle("history", "goals", "--team", "t9", "--format", "html")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: the report repository has no reports for the team 't9'"))
    }

    @Test func pdsaAndMeasurementsHaveTheirOwnHistory() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let pdsa = try workspace.tavle("history", "pdsa", "--team", "t1").stdout
        #expect(pdsa.contains("  pdsa bed-alarm title: Bed alarms\n"))
        #expect(pdsa.contains("  pdsa bed-alarm decision: – → adapt\n"))
        let measurements = try workspace.tavle("history", "measurements", "--team", "t2").stdout
        // The first run stopped at February; the second added March.
        #expect(measurements.contains("  measurement fall/2022-02 value: 8\n"))
        #expect(measurements.contains("  measurement fall/2022-03 value: 4\n"))
        #expect(
            try workspace.tavle("history", "decisions", "--team", "t2").stdout == "No decisions recorded for team t2.\n"
        )
        // A team the repository never had is a typing mistake, not a team without history.
        let mistyped = try workspace.tavle("history", "goals", "--team", "t4")
        #expect(mistyped.status == 1)
        #expect(
            mistyped.stderr.contains("error: the report repository has no reports for the team 't4'"),
            "\(mistyped.stderr)")
        #expect(mistyped.stderr.contains("hint: did you mean"), "\(mistyped.stderr)")
    }

    @Test func aGoalInPercentReadsInPercentAndKeepsItsUnitInTrace() throws {
        let workspace = try Workspace(
            notebook: JournalCommandTests.notebook.replacingOccurrences(
                of: "--| chart: run", with: "--| chart: p\n--| y: numerator\n--| n: denominator"
            ).replacingOccurrences(of: "SELECT period, value FROM", with: "SELECT period, numerator, denominator FROM"))
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        let journal = JournalCommandTests.journal.replacingOccurrences(of: "target: 5", with: "target: 0,5 %")
        try workspace.write("journals/t1.yaml", journal)
        #expect(try workspace.tavleEarly("run", "report.md", "--team", "t1").status == 0)
        try workspace.write(
            "journals/t1.yaml",
            journal.replacingOccurrences(of: "target: 0,5 %", with: "target: 0,4 %")
                .replacingOccurrences(
                    of: "    due: 2022-06-30\n",
                    with: "    due: 2022-06-30\n    revisions:\n      - date: 2022-03-01\n        reason: Lower.\n"))
        let second = try workspace.tavleAsFacilitator(["run", "report.md", "--team", "t1"])
        #expect(second.status == 0, "\(second.stderr)")
        let history = try workspace.tavle("history", "goals", "--team", "t1")
        #expect(history.stdout.contains("target: 0.5% → 0.4%"), "\(history.stdout)")
        #expect(history.stdout.contains("indicator at that time: 0.4%"), "\(history.stdout)")
        let trace = try workspace.tavle("trace", "--format", "csv").stdout
        #expect(trace.contains(",target,changed,0.005,0.004,Lower.,2022-03,0.004,%,%\n"), "\(trace)")
    }

    @Test func traceIsOneTidyRowPerChange() throws {
        let workspace = try workspaceWithTwoRuns()
        defer { workspace.remove() }
        let result = try workspace.tavle("trace")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines[0]
                == "commit,time,author,team,gathering,notebook,notebook_version,entity,id,field,change,old,new,reason,measured_period,measured_value,measured_unit,unit"
        )
        let answer = try #require(lines.first { $0.contains(",answer,learnt@3,text,") })
        #expect(answer.hasSuffix(",t1,3,report,1,answer,learnt@3,text,added,,Most falls happen at night.,,,,,"))
        #expect(lines.contains { $0.contains(",t3,3,report,1,measurement,fall/2022-03,value,added,,4,,,,,") })
        // Every row has all 18 columns (no field holds a comma here).
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 18 })

        let oneTeam = try workspace.tavle("trace", "--team", "t2", "--format", "json").stdout
        let rows = try JSONSerialization.jsonObject(with: Data(oneTeam.utf8)) as! [[String: Any]]
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["team"] as? String == "t2" })

        #expect(try workspace.tavle("trace", "--since", "2999-01-01").stdout == lines[0] + "\n")
        let badDate = try workspace.tavle("trace", "--since", "1.1.2022")
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("--since should be a date written YYYY-MM-DD"))
    }

    @Test func withoutAReportRepositoryItSaysHowToMakeOne() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.tavle("history", "goals", "--team", "t1")
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: there is no report repository in 'out' yet"))
    }
}
