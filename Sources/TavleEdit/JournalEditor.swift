import Foundation
import TavleArchive
import TavleData
import TavleGit
import TavleHistory
import TavleModel
import TavleParse
import TavlePostgres
import TavleRun
import TavleWorkspace

/// Changes a team's journal on behalf of a person (a team member on the web, or the
/// facilitator) as one step: the journal file and one commit in the report repository, or
/// neither.
///
/// A change is checked by the same code as `tavle run` (the journal reader, and the rule that
/// a goal's target, due date or statement changes only with a reason), so the messages are the
/// ones the command line gives. The commit holds the journal copy and its ledger files, as a
/// run's does, so `tavle history goals` shows the change at once with its author.
///
/// Two people editing at once lose nothing: each change names the version of the file it was
/// based on (its git blob id), and a change based on another version than the file's own is
/// returned as a conflict, never written. An edit of the file by hand counts the same.
public struct JournalEditor: Sendable {
    public let workspace: Workspace
    let journals: TeamJournals

    public init(workspace: Workspace) {
        self.workspace = workspace
        journals = TeamJournals(workspace: workspace, language: workspace.language)
    }

    /// The version of a journal that has no file yet.
    public static let noFile = "none"

    /// A journal as it stands: its text (empty when the team has none yet), its version, and
    /// what it says, when it reads.
    public struct Current: Sendable {
        public var text: String
        public var version: String
        public var journal: Journal?
        /// Why the journal does not read, when it does not.
        public var problem: Diagnostic?
        /// What the journal reader warns of (a goal that lacks SMART parts).
        public var warnings: [Diagnostic] = []
    }

    /// The journal file of a team.
    public func path(for team: Team) -> String { journals.path(for: team) }

    public func current(team: Team) -> Current {
        let path = journals.path(for: team)
        guard let data = FileManager.default.contents(atPath: path) else {
            return Current(text: "", version: Self.noFile, journal: nil, problem: nil)
        }
        return current(text: String(decoding: data, as: UTF8.self), team: team)
    }

    /// A journal's text as the forms read it (an earlier version from the report repository).
    public func current(text: String, team: Team) -> Current {
        let version = ObjectID.blob(hashing: Data(text.utf8)).hex
        do throws(Diagnostic) {
            let parsed = try parse(text, team: team)
            return Current(
                text: text, version: version, journal: parsed.journal, problem: nil, warnings: parsed.warnings)
        } catch {
            return Current(text: text, version: version, journal: nil, problem: error)
        }
    }

    func parse(_ text: String, team: Team) throws(Diagnostic) -> JournalParser.Parsed {
        try JournalParser().parse(
            text, file: Files.displayPath(journals.path(for: team)), team: team.key,
            defaultLanguage: workspace.language)
    }

    /// What a form asks for.
    public struct Change: Sendable {
        /// The form's name, recorded in the commit (`Form: goal`).
        public var form: String
        /// The version the person saw when they opened the form.
        public var basedOn: String
        /// One line for the commit's subject: what changed.
        public var summary: String
        /// The edit of the journal's text.
        public var edit: @Sendable (inout JournalText) throws(JournalText.LayoutError) -> Void

        public init(
            form: String, basedOn: String, summary: String,
            edit: @escaping @Sendable (inout JournalText) throws(JournalText.LayoutError) -> Void
        ) {
            self.form = form
            self.basedOn = basedOn
            self.summary = summary
            self.edit = edit
        }
    }

    public enum Outcome: Sendable {
        /// The journal was written and committed.
        case committed(commit: ObjectID, version: String)
        /// The change equals the journal as it stands: nothing to write.
        case unchanged
        /// The journal changed since the form was opened: the file as it stands now, and the
        /// journal as this change would have made it from there (when it could be placed).
        case conflict(current: Current, proposed: String?)
        /// The change does not pass the journal's checks: the first problem, as `tavle run`
        /// would say it, and the journal as the change would have made it (its lines are the
        /// problem's), when it could be placed.
        case refused(Diagnostic, proposed: String?)
    }

    /// What a change would meet if it were sent now, without writing anything: the first
    /// problem that would refuse it (as `submit` says it), and the journal reader's warnings
    /// about the goal or entry (a goal that lacks SMART parts). For the form's check as the
    /// team types.
    public func check(_ change: Change, team: Team) -> (problem: Diagnostic?, warnings: [Diagnostic]) {
        let now = current(team: team)
        if let problem = now.problem { return (problem, []) }
        var text = JournalText(now.text)
        do {
            try change.edit(&text)
        } catch {
            return (.error(at: nil, error.phrase), [])
        }
        do throws(Diagnostic) {
            let parsed = try parse(text.text, team: team)
            do throws(Diagnostic) {
                try TeamJournals.requireExplainedRevisions(
                    [team.key: parsed.journal], journalsFolder: journals.folder, outputFolder: workspace.output)
            } catch {
                return (error, parsed.warnings)
            }
            return (nil, parsed.warnings)
        } catch {
            return (error, [])
        }
    }

    /// Applies a change: under the report repository's lock (so runs, handouts and other
    /// changes wait), checks the version, edits, checks the result, writes the file and commits.
    /// - Parameter by: the commit's author (the team, or the facilitator by name).
    public func submit(_ change: Change, team: Team, by author: Author) throws(Diagnostic) -> Outcome {
        // A change based on another version is a conflict before anything is locked or written.
        if let conflict = conflict(change, team: team) { return conflict }
        try recordEditByHand(team: team)
        let repository = try ReportRepository(
            folder: workspace.output, workspaceAuthor: workspace.author, commitAuthor: author)
        var committed = false
        defer { if !committed { repository.abandon() } }
        let now = current(team: team)
        if let conflict = conflict(change, team: team, now: now) { return conflict }
        if let problem = now.problem { return .refused(problem, proposed: nil) }
        // A hand edit that changed a goal without a reason is not recorded (see recordEditByHand),
        // and no form goes on top of it: a change with a reason would otherwise carry the hand
        // edit under its author's name and reason (a trial's due-date change took a target
        // changed by hand with it). The file is mended where it was changed, in a text editor.
        if let journal = now.journal {
            do throws(Diagnostic) {
                try TeamJournals.requireExplainedRevisions(
                    [team.key: journal], journalsFolder: journals.folder, outputFolder: workspace.output)
            } catch {
                return .refused(
                    .error(
                        at: error.location, error.phrase,
                        hint: Phrase(
                            "the journal file was changed by hand in a way tavle cannot record, so nothing was saved: the file must be mended first (your facilitator can do it)"
                        )), proposed: nil)
            }
        }
        var text = JournalText(now.text)
        do {
            try change.edit(&text)
        } catch {
            return .refused(
                .error(
                    at: error.line.map {
                        SourceLocation(file: Files.displayPath(journals.path(for: team)), line: $0, column: 1)
                    }, error.phrase,
                    hint: Phrase("make this change in the journal file with a text editor")), proposed: nil)
        }
        let newText = text.text
        guard newText != now.text else { return .unchanged }
        let parsed: JournalParser.Parsed
        do throws(Diagnostic) {
            parsed = try parse(newText, team: team)
            try TeamJournals.requireExplainedRevisions(
                [team.key: parsed.journal], journalsFolder: journals.folder, outputFolder: workspace.output)
        } catch {
            return .refused(error, proposed: newText)
        }
        let path = journals.path(for: team)
        // Who is changing the file, beside it until the commit: if the process dies between the
        // two, the next change records this one as theirs, not as a hand edit.
        let pending = Self.pendingPath(path)
        let note = author.name + "\n" + author.email + "\n" + Self.message(change, team: team, author: author)
        try Self.replaceFile(pending, with: Data(note.utf8))
        try Self.replaceFile(path, with: Data(newText.utf8))
        let headBefore = try? GitRepository.open(at: workspace.output).headCommit()
        do throws(Diagnostic) {
            let folder = ReportLayout.teamFolder(team.key)
            let files =
                [(path: ReportLayout.journalCopyPath(teamFolder: folder), contents: newText)]
                + Ledger.files(for: parsed.journal, teamFolder: folder)
            let prepared = try repository.preparer.prepare(files)
            try repository.add(prepared)
            let published = try repository.commit { _ in
                Self.message(change, team: team, author: author)
            }
            committed = true
            unlink(pending)
            let version = ObjectID.blob(hashing: Data(newText.utf8)).hex
            guard let commit = published.commit else { return .unchanged }
            return .committed(commit: commit, version: version)
        } catch {
            // The journal goes back as it was only if the commit did not happen; once the
            // branch has moved (and the working tree failed after it), the change stands.
            let headAfter = try? GitRepository.open(at: workspace.output).headCommit()
            if headAfter == headBefore {
                try? Self.replaceFile(path, with: Data(now.text.utf8), removeIfEmpty: now.version == Self.noFile)
            }
            unlink(pending)
            throw error
        }
    }

    /// The conflict a change meets when the journal is no longer the version it was based on.
    func conflict(_ change: Change, team: Team, now: Current? = nil) -> Outcome? {
        let now = now ?? current(team: team)
        guard now.version != change.basedOn else { return nil }
        var proposed = JournalText(now.text)
        let placed = (try? change.edit(&proposed)) != nil
        return .conflict(current: now, proposed: placed ? proposed.text : nil)
    }

    /// A journal changed in its file since the report repository last recorded it (by the
    /// facilitator in an editor, say) is committed as it stands, in a commit of its own by the
    /// workspace's author, before a change on the web goes on top: each commit then holds only
    /// its own author's change. An edit that does not read, or changes a goal without a reason,
    /// is left for the person who made it (the change on the web is refused with its message).
    func recordEditByHand(team: Team) throws(Diagnostic) {
        // A change on the web whose commit never happened (the process died in between) is
        // recorded as that change, by its author, from the note left beside the file.
        let pending = Self.pendingPath(journals.path(for: team))
        var interrupted: (author: Author, message: String)?
        if let data = FileManager.default.contents(atPath: pending) {
            let parts = String(decoding: data, as: UTF8.self).split(separator: "\n", maxSplits: 2).map(String.init)
            if parts.count == 3 { interrupted = (Author(name: parts[0], email: parts[1]), parts[2]) }
        }
        let repository = try ReportRepository(
            folder: workspace.output, workspaceAuthor: workspace.author, commitAuthor: interrupted?.author)
        var committed = false
        defer { if !committed { repository.abandon() } }
        let folder = ReportLayout.teamFolder(team.key)
        let now = current(team: team)
        guard let journal = now.journal, now.problem == nil,
            let recorded = repository.committedData(ReportLayout.journalCopyPath(teamFolder: folder))
        else { return }
        guard String(decoding: recorded, as: UTF8.self) != now.text else {
            // Committed after all (the process died after the commit): the note is done with.
            unlink(pending)
            return
        }
        do throws(Diagnostic) {
            try TeamJournals.requireExplainedRevisions(
                [team.key: journal], journalsFolder: journals.folder, outputFolder: workspace.output)
        } catch {
            return
        }
        let files =
            [(path: ReportLayout.journalCopyPath(teamFolder: folder), contents: now.text)]
            + Ledger.files(for: journal, teamFolder: folder)
        try repository.add(try repository.preparer.prepare(files))
        _ = try repository.commit { _ in
            if let interrupted { return interrupted.message }
            let trailers = [
                "Team: \(team.key)", "Teams: \(team.key)", "Form: file", "Edited-By: the journal file",
                "Tool: tavle \(TavleVersion.current)",
            ]
            return "Journal of \(team.key): changed in its file\n\n" + trailers.joined(separator: "\n") + "\n"
        }
        committed = true
        unlink(pending)
    }

    /// The note beside a journal while its change is being committed.
    static func pendingPath(_ journal: String) -> String {
        let url = URL(fileURLWithPath: journal)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tavle-pending").path
    }

    static func message(_ change: Change, team: Team, author: Author) -> String {
        // One line, whatever was typed into the values it names.
        var summary = change.summary.split(whereSeparator: \.isNewline).joined(separator: " ")
        if summary.count > 120 { summary = String(summary.prefix(119)) + "…" }
        let subject = "Journal of \(team.key): \(summary)"
        var trailers = [
            "Team: \(team.key)", "Teams: \(team.key)", "Form: \(change.form)", "Edited-By: \(author.name)",
            "Based-On: \(change.basedOn)", "Tool: tavle \(TavleVersion.current)",
        ]
        if let build = TavleVersion.build { trailers.append("Tool-Build: \(build)") }
        return subject + "\n\n" + trailers.joined(separator: "\n") + "\n"
    }

    /// Writes a file whole or not at all: a temporary file beside it, flushed, then renamed.
    static func replaceFile(_ path: String, with data: Data, removeIfEmpty: Bool = false) throws(Diagnostic) {
        if removeIfEmpty && data.isEmpty {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectoryOrExplain(folder)
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tavle-edit"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var ok = descriptor >= 0
        if ok {
            ok = data.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written <= 0 { return false }
                    offset += written
                }
                return true
            }
            ok = ok && fsync(descriptor) == 0
            close(descriptor)
        }
        guard ok, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .error(
                at: nil, Phrase("the journal '\(Files.displayPath(path))' could not be written: \(reason)"),
                hint: Phrase("check that the workspace's journals folder is writable"))
        }
    }
}

/// The teams of a workspace, read with its teams query from its own data source.
public enum WorkspaceTeams {
    public static func list(_ workspace: Workspace) throws(Diagnostic) -> [Team] {
        let source: any DataSource
        if case .postgres(let address) = workspace.dataSource {
            source = try PostgresSource.connect(
                to: address, timeLimit: workspace.queryTimeLimit, declaredAt: workspace.dataSourceLocation)
        } else {
            source = try DataSources.sqlite(
                workspace.dataSource, base: workspace.root, in: workspace, declaredAt: workspace.dataSourceLocation)!
        }
        return try Teams.list(workspace.teams, from: source)
    }
}

/// What a team sent in a preparation form, kept in the report repository beside its reports
/// (`<team>/forms/<form>/<period>.yaml`): the numbers go into the workspace's data, and this
/// commit says who sent them and when.
public enum FormRecord {
    public static func path(teamFolder: String, form: String, period: String) -> String {
        "\(teamFolder)/\(Ledger.formsFolder)/\(ReportWriter.safeName(form))/\(ReportWriter.safeName(period)).yaml"
    }

    /// Commits the record, with the team (or the facilitator) as author.
    public static func commit(
        _ text: String, team: Team, form: String, period: String, workspace: Workspace, by author: Author
    ) throws(Diagnostic) -> ObjectID? {
        let repository = try ReportRepository(
            folder: workspace.output, workspaceAuthor: workspace.author, commitAuthor: author)
        do throws(Diagnostic) {
            let file = path(teamFolder: ReportLayout.teamFolder(team.key), form: form, period: period)
            try repository.add(try repository.preparer.prepare([(file, text)]))
            let published = try repository.commit { _ in
                var trailers = [
                    "Team: \(team.key)", "Teams: \(team.key)", "Form: preparation", "Edited-By: \(author.name)",
                    "Tool: tavle \(TavleVersion.current)",
                ]
                if let build = TavleVersion.build { trailers.append("Tool-Build: \(build)") }
                return "Preparation form of \(team.key): \(form) for \(period)\n\n" + trailers.joined(separator: "\n")
                    + "\n"
            }
            return published.commit
        } catch {
            repository.abandon()
            throw error
        }
    }
}
