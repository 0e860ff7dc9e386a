import Foundation
import TavleArchive
import TavleGit
import TavleModel
import TavleRun
import TavleWorkspace

/// One `tavle run` as recorded in the report repository.
public struct RunRecord: Sendable, Codable, Hashable {
    public var commit: String
    /// ISO 8601 with the author's offset, e.g. 2026-11-22T19:14:23+01:00.
    public var time: String
    public var author: String
    public var email: String
    public var subject: String
    public var notebook: String?
    public var notebookVersion: Int?
    public var gathering: Int?
    /// The Teams trailer: the team ids of the run (or "N teams" for large batches).
    public var teams: String?
    /// The facilitator's words for the run (`--message`), when given.
    public var message: String?
}

/// Reads the runs back from the report repository, newest first.
public enum ReportLog {
    public static func records(outputFolder: String, team: String? = nil, notebook: String? = nil) throws(Diagnostic)
        -> [RunRecord]
    {
        let repository = try ReportRepository.openForReading(outputFolder)
        if let team { try ReportHistory.requireTeam(team, in: repository, outputFolder: outputFolder) }
        if let notebook { try ReportHistory.requireNotebook(notebook, in: repository, outputFolder: outputFolder) }
        return try ReportRepository.reading(outputFolder) { () throws(GitError) in
            var records: [RunRecord] = []
            for commit in try repository.history() {
                let trailers = Dictionary(
                    commit.trailers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
                if let notebook, trailers["Notebook"] != notebook { continue }
                if let team, try !changes(team: team, in: commit, repository: repository) { continue }
                records.append(
                    RunRecord(
                        commit: commit.id.hex,
                        time: Timestamp.iso8601(commit.time, offsetMinutes: commit.timeZoneOffset),
                        author: commit.author.name, email: commit.author.email, subject: commit.subject,
                        notebook: trailers["Notebook"],
                        notebookVersion: trailers["Notebook-Version"].flatMap { Int($0) },
                        gathering: trailers["Gathering"].flatMap { Int($0) },
                        teams: try Self.teams(trailers["Teams"], commit, repository),
                        message: Self.note(in: commit.message)))
            }
            return records
        }
    }

    /// The Teams trailer, or, where a long list was shortened to "45 teams", the team folders
    /// the run changed.
    static func teams(_ trailer: String?, _ commit: CommitInfo, _ repository: GitRepository) throws(GitError) -> String?
    {
        guard let trailer, trailer.range(of: "^[0-9]+ teams$", options: .regularExpression) != nil else {
            return trailer
        }
        let now = try repository.entries(ofTree: repository.tree(ofCommit: commit.id))
        var old: [String: ObjectID] = [:]
        if let parent = commit.parents.first {
            for entry in try repository.entries(ofTree: repository.tree(ofCommit: parent)) {
                old[entry.name] = entry.id
            }
        }
        return now.filter { entry in
            entry.isFolder && old[entry.name] != entry.id && entry.name != ReportLayout.notebooksFolder
                && entry.name != ReportLayout.handoutsFolder
        }.map(\.name).joined(separator: ", ")
    }

    /// The paragraphs between a run's subject and title and its trailers: the `--message`.
    static func note(in message: String) -> String? {
        let paragraphs = message.components(separatedBy: "\n\n").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
        // subject, notebook title, [the note …], trailers
        guard paragraphs.count > 3 else { return nil }
        return paragraphs[2..<(paragraphs.count - 1)].joined(separator: "\n\n")
    }

    /// Whether a commit changed anything in the team's folder (compared with its parent).
    static func changes(team: String, in commit: CommitInfo, repository: GitRepository) throws(GitError) -> Bool {
        let folder = ReportWriter.safeName(team)
        let now = try repository.entryID(atPath: folder, inCommit: commit.id)
        guard let parent = commit.parents.first else { return now != nil }
        return try now != repository.entryID(atPath: folder, inCommit: parent)
    }

    /// The runs as a person reads them, newest first: short commit, time and author, the
    /// subject, the facilitator's message, and the teams whose files the run changed.
    public static func text(_ records: [RunRecord], team: String?, notebook: String?, language: Language) -> String {
        guard !records.isEmpty else {
            let forTeam = team.map { Phrase(" for team \($0)") } ?? Phrase(verbatim: "")
            let ofNotebook = notebook.map { Phrase(" of \($0)") } ?? Phrase(verbatim: "")
            return Phrase("No runs recorded\(forTeam)\(ofNotebook).\n").text(in: language)
        }
        var text = ""
        for record in records {
            text += "\(record.commit.prefix(7))  \(record.time)  \(record.author)\n"
            text += "    \(record.subject)\n"
            if let message = record.message {
                text += "    " + message.replacingOccurrences(of: "\n", with: "\n    ") + "\n"
            }
            if let teams = record.teams { text += Phrase("    Teams: \(teams)\n").text(in: language) }
        }
        return text
    }
}
