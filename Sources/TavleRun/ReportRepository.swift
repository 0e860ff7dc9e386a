import Foundation
import TavleGit
import TavleModel

public enum TavleVersion {
    public static let current = "0.1.0"
}

/// The output folder as a git repository: each run's reports become one commit, and only
/// after that commit exists are the files moved into the working tree.
struct ReportRepository {
    let folder: String
    /// The workspace's `author`, if tavle.yaml names one.
    var workspaceAuthor: Author? = nil

    /// What publishing did, and how long its parts took.
    struct Published {
        /// The new commit, or `nil` when the files equal what is already committed.
        var commit: ObjectID?
        /// The files the commit added, changed or removed.
        var changedFiles: [FileChange] = []
        /// Writing the report files into the working tree, which a run without git would do too.
        var writingFiles: Duration
        /// Everything else: git objects, the commit, moving files into place, the index.
        var committing: Duration
    }

    /// Commits the files and updates the working tree; makes no commit when the files equal
    /// what is already committed.
    ///
    /// Order matters: the run's objects (and its commit object) are stored as one pack, the
    /// files are staged beside their destinations, the branch is moved by compare-and-swap,
    /// and only then are the files moved into place. A run that fails or is killed before
    /// the branch moves leaves the repository and its working tree as they were.
    /// - Parameter binary: files that are not text (printed PDFs), committed with the rest.
    func publish(_ files: [(path: String, contents: String)], binary: [(path: String, contents: Data)] = [], message: String) throws(Diagnostic) -> Published {
        let clock = ContinuousClock()
        let started = clock.now
        try FileManager.default.createDirectoryOrExplain(folder)
        let lock = try RunLock(folder: folder)
        defer { lock.release() }

        let repository = try git { () throws(GitError) in try GitRepository.openOrCreate(at: folder) }
        repository.excludeFromStatus([RunLock.fileName, "*\(ReportWriter.stagingMarker)*"])
        let writer = ReportWriter(outputFolder: folder)
        writer.removeAbandonedStagedFiles()

        let head = try git { () throws(GitError) in try repository.headCommit() }
        var contents: [String: Data] = [:]
        for file in files { contents[file.path] = Data(file.contents.utf8) }
        for file in binary { contents[file.path] = file.contents }
        let signature = try author(repository)
        let commit: ObjectID? = try git { () throws(GitError) in
            try repository.writingOnePack { objects throws(GitError) in
                let tree = try objects.writeTree(base: head, replacing: contents)
                if let head, try objects.tree(ofCommit: head) == tree { return nil }
                return try objects.createCommit(tree: tree, parent: head, message: message, author: signature)
            }
        }
        let stagingStarted = clock.now
        let staged = try writer.stage(files, binary: binary)
        let writingFiles = clock.now - stagingStarted
        guard let commit else {
            // Nothing to commit; this also puts back any report someone deleted by hand.
            try writer.install(staged)
            return Published(commit: nil, writingFiles: writingFiles, committing: clock.now - started - writingFiles)
        }
        TestHooks.abortIfRequested(at: "before-commit")
        do {
            // The commit object already exists, unreferenced; this is the moment it becomes the run.
            try git { () throws(GitError) in try repository.moveBranch(to: commit, expecting: head, reason: message) }
        } catch {
            staged.discard()
            throw error
        }
        try writer.install(staged)
        try git { () throws(GitError) in try repository.resetIndex(toCommit: commit) }
        // Only for the summary; the commit is already made, so a failure here must not fail the run.
        let changed = (try? repository.changes(from: head, to: commit)) ?? []
        return Published(commit: commit, changedFiles: changed, writingFiles: writingFiles, committing: clock.now - started - writingFiles)
    }

    /// Runs a libgit2 step and says in plain words what a failure means for the user.
    private func git<T>(_ step: () throws(GitError) -> T) throws(Diagnostic) -> T {
        do {
            return try step()
        } catch {
            if error.isConcurrentUpdate {
                throw .error(
                    at: nil, Phrase("another tavle run committed to '\(Files.displayPath(folder))' while this one was running; nothing was committed", nb: "en annen tavle-kjøring lagret i «\(Files.displayPath(folder))» mens denne kjørte; ingenting ble lagret"),
                    hint: Phrase("run the command again: it will build on the other run's commit", nb: "kjør kommandoen igjen: den bygger da videre på den andre kjøringens commit"))
            }
            throw .error(
                at: nil, Phrase("the report repository '\(Files.displayPath(folder))' could not be updated: \(error)", nb: "rapportarkivet «\(Files.displayPath(folder))» kunne ikke oppdateres: \(error)"),
                hint: Phrase("check that the folder is writable and is a git repository made by tavle (or empty); nothing was committed", nb: "sjekk at mappen er skrivbar og er et git-arkiv laget av tavle (eller tom); ingenting ble lagret"))
        }
    }

    /// TAVLE_AUTHOR_NAME/TAVLE_AUTHOR_EMAIL (one person's override), else tavle.yaml's
    /// `author` (the network's shared name), else the user's git identity, else "Tavle".
    /// TAVLE_COMMIT_TIME sets the time, as GIT_COMMITTER_DATE does for git: for replaying a
    /// network's past gatherings (the example history) and for reproducible tests.
    private func author(_ repository: GitRepository) throws(Diagnostic) -> Signature {
        let environment = ProcessInfo.processInfo.environment
        var signature: Signature
        if let name = environment["TAVLE_AUTHOR_NAME"], !name.isEmpty {
            signature = Signature(name: name, email: environment["TAVLE_AUTHOR_EMAIL"] ?? "")
        } else if let workspaceAuthor {
            signature = Signature(name: workspaceAuthor.name, email: workspaceAuthor.email)
        } else {
            signature = repository.configuredSignature() ?? Signature(name: "Tavle", email: "tavle@localhost")
        }
        if let text = environment["TAVLE_COMMIT_TIME"], !text.isEmpty {
            guard let time = ReportLog.parseISO8601(text) else {
                throw .error(
                    at: nil, Phrase("TAVLE_COMMIT_TIME '\(text)' is not a time tavle can read", nb: "TAVLE_COMMIT_TIME «\(text)» er ikke et tidspunkt tavle kan lese"),
                    hint: Phrase("write it as 2021-01-20T09:00:00+01:00 (date, time and offset from UTC), or unset it to commit at the current time", nb: "skriv det som 2021-01-20T09:00:00+01:00 (dato, klokkeslett og avvik fra UTC), eller fjern variabelen for å bruke tiden nå"))
            }
            signature.time = Signature.When(seconds: time.seconds, offsetMinutes: time.offsetMinutes)
        }
        return signature
    }

    /// A subject a person can read, and trailers a program can.
    static func message(notebook: Notebook, teams: [Team?]) -> String {
        let named = teams.compactMap { $0 }
        let count = teams.count
        var subject = "\(notebook.id) v\(notebook.version): \(count) report\(count == 1 ? "" : "s")"
        if let gathering = notebook.gathering { subject += " for gathering \(gathering)" }
        var trailers = ["Notebook: \(notebook.id)", "Notebook-Version: \(notebook.version)"]
        if let gathering = notebook.gathering { trailers.append("Gathering: \(gathering)") }
        if !named.isEmpty {
            trailers.append("Teams: " + (named.count <= 30 ? named.map(\.key).joined(separator: ", ") : "\(named.count) teams"))
        }
        trailers.append("Tool: tavle \(TavleVersion.current)")
        return subject + "\n\n" + notebook.title + "\n\n" + trailers.joined(separator: "\n") + "\n"
    }
}

/// Serialises runs on one report repository: a second `tavle run` waits for the first to
/// finish committing, then builds on its commit. `flock` is released by the kernel when a
/// process dies, so a killed run never leaves the repository locked.
struct RunLock {
    static let fileName = ".tavle.lock"
    static let patience: Double = 60

    private let descriptor: Int32

    init(folder: String) throws(Diagnostic) {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(Self.fileName).path
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw .error(at: nil, Phrase("'\(Files.displayPath(folder))' is not writable: \(String(cString: strerror(errno)))", nb: "«\(Files.displayPath(folder))» er ikke skrivbar: \(String(cString: strerror(errno)))"), hint: Phrase("choose another --output or fix the folder's permissions", nb: "velg en annen --output, eller rett mappens tilganger"))
        }
        let deadline = Date().addingTimeInterval(Self.patience)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline else {
                close(descriptor)
                throw .error(at: nil, Phrase("another tavle run has held '\(Files.displayPath(folder))' for over \(Int(Self.patience)) s", nb: "en annen tavle-kjøring har holdt «\(Files.displayPath(folder))» i over \(Int(Self.patience)) s"), hint: Phrase("wait for it to finish and run again", nb: "vent til den er ferdig, og kjør igjen"))
            }
            usleep(20_000)
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Deliberate failures for the tests of crash safety: `TAVLE_TEST_ABORT=before-commit`
/// makes a run die at that point as if it were killed. Never set outside tests.
enum TestHooks {
    static func abortIfRequested(at point: String) {
        if ProcessInfo.processInfo.environment["TAVLE_TEST_ABORT"] == point { exit(75) }
    }
}

extension FileManager {
    func createDirectoryOrExplain(_ folder: String) throws(Diagnostic) {
        do {
            try createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .error(at: nil, Phrase("the output folder '\(Files.displayPath(folder))' could not be created: \(error.localizedDescription)", nb: "rapportmappen «\(Files.displayPath(folder))» kunne ikke opprettes: \(error.localizedDescription)"), hint: Phrase("choose another --output or fix the folder's permissions", nb: "velg en annen --output, eller rett mappens tilganger"))
        }
    }
}
