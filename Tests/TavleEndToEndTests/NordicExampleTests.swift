import Foundation
import Testing

/// The Swedish and Danish example networks beside the Norwegian one (`Notebooks/sv`,
/// `Notebooks/da`), run from a copy as a facilitator would run them: check and run under
/// `--strict`, the handouts, verify, and the goal history with a revision's reason.
@Suite struct NordicExampleTests {
    @Test(arguments: [
        (
            "sv", "larandeseminarium-3.md", "boras-solgarden",
            "Under vintern flyttade flera boende med hög fallrisk in", "mål farre-fall reviderat: 2025-03-12"
        ),
        (
            "da", "laeringsseminar-3.md", "odense-hjemmeplejen-vest",
            "Flere borgere har en læge, der ikke deltager i gennemgangen", "mål medicingennemgang revideret: 2025-04-07"
        ),
    ])
    func theExampleNetworkChecksRunsHandsOutAndVerifies(
        language: String, notebook: String, team: String, reason: String, revised: String
    ) throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-nordic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let workspace = parent.appendingPathComponent(language)
        try FileManager.default.copyItem(
            at: Tavle.packageRoot.appendingPathComponent("Notebooks/\(language)"), to: workspace)
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".tavle-cache"))

        // The copy's reports go to output/ in the temporary folder, not to the repository's output/.
        let configURL = workspace.appendingPathComponent("tavle.yaml")
        let lines = try String(contentsOf: configURL, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.contains { $0 == "output: ../../output/\(language)" },
            "the example writes to output/\(language) beside Notebooks/")
        #expect(lines.filter { $0.hasPrefix("output:") }.count == 1)
        let config = lines.map { $0.hasPrefix("output:") ? "output: ../output" : String($0) }.joined(separator: "\n")
        try Data(config.utf8).write(to: configURL)
        let output = parent.appendingPathComponent("output")

        let check = try Tavle.run(["check", notebook, "--strict"], in: workspace)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("warning"), "no warning in the example: \(check.stderr)")

        let run = try Tavle.run(["run", notebook, "--all-teams", "--strict"], in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("warning"), "no warning in the example: \(run.stderr)")

        let id = String(notebook.dropLast(3))
        let teams = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { name in
            FileManager.default.fileExists(atPath: output.appendingPathComponent("\(name)/\(id).html").path)
        }.sorted()
        #expect(teams.count == 5, "a report per team: \(teams)")
        #expect(teams.contains(team), "\(teams)")
        for name in teams {
            let report = try String(contentsOf: output.appendingPathComponent("\(name)/\(id).html"), encoding: .utf8)
            #expect(report.contains("<html lang=\"\(language)\">"), "\(name)")
            #expect(
                report.components(separatedBy: "<svg").count - 1 == 3, "\(name): a run chart, a p chart and a funnel")
            #expect(report.contains("<path class=\"target\""), "\(name): the journal's goal is drawn on its chart")
        }

        let handout = try Tavle.run(["handout", notebook, "--all-teams"], in: workspace)
        #expect(handout.status == 0, "\(handout.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: output.appendingPathComponent("handouts/\(id)/overview.html").path))

        let verify = try Tavle.run(["verify"], in: workspace)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")

        let history = try Tavle.run(["history", "goals", "--team", team], in: workspace)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains(reason), "the revision's reason: \(history.stdout)")
        // As the facilitator reads it, in the workspace's language.
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_LANGUAGE"] = ""
        let own = try Tavle.run(["history", "goals", "--team", team], in: workspace, environment: environment)
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains(revised), "\(own.stdout)")
        // Fields and fixed values in the reader's words, as the reports name them.
        #expect(!own.stdout.contains(" direction: ") && !own.stdout.contains(" for_whom: "), "\(own.stdout)")
        #expect(
            own.stdout.contains(language == "sv" ? " riktning: lägre är bättre" : " retning: højere er bedre"),
            "\(own.stdout)")
        // Numbers as the reader writes them: a decimal comma in Swedish and Danish.
        let measurements = try Tavle.run(
            ["history", "measurements", "--team", team], in: workspace, environment: environment)
        #expect(measurements.status == 0, "\(measurements.stderr)")
        // The measurement's field named in the reader's language too.
        let valueWord = language == "sv" ? " värde: " : " værdi: "
        #expect(!measurements.stdout.contains(" value: "), "\(measurements.stdout.prefix(400))")
        let values = measurements.stdout.split(separator: "\n").filter { $0.contains(valueWord) }
        #expect(!values.isEmpty && values.allSatisfy { !$0.contains(".") }, "\(values.prefix(5))")
        #expect(values.contains { $0.contains(",") }, "\(values.prefix(5))")
        #expect(own.stdout.contains(reason), "\(own.stdout)")

        // Nothing a reader sees is Norwegian: no word only tavle's Norwegian catalog has, apart
        // from words the example's own text (notebook, journals, data) or the worksheet in this
        // language uses ("seriediagrammet" is Swedish and Danish too).
        var allowed = Set<String>()
        for file in try FileManager.default.subpathsOfDirectory(atPath: workspace.path)
        where !file.hasPrefix(".") && (file.hasSuffix(".md") || file.hasSuffix(".yaml") || file.hasSuffix(".csv")) {
            let text = try String(contentsOf: workspace.appendingPathComponent(file), encoding: .utf8)
            allowed.formUnion(InitCommandTests.visibleWords(text))
        }
        let worksheet = try Tavle.run(
            ["prompts", "--set", "veiledning.fase3-4", "--language", language], in: workspace)
        #expect(worksheet.status == 0, "\(worksheet.stderr)")
        allowed.formUnion(InitCommandTests.visibleWords(worksheet.stdout))
        let norwegianOnly = try InitCommandTests.wordsOnlyNorwegianHas().subtracting(allowed)
        let pages = teams.map { "\($0)/\(id).html" } + ["handouts/\(id)/overview.html", "handouts/\(id)/index.html"]
        for page in pages {
            let text = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let stray = InitCommandTests.visibleWords(text).intersection(norwegianOnly)
            #expect(stray.isEmpty, "\(language) \(page) holds Norwegian words: \(stray.sorted())")
        }
    }
}
