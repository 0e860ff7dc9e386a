/// A parameter a notebook declares in its front matter.
public struct ParameterSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A team id from the workspace's teams; set by `--team`.
        case team
        case text
        case integer
        case number
        /// A calendar month, `YYYY-MM`.
        case month
        /// A calendar date, `YYYY-MM-DD`.
        case date
    }

    public var name: String
    public var type: Kind
    /// Spelled as a user would on the command line; checked against `type` when parsed.
    public var defaultValue: String?
    public var description: String?
    public var location: SourceLocation

    public init(name: String, type: Kind, defaultValue: String?, description: String?, location: SourceLocation) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
        self.location = location
    }
}
