/// Where a notebook's data comes from.
public enum DataSourceSpec: Sendable, Hashable {
    /// An existing SQLite database, opened read-only.
    case sqliteFile(path: String)
    /// A folder of `.sql` scripts and `.csv` tables, built into a cached SQLite database.
    case textFolder(path: String)
    /// `csv:FOLDER`: every `.csv` file a table, its column types read from its values, loaded
    /// into an in-memory SQLite database for each run.
    case csvFolder(path: String)
    /// `postgres://user@host:port/database`: a PostgreSQL server, read in read-only
    /// transactions. The password never stands here; it comes from PGPASSWORD or ~/.pgpass.
    case postgres(PostgresAddress)
}

/// Where a PostgreSQL database is, without its password.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Plain TCP: for a server on this machine or behind a tunnel.
        case disable
        /// TLS when the server offers it, as libpq does by default.
        case prefer
        /// TLS or no connection; the certificate is checked only when a root certificate is
        /// given (`~/.postgresql/root.crt` or `PGSSLROOTCERT`), as libpq does.
        case require
        /// TLS with the server's certificate checked against the root certificate.
        case verifyCA = "verify-ca"
        /// TLS with the certificate checked, and the host name against it.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var tls: TLSMode

    public init(host: String, port: Int, user: String, database: String, tls: TLSMode) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.tls = tls
    }

    /// `postgres://user@host:port/database`, as messages name it: never with a password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}

/// How to list the teams a notebook can be run for.
public struct TeamsSpec: Sendable, Hashable {
    /// A query returning at least `id` and `name` (and optionally `municipality` and more).
    public var query: String
    public var location: SourceLocation

    public init(query: String, location: SourceLocation) {
        self.query = query
        self.location = location
    }
}

/// `tavle.yaml`: the settings shared by every notebook in a workspace.
public struct Workspace: Sendable, Hashable {
    /// The folder that holds `tavle.yaml`; relative paths in it count from here.
    public var root: String
    public var configFile: String
    public var name: String?
    public var language: Language
    public var dataSource: DataSourceSpec
    public var dataSourceLocation: SourceLocation
    public var teams: TeamsSpec
    /// The report folder, absolute.
    public var output: String
    /// Counts below this are shown as "<N" and not plotted, so that no person can be recognised.
    public var minimumCount: Int
    /// How long one query may run before it is interrupted.
    public var queryTimeLimit: Double
    /// Who the report repository's commits are made by, unless TAVLE_AUTHOR_NAME says otherwise.
    public var author: Author?
    /// Where `tavle push` sends the report repository: a URL, or an absolute path.
    public var remote: String?
    /// Where a folder of text data is built into SQLite: the workspace's own `.tavle-cache`
    /// unless set (`tavle verify` sets a temporary one, so that it writes nothing into the
    /// workspace it checks).
    public var cacheFolder: String?

    public init(
        root: String, configFile: String, name: String?, language: Language, dataSource: DataSourceSpec,
        dataSourceLocation: SourceLocation, teams: TeamsSpec, output: String, minimumCount: Int,
        queryTimeLimit: Double, author: Author? = nil, remote: String? = nil
    ) {
        self.root = root
        self.configFile = configFile
        self.name = name
        self.language = language
        self.dataSource = dataSource
        self.dataSourceLocation = dataSourceLocation
        self.teams = teams
        self.output = output
        self.minimumCount = minimumCount
        self.queryTimeLimit = queryTimeLimit
        self.author = author
        self.remote = remote
    }
}

/// Where a report repository is pushed.
public enum RemoteAddress {
    /// `scheme://…`, or git's `user@host:path`; anything else is a path (or a remote's name).
    public static func isURL(_ remote: String) -> Bool {
        let beforeSlash = remote.split(separator: "/", maxSplits: 1).first ?? ""
        return remote.contains("://") || (beforeSlash.contains(":") && beforeSlash.contains("@"))
    }
}

/// A person or group as git records them.
public struct Author: Sendable, Hashable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

public struct Team: Sendable, Hashable {
    public var id: Value
    public var name: String
    public var municipality: String?
    /// Every column the teams query returned, for `{{ team.column }}`.
    public var fields: [String: Value]

    public init(id: Value, name: String, municipality: String?, fields: [String: Value]) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.fields = fields
    }

    /// The id as it is typed on the command line and used in folder names.
    public var key: String { id.plainText }
}

/// What a query returned.
public struct QueryResult: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.lowercased() == name.lowercased() }
    }

    /// Whether a column holds numbers: every value a number or empty, and at least one a
    /// number. Tables right-align such columns, in HTML and Markdown alike.
    public func isNumeric(column index: Int) -> Bool {
        rows.allSatisfy { $0[index].isNull || $0[index].number != nil } && rows.contains { !$0[index].isNull }
    }
}
