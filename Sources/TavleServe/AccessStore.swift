import Foundation
import TavleModel
import TavleParse
import TavleWorkspace

/// Who may sign in to `tavle serve`, and as what.
public enum AccessRole: String, Codable, Sendable, CaseIterable {
    /// One team: its own pages and journal, and the network's figures without other teams' names.
    case team
    /// Everything: every team, the previews, the handouts.
    case facilitator
    /// Reads every team's history and trace, edits nothing.
    case researcher
}

/// One sign-in link handed out. Only the secret's SHA-256 is kept: the link itself is shown
/// once, when it is made, and cannot be read back from the file.
public struct AccessGrant: Codable, Sendable, Equatable {
    public var id: String
    public var role: AccessRole
    /// The team's id, or the person's name.
    public var name: String
    public var created: String
    public var secretHash: String
    /// When the link was revoked; a revoked link signs no one in, and ends its sessions.
    public var revoked: String?

    enum CodingKeys: String, CodingKey {
        case id, role, name, created
        case secretHash = "secret_sha256"
        case revoked
    }
}

/// The workspace's sign-in links: `.tavle-access.json` beside tavle.yaml, readable by its
/// owner only. It is not part of the report repository, and holds no secret.
public struct AccessStore: Sendable {
    public let path: String
    let workspace: Workspace

    public static let fileName = ".tavle-access.json"

    public init(workspace: Workspace) {
        self.workspace = workspace
        path = Files.resolve(Self.fileName, against: workspace.root)
    }

    struct Contents: Codable {
        var grants: [AccessGrant]
    }

    public func grants() throws(Diagnostic) -> [AccessGrant] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        do {
            return try JSONDecoder().decode(Contents.self, from: data).grants
        } catch {
            throw .error(
                at: SourceLocation(file: Files.displayPath(path), line: 1, column: 1),
                Phrase("the list of sign-in links could not be read"),
                hint: Phrase(
                    "it is written by 'tavle access'; restore it from a backup, or remove it and hand out new links"))
        }
    }

    /// Makes a sign-in link: the grant (kept) and its secret (shown once, never stored).
    public func add(role: AccessRole, name: String, now: Date = Date()) throws(Diagnostic) -> (
        grant: AccessGrant, secret: String
    ) {
        try changing { grants throws(Diagnostic) in
            let secret = Secrets.random()
            var id = Secrets.shortID()
            while grants.contains(where: { $0.id == id }) { id = Secrets.shortID() }
            let grant = AccessGrant(
                id: id, role: role, name: name, created: Self.timestamp(now), secretHash: Secrets.sha256(secret),
                revoked: nil)
            grants.append(grant)
            return (grant, secret)
        }
    }

    /// Revokes the link with this id, or every link of this name (a team's id or a person's name).
    public func revoke(_ idOrName: String, now: Date = Date()) throws(Diagnostic) -> [AccessGrant] {
        try changing { grants throws(Diagnostic) in
            let matching = grants.indices.filter {
                grants[$0].revoked == nil && (grants[$0].id == idOrName || grants[$0].name == idOrName)
            }
            guard !matching.isEmpty else {
                let known = Array(Set(grants.filter { $0.revoked == nil }.flatMap { [$0.id, $0.name] })).sorted()
                throw .error(
                    at: nil, Phrase("no sign-in link in use has the id or name '\(idOrName)'"),
                    hint: known.isEmpty
                        ? Phrase("'tavle access list' shows the links; none is in use")
                        : Suggestions.hint(for: idOrName, among: known, noun: Phrase("ids and names")))
            }
            for index in matching { grants[index].revoked = Self.timestamp(now) }
            return matching.map { grants[$0] }
        }
    }

    /// The grant a secret signs in as, when it is one in use.
    func grant(forSecret secret: String, among grants: [AccessGrant]) -> AccessGrant? {
        let hash = Secrets.sha256(secret)
        var found: AccessGrant?
        // Every grant is compared, whatever matched, so the time says nothing of which.
        for grant in grants where Secrets.equal(grant.secretHash, hash) && grant.revoked == nil { found = grant }
        return found
    }

    private func changing<T>(_ change: (inout [AccessGrant]) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        let lock = try WorkspaceLock.acquire(workspace, waiting: nil)
        defer { lock.release() }
        var grants = try grants()
        let result = try change(&grants)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(Contents(grants: grants)) + Data("\n".utf8) } catch {
            throw .error(at: nil, Phrase("the list of sign-in links could not be written"))
        }
        let temporary = path + ".tavle-new"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]),
            rename(temporary, path) == 0
        else {
            unlink(temporary)
            throw .error(
                at: nil, Phrase("'\(Files.displayPath(path))' could not be written"),
                hint: Phrase("check that the workspace folder is writable"))
        }
        return result
    }

    static func timestamp(_ date: Date) -> String {
        Timestamp.iso8601(Int64(date.timeIntervalSince1970), offsetMinutes: 0)
    }
}
