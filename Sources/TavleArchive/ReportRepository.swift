import Foundation
import TavleGit
import TavleModel
import TavleWorkspace

/// Tavle's version, recorded in every run's commit (`Tool:`) and manifest. Raised whenever a
/// report can come out differently from the same inputs, so that `verify` can say that a
/// difference is the tool's, not the data's; `verify` draws an earlier report in its own
/// layout (ReportEdition). 0.2.0: tables no longer right-align a column that holds no value at
/// all. 0.3.0: an answer from an earlier gathering leaves this gathering's writing space.
/// 0.4.0: a goal's verdict is on the measurement, not on its rounded number. 0.5.0: a goal's
/// target changes halfway between two points of its chart.
public enum TavleVersion {
    public static let current = "0.5.0"

    /// The commit of tavle's source the program was built from, when the build recorded it:
    /// `make release` writes it beside the program (`tavle-build-commit`), and `make install`
    /// to `share/tavle/build-commit`. Each run's commit names it (`Tool-Build:`), so that a
    /// citation says exactly which tavle made a report.
    public static let build: String? = {
        let program = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [
            program.appendingPathComponent("tavle-build-commit"),
            program.appendingPathComponent("../share/tavle/build-commit"),
        ] {
            guard let data = FileManager.default.contents(atPath: candidate.standardizedFileURL.path) else { continue }
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.range(of: "^[0-9a-f]{7,40}(-dirty)?$", options: .regularExpression) != nil { return text }
        }
        return nil
    }()
}

/// The output folder as a git repository: each run's reports become one commit, and only
/// after that commit exists are the files moved into the working tree.
///
/// A run publishes as it renders, so that a batch of thousands of reports is never held in
/// memory: `prepare` (on any thread) hashes and compresses each file and stages it beside
/// its destination; `add` (on one thread) appends the new blobs to a pack on disk; `commit`
/// completes that pack, writes the trees and the commit, moves the branch by compare-and-swap
/// and only then moves the staged files into place. A run that fails or is killed before the
/// branch moves leaves the repository and its working tree as they were: `abandon` removes
/// what was staged, and an unfinished pack is never visible to git.
package final class ReportRepository {
    let folder: String
    private let lock: RunLock
    private let repository: GitRepository
    /// Who the commit is by, settled before any report is made.
    private let signature: Signature
    private let head: ObjectID?
    /// The files of `head`, which the new tree starts from.
    private let committed: [String: (id: ObjectID, mode: UInt32)]
    private let blobs: BlobPack
    package let preparer: Preparer
    /// Every file of the run by path, with its blob.
    private var paths: [String: ObjectID] = [:]
    /// Committed files this run takes out (see `StaleFiles`).
    private var removed: Set<String> = []

    /// What the last run committed, by path.
    package var committedBlobs: [String: ObjectID] { committed.mapValues(\.id) }
    /// What this run has written so far, by path.
    package var writtenBlobs: [String: ObjectID] { paths }

    /// A warning when this run would be dated more than an hour before the run it follows: a
    /// computer's clock or TAVLE_COMMIT_TIME set wrong, which would put the runs out of order
    /// and let a goal's revision date fall between them.
    package func clockWarning() -> Diagnostic? {
        guard let head, let last = try? repository.commitInfo(head) else { return nil }
        let now = signature.time?.seconds ?? Int64(Date().timeIntervalSince1970)
        guard now < last.time - 3600 else { return nil }
        let this = Timestamp.iso8601(now, offsetMinutes: signature.time?.offsetMinutes ?? 0).prefix(16)
            .replacingOccurrences(of: "T", with: " ")
        let previous = Timestamp.iso8601(last.time, offsetMinutes: last.timeZoneOffset).prefix(16).replacingOccurrences(
            of: "T", with: " ")
        return .warning(
            at: nil,
            Phrase(
                "this run is dated \(this), before the last run in '\(Files.displayPath(folder))' (\(previous), commit \(head.short))"
            ),
            hint: Phrase(
                "check this computer's date and time (and TAVLE_COMMIT_TIME, if set); runs out of order confuse history and the goal dates"
            ))
    }

    /// A file as the last run committed it, when it is there.
    package func committedData(_ path: String) -> Data? {
        guard let id = committed[path]?.id else { return nil }
        return try? repository.blob(id)
    }

    /// Takes committed files this run no longer makes out of its commit.
    package func remove(_ stale: Set<String>) {
        removed.formUnion(stale.filter { committed[$0] != nil && paths[$0] == nil })
    }
    private var staged: [ReportWriter.StagedFile] = []
    /// The repository did not exist before this run; abandoning the run removes it again.
    private let createdRepository: Bool
    private let createdFolder: Bool
    /// Committed or abandoned; the lock is released.
    private var closed = false

    /// What publishing did.
    package struct Published {
        /// The new commit, or `nil` when the files equal what is already committed.
        package var commit: ObjectID?
        /// The files the commit added, changed or removed.
        package var changedFiles: [FileChange] = []
    }

    /// Opens (or creates) the report repository and holds its lock until `commit` or `abandon`.
    /// - Parameter waiting: told once if another run holds the lock and this one waits for it.
    /// - Parameter repaired: told, with the commit's short id, when a run killed after its
    ///   commit is finished before this one starts.
    /// - Parameter discardingEdits: when given, reports edited by hand and changes staged in
    ///   the repository are put back as the last run committed them (and named to it), where
    ///   they are otherwise refused.
    /// - Parameter commitAuthor: who the commit is by when a person other than the workspace's
    ///   author made it (a team's edit on the web); it comes before TAVLE_AUTHOR_NAME.
    package init(
        folder: String, workspaceAuthor: Author?, commitAuthor: Author? = nil, waiting: (() -> Void)? = nil,
        repaired: ((String) -> Void)? = nil, discardingEdits: (([String]) -> Void)? = nil
    ) throws(Diagnostic) {
        // Before anything is written there, not even the lock; a repository another run is
        // still creating is looked at again once this run holds the lock.
        try Self.requireOwnFolder(folder, whileAnotherRunMayBeCreatingIt: true)
        let createdFolder = !FileManager.default.fileExists(atPath: folder)
        try FileManager.default.createDirectoryOrExplain(folder)
        let lock = try RunLock(folder: folder, waiting: waiting)
        let createdRepository = !FileManager.default.fileExists(atPath: folder + "/.git")
        do throws(Diagnostic) {
            let repository = try Self.git(folder) { () throws(GitError) in try GitRepository.openOrCreate(at: folder) }
            // Under the lock, so that another run's files half installed are not taken for edits.
            try Self.requireOwnFolder(folder, whileAnotherRunMayBeCreatingIt: false)
            try Self.finishInterruptedInstall(repository, folder: folder, told: repaired)
            try Self.claimNewRepository(repository, folder: folder)
            if let discardingEdits {
                try Self.discardUncommittedWork(repository, folder: folder, told: discardingEdits)
            } else {
                try Self.requireNoUncommittedWork(repository, folder: folder)
            }
            repository.excludeFromStatus([RunLock.fileName, "*\(ReportWriter.stagingMarker)*"])
            let writer = ReportWriter(outputFolder: folder)
            try Self.requireNoLinks(writer.removeAbandonedStagedFiles(), folder: folder)
            let head = try Self.git(folder) { () throws(GitError) in try repository.headCommit() }
            let committed = try Self.git(folder) { () throws(GitError) in
                try head.map(repository.files(inCommit:)) ?? [:]
            }
            signature = try Self.author(repository, workspaceAuthor: workspaceAuthor, commitAuthor: commitAuthor)
            self.repository = repository
            self.head = head
            self.committed = committed
            preparer = Preparer(writer: writer, committed: Set(committed.values.map(\.id)))
            blobs = BlobPack(for: repository)
        } catch {
            lock.release()
            Self.removeCreated(folder: folder, folderToo: createdFolder, repository: createdRepository)
            throw error
        }
        self.folder = folder
        self.lock = lock
        self.createdFolder = createdFolder
        self.createdRepository = createdRepository
    }

    /// A file of the run, made ready on any thread: its blob, and the staged copy when the
    /// working tree's file differs.
    package struct PreparedFile: Sendable {
        var path: String
        var blob: PreparedBlob
        var staged: ReportWriter.StagedFile?
    }

    /// The part of publishing that runs beside rendering, on every core.
    package struct Preparer: Sendable {
        let writer: ReportWriter
        /// The blobs of the last commit: an unchanged file is neither compressed nor stored again.
        let committed: Set<ObjectID>

        /// Hashes, compresses and stages one report's files. On failure nothing of them stays staged.
        package func prepare(_ files: [(path: String, contents: String)], binary: [(path: String, contents: Data)] = [])
            throws(Diagnostic) -> [PreparedFile]
        {
            var prepared: [PreparedFile] = []
            prepared.reserveCapacity(files.count + binary.count)
            do throws(Diagnostic) {
                for file in files {
                    var text = file.contents
                    let staged = text.withUTF8 { bytes in
                        Result { () throws(Diagnostic) in try writer.stage(file.path, UnsafeRawBufferPointer(bytes)) }
                    }
                    prepared.append(
                        PreparedFile(
                            path: file.path, blob: PreparedBlob(text, isStored: committed.contains),
                            staged: try staged.get()))
                }
                for file in binary {
                    let staged = file.contents.withUnsafeBytes { bytes in
                        Result { () throws(Diagnostic) in try writer.stage(file.path, bytes) }
                    }
                    prepared.append(
                        PreparedFile(
                            path: file.path, blob: PreparedBlob(file.contents, isStored: committed.contains),
                            staged: try staged.get()))
                }
            } catch {
                ReportWriter.discard(prepared.compactMap(\.staged))
                throw error
            }
            return prepared
        }
    }

    /// Takes one report's prepared files into the run: new blobs go to the pack on disk.
    package func add(_ files: [PreparedFile]) throws(Diagnostic) {
        for file in files {
            if let staged = file.staged { self.staged.append(staged) }
            guard paths.updateValue(file.blob.id, forKey: file.path) == nil else {
                throw .error(
                    at: nil, Phrase("two teams would write the same report file"),
                    hint: Phrase("give teams ids that differ in letters and digits, not only in punctuation"))
            }
            try git { () throws(GitError) in try blobs.add(file.blob) }
        }
    }

    /// Files the run prepared but will not add (another team of the same batch failed).
    package func discard(_ files: [PreparedFile]) {
        ReportWriter.discard(files.compactMap(\.staged))
    }

    /// Commits what was added, unless it equals the last commit, and updates the working tree.
    /// - Parameter message: the commit message, given the top-level folders whose files change.
    package func commit(message makeMessage: (Set<String>) -> String) throws(Diagnostic) -> Published {
        var changedFolders: Set<String> = []
        for (path, id) in paths where committed[path]?.id != id {
            changedFolders.insert(String(path.prefix { $0 != "/" }))
        }
        for path in removed { changedFolders.insert(String(path.prefix { $0 != "/" })) }
        var base = committed
        for path in removed { base.removeValue(forKey: path) }
        // The run before this one, by id: a later rewrite of history (an amended or dropped
        // run, a squash) leaves this trailer naming a commit that is no longer the parent.
        var message = makeMessage(changedFolders)
        if let head { message += "Previous-Run: \(head.hex)\n" }
        let commit: ObjectID?
        do throws(Diagnostic) {
            try git { () throws(GitError) in try blobs.install() }
            commit = try git { () throws(GitError) in
                try repository.writingOnePack { objects throws(GitError) in
                    let tree = try objects.writeTree(base, replacingBlobs: paths)
                    if let head, try objects.tree(ofCommit: head) == tree { return nil }
                    return try objects.createCommit(tree: tree, parent: head, message: message, author: signature)
                }
            }
        } catch {
            abandon()
            throw error
        }
        let writer = preparer.writer
        guard let commit else {
            defer { close() }
            // Nothing to commit; this also puts back any report someone deleted by hand.
            try writer.install(staged)
            return Published(commit: nil)
        }
        TestHooks.point("before-commit")
        // Written before the branch moves, removed once the working tree and index agree with
        // the new commit: a run killed in between is finished by the next one (see
        // finishInterruptedInstall), so the folder is always the old run or the new one.
        let journal = Self.installJournal(folder)
        guard FileManager.default.createFile(atPath: journal, contents: Data((commit.hex + "\n").utf8)) else {
            abandon()
            throw .error(at: nil, Phrase("'\(Files.displayPath(folder))' could not be written to"))
        }
        do {
            // The commit object already exists, unreferenced; this is the moment it becomes the run.
            try git { () throws(GitError) in try repository.moveBranch(to: commit, expecting: head, reason: message) }
        } catch {
            try? FileManager.default.removeItem(atPath: journal)
            let moved = Self.commitThatMoved(repository, from: head)
            abandon()
            throw moved ?? error
        }
        TestHooks.point("after-branch")
        // The run is committed: from here on nothing may be taken back.
        defer { close() }
        try writer.install(staged, halfway: { TestHooks.point("mid-install") })
        writer.removeFromWorkingTree(removed)
        try git { () throws(GitError) in try repository.resetIndex(toCommit: commit) }
        TestHooks.point("before-index-agrees")
        try? FileManager.default.removeItem(atPath: journal)
        // Only for the summary; the commit is already made, so a failure here must not fail the run.
        let changed = (try? repository.changes(from: head, to: commit)) ?? []
        return Published(commit: commit, changedFiles: changed)
    }

    /// The run failed before its commit: removes what it staged and its unfinished pack, and
    /// the repository itself if this run created it, so the output folder is as it was. Once
    /// the branch has moved (or nothing needed committing), this does nothing.
    package func abandon() {
        guard !closed else { return }
        discardEverything()
        close()
        Self.removeCreated(folder: folder, folderToo: createdFolder, repository: createdRepository)
    }

    /// Lets the next run in.
    private func close() {
        guard !closed else { return }
        closed = true
        lock.release()
    }

    private static func removeCreated(folder: String, folderToo: Bool, repository: Bool) {
        if folderToo {
            try? FileManager.default.removeItem(atPath: folder)
        } else if repository {
            try? FileManager.default.removeItem(atPath: folder + "/.git")
            try? FileManager.default.removeItem(atPath: folder + "/" + RunLock.fileName)
        }
    }

    private func discardEverything() {
        blobs.discard()
        ReportWriter.discard(staged)
        staged = []
    }

    /// When `main` moved under a run (runs take turns, so it was a person's own commit, or a
    /// tavle that does not lock), who made the commit, in words; `nil` if it did not move.
    static func commitThatMoved(_ repository: GitRepository, from head: ObjectID?) -> Diagnostic? {
        guard let now = try? repository.headCommit(), now != head, let info = try? repository.commitInfo(now) else {
            return nil
        }
        let folder = Files.displayPath(repository.path)
        if info.trailers.contains(where: { $0.key == "Tool" && $0.value.hasPrefix("tavle") }) {
            return .error(
                at: nil,
                Phrase(
                    "another tavle run committed to '\(folder)' while this one was running (\(now.short)); nothing was committed"
                ),
                hint: Phrase("run the command again: it will build on the other run's commit"))
        }
        return .error(
            at: nil,
            Phrase(
                "\(info.author.name) committed '\(info.subject)' (\(now.short)) to the report repository '\(folder)' while this run was running; nothing was committed"
            ),
            hint: Phrase(
                "commits by hand in the report repository are named by 'tavle verify'; run the command again once that commit is as it should be"
            ))
    }

    /// Runs a libgit2 step and says in plain words what a failure means for the user.
    private func git<T>(_ step: () throws(GitError) -> T) throws(Diagnostic) -> T {
        try Self.git(folder, step)
    }

    /// The report repository in `folder`, for a command that reads it (log, diff, history,
    /// verify): said plainly when there is none yet or it cannot be opened.
    package static func openForReading(_ folder: String) throws(Diagnostic) -> GitRepository {
        try requireExists(folder)
        return try reading(folder) { () throws(GitError) in try GitRepository.open(at: folder) }
    }

    /// The report repository `path` lies in, if it lies in one tavle made: the nearest folder
    /// upwards with a `.git` whose last commit carries tavle's `Tool:` trailer. A command run
    /// from inside a report repository reads that repository, without a workspace or --output.
    package static func enclosing(_ path: String) -> String? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                guard let repository = try? GitRepository.open(at: folder.path),
                    let head = try? repository.headCommit(),
                    let commit = try? repository.commitInfo(head),
                    commit.trailers.contains(where: { $0.key == "Tool" && $0.value.hasPrefix("tavle ") })
                else { return nil }
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// There is a report repository in `folder`, or the first run is still to come.
    package static func requireExists(_ folder: String, toPush: Bool = false) throws(Diagnostic) {
        guard !FileManager.default.fileExists(atPath: folder + "/.git") else { return }
        let shown = Files.displayPath(folder)
        throw .error(
            at: nil,
            toPush
                ? Phrase("there is no report repository in '\(shown)' yet, so there is nothing to push")
                : Phrase("there is no report repository in '\(shown)' yet"),
            hint: Phrase("'tavle run' creates it with the first report"))
    }

    /// Reads the report repository in `folder`; any failure of git's is one message that keeps
    /// libgit2's own words. Every command that only reads the repository goes through here.
    package static func reading<T>(_ folder: String, _ step: () throws(GitError) -> T) throws(Diagnostic) -> T {
        do {
            return try step()
        } catch {
            throw .error(
                at: nil, Phrase("the report repository '\(Files.displayPath(folder))' could not be read: \(error)"),
                hint: Phrase("check that it is a git repository made by tavle"))
        }
    }

    private static func git<T>(_ folder: String, _ step: () throws(GitError) -> T) throws(Diagnostic) -> T {
        do {
            return try step()
        } catch {
            if error.isConcurrentUpdate {
                throw .error(
                    at: nil,
                    Phrase(
                        "another tavle run committed to '\(Files.displayPath(folder))' while this one was running; nothing was committed"
                    ),
                    hint: Phrase("run the command again: it will build on the other run's commit"))
            }
            throw .error(
                at: nil, Phrase("the report repository '\(Files.displayPath(folder))' could not be updated: \(error)"),
                hint: Phrase(
                    "check that the folder is writable and is a git repository made by tavle (or empty); nothing was committed"
                ))
        }
    }

    /// TAVLE_AUTHOR_NAME/TAVLE_AUTHOR_EMAIL (one person's override), else tavle.yaml's
    /// `author` (the network's shared name), else the user's git identity, else "Tavle".
    /// TAVLE_COMMIT_TIME sets the time, as GIT_COMMITTER_DATE does for git: for replaying a
    /// network's past gatherings (the example history) and for reproducible tests.
    private static func author(_ repository: GitRepository, workspaceAuthor: Author?, commitAuthor: Author?)
        throws(Diagnostic) -> Signature
    {
        let environment = ProcessInfo.processInfo.environment
        var signature: Signature
        if let commitAuthor {
            signature = Signature(name: commitAuthor.name, email: commitAuthor.email)
        } else if let name = environment["TAVLE_AUTHOR_NAME"], !name.isEmpty {
            signature = Signature(name: name, email: environment["TAVLE_AUTHOR_EMAIL"] ?? "")
        } else if let workspaceAuthor {
            signature = Signature(name: workspaceAuthor.name, email: workspaceAuthor.email)
        } else {
            signature = repository.configuredSignature() ?? Signature(name: "Tavle", email: "tavle@localhost")
        }
        if let text = environment["TAVLE_COMMIT_TIME"], !text.isEmpty {
            guard let time = Timestamp.parseISO8601(text) else {
                throw .error(
                    at: nil, Phrase("TAVLE_COMMIT_TIME '\(text)' is not a time tavle can read"),
                    hint: Phrase(
                        "write it as 2021-01-20T09:00:00+01:00 (date, time and offset from UTC), or unset it to commit at the current time"
                    ))
            }
            signature.time = Signature.When(seconds: time.seconds, offsetMinutes: time.offsetMinutes)
        }
        return signature
    }

    /// A subject a person can read, and trailers a program can.
    /// Tavle writes only into a report folder it made: a new or empty folder, or a repository
    /// whose branch `main` is checked out and was last committed by tavle, with nothing staged
    /// and no report edited since. Anything else is refused before a file is written, naming
    /// what is there: another project's repository, a folder of other files, a detached HEAD
    /// or another branch, or a person's uncommitted work.
    static func requireOwnFolder(_ folder: String, whileAnotherRunMayBeCreatingIt: Bool) throws(Diagnostic) {
        let shown = Files.displayPath(folder)
        if FileManager.default.fileExists(atPath: folder), access(folder, W_OK) != 0 {
            throw .error(
                at: nil, Phrase("'\(shown)' is not writable: \(String(cString: strerror(errno)))"),
                hint: Phrase("choose another --output or fix the folder's permissions"))
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0 != RunLock.fileName
        }.sorted()
        let elsewhere = Phrase("choose another --output (a new or empty folder), or the report folder tavle made")
        guard entries.contains(".git") else {
            guard entries.isEmpty else {
                throw .error(
                    at: nil,
                    Phrase(
                        "'\(shown)' holds files tavle did not make (\(entries.prefix(5).joined(separator: ", "))\(entries.count > 5 ? ", …" : "")); tavle makes its report repository only in a new or empty folder"
                    ),
                    hint: elsewhere)
            }
            return
        }
        let repository: GitRepository
        do {
            repository = try GitRepository.open(at: folder)
        } catch {
            if whileAnotherRunMayBeCreatingIt { return }
            throw .error(
                at: nil, Phrase("'\(shown)' holds a .git folder that is not a repository git can read: \(error)"),
                hint: elsewhere)
        }
        let branch = try git(folder) { () throws(GitError) in try repository.headBranch() }
        guard branch == GitRepository.branch else {
            let what =
                branch.map {
                    Phrase("the branch '\($0.replacingOccurrences(of: "refs/heads/", with: ""))' is checked out")
                }
                ?? Phrase("HEAD is detached (no branch is checked out)")
            throw .error(
                at: nil,
                Phrase("in the report repository '\(shown)' \(what); tavle commits its reports to 'main'"),
                hint: Phrase("check out main there ('git -C \(shown) checkout main'), or choose another --output"))
        }
        // A repository tavle made is marked so; one made before the mark has runs of tavle.
        let mark = URL(fileURLWithPath: folder).appendingPathComponent(".git/\(ownMark)").path
        guard !FileManager.default.fileExists(atPath: mark),
            let head = try git(folder, { () throws(GitError) in try repository.headCommit() })
        else { return }
        let commits = try git(folder) { () throws(GitError) in try repository.history() }
        guard
            commits.contains(where: { commit in
                commit.trailers.contains { $0.key == "Tool" && $0.value.hasPrefix("tavle") }
            })
        else {
            let info = try git(folder) { () throws(GitError) in try repository.commitInfo(head) }
            throw .error(
                at: nil,
                Phrase(
                    "'\(shown)' is another project's repository: none of its commits (the last \(head.short), '\(info.subject)') was made by tavle"
                ),
                hint: elsewhere)
        }
        // Best effort: without the mark the runs' trailers still tell, as they just did.
        _ = FileManager.default.createFile(atPath: mark, contents: Data(ownMarkText.utf8))
    }

    /// Where a run notes the commit whose files it is installing (inside `.git/`, so that git
    /// never shows it).
    static func installJournal(_ folder: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(".git/tavle-installing").path
    }

    /// A run killed after its commit became `main` but before its files and index were in
    /// place: the working tree and index are brought to that commit, and `told` hears of it.
    /// A run killed before its branch moved left only its journal (and staged files, removed
    /// elsewhere): the repository is the old run's, as it was.
    static func finishInterruptedInstall(_ repository: GitRepository, folder: String, told: ((String) -> Void)?)
        throws(Diagnostic)
    {
        // Packs a killed run was still writing: nothing refers to them.
        let packs = URL(fileURLWithPath: folder).appendingPathComponent(".git/objects/pack")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packs.path)) ?? []
        for name in names where name.hasPrefix("tmp_pack_") {
            try? FileManager.default.removeItem(at: packs.appendingPathComponent(name))
        }
        // A pack renamed into place whose index was not (killed between the two renames): git
        // never reads it and would call it garbage.
        for name in names
        where name.hasPrefix("pack-") && name.hasSuffix(".pack") && !names.contains(String(name.dropLast(5)) + ".idx") {
            try? FileManager.default.removeItem(at: packs.appendingPathComponent(name))
        }
        let journal = installJournal(folder)
        guard let recorded = FileManager.default.contents(atPath: journal) else { return }
        let commit = String(decoding: recorded, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        // A run killed while writing the index leaves git's lock on it; the run was tavle's
        // (its install note is here) and this run holds the repository's lock, so it is stale.
        unlink(folder + "/.git/index.lock")
        if let head = try git(folder, { () throws(GitError) in try repository.headCommit() }), head.hex == commit {
            try git(folder) { () throws(GitError) in
                // Against the old index first, so that files the new commit took out leave;
                // then the index is the commit's, and a second pass writes every file that
                // still differs from it (those the first pass found already in place keep
                // their stale index entries otherwise).
                try repository.checkOutHead()
                try repository.resetIndex(toCommit: head)
                try repository.checkOutHead()
            }
            told?(head.short)
        }
        try? FileManager.default.removeItem(atPath: journal)
    }

    /// The file inside `.git/` that marks a report repository as tavle's own.
    static let ownMark = "tavle-reports"
    static let ownMarkText =
        "This repository holds reports made by tavle; tavle writes only into repositories it made.\n"

    /// A repository without commits may hold only what tavle made (its lock), and becomes
    /// tavle's: marked, so that a later run knows it before its first commit too.
    static func claimNewRepository(_ repository: GitRepository, folder: String) throws(Diagnostic) {
        let mark = URL(fileURLWithPath: folder).appendingPathComponent(".git/\(ownMark)").path
        guard !FileManager.default.fileExists(atPath: mark) else { return }
        if try git(folder, { () throws(GitError) in try repository.headCommit() }) == nil {
            let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
                $0 != ".git" && $0 != RunLock.fileName
            }.sorted()
            if let other = others.first {
                throw .error(
                    at: nil, Phrase("'\(Files.displayPath(folder))' holds files tavle did not make (\(other))"),
                    hint: Phrase("choose another --output (a new or empty folder)"))
            }
        }
        // Best effort: a repository without commits is claimed again by the next run, and one
        // whose .git cannot be written to fails at the commit with git's own message.
        _ = FileManager.default.createFile(atPath: mark, contents: Data(ownMarkText.utf8))
    }

    /// A symbolic link in the report folder would let a run write (or a later clone read)
    /// outside it: refused, naming the links. Tavle never makes one.
    static func requireNoLinks(_ links: [String], folder: String) throws(Diagnostic) {
        guard !links.isEmpty else { return }
        let shown = Files.displayPath(folder)
        throw .error(
            at: nil,
            Phrase(
                "the report folder '\(shown)' holds symbolic links, through which a run would write outside it: \(links.sorted().prefix(5).joined(separator: ", "))"
            ),
            hint: Phrase(
                "remove them ('git -C \(shown) status' shows them); tavle makes folders and files, never links"))
    }

    /// A person's staged changes or edited reports would be overwritten: refused, naming them.
    /// A report deleted by hand is not work to keep; the run puts it back.
    static func requireNoUncommittedWork(_ repository: GitRepository, folder: String) throws(Diagnostic) {
        let shown = Files.displayPath(folder)
        let changes = try git(folder) { () throws(GitError) in try repository.uncommittedChanges() }.filter {
            $0.kind != .deleted
        }
        guard changes.isEmpty else {
            let listed =
                changes.prefix(5).map(\.path).joined(separator: ", ")
                + (changes.count > 5 ? ", … (\(changes.count) in all)" : "")
            let staged = changes.contains { $0.kind == .staged }
            throw .error(
                at: nil,
                staged
                    ? Phrase("the report repository '\(shown)' has changes staged but not committed: \(listed)")
                    : Phrase("reports in '\(shown)' were edited since tavle wrote them: \(listed)"),
                hint: Phrase(
                    "tavle writes only over files as it made them; keep the edits elsewhere, then run again with --discard-edits to put the files back as tavle made them (this discards the edits)"
                ))
        }
    }

    /// `--discard-edits`: the index and every tracked file as HEAD has them; the paths that
    /// were edited or staged are told first. Untracked files stay.
    static func discardUncommittedWork(_ repository: GitRepository, folder: String, told: ([String]) -> Void)
        throws(Diagnostic)
    {
        let changes = try git(folder) { () throws(GitError) in try repository.uncommittedChanges() }.filter {
            $0.kind != .deleted
        }
        guard !changes.isEmpty, let head = try git(folder, { () throws(GitError) in try repository.headCommit() })
        else { return }
        told(changes.map(\.path).sorted())
        try git(folder) { () throws(GitError) in
            try repository.resetIndex(toCommit: head)
            try repository.checkOutHead()
        }
    }

    /// The run's commit message: a subject a `git log --oneline` reader understands (a handout
    /// run says so), the notebook's title, the facilitator's own words (`--message`), and
    /// trailers `tavle log` reads. `Teams` names the teams whose files this commit changed,
    /// not every team rendered, so that a log of one team lists only the runs that touched it.
    package static func message(
        notebook: Notebook, teams: [Team?], changedFolders: Set<String>, handout: Bool, note: String?
    ) -> String {
        let count = teams.count
        let noun = handout ? "handout" : "report"
        var subject = "\(notebook.id) v\(notebook.version): \(count) \(noun)\(count == 1 ? "" : "s")"
        if let gathering = notebook.gathering { subject += " for gathering \(gathering)" }
        var trailers = ["Notebook: \(notebook.id)", "Notebook-Version: \(notebook.version)"]
        if let gathering = notebook.gathering { trailers.append("Gathering: \(gathering)") }
        if handout { trailers.append("Run: handout") }
        let changed = teams.compactMap { $0 }.filter { changedFolders.contains(ReportWriter.safeName($0.key)) }
        if !changed.isEmpty {
            trailers.append(
                "Teams: "
                    + (changed.count <= 30 ? changed.map(\.key).joined(separator: ", ") : "\(changed.count) teams"))
        }
        trailers.append("Tool: tavle \(TavleVersion.current)")
        if let build = TavleVersion.build { trailers.append("Tool-Build: \(build)") }
        var body = notebook.title
        if let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty { body += "\n\n" + note }
        return subject + "\n\n" + body + "\n\n" + trailers.joined(separator: "\n") + "\n"
    }
}

/// Named moments of a commit, for the tests of crash safety. Never set outside tests:
/// `TAVLE_TEST_ABORT=after-branch` makes a run die there (exit 75) as if it were killed;
/// `TAVLE_TEST_PAUSE=after-branch` says so on standard error and holds the run there for two
/// seconds, for a test to act in (a commit of its own, a real SIGKILL).
enum TestHooks {
    static func point(_ name: String) {
        let environment = ProcessInfo.processInfo.environment
        if environment["TAVLE_TEST_ABORT"] == name { exit(75) }
        if environment["TAVLE_TEST_PAUSE"] == name {
            FileHandle.standardError.write(Data("tavle-test: paused at \(name)\n".utf8))
            sleep(2)
        }
    }
}
