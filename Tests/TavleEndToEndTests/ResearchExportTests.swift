import Foundation
import TavleArchive
import Testing

/// Python 3 runs the research worked examples (docs/research/); without it they are skipped,
/// and say so, except in CI, where they run and fail.
enum Python {
    static let path = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)
    static let runs = path != nil || ProcessInfo.processInfo.environment["CI"] != nil
}

/// `tavle export` on the example network's history, as a researcher uses it: the tables
/// validate against their own datapackage.json, the codebook in docs/ is the one the export
/// writes, and the five research questions of docs/research.md are each answered by a few
/// lines of Python reading the export, with the outputs the docs show.
@Suite(.serialized) struct ResearchExportTests {
    /// The example history, made once for the suite (scripts/example-history.sh).
    static let history: URL = {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-research-\(UUID().uuidString)")
        let script = Tavle.packageRoot.appendingPathComponent("scripts/example-history.sh")
        _ = try? Tavle.run([Tavle.executable.path, out.path], in: Tavle.packageRoot, program: script)
        return out
    }()

    func export(_ arguments: [String]) throws -> (folder: URL, result: CommandResult) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-export-\(UUID().uuidString)")
        let result = try Tavle.run(
            ["export", "--output", Self.history.path, "--to", folder.path] + arguments, in: Tavle.packageRoot)
        return (folder, result)
    }

    @Test func theExportValidatesAgainstItsOwnDataPackage() throws {
        #expect(
            FileManager.default.fileExists(atPath: Self.history.appendingPathComponent(".git").path),
            "the example history was made")
        let (folder, result) = try export([])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Wrote 15 files with "), "\(result.stderr)")
        let package = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("datapackage.json")))
                as? [String: Any])
        #expect(package["profile"] as? String == "tabular-data-package")
        #expect(
            package["created"] as? String == "2023-02-15T12:00:00+01:00", "the newest run, not the day of the export")
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(
            resources.map { $0["name"] as? String } == [
                "runs", "reports", "teams", "measurements", "changes", "indicators", "definition_changes", "goals",
                "goal_revisions", "pdsa_cycles",
                "decisions", "prompts", "answers",
            ])
        let tables = try ExportValidator.validate(resources, in: folder)
        // How falls were counted changed in August 2021: a series that jumps there is read so.
        let change = try #require(tables["definition_changes"]?.first)
        #expect(
            change["team_id"] == "molde-sykehjem-2" && change["indicator_id"] == "fall"
                && change["date"] == "2021-08-01")
        #expect(tables["indicators"]?.first { $0["indicator_id"] == "fall" }?["definition_changes"] == "1")
        // Values written with a few decimals come without the noise of how they were stored.
        #expect(
            tables["measurements"]?.contains {
                ($0["value"] ?? "").contains("000000") || ($0["value"] ?? "").contains("999999")
                    || ($0["shown_value"] ?? "").contains("000000") || ($0["shown_value"] ?? "").contains("999999")
            } == false)
        // The GP group's data runs to 2022-10 though its parameter is not called period.
        #expect(
            tables["runs"]?.first { $0["notebook"] == "veiledningsgruppe-takst" }?["last_period_shown"] == "2022-10")
        // What the example history holds, counted by hand from its six runs.
        #expect(tables["runs"]?.count == 6)
        #expect(tables["reports"]?.count == 56, "11 teams × 4 gatherings + 6 practices × 2 meetings")
        #expect(tables["teams"]?.count == 17)
        #expect(tables["goal_revisions"]?.count == 3)
        #expect(tables["pdsa_cycles"]?.count == 4)
        // A PDSA ramp and the day of a decision, as the team wrote them.
        let ramp = try #require(tables["pdsa_cycles"]?.first { $0["cycle_id"] == "nattlys-alle-rom" })
        #expect(ramp["follows"] == "nattlys" && ramp["decided"] == "2021-12-06" && ramp["decision"] == "adopt")
        #expect(
            tables["pdsa_cycles"]?.first { $0["cycle_id"] == "fallrisiko-innkomst" }?["decided"] == "",
            "missing is empty")
        let handout = try String(
            contentsOf: Self.history.appendingPathComponent("molde-sykehjem-2/samling-4.html"), encoding: .utf8)
        #expect(
            handout.contains(
                "Beslutning: videreføre (6. desember 2021) · bygger på: Nattlys og ryddig vei til toalettet"))
        // Float noise and a share shown in per cent against a per cent are not drift.
        #expect(tables["changes"]?.isEmpty == true, "\(tables["changes"] ?? [])")
        // Missing is empty, never 0: a run chart has no count or denominator.
        let run = try #require(
            tables["measurements"]?.first {
                $0["team_id"] == "molde-hjemmetjenesten" && $0["series"] == "hvifd" && $0["notebook"] == "samling-3"
            })
        #expect(run["chart"] == "run" && run["numerator"] == "" && run["denominator"] == "" && run["value"] != "")
        // A share at full precision, and as the reader saw it.
        let share = try #require(
            tables["measurements"]?.first {
                $0["team_id"] == "hustadvika-sjukeheim" && $0["series"] == "ernaering" && $0["period"] == "2020-01"
                    && $0["notebook"] == "samling-2"
            })
        #expect(
            share["value"] == "0.43478260869565216" && share["unit"] == "%" && share["scale"] == "100"
                && share["shown_value"] == "43.47826086956522")
        #expect(
            share["granularity"] == "month" && share["chart"] == "p" && share["numerator"] == "10"
                && share["denominator"] == "23")
        // The GP practices' data is quarterly.
        #expect(
            tables["measurements"]?.first { $0["notebook"] == "veiledningsgruppe-takst" }?["granularity"] == "quarter")

        // The same bytes again: an export can be cited by its hash.
        let (again, _) = try export([])
        defer { try? FileManager.default.removeItem(at: again) }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            #expect(
                try Data(contentsOf: folder.appendingPathComponent(name))
                    == Data(contentsOf: again.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func theJSONFormHoldsTheSameRowsInline() throws {
        let result = try Tavle.run(
            ["export", "--output", Self.history.path, "--format", "json", "--gathering", "3"], in: Tavle.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let package = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        let runs = try #require(resources.first { $0["name"] as? String == "runs" }?["data"] as? [[String: Any]])
        #expect(runs.count == 1)
        #expect(runs.first?["gathering"] as? Int == 3)
        #expect(runs.first?["data_cutoff"] as? String == "2021-08")
        #expect(runs.first?["previous_run"] is String)
        let measurements = try #require(
            resources.first { $0["name"] as? String == "measurements" }?["data"] as? [[String: Any]])
        #expect(
            !measurements.isEmpty
                && measurements.allSatisfy { $0["run_id"] as? String == runs.first?["run_id"] as? String })
        // Missing is null, numbers are numbers.
        #expect(measurements.contains { $0["numerator"] is NSNull })
        #expect(measurements.allSatisfy { $0["value"] is NSNumber })
    }

    /// From a researcher's trial: a gathering's export held a decision made after it, a
    /// filter that selects nothing wrote an empty export, a csv export left an earlier
    /// datapackage.json beside it, and --format json overwrote any file.
    @Test func aGatheringIsExportedAsItStoodAndFiltersThatSelectNothingAreErrors() throws {
        let (third, result) = try export(["--gathering", "3"])
        defer { try? FileManager.default.removeItem(at: third) }
        #expect(result.status == 0, "\(result.stderr)")
        let cycles = try ExportValidator.rows(of: third.appendingPathComponent("pdsa_cycles.csv"))
        #expect(
            cycles.first { $0["cycle_id"] == "screening-ved-stell" }?["decision"] == "", "decided only at gathering 4")
        #expect(!cycles.contains { $0["cycle_id"] == "nattlys-alle-rom" && $0["decision"] != "" })

        for (arguments, message) in [
            (["--gathering", "9"], "error: no run of the report repository matches --gathering 9"),
            (
                ["--team", "legekontor-moa", "--gathering", "3"],
                "error: no run of the report repository matches --team legekontor-moa --gathering 3"
            ),
        ] {
            let (folder, refused) = try export(arguments)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.stderr.contains(message), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.path), "nothing is written")
        }
        let (_, gatherings) = try export(["--gathering", "9"])
        #expect(
            gatherings.stderr.contains("hint: the runs are from 2021-01-20 … 2023-02-15, for gatherings 1, 2, 3, 4"),
            "\(gatherings.stderr)")
        let (_, backwards) = try export(["--since", "2022-01-01", "--until", "2021-01-01"])
        #expect(backwards.status != 0)
        #expect(backwards.stderr.contains("--until (2021-01-01) is before --since (2022-01-01)"), "\(backwards.stderr)")

        // A csv export over an earlier datapackage leaves no datapackage.json describing other rows.
        let again = try Tavle.run(
            ["export", "--output", Self.history.path, "--to", third.path, "--format", "csv", "--gathering", "1"],
            in: Tavle.packageRoot)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: third.appendingPathComponent("datapackage.json").path))

        // --format json writes one file, over nothing but an earlier export.
        let notes = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-notes-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: notes) }
        try Data("{\"mine\": true}".utf8).write(to: notes)
        let overwrite = try Tavle.run(
            ["export", "--output", Self.history.path, "--format", "json", "--to", notes.path], in: Tavle.packageRoot)
        #expect(overwrite.status == 1)
        #expect(overwrite.stderr.contains("exists and is not an earlier export"), "\(overwrite.stderr)")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "{\"mine\": true}")
        let folder = try Tavle.run(
            [
                "export", "--output", Self.history.path, "--format", "json", "--to",
                FileManager.default.temporaryDirectory.path,
            ], in: Tavle.packageRoot)
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("is a folder; --format json writes one file"), "\(folder.stderr)")
        try FileManager.default.removeItem(at: notes)
        #expect(
            try Tavle.run(
                ["export", "--output", Self.history.path, "--format", "json", "--to", notes.path], in: Tavle.packageRoot
            ).status == 0)
        #expect(
            try Tavle.run(
                [
                    "export", "--output", Self.history.path, "--format", "json", "--to", notes.path, "--team",
                    "molde-sykehjem-2",
                ], in: Tavle.packageRoot
            ).status == 0, "over an earlier export")
    }

    /// A report cited or proved "as of" a later run is the run that made it, not the later one.
    @Test func aReportIsCreditedToTheRunThatMadeIt() throws {
        let runs = try GitCLI.run(["log", "--format=%H %s"], in: Self.history).output.split(separator: "\n")
        let second = try #require(runs.first { $0.contains("gathering 2") }.map { String($0.prefix(40)) })
        for arguments in [
            ["cite", "alesund-sjukeheim-a/samling-2.html", "--commit", "HEAD", "--format", "json"],
            ["cite", "--team", "alesund-sjukeheim-a", "--gathering", "2", "--format", "json"],
        ] {
            let cite = try Tavle.run(arguments + ["--output", Self.history.path], in: Tavle.packageRoot)
            #expect(cite.status == 0, "\(cite.stderr)")
            let citation = try JSONSerialization.jsonObject(with: Data(cite.stdout.utf8)) as? [String: Any]
            #expect(citation?["run_id"] as? String == second, "\(arguments)")
        }
        let verify = try Tavle.run(
            [
                "verify", "--file", "alesund-sjukeheim-a/samling-2.html", "--commit", "HEAD", "--reports-only",
                "--output", Self.history.path,
            ], in: Tavle.packageRoot)
        #expect(
            verify.stdout.contains("✓ alesund-sjukeheim-a/samling-2.html (commit \(second.prefix(7))"),
            "\(verify.stdout)")
        let noRun = try Tavle.run(
            ["cite", "alesund-sjukeheim-a/samling-2.html", "--commit", "deadbeef", "--output", Self.history.path],
            in: Tavle.packageRoot)
        #expect(noRun.stderr.contains("error: the report repository has no run 'deadbeef'"), "\(noRun.stderr)")
        let team = try Tavle.run(
            ["cite", "alesund-sykeheim-a/samling-2.html", "--output", Self.history.path], in: Tavle.packageRoot)
        #expect(team.stderr.contains("hint: did you mean 'alesund-sjukeheim-a'?"), "\(team.stderr)")
    }

    @Test func filtersSelectRunsAndAnUnknownTeamIsAnError() throws {
        let (until, result) = try export(["--until", "2021-06-30", "--team", "molde-sykehjem-2"])
        defer { try? FileManager.default.removeItem(at: until) }
        #expect(result.status == 0, "\(result.stderr)")
        let runs = try ExportValidator.rows(of: until.appendingPathComponent("runs.csv"))
        #expect(runs.map { $0["gathering"] } == ["1", "2"])
        #expect(
            try ExportValidator.rows(of: until.appendingPathComponent("teams.csv")).map { $0["team_id"] } == [
                "molde-sykehjem-2"
            ])
        // The goal was revised in June, but recorded only at gathering 3 (September): not yet.
        #expect(try ExportValidator.rows(of: until.appendingPathComponent("goal_revisions.csv")).isEmpty)

        let (unknown, refused) = try export(["--team", "molde-sykehjem-3"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("error: the report repository has no reports for the team 'molde-sykehjem-3'"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("hint: did you mean 'molde-sykehjem-2'?"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: unknown.path), "nothing is written")

        // A folder of one's own files that happen to be named as the export's is not an earlier export.
        let own = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-export-own-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: own) }
        try Data("my answers".utf8).write(to: own.appendingPathComponent("answers.csv"))
        let mine = try Tavle.run(["export", "--output", Self.history.path, "--to", own.path], in: Tavle.packageRoot)
        #expect(mine.status == 1, "\(mine.stderr)")
        #expect(try String(contentsOf: own.appendingPathComponent("answers.csv"), encoding: .utf8) == "my answers")

        // A folder that holds other work is not written into.
        let other = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-export-other-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        try Data("mine".utf8).write(to: other.appendingPathComponent("notes.txt"))
        let occupied = try Tavle.run(
            ["export", "--output", Self.history.path, "--to", other.path], in: Tavle.packageRoot)
        #expect(occupied.status == 1)
        #expect(
            occupied.stderr.contains(
                "holds other files (notes.txt); the export writes only into a new folder or over an earlier export"),
            "\(occupied.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["notes.txt"])
        let noFolder = try Tavle.run(["export", "--output", Self.history.path], in: Tavle.packageRoot)
        #expect(noFolder.status != 0)
        #expect(
            noFolder.stderr.contains(
                "the datapackage export is a folder of files: name it with --to, such as --to export"),
            "\(noFolder.stderr)")
    }

    /// A researcher handed a report repository works inside it, without the workspace; a
    /// mistyped team or notebook is an error with the nearest ids, not an empty answer.
    @Test func commandsReadTheRepositoryFromInsideItAndRefuseUnknownIDs() throws {
        let inside = Self.history.appendingPathComponent("molde-sykehjem-2")
        let log = try Tavle.run(["log", "--format", "json"], in: inside)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.components(separatedBy: "\"commit\"").count - 1 == 6)
        let history = try Tavle.run(["history", "goals", "--team", "molde-sykehjem-2"], in: inside)
        #expect(history.status == 0 && history.stdout.contains("goal faerre-fall target: 3 → 4"), "\(history.stderr)")
        let (folder, _) = try export([])
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromInside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fromInside) }
        #expect(try Tavle.run(["export", "--to", fromInside.path], in: inside).status == 0)
        #expect(
            try Data(contentsOf: fromInside.appendingPathComponent("runs.csv"))
                == Data(contentsOf: folder.appendingPathComponent("runs.csv")))
        let verify = try Tavle.run(["verify"], in: inside)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(
            verify.stdout.contains("The live data was not checked"), "without a workspace it says so: \(verify.stdout)")

        for command in [
            ["log", "--team", "molde-sykehjem"], ["diff", "HEAD~1", "HEAD", "--team", "molde-sykehjem"],
            ["verify", "--team", "molde-sykehjem"],
        ] {
            let refused = try Tavle.run(command, in: inside)
            #expect(refused.status == 1, "\(command)")
            #expect(
                refused.stderr.contains("error: the report repository has no reports for the team 'molde-sykehjem'"),
                "\(command): \(refused.stderr)")
            #expect(refused.stderr.contains("hint: did you mean 'molde-sykehjem-2'?"), "\(command): \(refused.stderr)")
        }
        let notebook = try Tavle.run(["log", "--notebook", "samling-5"], in: inside)
        #expect(notebook.status == 1)
        #expect(
            notebook.stderr.contains("error: the report repository has no runs of the notebook 'samling-5'"),
            "\(notebook.stderr)")
    }

    /// Proving one report: verify --file [--commit] --format json makes it again from what
    /// that run recorded and lists every file with its blob id; a changed copy in the folder is
    /// found; verify writes nothing into the workspace whose live data it reads.
    @Test func oneReportIsProvedFileByFileAndTheWorkspaceIsLeftAsItWas() throws {
        let run = try #require(
            try GitCLI.run(["log", "--format=%H", "--grep=gathering 3"], in: Self.history).output.split(separator: "\n")
                .first.map(String.init))
        let result = try Tavle.run(
            [
                "verify", "--file", "molde-sykehjem-2/samling-3.html", "--commit", String(run.prefix(7)), "--format",
                "json", "--output", Self.history.path,
            ], in: Tavle.packageRoot)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["passed"] as? Bool == true)
        #expect(document["reports_checked"] as? Int == 1)
        let files = try #require(document["files"] as? [[String: Any]])
        let html = try #require(files.first { $0["path"] as? String == "molde-sykehjem-2/samling-3.html" })
        let blob = try GitCLI.run(["rev-parse", "\(run):molde-sykehjem-2/samling-3.html"], in: Self.history).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            html["blob"] as? String == blob && html["commit"] as? String == run && html["identical"] as? Bool == true)
        #expect(files.contains { $0["path"] as? String == "molde-sykehjem-2/samling-3.manifest.json" })
        #expect(files.contains { $0["path"] as? String == "molde-sykehjem-2/ledger/goals.json" })
        let live = try #require(document["live_data"] as? [String: Any])
        #expect(live["checked"] as? Bool == true && (live["queries_rerun"] as? Int ?? 0) > 0, "\(live)")

        // The workspace the live data is read from is not written to.
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-verify-workspace-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Tavle.packageRoot.appendingPathComponent("Notebooks"), to: workspace)
        defer { try? FileManager.default.removeItem(at: workspace) }
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".tavle-cache"))
        let before = try FileManager.default.subpathsOfDirectory(atPath: workspace.path).sorted()
        let whole = try Tavle.run(
            ["verify", "--output", Self.history.path, "--workspace", workspace.path], in: Tavle.packageRoot)
        #expect(whole.status == 0, "\(whole.stdout)\(whole.stderr)")
        #expect(
            try FileManager.default.subpathsOfDirectory(atPath: workspace.path).sorted() == before,
            "verify wrote into the workspace")

        // A report in the folder that is not what the run committed is found.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-verify-copy-\(UUID().uuidString)")
        #expect(try Program.run(["git", "clone", "-q", Self.history.path, copy.path]).status == 0)
        defer { try? FileManager.default.removeItem(at: copy) }
        let report = copy.appendingPathComponent("legekontor-fjord/veiledningsgruppe-takst.html")
        try (String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "</h1>", with: " (endret)</h1>"))
            .write(to: report, atomically: true, encoding: .utf8)
        let tampered = try Tavle.run(
            ["verify", "--file", "legekontor-fjord/veiledningsgruppe-takst.html", "--reports-only"], in: copy)
        #expect(tampered.status == 1)
        #expect(
            tampered.stdout.contains("✗ legekontor-fjord/veiledningsgruppe-takst.html (commit "), "\(tampered.stdout)")
        #expect(tampered.stdout.contains("differs in the working tree from the last commit"), "\(tampered.stdout)")

        let unknown = try Tavle.run(
            ["verify", "--file", "molde-sykehjem-2/samling-9.html", "--output", Self.history.path],
            in: Tavle.packageRoot)
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr.contains(
                "error: the report repository has no report 'molde-sykehjem-2/samling-9.html' in the run "),
            "\(unknown.stderr)")
        #expect(unknown.stderr.contains("did you mean 'molde-sykehjem-2/samling-1.html'"), "\(unknown.stderr)")
    }

    /// `tavle cite` names one report by what proves it; the report's footer carries the short
    /// form (notebook and data ids, tool), so a printed handout leads back to its citation.
    @Test func aReportIsCitedByItsRunFileNotebookAndDataAndItsFooterSaysSo() throws {
        let json = try Tavle.run(
            [
                "cite", "--team", "molde-sykehjem-2", "--notebook", "samling-3", "--gathering", "3", "--format", "json",
                "--output", Self.history.path,
            ], in: Tavle.packageRoot)
        #expect(json.status == 0, "\(json.stderr)")
        let citation = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let run = try #require(
            try GitCLI.run(["log", "--format=%H", "--grep=gathering 3"], in: Self.history).output.split(separator: "\n")
                .first.map(String.init))
        #expect(citation["run_id"] as? String == run)
        #expect(citation["report_path"] as? String == "molde-sykehjem-2/samling-3.html")
        #expect(
            citation["report_blob"] as? String
                == (try GitCLI.run(["rev-parse", "\(run):molde-sykehjem-2/samling-3.html"], in: Self.history).output
                    .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(
            citation["notebook_version"] as? Int == 2 && citation["gathering"] as? Int == 3
                && citation["time"] as? String == "2021-09-15T09:00:00+02:00")
        #expect((citation["data_blobs"] as? [String: String])?["fall"]?.count == 40)
        #expect((citation["parameters"] as? [String: String]) == ["period": "2021-08"])
        let fingerprint = try #require(citation["data_fingerprint"] as? String)
        let notebook = try #require(citation["notebook_blob"] as? String)
        let footer = try GitCLI.run(["show", "\(run):molde-sykehjem-2/samling-3.html"], in: Self.history).output
        #expect(
            footer.contains("<p class=\"cite\">Notatbok \(notebook.prefix(12)) · data \(fingerprint) · tavle "),
            "\(footer.suffix(400))")
        #expect(footer.contains("Slik siteres den: tavle cite molde-sykehjem-2/samling-3.html</p>"))

        let bibtex = try Tavle.run(
            [
                "cite", "molde-sykehjem-2/samling-3.html", "--commit", String(run.prefix(7)), "--format", "bibtex",
                "--output", Self.history.path,
            ], in: Tavle.packageRoot)
        #expect(bibtex.status == 0, "\(bibtex.stderr)")
        #expect(
            bibtex.stdout.hasPrefix(
                "@misc{molde-sykehjem-2_samling-3_\(run.prefix(7)),\n  title        = {{Samling 3 – Utføre og evaluere}: {Sykehjemmet, 2. etasje}},"
            ), "\(bibtex.stdout)")
        #expect(bibtex.stdout.contains("  month        = sep,\n}\n"))
        #expect(bibtex.stdout.contains("ernaering\\_nettverket="), "TeX's _ is escaped")
        let text = try Tavle.run(
            ["cite", "molde-sykehjem-2/samling-3.html", "--commit", String(run.prefix(7))], in: Self.history)
        #expect(
            text.stdout.contains(
                "Prove it: tavle verify --file molde-sykehjem-2/samling-3.html --commit \(run.prefix(7))"),
            "\(text.stdout)")
        #expect(text.stdout.contains("Data \(fingerprint): "))

        let missing = try Tavle.run(
            [
                "cite", "--team", "molde-sykehjem-2", "--notebook", "samling-3", "--gathering", "4", "--output",
                Self.history.path,
            ], in: Tavle.packageRoot)
        #expect(missing.status == 1)
        #expect(
            missing.stderr.contains(
                "error: the report repository has no report 'molde-sykehjem-2/samling-3.html' for gathering 4"),
            "\(missing.stderr)")
        let both = try Tavle.run(
            ["cite", "molde-sykehjem-2/samling-3.html", "--team", "molde-sykehjem-2", "--output", Self.history.path],
            in: Tavle.packageRoot)
        #expect(both.status != 0)
        #expect(both.stderr.contains("name the report by its file or by --team and --notebook, not both"))
    }

    /// A program built by `make release` knows its source commit: each run's commit names it
    /// (Tool-Build), and a citation and the export carry it.
    @Test func theBuildCommitIsNamedByTheRunTheCitationAndTheExport() throws {
        let programFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tavle-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: programFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: programFolder) }
        let program = programFolder.appendingPathComponent("tavle")
        try FileManager.default.copyItem(at: Tavle.executable, to: program)
        try Data("0123456789abcdef0123456789abcdef01234567\n".utf8).write(
            to: programFolder.appendingPathComponent("tavle-build-commit"))
        let workspace = try Workspace()
        defer { workspace.remove() }
        let run = try Tavle.run(["run", "report.md", "--all-teams"], in: workspace.folder, program: program)
        #expect(run.status == 0, "\(run.stderr)")
        let message = try GitCLI.run(["log", "-1", "--format=%B"], in: workspace.folder.appendingPathComponent("out"))
            .output
        #expect(
            message.contains(
                "Tool: tavle \(TavleVersion.current)\nTool-Build: 0123456789abcdef0123456789abcdef01234567\n"),
            "\(message)")
        let cite = try Tavle.run(["cite", "t1/report.html", "--format", "json"], in: workspace.folder)
        let citation = try JSONSerialization.jsonObject(with: Data(cite.stdout.utf8)) as? [String: Any]
        #expect(
            citation?["tool_build"] as? String == "0123456789abcdef0123456789abcdef01234567",
            "\(cite.stdout)\(cite.stderr)")
        let text = try Tavle.run(["cite", "t1/report.html"], in: workspace.folder)
        #expect(
            text.stdout.contains("with tavle \(TavleVersion.current) (0123456789abcdef0123456789abcdef01234567)."),
            "\(text.stdout)")
        // Built without one (the tests' own program), a run names none.
        let plain = try Workspace()
        defer { plain.remove() }
        #expect(try plain.tavle("run", "report.md", "--all-teams").status == 0)
        #expect(
            !(try GitCLI.run(["log", "-1", "--format=%B"], in: plain.folder.appendingPathComponent("out")).output
                .contains("Tool-Build")))
    }

    /// trace filters by kind, gathering and end date, so that a researcher need not wade
    /// through the measurements (98 % of the rows) to read the goals of one gathering.
    @Test func traceFiltersByKindGatheringAndEndDate() throws {
        let trace = try Tavle.run(
            [
                "trace", "--entity", "pdsa", "--entity", "goal", "--gathering", "4", "--format", "json", "--output",
                Self.history.path,
            ], in: Tavle.packageRoot)
        #expect(trace.status == 0, "\(trace.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(trace.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(
            rows.allSatisfy { ["pdsa", "goal"].contains($0["entity"] as? String) && $0["gathering"] as? Int == 4 },
            "\(rows.prefix(2))")
        let early = try Tavle.run(
            ["trace", "--until", "2021-04-21", "--format", "json", "--output", Self.history.path], in: Tavle.packageRoot
        )
        let earlyRows = try #require(
            try JSONSerialization.jsonObject(with: Data(early.stdout.utf8)) as? [[String: Any]])
        #expect(!earlyRows.isEmpty && earlyRows.allSatisfy { ($0["time"] as? String ?? "") < "2021-04-22" })
        #expect(Set(earlyRows.compactMap { $0["gathering"] as? Int }) == [1, 2])
    }

    @Test func theCodebookInTheDocsIsTheOneTheExportWrites() throws {
        let (folder, result) = try export(["--format", "csv"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("datapackage.json").path))
        let written = try String(contentsOf: folder.appendingPathComponent("codebook.md"), encoding: .utf8)
        let documented = Tavle.packageRoot.appendingPathComponent("docs/export-codebook.md")
        if ProcessInfo.processInfo.environment["TAVLE_UPDATE_DOCS"] != nil {
            try Data(written.utf8).write(to: documented)
        }
        #expect(
            try String(contentsOf: documented, encoding: .utf8) == written,
            "run TAVLE_UPDATE_DOCS=1 swift test --filter ResearchExportTests")
    }

    /// docs/research.md: each question's script, run on the example's export, prints what the
    /// page shows under `<!-- output of docs/research/NAME -->`.
    @Test(.enabled(if: Python.runs, "needs Python 3: 'make test' installs it"))
    func theFiveResearchQuestionsAreAnsweredAsDocumented() throws {
        let (folder, result) = try export([])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 0, "\(result.stderr)")
        let page = Tavle.packageRoot.appendingPathComponent("docs/research.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        let scripts: [(String, [String])] = [
            ("q1_goal_revisions.py", []), ("q2_pdsa_time_to_decision.py", []),
            ("q3_indicator_as_each_report_showed_it.py", ["molde-sykehjem-2", "fall"]),
            ("q4_answers_per_gathering.py", []),
            ("q5_cite_and_prove_a_report.py", [Self.history.path, "molde-sykehjem-2", "3"]),
        ]
        for (script, arguments) in scripts {
            let run = try Program.run(
                ["python3", Tavle.packageRoot.appendingPathComponent("docs/research/\(script)").path, folder.path]
                    + arguments)
            #expect(run.status == 0, "\(script): \(run.output)")
            let marker = "<!-- output of docs/research/\(script) -->\n```text\n"
            let start = try #require(text.range(of: marker), "docs/research.md shows the output of \(script)")
            let end = try #require(text.range(of: "```\n", range: start.upperBound..<text.endIndex))
            if ProcessInfo.processInfo.environment["TAVLE_UPDATE_DOCS"] != nil {
                text.replaceSubrange(start.upperBound..<end.lowerBound, with: run.output)
            } else {
                #expect(
                    String(text[start.upperBound..<end.lowerBound]) == run.output,
                    "\(script); run TAVLE_UPDATE_DOCS=1 swift test --filter ResearchExportTests")
            }
        }
        if ProcessInfo.processInfo.environment["TAVLE_UPDATE_DOCS"] != nil { try Data(text.utf8).write(to: page) }
    }

    /// A value the data gives differently at a later run is one row of `changes`, compared at
    /// the precision it was recorded with.
    @Test(.enabled(if: Python.runs, "needs Python 3 to change the test's SQLite data: 'make test' installs it"))
    func aCorrectedValueIsOneRowOfChanges() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavleEarly("run", "report.md", "--all-teams").status == 0)
        // t1's February: 6 falls in 750 days (8.0) corrected to 5 (6.666…).
        let database = try Program.run([
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE measurements SET numerator = 5, value = 5000.0/750 WHERE team_id = 't1' AND period = '2022-02'\"); c.commit()",
            workspace.folder.appendingPathComponent("data.sqlite").path,
        ])
        #expect(database.status == 0, "\(database.output)")
        let rerun = try workspace.tavle("run", "report.md", "--all-teams")
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Tavle.run(["export", "--to", folder.path], in: workspace.folder)
        #expect(result.status == 0, "\(result.stderr)")
        let changes = try ExportValidator.rows(of: folder.appendingPathComponent("changes.csv"))
        #expect(changes.count == 1, "\(changes)")
        let change = try #require(changes.first)
        #expect(
            change["team_id"] == "t1" && change["series"] == "falls" && change["period"] == "2022-02"
                && change["change"] == "changed")
        #expect(
            change["previous_shown_value"] == "8" && change["shown_value"] == "6.66666666666667"
                && change["compared_decimals"] == "14")
    }
}

/// Checks CSV files against the Table Schema of their resource: the header, each value's type
/// and constraints, unique primary keys, and foreign keys that resolve.
enum ExportValidator {
    static func validate(_ resources: [[String: Any]], in folder: URL) throws -> [String: [[String: String]]] {
        var tables: [String: [[String: String]]] = [:]
        for resource in resources {
            let name = try #require(resource["name"] as? String)
            let path = try #require(resource["path"] as? String)
            #expect(path == "\(name).csv")
            let schema = try #require(resource["schema"] as? [String: Any])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            let names = fields.compactMap { $0["name"] as? String }
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let records = parse(text)
            #expect(records.first == names, "\(name): the header names the schema's fields in order")
            var rows: [[String: String]] = []
            for (line, record) in records.dropFirst().enumerated() {
                #expect(record.count == names.count, "\(name) row \(line + 2) has \(record.count) fields")
                rows.append(Dictionary(uniqueKeysWithValues: zip(names, record)))
            }
            for field in fields {
                let fieldName = field["name"] as! String
                let constraints = field["constraints"] as? [String: Any] ?? [:]
                #expect(!(field["description"] as? String ?? "").isEmpty, "\(name).\(fieldName) is described")
                for (index, row) in rows.enumerated() {
                    let value = row[fieldName] ?? ""
                    if value.isEmpty {
                        #expect(
                            constraints["required"] as? Bool != true,
                            "\(name) row \(index + 2): \(fieldName) is required")
                        continue
                    }
                    #expect(
                        valid(value, type: field["type"] as! String),
                        "\(name) row \(index + 2): '\(value)' is not a \(field["type"]!)")
                    if let allowed = constraints["enum"] as? [String] {
                        #expect(allowed.contains(value), "\(name).\(fieldName): '\(value)'")
                    }
                }
            }
            let key = try #require(schema["primaryKey"] as? [String])
            let keys = rows.map { row in key.map { row[$0] ?? "" } }
            #expect(Set(keys).count == keys.count, "\(name): the primary key \(key) is unique")
            tables[name] = rows
        }
        for resource in resources {
            let name = resource["name"] as! String
            let schema = resource["schema"] as! [String: Any]
            for foreign in schema["foreignKeys"] as? [[String: Any]] ?? [] {
                let fields = foreign["fields"] as! [String]
                let reference = foreign["reference"] as! [String: Any]
                let target = reference["resource"] as! String
                let targetFields = reference["fields"] as! [String]
                let known = Set((tables[target] ?? []).map { row in targetFields.map { row[$0] ?? "" } })
                for row in tables[name] ?? [] {
                    #expect(
                        known.contains(fields.map { row[$0] ?? "" }),
                        "\(name) \(fields) → \(target): \(fields.map { row[$0] ?? "" })")
                }
            }
        }
        return tables
    }

    static func valid(_ value: String, type: String) -> Bool {
        switch type {
        case "integer": Int(value) != nil
        case "number": Double(value) != nil
        case "boolean": value == "true" || value == "false"
        case "date": value.count == 10 && value.split(separator: "-").count == 3
        case "datetime":
            value.count == 25 && value.dropFirst(10).first == "T"
                && (value.dropFirst(19).first == "+" || value.dropFirst(19).first == "-")
        default: true
        }
    }

    static func rows(of file: URL) throws -> [[String: String]] {
        let records = parse(try String(contentsOf: file, encoding: .utf8))
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var characters = text.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
