import CLibGit2
import Foundation

/// A git object id, kept as its hex spelling so it is a plain, hashable value.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    public let hex: String

    init(_ oid: git_oid) {
        var oid = oid
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_tostr(&buffer, 41, &oid)
        hex = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public init?(hex: String) {
        var oid = git_oid()
        guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
        self.hex = hex
    }

    var oid: git_oid {
        var oid = git_oid()
        _ = git_oid_fromstr(&oid, hex)
        return oid
    }

    /// The 20 bytes of the id, as a pack index stores them.
    var bytes: [UInt8] {
        withUnsafeBytes(of: oid.id) { Array($0) }
    }

    public var short: String { String(hex.prefix(7)) }
    public var description: String { hex }
}

/// Who made a commit.
public struct Signature: Sendable, Hashable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

extension ObjectID {
    /// The id git gives these bytes as a blob: `git hash-object` computes the same, so a
    /// manifest's hashes can be checked with git alone.
    public static func blob(hashing data: Data) -> ObjectID {
        _ = LibGit2.ready
        var oid = git_oid()
        _ = data.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        return ObjectID(oid)
    }
}
