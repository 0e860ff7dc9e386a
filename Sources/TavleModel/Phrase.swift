/// Words for people, in the language they read: an error, a hint, a heading, a line of a report.
///
/// A phrase is written in English where it is made, `Phrase("the goal '\(id)' has no target")`,
/// and read in any language through the catalogs (`Catalogs/*.po`): the English sentence, with
/// `{1}`, `{2}`… where the code puts a value, is the key a translator translates. A value that is
/// itself a phrase (`Phrase("\(what) is empty")`) is translated too, into the same language, so
/// sentences can be built from parts. English needs no catalog; a sentence a catalog lacks is
/// shown in English, and the catalog tests fail until every catalog has it.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    indirect enum Content: Sendable, Hashable {
        /// A sentence looked up in the catalogs.
        case message(key: String, context: String?, arguments: [Phrase])
        /// Text that reads the same in every language: a name, a path, a number.
        case verbatim(String)
        /// Phrases read one after the other, each in the reader's language.
        case joined([Phrase], separator: Phrase?)
        /// A number with the reader's decimal mark: shortest (`nil`) or with fixed decimals.
        case number(Double, decimals: Int?)
    }

    let content: Content

    public init(_ template: Template) {
        content = .message(key: template.key, context: nil, arguments: template.arguments)
    }

    /// A sentence whose English reads the same as another that is translated differently: the
    /// context (for example "yaml key" for a key's name) tells the two apart in the catalogs.
    public init(_ template: Template, context: String) {
        content = .message(key: template.key, context: context, arguments: template.arguments)
    }

    /// Words that read the same in every language: a name, a path, a number, a program's own
    /// message.
    public init(verbatim text: String) {
        content = .verbatim(text)
    }

    init(content: Content) {
        self.content = content
    }

    public func text(in language: Language) -> String {
        switch content {
        case .verbatim(let text):
            return text
        case .joined(let parts, let separator):
            let between = separator?.text(in: language) ?? ""
            return parts.map { $0.text(in: language) }.joined(separator: between)
        case .number(let value, let decimals):
            return decimals.map { DecimalText.fixed(value, decimals: $0, in: language) }
                ?? DecimalText.plain(value, in: language)
        case .message(let key, let context, let arguments):
            let template = Catalog.of(language)?.translation(of: key, context: context) ?? key
            return Self.fill(template, with: arguments, in: language)
        }
    }

    /// Puts each argument, in `language`, where its `{n}` stands. Braces that do not hold a
    /// placeholder number (`'{{' is not closed`) are left as they are.
    static func fill(_ template: String, with arguments: [Phrase], in language: Language) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            let digits = rest[afterOpen...].prefix { $0.isASCII && $0.isNumber }
            let close = digits.endIndex
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let number = Int(digits),
                (1...arguments.count).contains(number)
            {
                result += arguments[number - 1].text(in: language)
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// English, for logs and for tests that read what an English reader sees.
    public var en: String { text(in: .en) }

    public var description: String { en }

    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        Phrase(content: .joined([lhs, rhs], separator: nil))
    }

    /// The phrases one after another with `separator` between them ("a, b, c").
    public static func list(_ parts: [Phrase], separator: Phrase = Phrase(verbatim: ", ")) -> Phrase {
        Phrase(content: .joined(parts, separator: separator))
    }

    /// A name or value in the reader's quotation marks: 'x' in English, «x» in Norwegian.
    public static func quoted(_ text: String) -> Phrase {
        Phrase("'\(text)'")
    }

    /// Names in quotation marks, separated by commas: 'a', 'b', 'c'.
    public static func quotedList(_ names: some Sequence<String>, separator: Phrase = Phrase(verbatim: ", ")) -> Phrase
    {
        list(names.map(quoted), separator: separator)
    }

    /// A number as the reader writes it, "2,5" or "2.5": the shortest that reads back as `value`,
    /// or with a fixed number of decimals (for durations).
    public static func number(_ value: Double, decimals: Int? = nil) -> Phrase {
        Phrase(content: .number(value, decimals: decimals))
    }

    /// The sentence for one thing or for several (or none), chosen by `count`: every language
    /// Tavle speaks has these two forms.
    public static func count(_ count: Int, one: Phrase, other: Phrase) -> Phrase {
        count == 1 ? one : other
    }
}

extension Phrase {
    /// The English sentence as the code writes it, split into the catalog key (with `{1}`, `{2}`…
    /// for the values) and the values themselves.
    public struct Template: ExpressibleByStringInterpolation, Sendable {
        public let key: String
        public let arguments: [Phrase]

        public init(stringLiteral value: String) {
            key = value
            arguments = []
        }

        public init(stringInterpolation: Interpolation) {
            key = stringInterpolation.key
            arguments = stringInterpolation.arguments
        }

        public struct Interpolation: StringInterpolationProtocol {
            var key = ""
            var arguments: [Phrase] = []

            public init(literalCapacity: Int, interpolationCount: Int) {
                key.reserveCapacity(literalCapacity + 4 * interpolationCount)
            }

            public mutating func appendLiteral(_ literal: String) {
                key += literal
            }

            /// A phrase inside a phrase is read in the same language as the whole.
            public mutating func appendInterpolation(_ phrase: Phrase) {
                arguments.append(phrase)
                key += "{\(arguments.count)}"
            }

            public mutating func appendInterpolation(_ text: String) {
                appendInterpolation(Phrase(verbatim: text))
            }

            public mutating func appendInterpolation(_ text: Substring) {
                appendInterpolation(Phrase(verbatim: String(text)))
            }

            public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
                appendInterpolation(Phrase(verbatim: value.description))
            }
        }
    }
}
