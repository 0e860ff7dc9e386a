import Foundation
import TavleArchive
import TavleConcurrency
import TavleGit
import TavleModel

/// One report a team received: the commit that made it, and when.
struct ReportEntry: Sendable, Equatable {
    var commit: ObjectID
    var time: Int64
    var timeZoneOffset: Int
    var notebook: String
    var gathering: Int?
    /// The commit also holds the report printed (a handout run with PDFs).
    var printed = false
}

/// A change to a team's journal made through a form (a commit with a `Form:` trailer).
struct JournalChangeEntry: Sendable, Equatable {
    var commit: ObjectID
    var time: Int64
    var timeZoneOffset: Int
    var author: String
    var form: String
    var subject: String
}

/// What the report repository holds per team, read once per commit of its branch: every
/// report each team received (from the runs that changed its file) and the changes made on
/// the web. Pages then cost a dictionary look-up, and a blob read for a report.
final class ReportIndex: Sendable {
    struct Snapshot: Sendable {
        var head: ObjectID?
        var reports: [String: [ReportEntry]] = [:]
        var journalChanges: [String: [JournalChangeEntry]] = [:]
        /// Every version of each team's journal copy the repository holds (blob ids), by team folder.
        var journalVersions: [String: Set<ObjectID>] = [:]
        /// The newest run made for a gathering, for "since the last gathering".
        var lastGatheringRun: (commit: ObjectID, time: Int64, gathering: Int)?
    }

    let folder: String
    private let cached = Locked<(refs: String, snapshot: Snapshot)?>(nil)
    /// One build of the index at a time: requests that find it stale wait for that one.
    private let building = Locked<Void>(())
    /// Files as commits hold them: a commit never changes, so neither does its file. Kept up
    /// to `blobBudget` bytes, then started afresh.
    private let blobs = Locked<(bytes: Int, files: [String: Data?])>((0, [:]))
    static let blobBudget = 64 << 20

    init(folder: String) {
        self.folder = folder
    }

    /// Where the branch points, as files: while none of them changes, neither has the branch
    /// (tavle moves it by rewriting the ref file, git by the ref or by packing it).
    func refsStamp() -> String {
        Site.stamp(of: [".git/HEAD", ".git/refs/heads/main", ".git/packed-refs"].map { folder + "/" + $0 })
    }

    /// The index for the branch as it is now (read again only when it has moved).
    func snapshot() throws(Diagnostic) -> Snapshot {
        guard FileManager.default.fileExists(atPath: folder + "/.git") else { return Snapshot(head: nil) }
        let refs = refsStamp()
        if let known = cached.withLock({ $0 }), known.refs == refs { return known.snapshot }
        return try building.withLock { _ throws(Diagnostic) in try rebuild(refs: refs) }
    }

    private func rebuild(refs: String) throws(Diagnostic) -> Snapshot {
        if let known = cached.withLock({ $0 }), known.refs == refs { return known.snapshot }
        let repository = try ReportRepository.openForReading(folder)
        let head = try ReportRepository.reading(folder) { () throws(GitError) in try repository.headCommit() }
        if let known = cached.withLock({ $0 }), known.snapshot.head == head {
            cached.withLock { $0 = (refs, known.snapshot) }
            return known.snapshot
        }
        let built = try ReportRepository.reading(folder) { () throws(GitError) in
            try Self.build(repository, head: head)
        }
        cached.withLock { $0 = (refs, built) }
        return built
    }

    /// A file by its blob id, when the repository holds it (a journal version once committed).
    func blob(id: ObjectID) -> Data? {
        guard let repository = try? ReportRepository.openForReading(folder) else { return nil }
        return try? repository.blob(id)
    }

    func blob(atPath path: String, commit: ObjectID) throws(Diagnostic) -> Data? {
        let key = commit.hex + ":" + path
        if let known = blobs.withLock({ $0.files[key] }) { return known }
        let repository = try ReportRepository.openForReading(folder)
        let data = try ReportRepository.reading(folder) { () throws(GitError) in
            try repository.blob(atPath: path, inCommit: commit)
        }
        blobs.withLock { cache in
            if cache.bytes + (data?.count ?? 0) > Self.blobBudget { cache = (0, [:]) }
            cache.files[key] = data
            cache.bytes += data?.count ?? 0
        }
        return data
    }

    static func build(_ repository: GitRepository, head: ObjectID?) throws(GitError) -> Snapshot {
        var snapshot = Snapshot(head: head)
        for info in try repository.history().reversed() {
            let trailers = Dictionary(info.trailers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let changes = try repository.changes(from: info.parents.first, to: info.id)
            for change in changes where change.path.hasSuffix("/journal.yaml") {
                guard let id = change.newID else { continue }
                snapshot.journalVersions[String(change.path.dropLast("/journal.yaml".count)), default: []].insert(id)
            }
            if let form = trailers["Form"], let team = trailers["Team"] {
                snapshot.journalChanges[team, default: []].append(
                    JournalChangeEntry(
                        commit: info.id, time: info.time, timeZoneOffset: info.timeZoneOffset, author: info.author.name,
                        form: form, subject: info.subject))
                continue
            }
            guard let notebook = trailers["Notebook"] else { continue }
            let gathering = trailers["Gathering"].flatMap { Int($0) }
            if let gathering, snapshot.lastGatheringRun.map({ info.time >= $0.time }) ?? true {
                snapshot.lastGatheringRun = (info.id, info.time, gathering)
            }
            // A team's report counts when this commit made its page or printed it (a handout
            // run prints pages an earlier run made, unchanged).
            var made: [String: Bool] = [:]
            for change in changes where change.kind != .deleted {
                for (suffix, printed) in [("/\(notebook).html", false), ("/\(notebook).pdf", true)]
                where change.path.hasSuffix(suffix) {
                    let teamFolder = String(change.path.dropLast(suffix.count))
                    guard !teamFolder.contains("/"), teamFolder != ReportLayout.handoutsFolder else { continue }
                    made[teamFolder] = (made[teamFolder] ?? false) || printed
                }
            }
            for (teamFolder, printed) in made.sorted(by: { $0.key < $1.key }) {
                snapshot.reports[teamFolder, default: []].append(
                    ReportEntry(
                        commit: info.id, time: info.time, timeZoneOffset: info.timeZoneOffset, notebook: notebook,
                        gathering: gathering, printed: printed))
            }
        }
        return snapshot
    }
}
