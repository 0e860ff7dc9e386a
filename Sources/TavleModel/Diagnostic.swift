/// What went wrong, where, and how to fix it: the one error type users see.
///
/// Every failure a person can cause (a typo in a notebook, an unknown team, a query that
/// writes) becomes a `Diagnostic` with the place in their file and a hint in plain words, in
/// English and Norwegian; the command line prints it in the reader's language.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var phrase: Phrase
    /// How to fix it, when there is something useful to say.
    public var hintPhrase: Phrase?
    /// Further problems found in the same pass (all the bad rows of an import file), so that
    /// a person can mend them in one go rather than one run at a time.
    public var related: [Diagnostic] = []

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: Phrase, hint: Phrase? = nil) {
        self.severity = severity
        self.location = location
        self.phrase = message
        self.hintPhrase = hint
    }

    public static func error(at location: SourceLocation?, _ message: Phrase, hint: Phrase? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation?, _ message: Phrase, hint: Phrase? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// The message in English.
    public var message: String { phrase.en }
    /// The hint in English.
    public var hint: String? { hintPhrase?.en }

    /// `file:line:col: error: message`, then the hint indented on its own line, in English.
    public var description: String { text(in: .en) }

    /// As compilers print it, so that editors and terminals can jump to the place; the words
    /// `error`, `warning` and `hint` in the reader's language too.
    public func text(in language: Language) -> String {
        let severityWord: Phrase =
            switch severity {
            case .error: Phrase("error")
            case .warning: Phrase("warning")
            }
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severityWord.text(in: language)): \(phrase.text(in: language))"
        if let hintPhrase { text += "\n  \(Phrase("hint").text(in: language)): \(hintPhrase.text(in: language))" }
        for other in related { text += "\n" + other.text(in: language) }
        return text
    }
}
