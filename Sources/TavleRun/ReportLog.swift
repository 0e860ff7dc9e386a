import Foundation
import TavleGit
import TavleModel

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
}

/// Reads the runs back from the report repository, newest first.
public enum ReportLog {
    public static func records(outputFolder: String, team: String? = nil, notebook: String? = nil) throws(Diagnostic) -> [RunRecord] {
        guard FileManager.default.fileExists(atPath: outputFolder + "/.git") else {
            throw .error(at: nil, "there is no report repository in '\(Files.displayPath(outputFolder))' yet", hint: "'tavle run' creates it with the first report")
        }
        do throws(GitError) {
            let repository = try GitRepository.open(at: outputFolder)
            var records: [RunRecord] = []
            for commit in try repository.history() {
                let trailers = Dictionary(commit.trailers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
                if let notebook, trailers["Notebook"] != notebook { continue }
                if let team, try !changes(team: team, in: commit, repository: repository) { continue }
                records.append(RunRecord(
                    commit: commit.id.hex, time: iso8601(commit.time, offsetMinutes: commit.timeZoneOffset),
                    author: commit.author.name, email: commit.author.email, subject: commit.subject,
                    notebook: trailers["Notebook"], notebookVersion: trailers["Notebook-Version"].flatMap { Int($0) },
                    gathering: trailers["Gathering"].flatMap { Int($0) }, teams: trailers["Teams"]))
            }
            return records
        } catch {
            throw .error(at: nil, "the report repository '\(Files.displayPath(outputFolder))' could not be read: \(error)", hint: "check that it is a git repository made by tavle")
        }
    }

    /// Whether a commit changed anything in the team's folder (compared with its parent).
    static func changes(team: String, in commit: CommitInfo, repository: GitRepository) throws(GitError) -> Bool {
        let folder = ReportWriter.safeName(team)
        let now = try repository.entryID(atPath: folder, inCommit: commit.id)
        guard let parent = commit.parents.first else { return now != nil }
        return try now != repository.entryID(atPath: folder, inCommit: parent)
    }

    static func iso8601(_ seconds: Int64, offsetMinutes: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60)
        formatter.formatOptions = [.withInternetDateTime]
        var text = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        if text.hasSuffix("Z") { text = String(text.dropLast()) + "+00:00" }
        return text
    }
}
