/// One language's translations of the English sentences Tavle writes, read from a gettext PO
/// file (`Catalogs/<language>.po`, built into the program by `scripts/catalogs.py embed`).
///
/// PO is what translators' tools (Poedit, Weblate, Lokalize) edit, so a translator never has to
/// read Swift. Only what Tavle needs of it is read: `msgctxt`, `msgid`, `msgstr`, strings
/// continued over several lines, `#` comments, and `#, fuzzy` (a guess awaiting review, left out
/// as gettext does). The header's `X-Tavle-…` fields say how the language writes numbers and dates.
public struct Catalog: Sendable {
    public struct Key: Hashable, Sendable {
        public var context: String?
        public var id: String
    }

    public struct Entry: Sendable, Equatable {
        public var context: String?
        public var id: String
        public var text: String
        /// The line of its `msgid`, for the catalog tests' messages.
        public var line: Int
    }

    /// Every translated entry in file order (the header and untranslated entries left out).
    public let entries: [Entry]
    /// The header's fields (`Language`, `X-Tavle-Decimal-Mark`, …).
    public let header: [String: String]
    /// How the language writes numbers and dates, from the header and the month names.
    public let conventions: WritingConventions
    private let translations: [Key: String]

    public func translation(of id: String, context: String?) -> String? {
        translations[Key(context: context, id: id)]
    }

    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var line: Int
        public var problem: String
        public var description: String { "line \(line): \(problem)" }
    }

    public init(parsing text: String) throws(ReadError) {
        var entries: [Entry] = []
        var header: [String: String] = [:]
        var field: WritableKeyPath<PendingEntry, String?>?
        var pending = PendingEntry()

        func finish() {
            defer {
                pending = PendingEntry()
                field = nil
            }
            guard let id = pending.id else { return }
            if id.isEmpty {
                for line in (pending.text ?? "").split(separator: "\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    header[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingLeadingSpaces()
                }
            } else if let text = pending.text, !text.isEmpty, !pending.fuzzy {
                entries.append(Entry(context: pending.context, id: id, text: text, line: pending.line))
            }
        }

        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                finish()
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("#,"), line.contains("fuzzy") { pending.fuzzy = true }
                continue
            }
            if line.hasPrefix("\"") {
                guard let field else { throw ReadError(line: lineNumber, problem: "a continued string with nothing before it") }
                pending[keyPath: field] = (pending[keyPath: field] ?? "") + (try Self.unquote(line, line: lineNumber))
                continue
            }
            let keyword = line.prefix { $0 != " " }
            let rest = line.dropFirst(keyword.count).drop { $0 == " " }
            let value = try Self.unquote(rest, line: lineNumber)
            switch keyword {
            case "msgctxt":
                if pending.id != nil { finish() }
                pending.context = value
                field = \.context
            case "msgid":
                if pending.id != nil { finish() }
                pending.id = value
                pending.line = lineNumber
                field = \.id
            case "msgstr":
                guard pending.id != nil else { throw ReadError(line: lineNumber, problem: "msgstr without a msgid") }
                pending.text = value
                field = \.text
            default:
                throw ReadError(line: lineNumber, problem: "'\(keyword)' is not a PO keyword Tavle reads (msgctxt, msgid, msgstr)")
            }
        }
        finish()
        var translations: [Key: String] = [:]
        for entry in entries {
            let key = Key(context: entry.context, id: entry.id)
            if translations[key] != nil {
                throw ReadError(line: entry.line, problem: "the msgid '\(entry.id)' appears twice\(entry.context.map { " with the context '\($0)'" } ?? "")")
            }
            translations[key] = entry.text
        }
        self.entries = entries
        self.header = header
        self.translations = translations
        conventions = WritingConventions(header: header) { id, context in translations[Key(context: context, id: id)] }
    }

    private struct PendingEntry {
        var context: String?
        var id: String?
        var text: String?
        var fuzzy = false
        var line = 0
    }

    /// A PO string: `"…"` with `\n`, `\t`, `\"` and `\\` escapes.
    static func unquote(_ text: Substring, line: Int) throws(ReadError) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else {
            throw ReadError(line: line, problem: "expected a string in double quotes")
        }
        var result = ""
        var characters = text.dropFirst().dropLast().makeIterator()
        while let character = characters.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch characters.next() {
            case "n": result += "\n"
            case "t": result += "\t"
            case "\"": result += "\""
            case "\\": result += "\\"
            case let other: throw ReadError(line: line, problem: "the escape '\\\(other.map(String.init) ?? "")' is not one Tavle reads")
            }
        }
        return result
    }

    /// The catalog built into the program for `language`; `nil` for English, the language the
    /// code is written in.
    public static func of(_ language: Language) -> Catalog? {
        builtIn[language]
    }

    /// Read once, when a phrase is first read in another language than English. A catalog that
    /// does not parse is a build mistake the catalog tests catch, so it stops the program here
    /// rather than quietly showing English.
    static let builtIn: [Language: Catalog] = {
        var catalogs: [Language: Catalog] = [:]
        for language in Language.allCases {
            guard let text = EmbeddedCatalogs.texts[language.rawValue] else { continue }
            do {
                catalogs[language] = try Catalog(parsing: text)
            } catch {
                fatalError("Catalogs/\(language.rawValue).po, \(error)")
            }
        }
        return catalogs
    }()
}

extension StringProtocol {
    fileprivate func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " })
    }
}
