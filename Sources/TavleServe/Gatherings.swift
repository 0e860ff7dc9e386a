import Foundation
import TavleArchive
import TavleConcurrency
import TavleEdit
import TavleModel
import TavleRun
import TavleWorkspace

/// The network's notebooks as the pages need them: which gathering comes next, its prompts,
/// a report previewed in memory, and the handouts made in the background.
extension Site {
    /// The notebooks made per team of the network (not those with teams of their own, such as
    /// a GP supervision group's).
    func teamNotebooks() -> [WorkspaceNotebooks.Entry] {
        // Read again only when a notebook file (or tavle.yaml) beside it changed.
        let stamp = notebooksStamp()
        if let cached = notebooksRead.withLock({ $0 }), cached.stamp == stamp { return cached.notebooks }
        let notebooks = WorkspaceNotebooks.list(workspace).notebooks.filter {
            $0.notebook.teamParameter != nil && $0.notebook.teams == nil
        }
        notebooksRead.withLock { $0 = (stamp, notebooks) }
        return notebooks
    }

    func notebooksStamp() -> String {
        Self.stamp(
            of: ((try? FileManager.default.contentsOfDirectory(atPath: workspace.root)) ?? []).filter {
                $0.hasSuffix(".md") || $0 == "tavle.yaml"
            }.sorted().map { workspace.root + "/" + $0 })
    }

    /// The facilitator's table of teams, written again only when what it shows may have
    /// changed: the branch (changes recorded, the last gathering), a journal (answers) or a
    /// notebook (which gathering comes next). Under load it is the page's whole cost.
    func overviewTable() throws(Diagnostic) -> RenderedHTML {
        let stamp =
            index.refsStamp() + "|" + notebooksStamp() + "|" + Self.stamp(of: teams.map { editor.path(for: $0) })
        if let kept = overviewKept.withLock({ $0 }), kept.stamp == stamp { return kept.table }
        let table = try Pages.overviewTable(self).kept()
        overviewKept.withLock { $0 = (stamp, table) }
        return table
    }

    /// The journal as it stands, read again only when its file changed.
    func currentJournal(_ team: Team) -> JournalEditor.Current {
        let stamp = Self.stamp(of: [editor.path(for: team)])
        if let cached = journalsRead.withLock({ $0[team.key] }), cached.stamp == stamp { return cached.current }
        let current = editor.current(team: team)
        journalsRead.withLock { $0[team.key] = (stamp, current) }
        // Every version a form may be opened on, also one never committed (a hand edit not yet
        // recorded): a stale form is then merged against the version it was opened on.
        versionsSeen.withLock { seen in
            if seen.count >= 512 { seen.removeAll() }
            seen[team.key + "/" + current.version] = current.text
        }
        return current
    }

    /// Modification times and sizes of files: equal stamps, equal files (as far as a page cares).
    static func stamp(of paths: [String]) -> String {
        paths.map { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return path + ":-" }
            // The inode too: a file replaced by a rename within one tick of the clock, at the
            // same size (a ref file is always 41 bytes), is still told apart.
            return
                "\(path):\(info.st_ino):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_nsec):\(info.st_size)"
        }.joined(separator: "|")
    }

    /// The next gathering's notebook: the first with a gathering after the last one reports
    /// were made for; before any, the first; after the last, the last.
    func nextGathering() -> WorkspaceNotebooks.Entry? {
        let notebooks = teamNotebooks().filter { $0.notebook.gathering != nil }
        let last = (try? index.snapshot())?.lastGatheringRun?.gathering
        guard let last else { return notebooks.first }
        return notebooks.first { $0.notebook.gathering! > last } ?? notebooks.last
    }

    /// A fingerprint of everything a report is made from (the workspace's notebooks, data,
    /// journals, tavle.yaml and corrections, data kept outside it, the report repository's
    /// branch, which the goal guard reads, and today's date, from which periods count): the
    /// preview is made again when it changes.
    func inputStamp() -> String {
        var hasher = Hasher()
        hasher.combine(index.refsStamp())
        hasher.combine(JournalDate.today().description)
        let skipped = [
            workspace.output, workspace.cacheFolder ?? Files.resolve(".tavle-cache", against: workspace.root),
        ]
        var folders = [workspace.root]
        switch workspace.dataSource {
        case .sqliteFile(let path), .textFolder(let path), .csvFolder(let path):
            if !path.hasPrefix(workspace.root + "/") { folders.append(path) }
        case .postgres: break
        }
        while let folder = folders.popLast() {
            var info = stat()
            // A data file outside the workspace is named itself, not a folder.
            if stat(folder, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
                combine(folder, info, into: &hasher)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let path = folder + "/" + name
                guard !skipped.contains(path), stat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    folders.append(path)
                    continue
                }
                combine(path, info, into: &hasher)
            }
        }
        return String(UInt(bitPattern: hasher.finalize()), radix: 16)
    }

    /// A file's name and what tells its versions apart: the inode (a file replaced by a rename),
    /// the times of its content and of its inode, and its size.
    private func combine(_ path: String, _ info: stat, into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(info.st_ino)
        hasher.combine(info.st_mtim.tv_sec)
        hasher.combine(info.st_mtim.tv_nsec)
        hasher.combine(info.st_ctim.tv_sec)
        hasher.combine(info.st_ctim.tv_nsec)
        hasher.combine(info.st_size)
    }

    /// The key a preview is kept under: the inputs' stamp, and, for data a server holds
    /// (PostgreSQL, whose changes no file shows), the time to within 5 seconds, so that a
    /// preview asked for again shows the data as it is.
    func previewStamp(_ stamp: String) -> String {
        guard case .postgres = workspace.dataSource else { return stamp }
        return stamp + "@" + String(Int(Date().timeIntervalSince1970 / 5))
    }

    /// Waits (up to `limit`, well within the server's time for a request) until the inputs differ
    /// from `stamp`; the stamp then.
    func changes(since stamp: String, limit: Duration = .seconds(10)) async -> String {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let now = inputStamp()
            if now != stamp { return now }
            // A request cancelled (the server stopping) ends its wait at once.
            do { try await Task.sleep(for: .milliseconds(10)) } catch { return stamp }
        }
        return stamp
    }

    /// One team's report of a notebook as a run would make it now, or the page of the problem
    /// that keeps it from being made; made once for each state of the inputs.
    /// - Parameter stamp: the inputs' stamp, taken before anything is read (the page hands
    ///   the same one to its long poll, so that a change made while it renders is not missed).
    func preview(_ entry: WorkspaceNotebooks.Entry, team: Team, stamp: String? = nil) -> PreviewCache.Made {
        previews.made(entry.notebook.id + "/" + team.key, stamp: previewStamp(stamp ?? inputStamp())) {
            do throws(Diagnostic) {
                let made = try ReportRun(RunOptions(notebookPath: entry.path, teamIDs: [team.key])).preview()
                return PreviewCache.Made(html: made.html, warnings: made.warnings, ok: true)
            } catch {
                let page = Node.el("html", attr("lang", language.rawValue)) {
                    Node.el("head") { Node.void("meta", attr("charset", "utf-8")) }
                    Node.el("body") {
                        Node.el("h1") { t(Phrase("This report cannot be made")) }
                        Node.el("pre") { error.text(in: language) }
                    }
                }
                return PreviewCache.Made(html: page.document(), warnings: [], ok: false)
            }
        }
    }
}

/// A gathering's handouts being made, or made: one job at a time for the server.
final class HandoutJobs: Sendable {
    struct Job: Sendable {
        var notebook: String
        var title: String
        var done = 0
        var total = 0
        var team = ""
        var finished = false
        var summary: HandoutSummary?
        var problem: Diagnostic?
    }

    private let jobs = Locked<[String: Job]>([:])
    private let queue = DispatchQueue(label: "tavle.serve.handouts")

    func job(_ notebook: String) -> Job? { jobs.withLock { $0[notebook] } }

    /// Starts making a notebook's handouts for every team (with PDFs), unless a job runs.
    /// - Returns: whether it started.
    /// - Parameter author: the facilitator who pressed the button, the commit's author.
    func start(_ entry: WorkspaceNotebooks.Entry, author: Author) -> Bool {
        let id = entry.notebook.id
        let started = jobs.withLock { jobs -> Bool in
            guard !jobs.values.contains(where: { !$0.finished }) else { return false }
            jobs[id] = Job(notebook: id, title: entry.notebook.title)
            return true
        }
        guard started else { return false }
        queue.async { [jobs] in
            var options = RunOptions(notebookPath: entry.path, allTeams: true)
            options.commitAuthor = author
            options.message = "Made with the handouts button of tavle serve."
            let run = ReportRun(
                options,
                progress: { done, total, team in
                    jobs.withLock {
                        $0[id]?.done = done
                        $0[id]?.total = total
                        $0[id]?.team = team
                    }
                })
            do throws(Diagnostic) {
                let summary = try run.handouts(pdf: true)
                jobs.withLock {
                    $0[id]?.summary = summary
                    $0[id]?.finished = true
                }
            } catch {
                jobs.withLock {
                    $0[id]?.problem = error
                    $0[id]?.finished = true
                }
            }
        }
        return true
    }

    /// Waits for a job under way (the server's stop lets it finish).
    func drain() { queue.sync {} }
}

extension Site {
    /// `/facilitator/…`: the overview, previews, handouts and the repository's files.
    func facilitatorPage(_ rest: [String], session: Session) -> Reply {
        switch (rest.first, rest.count) {
        case (nil, 0):
            return guarded(session) { () throws(Diagnostic) in .page(try Pages.facilitator(self, session: session)) }
        case ("preview", 1):
            return .page(Pages.previewChooser(self, notebooks: teamNotebooks(), session: session))
        case ("preview", 3), ("preview", 4):
            guard let entry = teamNotebooks().first(where: { $0.notebook.id == rest[1] }), let team = team(rest[2])
            else { return notFound(session) }
            if rest.count == 3 {
                let stamp = inputStamp()
                let made = preview(entry, team: team, stamp: stamp)
                return .page(
                    Pages.previewPage(
                        self, notebook: entry.notebook, team: team, warnings: made.warnings, stamp: stamp,
                        session: session))
            }
            guard rest[3] == "report.html" else { return notFound(session) }
            let made = preview(entry, team: team)
            return Reply(status: made.ok ? 200 : 422, body: Data(made.html.utf8), policy: .preview)
        case ("handouts", 1):
            return .page(Pages.handouts(self, notebooks: teamNotebooks(), session: session))
        case ("handouts", 2):
            guard let job = handoutJobs.job(rest[1]) else { return notFound(session) }
            return .page(Pages.handoutJob(self, job: job, session: session))
        case ("files", _) where rest.count >= 2:
            // A file of the report repository as the branch holds it: the handouts' index and
            // overview, a team's report or PDF. Their links between each other are relative.
            let path = rest.dropFirst().joined(separator: "/")
            return guarded(session) { () throws(Diagnostic) in
                guard let head = try index.snapshot().head, let data = try index.blob(atPath: path, commit: head)
                else { return notFound(session) }
                let type: String
                switch (path as NSString).pathExtension {
                case "html": type = "text/html; charset=utf-8"
                case "pdf": type = "application/pdf"
                case "csv": type = "text/csv; charset=utf-8"
                case "json": type = "application/json"
                case "md", "yaml": type = "text/plain; charset=utf-8"
                default: type = "application/octet-stream"
                }
                return Reply(status: 200, body: data, contentType: type, policy: .report)
            }
        default:
            return notFound(session)
        }
    }

    func submitAnswers(team: Team, fields: FormFields, session: Session) async -> Reply {
        guard let gathering = nextGathering() else { return notFound(session) }
        let prompts = WorkspaceNotebooks.prompts(of: gathering.notebook)
        let allowed = Set(prompts.map { AnswerFormValues.field($0.id) }).union(["form_token", "version", "gathering"])
        let unknown = fields.unknown(allowed: allowed)
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let number = gathering.notebook.gathering ?? 0
        guard fields["gathering"] == String(number) else {
            return .page(
                409,
                Pages.message(
                    self, title: AnswerFormValues.title(gathering.notebook),
                    text: Phrase(
                        "The questions are now those of gathering \(number); nothing was saved. Open the page again to answer them."
                    ), session: session))
        }
        let current = currentJournal(team)
        let before = AnswerFormValues(current.journal, gathering: gathering.notebook)
        let values = AnswerFormValues(fields, prompts: prompts)
        let change = values.change(
            from: before, gathering: gathering.notebook.gathering ?? 0, basedOn: fields["version"] ?? "",
            today: JournalDate.today().description)
        return await finish(
            change, team: team, title: AnswerFormValues.title(gathering.notebook), session: session,
            again: { problem, version, conflict in
                let shown =
                    conflict.map {
                        values.merged(
                            base: $0.base.map { AnswerFormValues($0.journal, gathering: gathering.notebook) },
                            now: AnswerFormValues($0.now.journal, gathering: gathering.notebook))
                    } ?? values
                return Pages.answersForm(
                    self, team: team, gathering: gathering.notebook, values: shown, version: version, problem: problem,
                    session: session)
            })
    }
}
