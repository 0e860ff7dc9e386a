import Foundation
import TavleModel

/// Reads a report notebook: YAML front matter, then CommonMark narrative with fenced cells.
///
/// Only fences whose info string names a cell kind become cells; every other fenced block stays
/// ordinary code, shown as written, so a notebook can still quote SQL or YAML as an example.
public struct NotebookParser: Sendable {
    /// Cell kinds that later versions of Tavle will run; a notebook using them gets a clear
    /// message instead of having its cell shown as code.
    static let plannedCellKinds = ["include"]

    static let frontMatterKeys = [
        "id", "title", "version", "language", "gathering", "phase", "params", "data", "teams", "description",
    ]

    public init() {}

    public func parse(_ text: String, file: String) throws(Diagnostic) -> Notebook {
        try ControlCharacters.requireNone(in: text, file: file)
        let lines = Self.lines(of: text)
        let frontMatter = try FrontMatter.read(lines: lines, file: file)
        var body = BodyParser(file: file, parameters: frontMatter.parameters)
        let blocks = try body.parse(lines: lines, from: frontMatter.bodyStartIndex)
        var notebook = Notebook(
            id: frontMatter.id, title: frontMatter.title, version: frontMatter.version,
            language: frontMatter.language, gathering: frontMatter.gathering, phase: frontMatter.phase,
            parameters: frontMatter.parameters, dataSource: frontMatter.dataSource, teams: frontMatter.teams,
            blocks: blocks, file: file, parametersLocation: frontMatter.parametersLocation)
        notebook.versionLocation = frontMatter.versionLocation
        return notebook
    }

    /// Lines without their terminators; `\r\n` files read the same as `\n` files.
    static func lines(of text: String) -> [String] {
        // "\r\n" is a single Character in Swift, so both endings are named.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(
            String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// The front matter between the first two `---` lines.
struct FrontMatter {
    var id: String
    var title: String
    var version: Int
    var language: Language?
    var gathering: Int?
    var phase: Int?
    var parameters: [ParameterSpec]
    var parametersLocation: SourceLocation
    var versionLocation: SourceLocation?
    var dataSource: DataSourceSpec?
    var teams: TeamsSpec?
    /// Index into the notebook's lines of the first line after the closing `---`.
    var bodyStartIndex: Int

    static func read(lines: [String], file: String) throws(Diagnostic) -> FrontMatter {
        let example = Phrase(
            "start the notebook with front matter, for example:\n  ---\n  id: samling-3\n  title: Samling 3\n  ---")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            throw .error(
                at: SourceLocation(file: file, line: 1, column: 1), Phrase("the notebook has no front matter"),
                hint: example)
        }
        guard
            let closing = lines.indices.dropFirst().first(where: {
                ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces))
            })
        else {
            throw .error(
                at: SourceLocation(file: file, line: 1, column: 1),
                Phrase("the front matter opened here is never closed"),
                hint: Phrase("add a line with only '---' after the last front matter line"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let reader = YAMLReader(file: file, lineOffset: 1)
        let root = try reader.root(yaml)
        let fields = try root.fields(Phrase("the front matter"), known: NotebookParser.frontMatterKeys)
        let startOfFrontMatter = SourceLocation(file: file, line: 1, column: 1)

        guard let idField = fields["id"] else {
            throw .error(
                at: startOfFrontMatter, Phrase("the front matter has no 'id'"),
                hint: Phrase("add a line like 'id: samling-3'; the id names the report's folder"))
        }
        let id = try idField.value.string(Phrase("the id"))
        guard Identifiers.isSlug(id) else {
            throw .error(
                at: idField.value.location,
                Phrase("the id '\(id)' may only hold letters a–z, digits, '-', '_' and '.'"),
                hint: Phrase("it names folders and files, for example 'samling-3'"))
        }
        guard let titleField = fields["title"] else {
            throw .error(
                at: startOfFrontMatter, Phrase("the front matter has no 'title'"),
                hint: Phrase("add a line like 'title: Samling 3 – Utføre og evaluere'"))
        }
        let title = try titleField.value.string(Phrase("the title"))

        let version =
            try fields["version"].map { field throws(Diagnostic) in
                try field.value.integer(Phrase("the version"), in: 1...1_000_000)
            } ?? 1
        let language = try fields["language"].map { field throws(Diagnostic) in
            try field.value.oneOf(Phrase("the language"), Language.self)
        }
        let gathering = try fields["gathering"].map { field throws(Diagnostic) in
            try field.value.integer(Phrase("the gathering"), in: 1...99)
        }
        let phase = try fields["phase"].map { field throws(Diagnostic) in
            try field.value.integer(Phrase("the phase"), in: 1...5)
        }
        let parameters = try fields["params"].map { field throws(Diagnostic) in try readParameters(field.value) } ?? []
        let dataSource = try fields["data"].map { field throws(Diagnostic) in try DataSourceSpec.read(field.value) }
        let teams = try fields["teams"].map { field throws(Diagnostic) in try TeamsSpec.read(field.value) }
        return FrontMatter(
            id: id, title: title, version: version, language: language, gathering: gathering, phase: phase,
            parameters: parameters, parametersLocation: fields["params"]?.keyLocation ?? startOfFrontMatter,
            versionLocation: fields["version"]?.value.location, dataSource: dataSource, teams: teams,
            bodyStartIndex: closing + 1)
    }

    static func readParameters(_ node: YAMLNode) throws(Diagnostic) -> [ParameterSpec] {
        var parameters: [ParameterSpec] = []
        for (name, keyLocation, value) in try node.mapping(Phrase("params")) {
            guard Identifiers.isIdentifier(name) else {
                throw .error(
                    at: keyLocation, Phrase("the parameter name '\(name)' may only hold letters, digits and '_'"),
                    hint: Phrase("SQL refers to it as ':\(name)', so it must be one word"))
            }
            var type: ParameterSpec.Kind?
            var defaultValue: String?
            var description: String?
            var defaultLocation = value.location
            if case .mapping = value.node {
                let fields = try value.fields(
                    Phrase("the parameter '\(name)'"), known: ["type", "default", "description"])
                type = try fields["type"].map { field throws(Diagnostic) in
                    try field.value.oneOf(Phrase("the type of '\(name)'"), ParameterSpec.Kind.self)
                }
                if let field = fields["default"], !field.value.isNull {
                    defaultValue = try field.value.string(Phrase("the default of '\(name)'"))
                    defaultLocation = field.value.location
                }
                description = try fields["description"].map { field throws(Diagnostic) in
                    try field.value.string(Phrase("the description of '\(name)'"))
                }
            } else if !value.isNull {
                defaultValue = try value.string(Phrase("the parameter '\(name)'"))
            }
            let kind = type ?? (name == "team" ? .team : defaultValue.map(ParameterSpec.Kind.inferred(from:)) ?? .text)
            if let defaultValue, kind != .team {
                do throws(ParameterValueError) {
                    _ = try ParameterValues.value(defaultValue, as: kind)
                } catch {
                    throw .error(at: defaultLocation, Phrase("the default of '\(name)' \(error.phrase)"))
                }
            }
            if kind == .team, parameters.contains(where: { $0.type == .team }) {
                throw .error(
                    at: keyLocation, Phrase("only one parameter can choose the team"),
                    hint: Phrase("give '\(name)' another type, such as 'text'"))
            }
            parameters.append(
                ParameterSpec(
                    name: name, type: kind, defaultValue: defaultValue, description: description, location: keyLocation)
            )
        }
        return parameters
    }
}

extension ParameterSpec.Kind {
    /// A parameter declared only by its default gets the type its default has.
    static func inferred(from value: String) -> ParameterSpec.Kind {
        if (try? ParameterValues.value(value, as: .month)) != nil { return .month }
        if (try? ParameterValues.value(value, as: .date)) != nil { return .date }
        if Int64(value) != nil { return .integer }
        if Double(value) != nil { return .number }
        return .text
    }
}

extension DataSourceSpec {
    static func read(_ node: YAMLNode) throws(Diagnostic) -> DataSourceSpec {
        let text = try node.string(Phrase("the data source")).trimmingCharacters(in: .whitespaces)
        do throws(DataSourceSpecError) {
            return try DataSourceSpec.parse(text)
        } catch {
            throw .error(at: node.location, error.message, hint: error.hint)
        }
    }
}

extension TeamsSpec {
    /// `teams: tablename`, `teams: { table: name }` or `teams: { query: SELECT … }`.
    static func read(_ node: YAMLNode) throws(Diagnostic) -> TeamsSpec {
        if case .mapping = node.node {
            let fields = try node.fields(Phrase("teams", context: "yaml key"), known: ["table", "query"])
            if let query = fields["query"] {
                return TeamsSpec(
                    query: try query.value.string(Phrase("the teams query")), location: query.value.location)
            }
            if let table = fields["table"] {
                return try fromTable(table.value)
            }
            throw .error(
                at: node.location, Phrase("teams needs a 'table' or a 'query'"),
                hint: Phrase("for example 'teams: { table: teams }'"))
        }
        return try fromTable(node)
    }

    private static func fromTable(_ node: YAMLNode) throws(Diagnostic) -> TeamsSpec {
        let table = try node.string(Phrase("the teams table"))
        guard Identifiers.isIdentifier(table) else {
            throw .error(
                at: node.location, Phrase("'\(table)' is not a table name"),
                hint: Phrase("write a query instead: 'teams: { query: SELECT id, name FROM … }'"))
        }
        return TeamsSpec(query: "SELECT * FROM \(table) ORDER BY id", location: node.location)
    }
}

/// Splits the body into narrative and cells.
struct BodyParser {
    let file: String
    let parameters: [ParameterSpec]
    private var blocks: [Block] = []
    private var narrative: [(line: String, number: Int, isCode: Bool)] = []
    private var queryNames: [String: SourceLocation] = [:]
    private var promptIds: [String: SourceLocation] = [:]
    private var formIDs: [String: SourceLocation] = [:]

    init(file: String, parameters: [ParameterSpec]) {
        self.file = file
        self.parameters = parameters
    }

    mutating func parse(lines: [String], from start: Int) throws(Diagnostic) -> [Block] {
        var index = start
        while index < lines.count {
            guard let fence = Fence.opening(lines[index]) else {
                narrative.append((lines[index], index + 1, false))
                index += 1
                continue
            }
            let closingIndex = lines.indices.dropFirst(index + 1).first { fence.isClosed(by: lines[$0]) }
            let contentEnd = closingIndex ?? lines.count
            let content = lines[(index + 1)..<contentEnd].map { fence.strippingIndent($0) }
            let location = SourceLocation(file: file, line: index + 1, column: fence.indent + 1)
            let words = fence.info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let kind = words.first?.lowercased() ?? ""

            if isCell(kind: kind, words: words, content: content) {
                guard closingIndex != nil else {
                    throw .error(
                        at: location, Phrase("the \(kind) cell opened here is never closed"),
                        hint: Phrase(
                            "add a line with \(String(repeating: String(fence.character), count: fence.length)) after the cell"
                        ))
                }
                try flushNarrative()
                let cellBody = CellBody(lines: content, firstLine: index + 2, column: fence.indent + 1, file: file)
                try appendCell(kind: kind, words: words, body: cellBody, location: location)
            } else {
                // Ordinary code: kept verbatim, never evaluated.
                for number in index..<min(contentEnd + 1, lines.count) {
                    narrative.append((lines[number], number + 1, true))
                }
            }
            index = contentEnd + 1
        }
        try flushNarrative()
        return blocks
    }

    private func isCell(kind: String, words: [String], content: [String]) -> Bool {
        switch kind {
        case "prompt", "worksheet", "form": return true
        case _ where JournalSection.Kind(rawValue: kind) != nil: return true
        case "sql": return words.count > 1 || content.contains { $0.hasPrefix("--|") }
        default: return NotebookParser.plannedCellKinds.contains(kind)
        }
    }

    private mutating func appendCell(kind: String, words: [String], body: CellBody, location: SourceLocation)
        throws(Diagnostic)
    {
        switch kind {
        case "sql":
            guard words.count > 1 else {
                throw .error(
                    at: location, Phrase("this query cell has options but no name"),
                    hint: Phrase(
                        "name it on the fence line, for example ```sql fall; the name is how the narrative refers to its result"
                    ))
            }
            let name = words[1]
            try checkName(name, kind: "query", location: location.advanced(byColumns: 7))
            if let first = queryNames[name] {
                throw .error(
                    at: location, Phrase("a query named '\(name)' already stands at line \(first.line)"),
                    hint: Phrase("give each query its own name"))
            }
            if let parameter = parameters.first(where: { $0.name == name }) {
                throw .error(
                    at: location,
                    Phrase("the query '\(name)' has the same name as a parameter (line \(parameter.location.line))"),
                    hint: Phrase("rename one of them so that {{ \(name) }} means one thing"))
            }
            queryNames[name] = location
            blocks.append(
                .query(try QueryCellParser(body: body, name: name, location: location, parameters: parameters).parse()))
        case "prompt":
            guard words.count > 1 else {
                throw .error(
                    at: location, Phrase("this prompt has no id"),
                    hint: Phrase("write it on the fence line, for example ```prompt egen-refleksjon"))
            }
            let id = words[1]
            try checkName(id, kind: "prompt", location: location.advanced(byColumns: 10))
            if let first = promptIds[id] {
                throw .error(
                    at: location, Phrase("a prompt with id '\(id)' already stands at line \(first.line)"),
                    hint: Phrase("give each prompt its own id; answers are filed under it"))
            }
            promptIds[id] = location
            // An empty cell names a prompt of the library, whose wording the run fills in.
            blocks.append(
                .prompt(
                    body.isBlank
                        ? PromptCell(id: id, question: "", help: nil, fromLibrary: true, location: location)
                        : try body.prompt(id: id, location: location)))
        case "worksheet":
            guard words.count > 1 else {
                throw .error(
                    at: location, Phrase("this worksheet cell does not say which set it shows"),
                    hint: Phrase(
                        "write the set's id on the fence line, for example ```worksheet veiledning.fase2; 'tavle prompts' lists them"
                    ))
            }
            guard words.count == 2 else {
                throw .error(
                    at: location.advanced(byColumns: 14 + words[1].count), Phrase("a worksheet cell shows one set"),
                    hint: Phrase("write one set per cell"))
            }
            guard body.isBlank else {
                throw .error(
                    at: location,
                    Phrase("a worksheet cell shows the library's set '\(words[1])' and holds nothing itself"),
                    hint: Phrase(
                        "leave the cell empty; to change its wording, add a file to the workspace's prompts/ folder"))
            }
            try checkName(words[1], kind: "worksheet", location: location.advanced(byColumns: 13))
            blocks.append(.worksheet(WorksheetCell(setID: words[1], location: location)))
        case "form":
            guard words.count > 1 else {
                throw .error(
                    at: location, Phrase("this form has no id"),
                    hint: Phrase(
                        "write it on the fence line, for example ```form takster; 'tavle import' names the form by it"))
            }
            let id = words[1]
            try checkName(id, kind: "form", location: location.advanced(byColumns: 8))
            if let first = formIDs[id] {
                throw .error(
                    at: location, Phrase("a form with id '\(id)' already stands at line \(first.line)"),
                    hint: Phrase("give each form its own id"))
            }
            formIDs[id] = location
            blocks.append(
                .form(try FormCellParser(body: body, id: id, location: location, parameters: parameters).parse()))
        case _ where JournalSection.Kind(rawValue: kind) != nil:
            guard body.isBlank else {
                throw .error(
                    at: location, Phrase("a \(kind) cell shows the team's journal and holds nothing itself"),
                    hint: Phrase("leave the cell empty; write the \(kind) in journals/<team>.yaml"))
            }
            blocks.append(.journal(JournalSection(kind: JournalSection.Kind(rawValue: kind)!, location: location)))
        default:
            throw .error(
                at: location, Phrase("'\(kind)' cells are not supported by this version of tavle"),
                hint: Phrase(
                    "remove the cell or show it as ordinary code with another fence label; supported cells: sql NAME, prompt ID, worksheet SET, form ID, goals, pdsa, decisions"
                ))
        }
    }

    private func checkName(_ name: String, kind: String, location: SourceLocation) throws(Diagnostic) {
        let valid = kind == "query" ? Identifiers.isIdentifier(name) : Identifiers.isSlug(name)
        guard valid else {
            let allowed =
                kind == "query"
                ? Phrase("letters, digits and '_'")
                : Phrase("letters, digits, '-', '_' and '.'")
            throw .error(at: location, Phrase("the \(kind) name '\(name)' may only hold \(allowed)"))
        }
    }

    private mutating func flushNarrative() throws(Diagnostic) {
        defer { narrative.removeAll() }
        guard let first = narrative.first else { return }
        var segments: [Narrative.Segment] = []
        var markdown = ""
        for (line, number, isCode) in narrative {
            if isCode {
                markdown += line + "\n"
                continue
            }
            for piece in try InlineExpressionScanner.split(
                line: line, location: SourceLocation(file: file, line: number, column: 1))
            {
                switch piece {
                case .markdown(let text): markdown += text
                case .expression:
                    if !markdown.isEmpty { segments.append(.markdown(markdown)); markdown = "" }
                    segments.append(piece)
                }
            }
            markdown += "\n"
        }
        if !markdown.isEmpty { segments.append(.markdown(markdown)) }
        let isBlank = segments.allSatisfy {
            if case .markdown(let text) = $0 { text.allSatisfy(\.isWhitespace) } else { false }
        }
        if !isBlank {
            blocks.append(
                .narrative(
                    Narrative(segments: segments, location: SourceLocation(file: file, line: first.number, column: 1))))
        }
    }
}

/// A fence line: ```` ``` ```` or `~~~`, indented at most three spaces (CommonMark).
struct Fence {
    let character: Character
    let length: Int
    let indent: Int
    let info: String

    static func opening(_ line: String) -> Fence? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let length = rest.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
        if character == "`", info.contains("`") { return nil }
        return Fence(character: character, length: length, indent: indent, info: info)
    }

    func isClosed(by line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == character }.count
        return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Content lines lose as much leading space as the fence had, as CommonMark does.
    func strippingIndent(_ line: String) -> String {
        String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count)))
    }
}

/// The lines inside a cell, with the position of the first one.
struct CellBody {
    let lines: [String]
    /// 1-based line number of `lines[0]` in the notebook.
    let firstLine: Int
    let column: Int
    let file: String

    func location(ofLine index: Int, column offset: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + index, column: column + offset)
    }

    var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    func prompt(id: String, location: SourceLocation) throws(Diagnostic) -> PromptCell {
        let text = lines.drop { $0.allSatisfy(\.isWhitespace) }
        guard !text.isEmpty else {
            throw .error(
                at: location, Phrase("the prompt '\(id)' has no question"),
                hint: Phrase("write the question on the lines inside the cell"))
        }
        let paragraphEnd = text.firstIndex { $0.allSatisfy(\.isWhitespace) } ?? text.endIndex
        let question = text[..<paragraphEnd].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let help = text[paragraphEnd...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return PromptCell(id: id, question: question, help: help.isEmpty ? nil : help, location: location)
    }
}

enum Identifiers {
    /// A word usable as a SQL parameter or a query name.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// A name safe in folder and file names.
    static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first,
            ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_.".unicodeScalars.contains($0)
        }
    }
}
