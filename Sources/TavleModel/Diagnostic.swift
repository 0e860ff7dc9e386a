/// What went wrong, where, and how to fix it: the one error type users see.
///
/// Every failure a person can cause (a typo in a notebook, an unknown team, a query that
/// writes) becomes a `Diagnostic` with the place in their file and a hint in plain words.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?
    /// Further problems found in the same pass (all the bad rows of an import file), so that
    /// a person can mend them in one go rather than one run at a time.
    public var related: [Diagnostic] = []

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// `file:line:col: error: message`, then the hint indented on its own line.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        for other in related { text += "\n" + other.description }
        return text
    }
}
