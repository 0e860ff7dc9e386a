import Foundation
import TavleModel

/// Why a parameter's text does not fit its declared type, phrased to follow "the value '…'".
public struct ParameterValueError: Error, Sendable {
    public var phrase: Phrase
    public var message: String { phrase.en }
}

/// Turns parameter text (from the command line or a default) into a typed value for binding.
public enum ParameterValues {
    public static func value(_ text: String, as kind: ParameterSpec.Kind) throws(ParameterValueError) -> Value {
        switch kind {
        case .text, .team:
            return .text(text)
        case .integer:
            guard let value = Int64(text) else {
                throw ParameterValueError(phrase: Phrase("should be a whole number, but it is '\(text)'"))
            }
            return .integer(value)
        case .number:
            guard let value = Double(text), value.isFinite else {
                throw ParameterValueError(phrase: Phrase("should be a number such as 2.5, but it is '\(text)'"))
            }
            return .real(value)
        case .month:
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
                let month = Int(parts[1]),
                year >= 1900, (1...12).contains(month)
            else {
                throw ParameterValueError(
                    phrase: Phrase("should be a month written YYYY-MM, such as 2022-03, but it is '\(text)'"))
            }
            return .text(text)
        case .date:
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                year >= 1900, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
            else {
                throw ParameterValueError(
                    phrase: Phrase("should be a date written YYYY-MM-DD, such as 2022-03-15, but it is '\(text)'"))
            }
            return .text(text)
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Why a `data:` value cannot be used.
public struct DataSourceSpecError: Error, Sendable {
    public var message: Phrase
    public var hint: Phrase?
}

extension DataSourceSpec {
    /// `sqlite:FILE`, a path to a `.sqlite`/`.db` file, or a folder of `.sql` and `.csv` files.
    public static func parse(_ text: String) throws(DataSourceSpecError) -> DataSourceSpec {
        guard !text.isEmpty else {
            throw DataSourceSpecError(
                message: Phrase("the data source is empty"),
                hint: Phrase("name a SQLite file or a folder of .sql and .csv files"))
        }
        if text.hasPrefix("sqlite:") { return .sqliteFile(path: String(text.dropFirst("sqlite:".count))) }
        if text.hasPrefix("csv:") {
            let path = String(text.dropFirst("csv:".count))
            guard !path.isEmpty else {
                throw DataSourceSpecError(
                    message: Phrase("'csv:' names no folder"),
                    hint: Phrase("write the folder after the colon, for example 'data: csv:data/'"))
            }
            return .csvFolder(path: path)
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            return .postgres(try postgresAddress(text))
        }
        let lowered = text.lowercased()
        if [".sqlite", ".sqlite3", ".db"].contains(where: lowered.hasSuffix) { return .sqliteFile(path: text) }
        return .textFolder(path: text)
    }

    /// `postgres://user@host:port/database?sslmode=prefer`. The user defaults to PGUSER (then
    /// USER), the host to localhost, the port to 5432. A password in the address is refused:
    /// tavle.yaml is shared and kept in git.
    public static func postgresAddress(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(DataSourceSpecError) -> PostgresAddress {
        let example = Phrase("write it as postgres://user@host:5432/database")
        guard let components = URLComponents(string: text) else {
            throw DataSourceSpecError(message: Phrase("'\(text)' is not an address tavle can read"), hint: example)
        }
        if components.password != nil {
            throw DataSourceSpecError(
                message: Phrase("the PostgreSQL address holds a password"),
                hint: Phrase(
                    "remove it from tavle.yaml (which is shared and kept in git); give it in PGPASSWORD or in ~/.pgpass instead"
                ))
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw DataSourceSpecError(message: Phrase("the PostgreSQL address names no database"), hint: example)
        }
        guard let user = components.user ?? environment["PGUSER"] ?? environment["USER"], !user.isEmpty else {
            throw DataSourceSpecError(message: Phrase("the PostgreSQL address names no user"), hint: example)
        }
        var tls = PostgresAddress.TLSMode.prefer
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode", let value = item.value, let mode = PostgresAddress.TLSMode(rawValue: value)
            else {
                throw DataSourceSpecError(
                    message: Phrase(
                        "'\(item.name)=\(item.value ?? "")' in the PostgreSQL address is not something tavle knows"),
                    hint: Phrase(
                        "the one setting tavle reads is sslmode=disable, prefer, require, verify-ca or verify-full"))
            }
            tls = mode
        }
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        return PostgresAddress(host: host, port: components.port ?? 5432, user: user, database: database, tls: tls)
    }
}
