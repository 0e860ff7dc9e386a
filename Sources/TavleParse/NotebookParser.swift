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

    static let frontMatterKeys = ["id", "title", "version", "language", "gathering", "phase", "params", "data", "teams", "description"]

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
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
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
            "start the notebook with front matter, for example:\n  ---\n  id: samling-3\n  title: Samling 3\n  ---",
            nb: "begynn notatboken med front matter, for eksempel:\n  ---\n  id: samling-3\n  title: Samling 3\n  ---")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            throw .error(
                at: SourceLocation(file: file, line: 1, column: 1), Phrase("the notebook has no front matter", nb: "notatboken har ingen front matter"), hint: example)
        }
        guard let closing = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
            throw .error(
                at: SourceLocation(file: file, line: 1, column: 1), Phrase("the front matter opened here is never closed", nb: "front matter som åpnes her, blir aldri lukket"),
                hint: Phrase("add a line with only '---' after the last front matter line", nb: "legg til en linje med bare «---» etter den siste linjen i front matter"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let reader = YAMLReader(file: file, lineOffset: 1)
        let root = try reader.root(yaml)
        let fields = try root.fields(Phrase("the front matter", nb: "front matter"), known: NotebookParser.frontMatterKeys)
        let startOfFrontMatter = SourceLocation(file: file, line: 1, column: 1)

        guard let idField = fields["id"] else {
            throw .error(at: startOfFrontMatter, Phrase("the front matter has no 'id'", nb: "front matter har ingen «id»"), hint: Phrase("add a line like 'id: samling-3'; the id names the report's folder", nb: "legg til en linje som «id: samling-3»; id-en gir navn til rapportens mappe"))
        }
        let id = try idField.value.string(Phrase("the id", nb: "id-en"))
        guard Identifiers.isSlug(id) else {
            throw .error(
                at: idField.value.location, Phrase("the id '\(id)' may only hold letters a–z, digits, '-', '_' and '.'", nb: "id-en «\(id)» kan bare inneholde bokstavene a–z, sifre, «-», «_» og «.»"),
                hint: Phrase("it names folders and files, for example 'samling-3'", nb: "den gir navn til mapper og filer, for eksempel «samling-3»"))
        }
        guard let titleField = fields["title"] else {
            throw .error(at: startOfFrontMatter, Phrase("the front matter has no 'title'", nb: "front matter har ingen «title»"), hint: Phrase("add a line like 'title: Samling 3 – Utføre og evaluere'", nb: "legg til en linje som «title: Samling 3 – Utføre og evaluere»"))
        }
        let title = try titleField.value.string(Phrase("the title", nb: "tittelen"))

        let version = try fields["version"].map { field throws(Diagnostic) in try field.value.integer(Phrase("the version", nb: "versjonen"), in: 1...1_000_000) } ?? 1
        let language = try fields["language"].map { field throws(Diagnostic) in try field.value.oneOf(Phrase("the language", nb: "språket"), Language.self) }
        let gathering = try fields["gathering"].map { field throws(Diagnostic) in try field.value.integer(Phrase("the gathering", nb: "samlingen"), in: 1...99) }
        let phase = try fields["phase"].map { field throws(Diagnostic) in try field.value.integer(Phrase("the phase", nb: "fasen"), in: 1...5) }
        let parameters = try fields["params"].map { field throws(Diagnostic) in try readParameters(field.value) } ?? []
        let dataSource = try fields["data"].map { field throws(Diagnostic) in try DataSourceSpec.read(field.value) }
        let teams = try fields["teams"].map { field throws(Diagnostic) in try TeamsSpec.read(field.value) }
        return FrontMatter(
            id: id, title: title, version: version, language: language, gathering: gathering, phase: phase,
            parameters: parameters, parametersLocation: fields["params"]?.keyLocation ?? startOfFrontMatter,
            versionLocation: fields["version"]?.value.location, dataSource: dataSource, teams: teams, bodyStartIndex: closing + 1)
    }

    static func readParameters(_ node: YAMLNode) throws(Diagnostic) -> [ParameterSpec] {
        var parameters: [ParameterSpec] = []
        for (name, keyLocation, value) in try node.mapping(Phrase("params", nb: "«params»")) {
            guard Identifiers.isIdentifier(name) else {
                throw .error(
                    at: keyLocation, Phrase("the parameter name '\(name)' may only hold letters, digits and '_'", nb: "parameternavnet «\(name)» kan bare inneholde bokstaver, sifre og «_»"),
                    hint: Phrase("SQL refers to it as ':\(name)', so it must be one word", nb: "SQL viser til det som «:\(name)», så det må være ett ord"))
            }
            var type: ParameterSpec.Kind?
            var defaultValue: String?
            var description: String?
            var defaultLocation = value.location
            if case .mapping = value.node {
                let fields = try value.fields(Phrase("the parameter '\(name)'", nb: "parameteren «\(name)»"), known: ["type", "default", "description"])
                type = try fields["type"].map { field throws(Diagnostic) in try field.value.oneOf(Phrase("the type of '\(name)'", nb: "typen til «\(name)»"), ParameterSpec.Kind.self) }
                if let field = fields["default"], !field.value.isNull {
                    defaultValue = try field.value.string(Phrase("the default of '\(name)'", nb: "standardverdien til «\(name)»"))
                    defaultLocation = field.value.location
                }
                description = try fields["description"].map { field throws(Diagnostic) in try field.value.string(Phrase("the description of '\(name)'", nb: "beskrivelsen av «\(name)»")) }
            } else if !value.isNull {
                defaultValue = try value.string(Phrase("the parameter '\(name)'", nb: "parameteren «\(name)»"))
            }
            let kind = type ?? (name == "team" ? .team : defaultValue.map(ParameterSpec.Kind.inferred(from:)) ?? .text)
            if let defaultValue, kind != .team {
                do throws(ParameterValueError) {
                    _ = try ParameterValues.value(defaultValue, as: kind)
                } catch {
                    throw .error(at: defaultLocation, Phrase("the default of '\(name)' \(error.message)", nb: "standardverdien til «\(name)» \(error.phrase.nb)"))
                }
            }
            if kind == .team, parameters.contains(where: { $0.type == .team }) {
                throw .error(at: keyLocation, Phrase("only one parameter can choose the team", nb: "bare én parameter kan velge teamet"), hint: Phrase("give '\(name)' another type, such as 'text'", nb: "gi «\(name)» en annen type, for eksempel «text»"))
            }
            parameters.append(ParameterSpec(name: name, type: kind, defaultValue: defaultValue, description: description, location: keyLocation))
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
        let text = try node.string(Phrase("the data source", nb: "datakilden")).trimmingCharacters(in: .whitespaces)
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
            let fields = try node.fields(Phrase("teams", nb: "«teams»"), known: ["table", "query"])
            if let query = fields["query"] {
                return TeamsSpec(query: try query.value.string(Phrase("the teams query", nb: "teamspørringen")), location: query.value.location)
            }
            if let table = fields["table"] {
                return try fromTable(table.value)
            }
            throw .error(at: node.location, Phrase("teams needs a 'table' or a 'query'", nb: "teams trenger en «table» eller en «query»"), hint: Phrase("for example 'teams: { table: teams }'", nb: "for eksempel «teams: { table: teams }»"))
        }
        return try fromTable(node)
    }

    private static func fromTable(_ node: YAMLNode) throws(Diagnostic) -> TeamsSpec {
        let table = try node.string(Phrase("the teams table", nb: "teamtabellen"))
        guard Identifiers.isIdentifier(table) else {
            throw .error(at: node.location, Phrase("'\(table)' is not a table name", nb: "«\(table)» er ikke et tabellnavn"), hint: Phrase("write a query instead: 'teams: { query: SELECT id, name FROM … }'", nb: "skriv en spørring i stedet: «teams: { query: SELECT id, name FROM … }»"))
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
                        at: location, Phrase("the \(kind) cell opened here is never closed", nb: "\(kind)-cellen som åpnes her, blir aldri lukket"),
                        hint: Phrase("add a line with \(String(repeating: String(fence.character), count: fence.length)) after the cell", nb: "legg til en linje med \(String(repeating: String(fence.character), count: fence.length)) etter cellen"))
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

    private mutating func appendCell(kind: String, words: [String], body: CellBody, location: SourceLocation) throws(Diagnostic) {
        switch kind {
        case "sql":
            guard words.count > 1 else {
                throw .error(
                    at: location, Phrase("this query cell has options but no name", nb: "denne spørringscellen har innstillinger, men ikke noe navn"),
                    hint: Phrase("name it on the fence line, for example ```sql fall; the name is how the narrative refers to its result", nb: "gi den et navn på gjerdelinjen, for eksempel ```sql fall; navnet er slik teksten viser til resultatet"))
            }
            let name = words[1]
            try checkName(name, kind: "query", location: location.advanced(byColumns: 7))
            if let first = queryNames[name] {
                throw .error(at: location, Phrase("a query named '\(name)' already stands at line \(first.line)", nb: "en spørring med navnet «\(name)» står allerede på linje \(first.line)"), hint: Phrase("give each query its own name", nb: "gi hver spørring sitt eget navn"))
            }
            if let parameter = parameters.first(where: { $0.name == name }) {
                throw .error(
                    at: location, Phrase("the query '\(name)' has the same name as a parameter (line \(parameter.location.line))", nb: "spørringen «\(name)» har samme navn som en parameter (linje \(parameter.location.line))"),
                    hint: Phrase("rename one of them so that {{ \(name) }} means one thing", nb: "gi en av dem nytt navn, så {{ \(name) }} betyr én ting"))
            }
            queryNames[name] = location
            blocks.append(.query(try QueryCellParser(body: body, name: name, location: location, parameters: parameters).parse()))
        case "prompt":
            guard words.count > 1 else {
                throw .error(at: location, Phrase("this prompt has no id", nb: "dette spørsmålet har ingen id"), hint: Phrase("write it on the fence line, for example ```prompt egen-refleksjon", nb: "skriv den på gjerdelinjen, for eksempel ```prompt egen-refleksjon"))
            }
            let id = words[1]
            try checkName(id, kind: "prompt", location: location.advanced(byColumns: 10))
            if let first = promptIds[id] {
                throw .error(at: location, Phrase("a prompt with id '\(id)' already stands at line \(first.line)", nb: "et spørsmål med id-en «\(id)» står allerede på linje \(first.line)"), hint: Phrase("give each prompt its own id; answers are filed under it", nb: "gi hvert spørsmål sin egen id; svarene arkiveres under den"))
            }
            promptIds[id] = location
            // An empty cell names a prompt of the library, whose wording the run fills in.
            blocks.append(.prompt(body.isBlank ? PromptCell(id: id, question: "", help: nil, fromLibrary: true, location: location) : try body.prompt(id: id, location: location)))
        case "worksheet":
            guard words.count > 1 else {
                throw .error(at: location, Phrase("this worksheet cell does not say which set it shows", nb: "denne arbeidsarkcellen sier ikke hvilket sett den viser"), hint: Phrase("write the set's id on the fence line, for example ```worksheet veiledning.fase2; 'tavle prompts' lists them", nb: "skriv settets id på gjerdelinjen, for eksempel ```worksheet veiledning.fase2; 'tavle prompts' lister dem"))
            }
            guard words.count == 2 else {
                throw .error(at: location.advanced(byColumns: 14 + words[1].count), Phrase("a worksheet cell shows one set", nb: "en arbeidsarkcelle viser ett sett"), hint: Phrase("write one set per cell", nb: "skriv ett sett per celle"))
            }
            guard body.isBlank else {
                throw .error(
                    at: location, Phrase("a worksheet cell shows the library's set '\(words[1])' and holds nothing itself", nb: "en arbeidsarkcelle viser bibliotekets sett «\(words[1])» og inneholder ingenting selv"),
                    hint: Phrase("leave the cell empty; to change its wording, add a file to the workspace's prompts/ folder", nb: "la cellen stå tom; for å endre ordlyden, legg en fil i arbeidsområdets prompts/-mappe"))
            }
            try checkName(words[1], kind: "worksheet", location: location.advanced(byColumns: 13))
            blocks.append(.worksheet(WorksheetCell(setID: words[1], location: location)))
        case "form":
            guard words.count > 1 else {
                throw .error(at: location, Phrase("this form has no id", nb: "dette skjemaet har ingen id"), hint: Phrase("write it on the fence line, for example ```form takster; 'tavle import' names the form by it", nb: "skriv den på gjerdelinjen, for eksempel ```form takster; 'tavle import' kjenner skjemaet ved den"))
            }
            let id = words[1]
            try checkName(id, kind: "form", location: location.advanced(byColumns: 8))
            if let first = formIDs[id] {
                throw .error(at: location, Phrase("a form with id '\(id)' already stands at line \(first.line)", nb: "et skjema med id-en «\(id)» står allerede på linje \(first.line)"), hint: Phrase("give each form its own id", nb: "gi hvert skjema sin egen id"))
            }
            formIDs[id] = location
            blocks.append(.form(try FormCellParser(body: body, id: id, location: location, parameters: parameters).parse()))
        case _ where JournalSection.Kind(rawValue: kind) != nil:
            guard body.isBlank else {
                throw .error(
                    at: location, Phrase("a \(kind) cell shows the team's journal and holds nothing itself", nb: "en \(kind)-celle viser teamets journal og inneholder ingenting selv"),
                    hint: Phrase("leave the cell empty; write the \(kind) in journals/<team>.yaml", nb: "la cellen stå tom; skriv \(kind) i journals/<team>.yaml"))
            }
            blocks.append(.journal(JournalSection(kind: JournalSection.Kind(rawValue: kind)!, location: location)))
        default:
            throw .error(
                at: location, Phrase("'\(kind)' cells are not supported by this version of tavle", nb: "«\(kind)»-celler støttes ikke av denne versjonen av tavle"),
                hint: Phrase("remove the cell or show it as ordinary code with another fence label; supported cells: sql NAME, prompt ID, worksheet SET, form ID, goals, pdsa, decisions", nb: "fjern cellen, eller vis den som vanlig kode med en annen merkelapp på gjerdet; støttede celler: sql NAVN, prompt ID, worksheet SETT, form ID, goals, pdsa, decisions"))
        }
    }

    private func checkName(_ name: String, kind: String, location: SourceLocation) throws(Diagnostic) {
        let valid = kind == "query" ? Identifiers.isIdentifier(name) : Identifiers.isSlug(name)
        guard valid else {
            let allowed = kind == "query"
                ? Phrase("letters, digits and '_'", nb: "bokstaver, sifre og «_»")
                : Phrase("letters, digits, '-', '_' and '.'", nb: "bokstaver, sifre, «-», «_» og «.»")
            throw .error(at: location, Phrase("the \(kind) name '\(name)' may only hold \(allowed)", nb: "navnet «\(name)» kan bare inneholde \(allowed.nb)"))
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
            for piece in try InlineExpressionScanner.split(line: line, location: SourceLocation(file: file, line: number, column: 1)) {
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
        let isBlank = segments.allSatisfy { if case .markdown(let text) = $0 { text.allSatisfy(\.isWhitespace) } else { false } }
        if !isBlank {
            blocks.append(.narrative(Narrative(segments: segments, location: SourceLocation(file: file, line: first.number, column: 1))))
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
            throw .error(at: location, Phrase("the prompt '\(id)' has no question", nb: "spørsmålet «\(id)» har ingen spørsmålstekst"), hint: Phrase("write the question on the lines inside the cell", nb: "skriv spørsmålet på linjene inne i cellen"))
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
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
