import Foundation
import TavleArchive
import TavleGit
import TavleHistory
import TavleModel
import TavleParse
import TavleWorkspace

/// The workspace's `journals/` folder: one YAML file per team, named by team id.
package struct TeamJournals {
    package let folder: String
    let language: Language

    package init(workspace: Workspace, language: Language) {
        folder = URL(fileURLWithPath: workspace.root).appendingPathComponent("journals").path
        self.language = language
    }

    package func path(for team: Team) -> String {
        // Joined as text: tavle serve asks for it on every page (a team id holds no slash).
        (folder.hasSuffix("/") ? folder : folder + "/") + team.key + ".yaml"
    }

    /// The team's journal and its text, or `nil` when the team has none yet.
    func journal(for team: Team) throws(Diagnostic) -> (parsed: JournalParser.Parsed, text: String)? {
        let path = path(for: team)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let text = try Files.readText(path)
        return (
            try JournalParser().parse(text, file: Files.displayPath(path), team: team.key, defaultLanguage: language),
            text
        )
    }

    /// Every journal in the folder, those given already read; a journal that does not parse
    /// is left out here (it is reported when its own team's report is made).
    func everyJournal(besides read: [String: Journal]) -> [Journal] {
        var journals = Array(read.values)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where name.hasSuffix(".yaml") && read[String(name.dropLast(5))] == nil {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            guard let text = try? Files.readText(path),
                let parsed = try? JournalParser().parse(
                    text, file: Files.displayPath(path), team: String(name.dropLast(5)), defaultLanguage: language)
            else { continue }
            journals.append(parsed.journal)
        }
        return journals
    }

    /// Journal files that belong to no team of the workspace: likely a misspelt file name.
    func strayFiles(teams: [Team]) -> [Diagnostic] {
        let known = Set(teams.map(\.key))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") && !known.contains(String($0.dropLast(5))) }.map { name in
            let id = String(name.dropLast(5))
            return .warning(
                at: SourceLocation(
                    file: Files.displayPath(URL(fileURLWithPath: folder).appendingPathComponent(name).path), line: 1,
                    column: 1),
                Phrase("this journal belongs to no team of the workspace ('\(id)')"),
                hint: Suggestions.hint(for: id, among: teams.map(\.key), noun: Phrase("team ids"))
                    + Phrase(" A journal is named after its team id."))
        }
    }

    /// Revisions, PDSA cycles and decisions dated after today: usually a slip of the year
    /// (2099 for 2019), which would place a goal's change or a phase split in the future.
    package static func futureDates(_ journal: Journal, today: JournalDate) -> [Diagnostic] {
        var dated: [(JournalDate, SourceLocation, Phrase)] = []
        for goal in journal.goals {
            for revision in goal.revisions {
                dated.append((revision.date, revision.location, Phrase("a revision of the goal '\(goal.id)'")))
            }
        }
        for cycle in journal.cycles {
            if let started = cycle.started {
                dated.append((started, cycle.location, Phrase("the start of the PDSA cycle '\(cycle.id)'")))
            }
            if let ended = cycle.ended {
                dated.append((ended, cycle.location, Phrase("the end of the PDSA cycle '\(cycle.id)'")))
            }
        }
        for decision in journal.decisions {
            dated.append((decision.date, decision.location, Phrase("the decision '\(decision.id)'")))
        }
        return dated.filter { $0.0 > today }.map { date, location, what in
            .warning(
                at: location,
                Phrase("\(what) is dated \(date), after today (\(today))"),
                hint: Phrase("check the year; a plan for later belongs in the text, not the date"))
        }
    }

    /// Answers filed under this notebook's gathering must answer one of its prompts.
    static func unknownAnswers(_ journal: Journal, notebook: Notebook) -> [Diagnostic] {
        guard let gathering = notebook.gathering else { return [] }
        let prompts = notebook.promptIDs
        return journal.answers.filter { $0.gathering == gathering && !prompts.contains($0.prompt) }.map { answer in
            .warning(
                at: answer.location,
                Phrase(
                    "the notebook '\(notebook.id)' (gathering \(gathering)) has no prompt '\(answer.prompt)'; this answer is not shown"
                ),
                hint: Suggestions.hint(for: answer.prompt, among: prompts, noun: Phrase("prompt ids")))
        }
    }

    /// Refuses a run that would commit a goal changed without a reason, or a team's goals
    /// dropped because its journal is gone (a misspelt or moved file name takes the journal
    /// from its team, and its goals would leave the record without a word).
    package static func requireExplainedRevisions(
        _ journals: [String: Journal], withoutJournal: [String] = [], journalsFolder: String = "journals",
        outputFolder: String
    ) throws(Diagnostic) {
        guard !journals.isEmpty || !withoutJournal.isEmpty,
            FileManager.default.fileExists(atPath: outputFolder + "/.git")
        else { return }
        let repository: GitRepository
        let head: ObjectID?
        do throws(Diagnostic) {
            repository = try ReportRepository.openForReading(outputFolder)
            head = try ReportRepository.reading(outputFolder, { () throws(GitError) in try repository.headCommit() })
        } catch {
            // With no journal to compare, a repository that cannot be read is the run's own
            // step to explain (not writable, broken, another project's); the journals' check
            // never goes without it.
            if journals.isEmpty { return }
            throw error
        }
        guard let head else { return }
        let today = JournalDate.today().description
        for key in journals.keys.sorted() {
            let recorded = try ReportRepository.reading(outputFolder) { () throws(GitError) in
                try lastRecordedGoals(in: repository, from: head, teamFolder: ReportWriter.safeName(key), team: key)
            }
            guard let recorded else { continue }
            let info = try ReportRepository.reading(outputFolder) { () throws(GitError) in
                try repository.commitInfo(recorded.commit)
            }
            let committedOn = String(Timestamp.iso8601(info.time, offsetMinutes: info.timeZoneOffset).prefix(10))
            try RevisionCheck.requireReasons(
                for: journals[key]!, committed: recorded.goals, commit: recorded.commit.short, committedOn: committedOn,
                today: today)
        }
        for team in withoutJournal.sorted() {
            let recorded = try ReportRepository.reading(outputFolder) { () throws(GitError) in
                try lastRecordedGoals(in: repository, from: head, teamFolder: ReportWriter.safeName(team), team: team)
            }
            guard let recorded, !recorded.goals.isEmpty else { continue }
            let file = Files.displayPath(
                URL(fileURLWithPath: journalsFolder).appendingPathComponent("\(team).yaml").path)
            throw .error(
                at: nil,
                Phrase(
                    "the team '\(team)' has no journal (\(file)), but the report repository recorded its goals (\(Phrase.quotedList(recorded.goals.map(\.id))), commit \(recorded.commit.short)); its reports would lose them without a reason"
                ),
                hint: Phrase(
                    "put the journal back as \(file) (a journal under another name is not read); to set the goals aside, keep the journal and list them under 'retired_goals:' with a date and a reason"
                ))
        }
    }

    /// The team's goals as the report repository last recorded them: its ledger, else the
    /// journal copy beside it, in the newest commit that has either. A ledger removed by hand
    /// (which verify names) sends the search to the commits before, so the check never
    /// switches off; a team that never had a journal has none.
    static func lastRecordedGoals(
        in repository: GitRepository, from head: ObjectID, teamFolder: String, team: String
    ) throws(GitError) -> (goals: [LedgerGoal], commit: ObjectID)? {
        var next: ObjectID? = head
        while let commit = next {
            // A team folder that is gone was removed by hand: look further back.
            if try repository.entryID(atPath: teamFolder, inCommit: commit) != nil {
                if let data = try repository.blob(
                    atPath: Ledger.path(.goals, teamFolder: teamFolder), inCommit: commit),
                    let goals = Ledger.decode([LedgerGoal].self, from: data)
                {
                    return (goals, commit)
                }
                if let data = try repository.blob(
                    atPath: ReportLayout.journalCopyPath(teamFolder: teamFolder), inCommit: commit),
                    let journal = try? JournalParser().parse(
                        String(decoding: data, as: UTF8.self), file: "journal.yaml", team: team, defaultLanguage: .nb
                    ).journal
                {
                    return (journal.goals.map(LedgerGoal.init), commit)
                }
            }
            next = try repository.commitInfo(commit).parents.first
        }
        return nil
    }
}
