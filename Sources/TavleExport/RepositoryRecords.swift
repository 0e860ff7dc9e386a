import Foundation
import TavleArchive
import TavleGit
import TavleHistory
import TavleModel
import TavleParse
import TavleRun

/// One run as the report repository recorded it: its commit and trailers, and per team
/// the manifest and the ledger files at that commit.
struct RunRecord {
    var commit: CommitInfo
    var trailers: [String: String]
    var notebook: String
    var reports: [ReportRecord]
    /// The prompts the notebook asked (its own prompt cells and the library's worksheets),
    /// by the id answers give: `oppnaadd`, `veiledning.fase1.erkjennelse`.
    var prompts: [AskedPrompt]

    var time: String { Timestamp.iso8601(commit.time, offsetMinutes: commit.timeZoneOffset) }
    var day: String { String(time.prefix(10)) }
    var gathering: Int? { trailers["Gathering"].flatMap { Int($0) } }
}

struct AskedPrompt {
    var id: String
    var set: String?
    var text: String
}

/// One team's report in one run.
struct ReportRecord {
    var team: String
    var reportPath: String?
    var reportBlob: String?
    var manifestBlob: String?
    var manifest: RunManifest?
    var series: [LedgerSeries]
    var journal: JournalLedger
}

/// The team's journal as its ledger recorded it at one commit.
struct JournalLedger {
    var goals: [LedgerGoal] = []
    var indicators: [LedgerIndicator] = []
    var retired: [LedgerRetirement] = []
    var cycles: [LedgerCycle] = []
    var decisions: [LedgerDecision] = []
    var answers: [LedgerAnswer] = []
}

/// Reads every run of the report repository, oldest first. A file whose blob was read before
/// is not decoded again: most runs leave most of a team's ledger as it was.
struct RepositoryRecords {
    let repository: GitRepository
    private var decodedBlobs: [ObjectID: Any] = [:]
    private var notebookPrompts: [ObjectID: [AskedPrompt]] = [:]

    init(repository: GitRepository) {
        self.repository = repository
    }

    mutating func runs() throws(GitError) -> [RunRecord] {
        var runs: [RunRecord] = []
        var previous: [String: ObjectID] = [:]
        for (commit, root) in try repository.commitTrees() {
            let info = try repository.commitInfo(commit)
            let trailers = Dictionary(info.trailers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let top = try repository.entries(ofTree: root)
            defer { previous = Dictionary(top.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first }) }
            // Commits that are not runs (a retired team's folder removed by hand, say) have no
            // Notebook trailer and show no report.
            guard let notebook = trailers["Notebook"] else { continue }
            // The run's reports: the team folders it changed that hold the notebook's report
            // (the Teams trailer names them too, but shortens a long list to "45 teams").
            var reports: [ReportRecord] = []
            let manifestName = ReportWriter.safeName(notebook) + ReportLayout.manifestSuffix
            for folder in top
            where folder.isFolder && previous[folder.name] != folder.id
                && folder.name != ReportLayout.notebooksFolder && folder.name != ReportLayout.handoutsFolder
            {
                let files = try repository.entries(ofTree: folder.id)
                guard files.contains(where: { $0.name == manifestName && !$0.isFolder }) else { continue }
                // A change of the folder that left this notebook's report as it was (another
                // notebook's run, a journal copy) is not a report of this run.
                if let before = previous[folder.name], let old = try? repository.entries(ofTree: before),
                    old.first(where: { $0.name == manifestName })?.id
                        == files.first(where: { $0.name == manifestName })?.id,
                    old.first(where: { $0.name == ReportWriter.safeName(notebook) + ".html" })?.id
                        == files.first(where: { $0.name == ReportWriter.safeName(notebook) + ".html" })?.id
                {
                    continue
                }
                reports.append(try report(team: folder.name, folder: folder, notebook: notebook))
            }
            let notebookBlob = reports.lazy.compactMap { $0.manifest?.notebook.blob }.first.flatMap {
                ObjectID(hex: $0)
            }
            let prompts = try asked(
                notebookBlob: notebookBlob, library: reports.lazy.compactMap { $0.manifest?.library }.first ?? [])
            runs.append(
                RunRecord(commit: info, trailers: trailers, notebook: notebook, reports: reports, prompts: prompts))
        }
        return runs
    }

    private mutating func report(team: String, folder: TreeEntry, notebook: String) throws(GitError) -> ReportRecord {
        let files = try repository.entries(ofTree: folder.id)
        let base = ReportWriter.safeName(notebook)
        let html = files.first { $0.name == "\(base).html" && !$0.isFolder }
        let manifestFile = files.first { $0.name == base + ReportLayout.manifestSuffix && !$0.isFolder }
        var record = ReportRecord(
            team: team, reportPath: html.map { "\(folder.name)/\($0.name)" }, reportBlob: html?.id.hex,
            manifestBlob: manifestFile?.id.hex,
            manifest: try manifestFile.flatMap { file throws(GitError) in try decoded(file.id, as: RunManifest.self) },
            series: [], journal: JournalLedger())
        guard let ledger = files.first(where: { $0.name == Ledger.folder && $0.isFolder }) else { return record }
        let ledgerFiles = try repository.entries(ofTree: ledger.id)
        func file(_ kind: Ledger.Kind) -> ObjectID? {
            ledgerFiles.first { $0.name == kind.fileName && !$0.isFolder }?.id
        }
        if let measurements = ledgerFiles.first(where: { $0.name == Ledger.measurementsFolder && $0.isFolder }),
            let series = try repository.entries(ofTree: measurements.id).first(where: {
                $0.name == "\(notebook).json" && !$0.isFolder
            })
        {
            record.series = try decoded(series.id, as: [LedgerSeries].self) ?? []
        }
        if let id = file(.goals) { record.journal.goals = try decoded(id, as: [LedgerGoal].self) ?? [] }
        if let id = file(.indicators) { record.journal.indicators = try decoded(id, as: [LedgerIndicator].self) ?? [] }
        if let id = file(.retiredGoals) { record.journal.retired = try decoded(id, as: [LedgerRetirement].self) ?? [] }
        if let id = file(.pdsa) { record.journal.cycles = try decoded(id, as: [LedgerCycle].self) ?? [] }
        if let id = file(.decisions) { record.journal.decisions = try decoded(id, as: [LedgerDecision].self) ?? [] }
        if let id = file(.answers) { record.journal.answers = try decoded(id, as: [LedgerAnswer].self) ?? [] }
        return record
    }

    private mutating func decoded<T: Decodable>(_ id: ObjectID, as type: T.Type) throws(GitError) -> T? {
        if let known = decodedBlobs[id] as? T { return known }
        let data = try repository.blob(id)
        if type == RunManifest.self, let manifest = RunManifest.decode(data) as? T {
            decodedBlobs[id] = manifest
            return manifest
        }
        guard let value = try? JSONDecoder().decode(type, from: data) else { return nil }
        decodedBlobs[id] = value
        return value
    }

    /// The notebook's own prompt cells, read from the copy the run committed, and every prompt
    /// of the library sets its manifest recorded.
    private mutating func asked(notebookBlob: ObjectID?, library: [RunManifest.PromptSetInfo]) throws(GitError)
        -> [AskedPrompt]
    {
        var prompts: [AskedPrompt] = []
        if let notebookBlob {
            if let known = notebookPrompts[notebookBlob] {
                prompts = known
            } else {
                // A copy the repository lacks (verify names it) asks no prompts here.
                let text = (try? repository.blob(notebookBlob)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                if let notebook = try? NotebookParser().parse(text, file: "notebook") {
                    for block in notebook.blocks {
                        if case .prompt(let prompt) = block, !prompt.fromLibrary {
                            prompts.append(AskedPrompt(id: prompt.id, set: nil, text: prompt.question))
                        }
                    }
                }
                notebookPrompts[notebookBlob] = prompts
            }
        }
        for set in library {
            for prompt in set.prompts {
                prompts.append(AskedPrompt(id: "\(set.id).\(prompt.id)", set: set.id, text: prompt.text))
            }
        }
        var seen = Set<String>()
        return prompts.filter { seen.insert($0.id).inserted }
    }
}
