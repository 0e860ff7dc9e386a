import Foundation
import TavleModel

/// Reads `tavle.yaml`, the settings every notebook in a workspace shares.
public struct WorkspaceParser: Sendable {
    static let keys = ["name", "language", "data", "teams", "output", "privacy", "query_timeout", "author", "remote"]

    public init() {}

    /// - Parameters:
    ///   - root: the absolute folder that holds the file; relative paths count from it.
    public func parse(_ text: String, file: String, root: String) throws(Diagnostic) -> Workspace {
        let reader = YAMLReader(file: file, lineOffset: 0)
        let fields = try reader.root(text).fields(Phrase("tavle.yaml"), known: Self.keys)
        let top = SourceLocation(file: file, line: 1, column: 1)

        guard let data = fields["data"] else {
            throw .error(
                at: top, Phrase("tavle.yaml does not say where the data is"),
                hint: Phrase(
                    "add for example 'data: data/' (a folder of .sql and .csv files) or 'data: indikatorer.sqlite'"))
        }
        let dataSource = try DataSourceSpec.read(data.value)
        guard let teamsField = fields["teams"] else {
            throw .error(
                at: top, Phrase("tavle.yaml does not say how to list the teams"),
                hint: Phrase(
                    "add for example 'teams: { query: SELECT id, name, municipality FROM teams ORDER BY name }'"))
        }
        let teams = try TeamsSpec.read(teamsField.value)
        let name = try fields["name"].map { field throws(Diagnostic) in try field.value.string(Phrase("the name")) }
        let language =
            try fields["language"].map { field throws(Diagnostic) in
                try field.value.oneOf(Phrase("the language"), Language.self)
            } ?? .nb
        let outputPath =
            try fields["output"].map { field throws(Diagnostic) in try field.value.string(Phrase("the output folder")) }
            ?? "output"

        var minimumCount = 5
        if let privacy = fields["privacy"] {
            let privacyFields = try privacy.value.fields(Phrase("privacy"), known: ["min_count"])
            if let field = privacyFields["min_count"] {
                minimumCount = try field.value.integer(Phrase("min_count"), in: 0...1_000_000)
            }
        }
        var timeLimit = 10.0
        if let field = fields["query_timeout"] {
            let text = try field.value.string(Phrase("query_timeout")).trimmingCharacters(in: .whitespaces)
            let digits = text.hasSuffix("s") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
            guard let seconds = Double(digits), seconds > 0, seconds <= 3600 else {
                throw .error(
                    at: field.value.location,
                    Phrase("query_timeout should be a number of seconds such as '10s', but it is '\(text)'"))
            }
            timeLimit = seconds
        }
        let author = try fields["author"].map { field throws(Diagnostic) in try Self.author(field.value) }
        let remote = try fields["remote"].map { field throws(Diagnostic) in
            try Self.remote(field.value.string(Phrase("the remote")), root: root)
        }
        return Workspace(
            root: root, configFile: file, name: name, language: language, dataSource: dataSource,
            dataSourceLocation: data.value.location, teams: teams,
            output: URL(fileURLWithPath: outputPath, relativeTo: URL(fileURLWithPath: root, isDirectory: true))
                .standardizedFileURL.path,
            minimumCount: minimumCount, queryTimeLimit: timeLimit, author: author, remote: remote)
    }

    /// `author: { name: …, email: … }`, or git's own spelling `author: Name <email>`.
    static func author(_ node: YAMLNode) throws(Diagnostic) -> Author {
        let example = Phrase("for example 'author: { name: Læringsnettverket, email: kvalitet@kommune.no }'")
        if case .scalar = node.node {
            let text = try node.string(Phrase("the author"))
            guard let open = text.firstIndex(of: "<"), text.hasSuffix(">") else {
                throw .error(
                    at: node.location,
                    Phrase("the author should have a name and an e-mail address, but it is '\(text)'"),
                    hint: example + Phrase(" or 'author: Læringsnettverket <kvalitet@kommune.no>'"))
            }
            let name = text[..<open].trimmingCharacters(in: .whitespaces)
            let email = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            guard !name.isEmpty else {
                throw .error(at: node.location, Phrase("the author has no name before '<'"), hint: example)
            }
            return Author(name: name, email: email)
        }
        let fields = try node.fields(Phrase("author"), known: ["name", "email"])
        guard let name = fields["name"] else {
            throw .error(at: node.location, Phrase("the author has no name"), hint: example)
        }
        let email =
            try fields["email"].map { field throws(Diagnostic) in try field.value.string(Phrase("the author's e-mail"))
            } ?? ""
        return Author(name: try name.value.string(Phrase("the author's name")), email: email)
    }

    /// A URL (`https://…`, `ssh://…`, `user@host:path`) is kept as it is; anything else is a
    /// path, relative to the workspace.
    static func remote(_ text: String, root: String) -> String {
        if RemoteAddress.isURL(text) { return text }
        return URL(fileURLWithPath: text, relativeTo: URL(fileURLWithPath: root, isDirectory: true)).standardizedFileURL
            .path
    }
}
