import Foundation
import TavleGit
import TavleHistory
import TavleModel

// Builds a report repository with many runs, as tavle commits them (one pack per run), for
// timing `tavle history` and `tavle trace`. Each run renders one team of the network: its
// report, its measurements ledger one month longer, and now and then a revised goal, a new
// PDSA cycle, a decision or an answer. Deterministic: the same arguments give the same
// history (apart from commit times).
// Usage: tavle-history-fixture FOLDER [runs] [teams]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: tavle-history-fixture FOLDER [runs] [teams]\n".utf8))
    exit(2)
}
let runs = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
let teamCount = arguments.count > 2 ? Int(arguments[2]) ?? 22 : 22
let here = SourceLocation(file: "journals/fixture.yaml", line: 1, column: 1)

func month(_ index: Int) -> String {
    let year = 2020 + index / 12, month = index % 12 + 1
    return "\(year)-\(month < 10 ? "0" : "")\(month)"
}

func journal(team: Int, run: Int) -> Journal {
    let revisions = run / 40
    let goal = Goal(
        id: "faerre-fall", statement: "Færre fall blant beboerne", what: "Fall", forWhom: "Beboere", indicator: "fall",
        target: 5 - Double(revisions % 10) * 0.1, direction: .down, due: JournalDate("2023-06-30"),
        revisions: (0..<revisions).map {
            Revision(
                date: JournalDate("2021-0\($0 % 9 + 1)-15")!, reason: "Justert etter måling \($0 + 1)", location: here)
        },
        location: here)
    let cycles = (0..<(run / 15 + 1)).map { index in
        PDSACycle(
            id: "syklus-\(index + 1)", title: "Tiltak \(index + 1)", goal: "faerre-fall", plan: "Plan \(index + 1)",
            do: nil, study: nil, act: nil,
            decision: index < run / 15 ? .adopt : nil, started: JournalDate("2021-01-10"), ended: nil, location: here)
    }
    let decisions = (0..<(run / 25)).map { index in
        Decision(
            id: "beslutning-\(index + 1)", date: JournalDate("2021-02-01")!, what: "Beslutning \(index + 1)", why: nil,
            location: here)
    }
    let answers = (0..<(run / 20)).map { index in
        Answer(
            prompt: "refleksjoner", gathering: index + 1, date: nil, text: "Svar \(index + 1) fra team \(team)",
            location: here)
    }
    let indicators = [
        JournalIndicator(
            id: "fall", name: "Fall per 1000 døgn", kind: .result, definition: "Fall delt på døgn", caveats: nil,
            location: here)
    ]
    return Journal(
        team: "team-\(team)", language: .nb, goals: [goal], indicators: indicators, cycles: cycles,
        decisions: decisions, answers: answers, file: "")
}

do {
    try? FileManager.default.removeItem(atPath: folder)
    let repository = try GitRepository.openOrCreate(at: folder)
    let author = Signature(name: "Fasilitator", email: "fasilitator@example.org")
    var head: ObjectID?
    for run in 0..<runs {
        let team = run % teamCount
        let round = run / teamCount
        let teamFolder = "team-\(team)"
        let points = (max(0, round - 35)...round).map { index in
            LedgerSeries.Point(period: month(index), value: Double((index * 7 + team * 3) % 9) + 1, y: nil, n: nil)
        }
        var files: [String: Data] = [:]
        for file in Ledger.files(for: journal(team: team, run: round), teamFolder: teamFolder) {
            files[file.path] = Data(file.contents.utf8)
        }
        files[Ledger.measurementsPath(teamFolder: teamFolder, notebook: "samling")] = Data(
            Ledger.encode([
                LedgerSeries(
                    query: "fall", indicator: "fall", chart: "run", title: "Fall per 1000 døgn", points: points)
            ]).utf8)
        files["\(teamFolder)/samling.md"] = Data(
            "# Team \(team)\n\nRunde \(round), siste måned \(month(round)).\n".utf8)
        // The manifest a run writes beside its report, as small as `tavle export` and `cite`
        // read it: the notebook (and its copy), the team, the month and the one query.
        let notebookText =
            "---\nid: samling\ntitle: Samling\nversion: \(round + 1)\n---\n\n# Samling\n\n```prompt refleksjoner\nHva har dere lært?\n```\n"
        files["notebooks/samling.md"] = Data(notebookText.utf8)
        let notebookBlob = ObjectID.blob(hashing: Data(notebookText.utf8)).hex
        files["\(teamFolder)/samling.manifest.json"] = Data(
            """
            {"language": "nb", "notebook": {"blob": "\(notebookBlob)", "copy": "notebooks/samling.md", \
            "id": "samling", "title": "Samling", "version": \(round + 1)}, "parameters": {"period": "\(month(round))", \
            "team": "\(teamFolder)"}, "queries": [{"blob": "\(String(repeating: "1", count: 40))", "columns": ["period", "value"], \
            "data": "\(teamFolder)/samling.data/fall.csv", "name": "fall", "parameters": {}, "rows": \(points.count), \
            "sql": "SELECT period, value FROM measurements"}], "reports": ["\(teamFolder)/samling.html"], \
            "team": {"id": "\(teamFolder)", "name": "Team \(team)"}, "tool": "tavle 0.4.0"}
            """.utf8)
        let message =
            "samling v\(round + 1): 1 report\n\nSamling\n\nNotebook: samling\nNotebook-Version: \(round + 1)\nGathering: \(round % 4 + 1)\nTeams: \(teamFolder)\n"
        let parent = head
        let commit = try repository.writingOnePack { objects throws(GitError) in
            try objects.createCommit(
                tree: objects.writeTree(base: parent, replacing: files), parent: parent, message: message,
                author: author)
        }
        try repository.moveBranch(to: commit, expecting: parent, reason: message)
        head = commit
        if (run + 1) % 1000 == 0 { print("\(run + 1) runs") }
    }
} catch {
    FileHandle.standardError.write(Data("tavle-history-fixture: \(error)\n".utf8))
    exit(1)
}
