import Foundation
import TavleModel
import TavleParse

/// Finds and reads the `tavle.yaml` that governs a notebook: in its folder or the nearest
/// folder above it, as git finds `.git`.
public enum WorkspaceLocator {
    public static let fileName = "tavle.yaml"

    public static func workspace(forNotebookAt notebookPath: String) throws(Diagnostic) -> Workspace {
        try workspace(
            searchingFrom: URL(fileURLWithPath: notebookPath).standardizedFileURL.deletingLastPathComponent().path)
    }

    /// The workspace governing a folder: its own tavle.yaml, a `Notebooks/tavle.yaml` inside
    /// it (a project's root), or the nearest one above it.
    public static func workspace(searchingFrom path: String) throws(Diagnostic) -> Workspace {
        if let workspace = try workspaceIfAny(searchingFrom: path) { return workspace }
        throw .error(
            at: nil,
            Phrase(
                "no \(fileName) was found in '\(Files.displayPath(URL(fileURLWithPath: path).standardizedFileURL.path))' or any folder above it"
            ),
            hint: Phrase(
                "run the command in your workspace (the folder with tavle.yaml beside the notebooks, or one below it), or make one with 'tavle init my-network'"
            ))
    }

    /// As `workspace(searchingFrom:)`, but `nil` where no tavle.yaml governs the folder (a
    /// command that can do without one); a tavle.yaml with an error still fails.
    public static func workspaceIfAny(searchingFrom path: String) throws(Diagnostic) -> Workspace? {
        let start = URL(fileURLWithPath: path).standardizedFileURL
        let nested = start.appendingPathComponent("Notebooks").appendingPathComponent(fileName)
        if FileManager.default.fileExists(atPath: nested.path) {
            return try WorkspaceParser().parse(
                Files.readText(nested.path), file: Files.displayPath(nested.path),
                root: nested.deletingLastPathComponent().path)
        }
        var folder = start
        while true {
            let candidate = folder.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                let text = try Files.readText(candidate.path)
                return try WorkspaceParser().parse(text, file: Files.displayPath(candidate.path), root: folder.path)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}

/// File reading and path display shared by the pipeline and the command line.
public enum Files {
    package static func readText(_ path: String) throws(Diagnostic) -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .error(
                at: nil, Phrase("'\(displayPath(path))' does not exist"),
                hint: Phrase("check the path and the spelling"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error(
                at: nil, Phrase("'\(displayPath(path))' could not be read"), hint: Phrase("check that you may read it"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .error(
                at: SourceLocation(file: displayPath(path), line: 1, column: 1), Phrase("the file is not UTF-8 text"),
                hint: Phrase("save it as UTF-8 in your editor"))
        }
        return text
    }

    /// Paths in messages: relative to the current folder when inside it, as a user typed them.
    public static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if absolute.hasPrefix(current + "/") { return String(absolute.dropFirst(current.count + 1)) }
        return absolute
    }

    /// `path` relative to `folder` when it lies inside it, else `path` unchanged (absolute).
    package static func relativePath(_ path: String, to folder: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        return absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : absolute
    }

    package static func resolve(_ path: String, against folder: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
    }
}
