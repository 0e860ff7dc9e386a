import TavleModel

/// One query to run: its SQL, where that SQL stands in the user's file, and what to bind.
public struct QueryRequest: Sendable {
    public var sql: String
    public var sqlLocation: SourceLocation
    /// How messages name it: "the query 'fall'", "the teams query".
    public var label: Phrase
    public var arguments: [String: Value]

    public init(sql: String, sqlLocation: SourceLocation, label: Phrase, arguments: [String: Value] = [:]) {
        self.sql = sql
        self.sqlLocation = sqlLocation
        self.label = label
        self.arguments = arguments
    }
}

/// Where indicator data comes from. Implementations only ever read.
public protocol DataSource: Sendable {
    /// Prepares the query without running it and returns its column names; fails as `run` would
    /// on anything a person can see without data (syntax, unknown tables, writing statements).
    func check(_ request: QueryRequest) throws(Diagnostic) -> [String]
    func run(_ request: QueryRequest) throws(Diagnostic) -> QueryResult
}
