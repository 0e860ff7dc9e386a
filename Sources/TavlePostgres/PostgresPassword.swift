import Foundation
import TavleModel

/// Finds the password for a PostgreSQL address as libpq does: `PGPASSWORD`, else the first
/// matching line of the password file (`PGPASSFILE`, else `~/.pgpass`), whose lines read
/// `host:port:database:user:password` with `*` for any value and `\:` for a colon. A password
/// file that others may read is ignored, as libpq ignores it.
public enum PostgresPassword {
    public struct Lookup: Sendable {
        public var password: String?
        /// Why the password file was not used, when it was there but could not be.
        public var fileIgnored: Phrase?
    }

    public static func lookup(
        for address: PostgresAddress, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Lookup {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return Lookup(password: password) }
        let path =
            environment["PGPASSFILE"] ?? (environment["HOME"].map { "\($0)/.pgpass" } ?? NSHomeDirectory() + "/.pgpass")
        guard FileManager.default.fileExists(atPath: path) else { return Lookup(password: nil) }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 != 0
        {
            return Lookup(
                password: nil,
                fileIgnored: Phrase(
                    "\(path) was not read because others may read it; make it private with: chmod 600 \(path)"))
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Lookup(password: nil) }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [address.host, String(address.port), address.database, address.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
                return Lookup(password: fields[4])
            }
        }
        return Lookup(password: nil)
    }

    /// The fields of a password-file line; `\:` and `\\` stand for themselves.
    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
