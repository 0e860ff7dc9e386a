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
        // Lines are found in the UTF-8 bytes: splitting a long text into characters first
        // would cost more than reading it.
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            if line.allSatisfy({ $0 == space || $0 == tab }) {
                finish()
                continue
            }
            switch line.first {
            case UInt8(ascii: "#"):
                if line.starts(with: "#,".utf8), Substring(line).contains("fuzzy") { pending.fuzzy = true }
                continue
            case UInt8(ascii: "\""):
                guard let field else {
                    throw ReadError(line: lineNumber, problem: "a continued string with nothing before it")
                }
                pending[keyPath: field] = (pending[keyPath: field] ?? "") + (try Self.unquote(line, line: lineNumber))
                continue
            default:
                break
            }
            let keywordBytes = line.prefix { $0 != space }
            let value = try Self.unquote(line.dropFirst(keywordBytes.count).drop { $0 == space }, line: lineNumber)
            let keyword = Substring(keywordBytes)
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
                throw ReadError(
                    line: lineNumber, problem: "'\(keyword)' is not a PO keyword Tavle reads (msgctxt, msgid, msgstr)")
            }
        }
        finish()
        var translations: [Key: String] = [:]
        for entry in entries {
            let key = Key(context: entry.context, id: entry.id)
            if translations[key] != nil {
                throw ReadError(
                    line: entry.line,
                    problem:
                        "the msgid '\(entry.id)' appears twice\(entry.context.map { " with the context '\($0)'" } ?? "")"
                )
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

    /// A PO string: `"…"` with `\n`, `\t`, `\"` and `\\` escapes. Read as UTF-8 bytes, since every
    /// character that matters here is ASCII and a catalog has thousands of them.
    static func unquote(_ bytes: Substring.UTF8View, line: Int) throws(ReadError) -> String {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        guard bytes.count >= 2, bytes.first == quote, bytes.last == quote else {
            throw ReadError(line: line, problem: "expected a string in double quotes")
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var iterator = bytes.dropFirst().dropLast().makeIterator()
        while let byte = iterator.next() {
            guard byte == backslash else {
                result.append(byte)
                continue
            }
            switch iterator.next() {
            case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
            case quote: result.append(quote)
            case backslash: result.append(backslash)
            case let other:
                throw ReadError(
                    line: line,
                    problem:
                        "the escape '\\\(other.map { String(decoding: [$0], as: UTF8.self) } ?? "")' is not one Tavle reads"
                )
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The catalog built into the program for `language`; `nil` for English, the language the
    /// code is written in. Each is read the first time a phrase is read in its language, and
    /// only then: a Norwegian run never reads the Swedish catalog.
    public static func of(_ language: Language) -> Catalog? {
        switch language {
        case .nb: norwegian
        case .sv: swedish
        case .da: danish
        case .en: nil
        }
    }

    static let norwegian = builtIn(.nb)
    static let swedish = builtIn(.sv)
    static let danish = builtIn(.da)

    /// A catalog that does not parse is a build mistake the catalog tests catch, so it stops
    /// the program here rather than quietly showing English.
    private static func builtIn(_ language: Language) -> Catalog? {
        guard let text = EmbeddedCatalogs.texts[language.rawValue] else { return nil }
        do {
            return try Catalog(parsing: text)
        } catch {
            fatalError("Catalogs/\(language.rawValue).po, \(error)")
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " })
    }
}
