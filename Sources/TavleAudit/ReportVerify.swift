import Foundation
import TavleArchive
import TavleData
import TavleGit
import TavleHistory
import TavleModel
import TavleParse
import TavlePrompts
import TavleRun
import TavleWorkspace

/// `tavle verify`: proves that every report in the repository is what tavle made from what
/// the repository recorded, and shows which recorded data the live source no longer agrees
/// with.
///
/// Every commit is compared with its parent. Wherever a report, its manifest or its data
/// changed, the report is made again from the manifest alone (the notebook copy, the query
/// results and the journal it names, by git id) and must equal the committed files byte for
/// byte. Wherever a team's journal copy or ledger changed, the ledger is made again from the
/// journal copy. So a hand edit is caught in the commit that made it, even when a later run
/// overwrote it.
public struct ReportVerify {
    public struct Options: Sendable {
        public var outputFolder: String
        /// The workspace whose live data the recorded queries are re-run against; `nil` skips that.
        public var workspace: Workspace?
        /// Only this team's reports.
        public var team: String?
        /// Prove one run's reports only (`--commit`), or one report (`--file`): the commit that
        /// last changed the file unless `commit` names another.
        public var commit: String?
        public var file: String?

        public init(
            outputFolder: String, workspace: Workspace?, team: String? = nil, commit: String? = nil, file: String? = nil
        ) {
            self.outputFolder = outputFolder
            self.workspace = workspace
            self.team = team
            self.commit = commit
            self.file = file
        }
    }

    /// A committed file that is not what tavle makes from the recorded inputs.
    public struct Mismatch: Sendable {
        public var path: String
        public var commit: String
        /// The commit's date, YYYY-MM-DD.
        public var date: String
        public var problem: Phrase
        /// The first line that differs, committed and re-made, when both are text.
        public var committedLine: (number: Int, text: String)?
        public var remadeLine: String?
        public var hint: Phrase?
    }

    /// A value a report showed that the live source now gives differently.
    /// A report by its commit and the day it was made.
    public struct ReportReference: Sendable, Hashable {
        public var commit: String
        public var date: String
    }

    public struct DataChange: Sendable, Hashable {
        public var team: String?
        public var teamName: String?
        public var query: String
        /// The row's key: its first column's value (the period, for a series).
        public var row: String
        /// The column, when the query returns more than one value per row.
        public var column: String?
        public var old: String
        /// `nil` when the row is gone from the live data.
        public var new: String?
        /// The last report that showed the old value.
        public var reportDate: String
        public var reportCommit: String
        /// A later report of the team that shows the new value: the change has been reported.
        public var reReported: ReportReference?
        /// Why the value was corrected, as the facilitator recorded it in `corrections.yaml`.
        public var correction: DataCorrection?

        /// An intended correction: recorded with its reason. Verify passes with it.
        public var explained: Bool { correction != nil }
    }

    /// A committed file compared with what tavle makes from the recorded inputs.
    public struct ComparedFile: Sendable, Hashable {
        public var path: String
        public var commit: String
        /// The committed file's git blob id; `nil` when it is missing.
        public var blob: String?
        public var identical: Bool
    }

    public struct Summary: Sendable {
        /// In the one-report mode: every file compared, with its blob.
        public var compared: [ComparedFile] = []
        public var commits: Int
        public var reportsChecked: Int
        public var mismatches: [Mismatch]
        /// How many recorded query results were compared with the live source.
        public var queriesRerun: Int
        public var dataChanges: [DataChange]
        /// Why the live data was not checked, when it was not.
        public var dataNotChecked: Phrase?

        public var passed: Bool { mismatches.isEmpty && dataChanges.allSatisfy(\.explained) }
    }

    let options: Options

    public init(_ options: Options) {
        self.options = options
    }

    public func verify() throws(Diagnostic) -> Summary {
        if options.commit != nil || options.file != nil { return try verifyOne() }
        let folder = options.outputFolder
        try ReportRepository.requireExists(folder)
        if let team = options.team {
            try ReportHistory.requireTeam(team, in: try ReportRepository.openForReading(folder), outputFolder: folder)
        }
        let repository: GitRepository
        var walk: Walk
        // Read first: a corrections file that does not parse stops verify before the walk.
        (repository, walk) = try ReportRepository.reading(folder) { () throws(GitError) in
            let repository = try GitRepository.open(at: folder)
            var walk = Walk(repository: repository, teamFolder: options.team.map(ReportWriter.safeName))
            try walk.run()
            return (repository, walk)
        }
        var summary = Summary(
            commits: walk.commits, reportsChecked: walk.reportsChecked, mismatches: walk.mismatches, queriesRerun: 0,
            dataChanges: [])
        // The working tree against the last commit: what a reader opens is what was committed.
        try ReportRepository.reading(folder) { () throws(GitError) in
            if let head = try repository.headCommit() {
                let info = try repository.commitInfo(head)
                for change in try repository.uncommittedChanges() {
                    if let team = options.team.map(ReportWriter.safeName), !change.path.hasPrefix(team + "/") {
                        continue
                    }
                    let problem: Phrase =
                        switch change.kind {
                        case .edited: Phrase("differs in the working tree from the last commit")
                        case .deleted: Phrase("is missing from the working tree")
                        case .staged: Phrase("has changes staged but not committed")
                        }
                    summary.mismatches.append(
                        Mismatch(
                            path: change.path, commit: info.id.short, date: ReportVerify.date(info.time),
                            problem: problem,
                            hint: Phrase(
                                "'git -C \(Files.displayPath(folder)) diff' shows it; 'git -C \(Files.displayPath(folder)) checkout -- \(change.path)' puts it back"
                            )))
                }
            }
        }
        try checkLiveData(walk.madeReports, into: &summary)
        return summary
    }

    /// Every recorded query of the reports made again, run against the workspace's data as it
    /// is now; said plainly when there is no workspace to run them against.
    func checkLiveData(_ reports: [ObjectID: RecordedReport], into summary: inout Summary) throws(Diagnostic) {
        if var workspace = options.workspace {
            // The live data is read without writing into the workspace: a folder of text data is
            // built into a temporary cache, removed afterwards.
            let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tavle-verify-\(UUID().uuidString)"
            ).path
            workspace.cacheFolder = cache
            defer { try? FileManager.default.removeItem(atPath: cache) }
            let live = LiveData(workspace: workspace, corrections: try Self.corrections(in: workspace))
            summary.dataChanges = try live.changes(in: reports)
            summary.queriesRerun = live.queriesRerun
        } else {
            summary.dataNotChecked = Phrase(
                "no workspace (tavle.yaml) was found, so the recorded queries were not re-run")
        }
    }

    /// `--commit` and `--file`: one run's reports, or one report, made again from what that
    /// commit recorded and compared file by file, each with its blob id; the file as it is in
    /// the folder too, when the commit is the one it was last changed in.
    func verifyOne() throws(Diagnostic) -> Summary {
        let folder = options.outputFolder
        let repository = try ReportRepository.openForReading(folder)
        let path = options.file.map { Self.repositoryPath($0, in: folder) }
        let base = path.map(Self.reportBase)
        let found = try ReportRepository.reading(folder) { () throws(GitError) -> ObjectID? in
            var named: ObjectID?
            if let revision = options.commit {
                guard let commit = try repository.commit(named: revision) else { return nil }
                named = commit
            }
            let head = try repository.headCommit()
            guard let base else { return named ?? head }
            // The run that made the report as it stood at the commit named (or at the last):
            // a later run that left it as it was did not make it.
            let maker = try ReportRuns.madeBy(
                manifestPath: ReportLayout.manifestPath(base: base), upTo: named, in: repository)
            return maker?.commit.id ?? named ?? head
        }
        guard let commit = found else {
            throw .error(
                at: nil, Phrase("the report repository has no run '\(options.commit ?? "HEAD")'"),
                hint: Phrase("'tavle log' lists the runs; name one by its commit, such as 4be0c21, or HEAD~1"))
        }
        if let base {
            // A report the run did not make is a mistyped name: said so, with the run's reports.
            let known = try ReportRepository.reading(folder) {
                () throws(GitError) -> (exists: Bool, reports: [String]) in
                let exists =
                    try repository.entryID(atPath: ReportLayout.manifestPath(base: base), inCommit: commit) != nil
                var reports: [String] = []
                let team = String(base.prefix { $0 != "/" })
                if !exists, let teamTree = try repository.entryID(atPath: team, inCommit: commit) {
                    reports = try repository.entries(ofTree: teamTree).filter {
                        $0.name.hasSuffix(ReportLayout.manifestSuffix)
                    }
                    .map { "\(team)/\($0.name.dropLast(ReportLayout.manifestSuffix.count)).html" }
                }
                return (exists, reports)
            }
            if !known.exists {
                throw .error(
                    at: nil, Phrase("the report repository has no report '\(path ?? base)' in the run \(commit.short)"),
                    hint: known.reports.isEmpty
                        ? Phrase(
                            "name a report file as the repository holds it, such as molde-sykehjem-2/samling-3.html")
                        : Suggestions.hint(for: base + ".html", among: known.reports.sorted(), noun: Phrase("reports")))
            }
        }
        var walk = Walk(repository: repository, teamFolder: options.team.map(ReportWriter.safeName))
        walk.listing = true
        try ReportRepository.reading(folder) { () throws(GitError) in
            let info = try repository.commitInfo(commit)
            var bases: [String] = []
            if let base {
                bases = [base]
            } else {
                let parent = info.parents.first
                for change in try repository.changes(from: parent, to: commit) where change.kind != .deleted {
                    if case .report(let found, _)? = Walk.owner(of: change.path), !bases.contains(found) {
                        bases.append(found)
                    }
                }
            }
            for found in bases.sorted() {
                if let teamFolder = walk.teamFolder, !found.hasPrefix(teamFolder + "/") { continue }
                try walk.check(report: found, commit: info)
                try walk.check(journalOf: String(found.prefix { $0 != "/" }), commit: info)
            }
        }
        var summary = Summary(
            commits: 1, reportsChecked: walk.reportsChecked, mismatches: walk.mismatches, queriesRerun: 0,
            dataChanges: [])
        summary.compared = walk.compared
        // The notebook and journal copies the citation names, held to the blobs the manifest
        // recorded for them.
        try ReportRepository.reading(folder) { () throws(GitError) in
            for report in walk.madeReports.values.sorted(by: {
                $0.manifest.reports.first ?? "" < $1.manifest.reports.first ?? ""
            }) {
                var copies = [(report.manifest.notebook.copy, report.manifest.notebook.blob)]
                if let journal = report.manifest.journal, let copy = journal.copy {
                    copies.append((copy, journal.blob))
                }
                for (path, recorded) in copies where !summary.compared.contains(where: { $0.path == path }) {
                    let blob = try repository.entryID(atPath: path, inCommit: commit)?.hex
                    summary.compared.append(
                        ComparedFile(path: path, commit: commit.hex, blob: blob, identical: blob == recorded))
                }
            }
        }
        // The files in the folder, when the run proved is the one that made them as they are.
        try ReportRepository.reading(folder) { () throws(GitError) in
            guard let base else { return }
            for file in walk.compared where file.path.hasPrefix(base + ".") {
                let onDisk = FileManager.default.contents(atPath: folder + "/" + file.path)
                guard let onDisk,
                    try repository.entryID(atPath: file.path, inCommit: try repository.headCommit()!)?.hex == file.blob
                else { continue }
                if ObjectID.blob(hashing: onDisk).hex != file.blob {
                    summary.mismatches.append(
                        Mismatch(
                            path: file.path, commit: commit.short,
                            date: ReportVerify.date(try repository.commitInfo(commit).time),
                            problem: Phrase("differs in the working tree from the last commit"),
                            hint: Phrase("'git -C \(Files.displayPath(folder)) checkout -- \(file.path)' puts it back"))
                    )
                }
            }
        }
        try checkLiveData(walk.madeReports, into: &summary)
        return summary
    }

    /// A file named on the command line as a path in the report repository: absolute or from
    /// the current folder when it lies inside the repository, else as written.
    static func repositoryPath(_ file: String, in folder: String) -> String {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path + "/"
        let absolute = URL(
            fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")
        ).standardizedFileURL.path
        return absolute.hasPrefix(root) ? String(absolute.dropFirst(root.count)) : file
    }

    /// `team/notebook.html` → `team/notebook`: the report whose files share it.
    static func reportBase(_ path: String) -> String {
        for suffix in [ReportLayout.manifestSuffix, ".html", ".md", ".pdf"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count))
        }
        return path
    }
}

// MARK: - Re-making reports from the repository

/// A report as its manifest recorded it, read back into the inputs it was made from.
struct RecordedReport {
    var manifest: RunManifest
    var inputs: ReportInputs
    var commit: ObjectID
    var time: Int64
    /// The commit's place in history, oldest first (times can tie within a second).
    var order: Int
}

extension ReportVerify {
    /// The walk over every commit, oldest first.
    struct Walk {
        let repository: GitRepository
        let teamFolder: String?
        var commits = 0
        var reportsChecked = 0
        var mismatches: [Mismatch] = []
        /// Every file compared, when asked for (one report's proof lists them).
        var listing = false
        var compared: [ComparedFile] = []
        /// The reports made again, by manifest blob, each with the commit that first recorded it.
        var madeReports: [ObjectID: RecordedReport] = [:]
        /// Manifests already made again: the files they give, or why they could not be.
        private var made: [ObjectID: Result<[String: String], RemakeFailure>] = [:]
        /// Per file tavle owns: its blob as the last tavle commit left it (`nil` once removed).
        private var lastByTavle: [String: ObjectID] = [:]
        /// Files changed or removed by a commit tavle did not make and not put back since,
        /// with the first such commit: reported once the walk is done.
        private var foreignChanges: [String: Mismatch] = [:]

        init(repository: GitRepository, teamFolder: String?) {
            self.repository = repository
            self.teamFolder = teamFolder
        }

        struct RemakeFailure: Error {
            var problem: Phrase
            var hint: Phrase?
        }

        mutating func run() throws(GitError) {
            var previous: ObjectID?
            for (commit, _) in try repository.commitTrees() {
                commits += 1
                let changes = try repository.changes(from: previous, to: commit)
                previous = commit
                try checkHistory(commit, changes: changes)
                var bases = Set<String>()
                var journalTeams = Set<String>()
                for change in changes where change.kind != .deleted {
                    guard let owner = Self.owner(of: change.path) else { continue }
                    if let teamFolder, owner.team != teamFolder { continue }
                    switch owner {
                    case .report(let base, _): bases.insert(base)
                    case .journal(let team): journalTeams.insert(team)
                    }
                }
                // Tavle never commits a link: one in the tree would make a run in another clone
                // write wherever it points.
                let links = changes.filter { $0.kind != .deleted && $0.isLink }.map(\.path)
                if !links.isEmpty {
                    let info = try repository.commitInfo(commit)
                    for path in links {
                        record(
                            path, info,
                            Phrase(
                                "is a symbolic link; tavle never commits one, and a run in another clone would write through it"
                            ),
                            hint: Phrase("remove it from the report repository ('git rm')"))
                    }
                }
                let handouts = changes.contains { ReportLayout.isHandoutFile($0.path) }
                guard !bases.isEmpty || !journalTeams.isEmpty || handouts else { continue }
                let info = try repository.commitInfo(commit)
                for base in bases.sorted() { try check(report: base, commit: info) }
                for team in journalTeams.sorted() { try check(journalOf: team, commit: info) }
                if handouts { try checkHandouts(commit: info) }
            }
            mismatches += foreignChanges.keys.sorted().map { foreignChanges[$0]! }
        }

        /// What git history can show of a rewrite: a run whose recorded previous commit is not
        /// its parent (an earlier run amended, dropped or squashed away), and report files
        /// taken out by a commit tavle did not make (`git rm` of a report, a manifest, a
        /// ledger or a whole team folder).
        mutating func checkHistory(_ commit: ObjectID, changes: [FileChange]) throws(GitError) {
            let info = try repository.commitInfo(commit)
            let trailers = Dictionary(info.trailers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            if let recorded = trailers["Previous-Run"], info.parents.first?.hex != recorded {
                record(
                    "commit \(info.id.short)", info,
                    Phrase(
                        "is a run whose recorded previous commit (\(recorded.prefix(7))) is not its parent (\(info.parents.first.map { Phrase(verbatim: $0.short) } ?? Phrase("none"))): the history before it was rewritten (a run amended, dropped or squashed)"
                    ),
                    hint: Phrase("compare with a clone made before the rewrite, or the shared remote"))
            }
            let byTavle = trailers["Tool"]?.hasPrefix("tavle") ?? false
            for change in changes {
                let owner = Self.owner(of: change.path)
                guard owner != nil || ReportLayout.isHandoutFile(change.path) else { continue }
                if let teamFolder, let team = owner?.team, team != teamFolder { continue }
                if byTavle {
                    lastByTavle[change.path] = change.newID
                    // A run that makes a report again makes it from the data, as the remake
                    // check confirms; a journal copy or ledger it merely carries forward.
                    if case .journal = owner {} else { foreignChanges[change.path] = nil }
                    continue
                }
                // Put back as tavle last left it (a `git revert`): nothing remains to report.
                if change.newID == lastByTavle[change.path] {
                    foreignChanges[change.path] = nil
                    continue
                }
                guard foreignChanges[change.path] == nil else { continue }
                if change.kind == .deleted {
                    foreignChanges[change.path] = Mismatch(
                        path: change.path, commit: info.id.short, date: ReportVerify.date(info.time),
                        problem: Phrase("was removed by a commit tavle did not make ('\(info.subject)')"),
                        hint: Phrase(
                            "restore it with 'git revert \(info.id.short)'; a run made after the removal cannot tell what the team's goals were"
                        ))
                } else {
                    // A journal copy and its ledger changed together by hand read as consistent:
                    // only the commit's author shows that no run made them, so it is named.
                    foreignChanges[change.path] = Mismatch(
                        path: change.path, commit: info.id.short, date: ReportVerify.date(info.time),
                        problem: Phrase(
                            "was \(change.kind == .added ? Phrase("added") : Phrase("changed")) by a commit tavle did not make ('\(info.subject)' by \(info.author.name))"
                        ),
                        hint: Phrase(
                            "only tavle writes reports, journal copies and ledgers; undo it with 'git revert \(info.id.short)' unless it was meant"
                        ))
                }
            }
        }

        enum Owner {
            /// A report's own file: `base` is its path without extension, `<team>/<notebook>`.
            case report(base: String, team: String?)
            /// A team's journal copy or one of its journal ledger files.
            case journal(team: String)

            var team: String? {
                switch self {
                case .report(_, let team): team
                case .journal(let team): team
                }
            }
        }

        /// Which report or journal a file of the repository belongs to.
        static func owner(of path: String) -> Owner? {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            // Notebook copies, and what `tavle handout` derives from the reports (the overview,
            // the index, printed copies), are not reports of their own.
            if parts.first == "notebooks" || parts.first == "handouts" || path.hasSuffix(".pdf") { return nil }
            let team = parts.count > 1 ? parts[0] : nil
            if let team, parts.count == 2, parts[1] == "journal.yaml" { return .journal(team: team) }
            if let team, parts.count >= 3, parts[1] == Ledger.folder {
                if parts.count == 4, parts[2] == Ledger.measurementsFolder, parts[3].hasSuffix(".json") {
                    return .report(base: "\(team)/\(parts[3].dropLast(5))", team: team)
                }
                return parts.count == 3 ? .journal(team: team) : nil
            }
            let last = parts[parts.count - 1]
            if parts.count >= 2, parts[parts.count - 2].hasSuffix(".data"), last.hasSuffix(".csv") {
                let dataFolder = parts[parts.count - 2]
                let base = (parts.dropLast(2) + [String(dataFolder.dropLast(5))]).joined(separator: "/")
                return .report(base: base, team: parts.count == 3 ? team : nil)
            }
            for suffix in [ReportLayout.manifestSuffix, ".html", ".md"] where last.hasSuffix(suffix) {
                return .report(base: String(path.dropLast(suffix.count)), team: parts.count == 2 ? team : nil)
            }
            return nil
        }

        mutating func check(report base: String, commit: CommitInfo) throws(GitError) {
            let manifestPath = ReportLayout.manifestPath(base: base)
            guard let manifestID = try repository.entryID(atPath: manifestPath, inCommit: commit.id) else {
                record(
                    base + ".html", commit,
                    Phrase("has no manifest (\(manifestPath)), so it cannot be traced to what it was made from"),
                    hint: Phrase("a report tavle made always has one; this file was probably added by hand"))
                return
            }
            reportsChecked += 1
            let remade: [String: String]
            switch try remake(manifestID, path: manifestPath, commit: commit) {
            case .success(let files): remade = files
            case .failure(let failure):
                record(manifestPath, commit, failure.problem, hint: failure.hint)
                return
            }
            for (path, expected) in remade.sorted(by: { $0.key < $1.key }) {
                // The team's ledger files are checked against its journal copy (see check(journalOf:)).
                if case .journal = Self.owner(of: path) { continue }
                try compare(path, expected: expected, commit: commit, toolHint: madeReports[manifestID]?.manifest.tool)
            }
        }

        mutating func check(journalOf team: String, commit: CommitInfo) throws(GitError) {
            let copyPath = ReportLayout.journalCopyPath(teamFolder: team)
            guard let text = try repository.blob(atPath: copyPath, inCommit: commit.id) else {
                // Reports made before tavle kept journal copies: nothing to compare the ledger with.
                return
            }
            let journal: Journal
            do throws(Diagnostic) {
                // The default language only words warnings, which the ledger does not hold.
                journal = try JournalParser().parse(
                    String(decoding: text, as: UTF8.self), file: "\(copyPath) in commit \(commit.id.short)", team: team,
                    defaultLanguage: .nb
                ).journal
            } catch {
                record(
                    copyPath, commit, Phrase("the journal copy does not parse: \(error.phrase)"),
                    hint: Phrase("the copy is written by tavle; it was probably edited by hand"))
                return
            }
            for file in Ledger.files(for: journal, teamFolder: team) {
                try compare(file.path, expected: file.contents, commit: commit, toolHint: nil)
            }
        }

        mutating func compare(_ path: String, expected: String, commit: CommitInfo, toolHint: String?) throws(GitError)
        {
            let committedFile = try repository.blob(atPath: path, inCommit: commit.id)
            if listing {
                compared.append(
                    ComparedFile(
                        path: path, commit: commit.id.hex, blob: committedFile.map { ObjectID.blob(hashing: $0).hex },
                        identical: committedFile == Data(expected.utf8)))
            }
            guard let committed = committedFile else {
                record(
                    path, commit, Phrase("is missing: the run that made this report wrote it"),
                    hint: Phrase("run the notebook again to restore it"))
                return
            }
            let expectedData = Data(expected.utf8)
            guard committed != expectedData else { return }
            var mismatch = Mismatch(
                path: path, commit: commit.id.short, date: ReportVerify.date(commit.time),
                problem: Phrase("differs from what tavle makes from the recorded notebook, data and journal"))
            if let (number, old, new) = ReportVerify.firstDifferentLine(
                String(decoding: committed, as: UTF8.self), expected)
            {
                mismatch.committedLine = (number, old)
                mismatch.remadeLine = new
            }
            if let toolHint, toolHint != "tavle \(TavleVersion.current)" {
                mismatch.hint = Phrase(
                    "the report was made by \(toolHint) and this is tavle \(TavleVersion.current); a newer tavle may render differently"
                )
            } else {
                mismatch.hint = Phrase(
                    "the committed file was changed after tavle made it; 'git log -p -- \(path)' in the report repository shows by whom"
                )
            }
            mismatches.append(mismatch)
        }

        mutating func record(_ path: String, _ commit: CommitInfo, _ problem: Phrase, hint: Phrase?) {
            mismatches.append(
                Mismatch(
                    path: path, commit: commit.id.short, date: ReportVerify.date(commit.time), problem: problem,
                    hint: hint))
        }

        mutating func remake(_ manifestID: ObjectID, path: String, commit: CommitInfo) throws(GitError) -> Result<
            [String: String], RemakeFailure
        > {
            if let done = made[manifestID] { return done }
            let result: Result<[String: String], RemakeFailure>
            do throws(RemakeFailure) {
                let recorded = try RecordedReader(repository: repository, commit: commit, order: commits).read(
                    manifest: manifestID, path: path)
                madeReports[manifestID] = recorded
                do throws(Diagnostic) {
                    let report = try ReportMaker.make(recorded.inputs)
                    result = .success(
                        Dictionary(report.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, last in last }))
                } catch {
                    throw RemakeFailure(
                        problem: Phrase("could not be made again: ") + error.phrase, hint: error.hintPhrase)
                }
            } catch {
                result = .failure(error)
            }
            made[manifestID] = result
            return result
        }
    }

    static func date(_ time: Int64) -> String {
        String(Timestamp.iso8601(time, offsetMinutes: 0).prefix(10))
    }

    /// The first line (1-based) at which two texts differ, with both lines, shortened.
    static func firstDifferentLine(_ committed: String, _ remade: String) -> (Int, String, String)? {
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = remade.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "(end of file)"
            let b = index < new.count ? String(new[index]) : "(end of file)"
            if a != b { return (index + 1, shorten(a), shorten(b)) }
        }
        return nil
    }

    static func shorten(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 120 ? String(trimmed.prefix(117)) + "…" : trimmed
    }
}

/// Reads a manifest and the blobs it names back into `ReportInputs`.
struct RecordedReader {
    let repository: GitRepository
    let commit: CommitInfo
    let order: Int

    typealias Failure = ReportVerify.Walk.RemakeFailure

    func read(manifest id: ObjectID, path: String) throws(Failure) -> RecordedReport {
        let rerun = Phrase("run the notebook again with this tavle; the new commit will be verifiable")
        let byHand = Phrase("the file was probably edited by hand")
        guard let manifest = RunManifest.decode(try blob(id.hex, what: Phrase("the manifest"))) else {
            throw Failure(problem: Phrase("is not a manifest tavle can read"), hint: byHand)
        }
        let queriesTyped = manifest.queries.allSatisfy { $0.types != nil }
        let teamTyped = manifest.team.map { $0.value != nil && $0.fields != nil } ?? true
        guard queriesTyped, teamTyped, manifest.journal.map({ $0.copy != nil }) ?? true else {
            throw Failure(
                problem: Phrase(
                    "was written by \(manifest.tool), which did not record everything needed to make the report again"),
                hint: rerun)
        }
        let notebookText = String(
            decoding: try blob(manifest.notebook.blob, what: Phrase("the notebook copy")), as: UTF8.self)
        var notebook: Notebook
        do throws(Diagnostic) {
            notebook = try NotebookParser().parse(
                notebookText, file: "\(manifest.notebook.copy) (\(manifest.notebook.blob.prefix(7)))")
        } catch {
            throw Failure(problem: Phrase("names a notebook copy that does not parse: ") + error.phrase, hint: rerun)
        }
        guard let language = Language(rawValue: manifest.language) else {
            throw Failure(problem: Phrase("names the unknown language '\(manifest.language)'"), hint: byHand)
        }
        do throws(Diagnostic) {
            notebook = try PromptResolver.resolve(
                notebook, library: manifest.promptLibrary(language: language), language: language)
        } catch {
            throw Failure(
                problem: Phrase("does not record the library prompts its notebook uses: ") + error.phrase,
                hint: rerun)
        }
        let team = manifest.team.map { info in
            Team(
                id: info.value!.value, name: info.name, municipality: info.municipality,
                fields: info.fields!.mapValues { $0.value })
        }
        var journal: ReportInputs.TeamJournal?
        if let info = manifest.journal, let team {
            let text = String(decoding: try blob(info.blob, what: Phrase("the journal copy")), as: UTF8.self)
            do throws(Diagnostic) {
                let parsed = try JournalParser().parse(
                    text, file: info.copy!, team: team.key, defaultLanguage: language)
                journal = .init(journal: parsed.journal, text: text, file: info.file)
            } catch {
                throw Failure(problem: Phrase("names a journal copy that does not parse: ") + error.phrase, hint: rerun)
            }
        }
        var parameters: [String: Value] = [:]
        for spec in notebook.parameters where spec.type != .team {
            guard let text = manifest.parameters[spec.name] else { continue }
            do throws(ParameterValueError) {
                parameters[spec.name] = try ParameterValues.value(text, as: spec.type)
            } catch {
                throw Failure(
                    problem: Phrase("records the parameter \(spec.name) = '\(text)', which \(error.phrase)"),
                    hint: rerun)
            }
        }
        var results: [String: QueryResult] = [:]
        var highlights: [String: String] = [:]
        for query in manifest.queries {
            results[query.name] = try result(of: query)
            if let highlight = query.highlight { highlights[query.name] = highlight }
        }
        var inputs = ReportInputs(
            notebook: notebook, notebookText: notebookText, notebookPath: manifest.notebook.path,
            workspaceName: manifest.workspace,
            language: language, team: team, journal: journal, parameters: parameters, results: results,
            highlights: highlights)
        // Drawn again in the layout of the tavle that made it.
        inputs.tool = manifest.tool
        return RecordedReport(manifest: manifest, inputs: inputs, commit: commit.id, time: commit.time, order: order)
    }

    /// A query's result read back from its CSV with the types the manifest recorded.
    func result(of query: RunManifest.QueryInfo) throws(Failure) -> QueryResult {
        let text = String(
            decoding: try blob(query.blob, what: Phrase("the data of the query '\(query.name)'")), as: UTF8.self)
        let table: CSVTable
        do throws(Diagnostic) {
            table = try CSVTable(parsing: text, file: query.data)
        } catch {
            throw Failure(
                problem: Phrase("names data for the query '\(query.name)' that is not CSV: \(error.phrase)"),
                hint: Phrase("the data file was probably edited by hand"))
        }
        let types = query.types ?? []
        guard table.header == query.columns, types.count == query.columns.count, table.records.count == query.rows
        else {
            throw Failure(
                problem: Phrase("does not agree with the data it names for the query '\(query.name)'"),
                hint: Phrase("the manifest or the data was probably edited by hand"))
        }
        // Each mixed column's letters, split once rather than for every cell.
        let letters = query.columns.indices.map { column in query.cellTypes?[String(column)].map(Array.init) }
        var rows: [[Value]] = []
        for (rowIndex, record) in table.records.enumerated() {
            var row: [Value] = []
            for (column, field) in record.fields.enumerated() {
                let letter = (column < letters.count ? letters[column] : nil).flatMap {
                    rowIndex < $0.count ? $0[rowIndex] : nil
                }
                guard column < types.count, let value = RecordedTypes.value(field, type: types[column], letter: letter)
                else {
                    throw Failure(
                        problem: Phrase(
                            "records '\(field)' in \(query.data) line \(record.line), which is not of the recorded type"
                        ),
                        hint: Phrase("the data file was probably edited by hand"))
                }
                row.append(value)
            }
            rows.append(row)
        }
        return QueryResult(columns: table.header, rows: rows)
    }

    func blob(_ hex: String, what: Phrase) throws(Failure) -> Data {
        guard let id = ObjectID(hex: hex), let data = try? repository.blob(id) else {
            throw Failure(
                problem: Phrase("names \(what) (\(hex.prefix(7))), which is not in the repository"),
                hint: Phrase("the repository was rewritten or damaged; restore it from a clone"))
        }
        return data
    }
}

// MARK: - Live data

extension ReportVerify {
    /// Re-runs recorded queries against the workspace's data source as it is now.
    final class LiveData {
        let workspace: Workspace
        private(set) var queriesRerun = 0
        private var sources: [String: any DataSource] = [:]

        let corrections: [DataCorrection]

        init(workspace: Workspace, corrections: [DataCorrection]) {
            self.workspace = workspace
            self.corrections = corrections
        }

        func changes(in reports: [ObjectID: RecordedReport]) throws(Diagnostic) -> [DataChange] {
            // The same value changed in many old reports is one change: keep the latest report that showed it.
            var found: [String: DataChange] = [:]
            var origins: [String: (RecordedReport, QueryCell)] = [:]
            var order: [String] = []
            var cache: [String: [String: QueryResult]] = [:]
            for report in reports.values.sorted(by: {
                ($0.order, $0.manifest.notebook.id) < ($1.order, $1.manifest.notebook.id)
            }) {
                let inputs = report.inputs
                let key =
                    "\(report.manifest.notebook.blob)|\(inputs.team?.key ?? "")|\(report.manifest.parameters.sorted { $0.key < $1.key })"
                let live: [String: QueryResult]
                if let cached = cache[key] {
                    live = cached
                } else {
                    let source = try source(for: inputs.notebook, notebookPath: inputs.notebookPath)
                    live = try ReportRun.runQueries(
                        of: inputs.notebook, team: inputs.team, parameters: inputs.parameters, source: source,
                        minimumCount: workspace.minimumCount
                    ).results
                    cache[key] = live
                }
                for query in inputs.notebook.queries {
                    guard let recorded = inputs.results[query.name], let now = live[query.name] else { continue }
                    queriesRerun += 1
                    for change in ReportVerify.differences(recorded, now) {
                        let dataChange = DataChange(
                            team: inputs.team?.key, teamName: inputs.team?.name,
                            query: query.options.title ?? query.name, row: change.row,
                            column: change.column, old: change.old, new: change.new,
                            reportDate: ReportVerify.date(report.time), reportCommit: report.commit.short)
                        let id =
                            "\(dataChange.team ?? "")|\(query.name)|\(change.row)|\(change.column ?? "")|\(change.old)|\(change.new ?? "\u{0}")"
                        if found[id] == nil { order.append(id) }
                        found[id] = dataChange
                        origins[id] = (report, query)
                    }
                }
            }
            // Then, for each change: did a later report of the team show the new value, and
            // did the facilitator record why it was corrected?
            let sorted = reports.values.sorted { $0.order < $1.order }
            return order.map { id in
                var change = found[id]!
                let (report, query) = origins[id]!
                if let new = change.new {
                    let later = sorted.first { other in
                        other.order > report.order && other.inputs.team?.key == report.inputs.team?.key
                            && other.inputs.results[query.name].map {
                                ReportVerify.shows($0, row: change.row, column: change.column, value: new)
                            } == true
                    }
                    change.reReported = later.map {
                        ReportReference(commit: $0.commit.short, date: ReportVerify.date($0.time))
                    }
                }
                change.correction = corrections.last { correction in
                    correction.explains(
                        team: report.inputs.team?.key ?? "", query: query.name, indicator: query.options.indicator,
                        period: change.row)
                }
                return change
            }
        }

        func source(for notebook: Notebook, notebookPath: String?) throws(Diagnostic) -> any DataSource {
            let folder = URL(fileURLWithPath: Files.resolve(notebookPath ?? "notebook.md", against: workspace.root))
                .deletingLastPathComponent().path
            let key = notebook.dataSource == nil ? "" : "\(folder)|\(String(describing: notebook.dataSource!))"
            if let open = sources[key] { return open }
            let source = try DataSources.open(for: notebook, in: workspace, notebookFolder: folder)
            sources[key] = source
            return source
        }
    }

    struct CellDifference: Hashable {
        var row: String
        var column: String?
        var old: String
        var new: String?
    }

    /// The first-column keys of rows `live` has and `recorded` does not, in `live`'s order.
    static func addedRows(_ recorded: QueryResult, _ live: QueryResult) -> [String] {
        let known = Set(recorded.rows.compactMap { $0.first?.plainText })
        return live.rows.compactMap { $0.first?.plainText }.filter { !known.contains($0) }
    }

    /// A value as a person reads it in a message: rates to six significant digits, not seventeen.
    static func shown(_ value: Value) -> String {
        guard case .real(let number) = value, number.isFinite else { return value.plainText }
        return String(format: "%.6g", number)
    }

    /// Values of the recorded result that the live result gives differently, row by row
    /// matched on the first column. Rows the live data added are not differences: a report
    /// made in February could not show March.
    /// Whether a recorded result shows `value` in the row keyed `row` (in `column`, or its one
    /// value column).
    static func shows(_ result: QueryResult, row: String, column: String?, value: String) -> Bool {
        guard let found = result.rows.first(where: { $0.first?.plainText == row }) else { return false }
        let columns =
            column.map { name in result.columnIndex(name).map { [$0] } ?? [] }
            ?? Array(result.columns.indices.dropFirst())
        return columns.contains { $0 < found.count && (shown(found[$0]) == value || found[$0].plainText == value) }
    }

    /// The workspace's recorded corrections (`corrections.yaml` beside `tavle.yaml`), in the
    /// order written, so that a later entry for the same value is the one that counts.
    static func corrections(in workspace: Workspace) throws(Diagnostic) -> [DataCorrection] {
        try Corrections.read(workspace, teams: nil).values.flatMap { $0 }.sorted { $0.location < $1.location }
    }

    static func differences(_ recorded: QueryResult, _ live: QueryResult) -> [CellDifference] {
        guard !recorded.columns.isEmpty else { return [] }
        var liveRows: [String: [Value]] = [:]
        for row in live.rows { liveRows[row[0].plainText] = liveRows[row[0].plainText] ?? row }
        let valueColumns = Array(recorded.columns.indices.dropFirst())
        var differences: [CellDifference] = []
        for row in recorded.rows {
            let key = row[0].plainText
            guard let now = liveRows[key] else {
                differences.append(
                    CellDifference(
                        row: key, column: nil, old: row.dropFirst().map { shown($0) }.joined(separator: ", "), new: nil)
                )
                continue
            }
            for column in valueColumns {
                let liveIndex = live.columnIndex(recorded.columns[column])
                let newValue = liveIndex.map { now[$0] } ?? .null
                if newValue.plainText != row[column].plainText {
                    var old = shown(row[column])
                    var new = shown(newValue)
                    if old == new { (old, new) = (row[column].plainText, newValue.plainText) }
                    differences.append(
                        CellDifference(
                            row: key, column: valueColumns.count > 1 ? recorded.columns[column] : nil, old: old,
                            new: new))
                }
            }
        }
        return differences
    }
}
