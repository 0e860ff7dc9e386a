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

    /// Commits the files and updates the working tree; returns `nil` when the files equal
    /// what is already committed (nothing is committed then).
    ///
    /// Order matters: files are staged beside their destinations, then the commit is made and
    /// the branch moved by compare-and-swap, and only then are the files moved into place. A
    /// run that fails or is killed before the commit leaves the repository as it was.
    func publish(_ files: [(path: String, contents: String)], message: String) throws(Diagnostic) -> ObjectID? {
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
        let tree = try git { () throws(GitError) in try repository.writeTree(base: head, replacing: contents) }
        let staged = try writer.stage(files)
        if let head, try git({ () throws(GitError) in try repository.tree(ofCommit: head) }) == tree {
            // Nothing to commit; this also puts back any report someone deleted by hand.
            try writer.install(staged)
            return nil
        }
        TestHooks.abortIfRequested(at: "before-commit")
        let commit: ObjectID
        do {
            commit = try git { () throws(GitError) in try repository.commit(tree: tree, parent: head, message: message, author: author(repository)) }
        } catch {
            staged.discard()
            throw error
        }
        try writer.install(staged)
        try git { () throws(GitError) in try repository.resetIndex(toCommit: commit) }
        return commit
    }

    /// Runs a libgit2 step and says in plain words what a failure means for the user.
    private func git<T>(_ step: () throws(GitError) -> T) throws(Diagnostic) -> T {
        do {
            return try step()
        } catch {
            if error.isConcurrentUpdate {
                throw .error(
                    at: nil, "another tavle run committed to '\(Files.displayPath(folder))' while this one was running; nothing was committed",
                    hint: "run the command again: it will build on the other run's commit")
            }
            throw .error(
                at: nil, "the report repository '\(Files.displayPath(folder))' could not be updated: \(error)",
                hint: "check that the folder is writable and is a git repository made by tavle (or empty); nothing was committed")
        }
    }

    /// TAVLE_AUTHOR_NAME/TAVLE_AUTHOR_EMAIL, else the user's git identity, else "Tavle".
    private func author(_ repository: GitRepository) -> Signature {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["TAVLE_AUTHOR_NAME"], !name.isEmpty {
            return Signature(name: name, email: environment["TAVLE_AUTHOR_EMAIL"] ?? "")
        }
        return repository.configuredSignature() ?? Signature(name: "Tavle", email: "tavle@localhost")
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
            throw .error(at: nil, "'\(Files.displayPath(folder))' is not writable: \(String(cString: strerror(errno)))", hint: "choose another --output or fix the folder's permissions")
        }
        let deadline = Date().addingTimeInterval(Self.patience)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline else {
                close(descriptor)
                throw .error(at: nil, "another tavle run has held '\(Files.displayPath(folder))' for over \(Int(Self.patience)) s", hint: "wait for it to finish and run again")
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
            throw .error(at: nil, "the output folder '\(Files.displayPath(folder))' could not be created: \(error.localizedDescription)", hint: "choose another --output or fix the folder's permissions")
        }
    }
}
