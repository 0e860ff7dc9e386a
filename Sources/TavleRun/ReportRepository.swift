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
    func publish(_ files: [(path: String, contents: String)], message: String) throws(Diagnostic) -> ObjectID? {
        let repository = try git { () throws(GitError) in try GitRepository.openOrCreate(at: folder) }
        let head = try git { () throws(GitError) in try repository.headCommit() }
        var contents: [String: Data] = [:]
        for file in files { contents[file.path] = Data(file.contents.utf8) }
        let tree = try git { () throws(GitError) in try repository.writeTree(base: head, replacing: contents) }
        if let head, try git({ () throws(GitError) in try repository.tree(ofCommit: head) }) == tree {
            // Put back any report someone deleted from the working tree; the commit stands.
            _ = try ReportWriter(outputFolder: folder).write(files)
            return nil
        }
        let commit = try git { () throws(GitError) in try repository.commit(tree: tree, parent: head, message: message, author: author(repository)) }
        _ = try ReportWriter(outputFolder: folder).write(files)
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
