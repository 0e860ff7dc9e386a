import CLibGit2
import CPackSupport
import Foundation

/// A git object id, kept as its 20 bytes so that walking thousands of commits compares and
/// hashes ids without spelling them out; `hex` spells it when a person or a file needs it.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    init(_ oid: git_oid) {
        var oid = oid
        (high, middle, low) = withUnsafeBytes(of: &oid.id) { raw in
            (
                UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
            )
        }
    }

    /// From the 20 bytes a pack index stores.
    init(bytes: [UInt8]) {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in raw.copyBytes(from: bytes.prefix(20)) }
        self.init(oid)
    }

    public init?(hex: String) {
        var oid = git_oid()
        guard hex.utf8.count == 40, git_oid_fromstr(&oid, hex) == 0 else { return nil }
        self.init(oid)
    }

    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: middle.bigEndian, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: low.bigEndian, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// The 20 bytes of the id, as a pack index stores them.
    var bytes: [UInt8] {
        var oid = self.oid
        return withUnsafeBytes(of: &oid.id) { Array($0) }
    }

    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(40)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public var short: String { String(hex.prefix(7)) }
    public var description: String { hex }
}

/// Who made a commit.
public struct Signature: Sendable, Hashable {
    public var name: String
    public var email: String
    /// When the commit was made: seconds since 1970 and the offset from UTC in minutes; now when `nil`.
    public var time: When?

    public struct When: Sendable, Hashable {
        public var seconds: Int64
        public var offsetMinutes: Int

        public init(seconds: Int64, offsetMinutes: Int) {
            self.seconds = seconds
            self.offsetMinutes = offsetMinutes
        }
    }

    public init(name: String, email: String, time: When? = nil) {
        self.name = name
        self.email = email
        self.time = time
    }
}

extension ObjectID {
    /// The id git gives these bytes as a blob: `git hash-object` computes the same, so a
    /// manifest's hashes can be checked with git alone.
    public static func blob(hashing data: Data) -> ObjectID {
        data.withUnsafeBytes { blob(hashingBytes: $0) }
    }

    /// SHA-1 of `blob <size>\0` and the bytes, which is what git names a blob by. Computed
    /// with mbed TLS (already loaded with libgit2), so hashing needs no libgit2 state and
    /// cannot fail: with an initialised context, mbed TLS's SHA-1 reports no errors.
    static func blob(hashingBytes bytes: UnsafeRawBufferPointer) -> ObjectID {
        var context = mbedtls_sha1_context()
        mbedtls_sha1_init(&context)
        defer { mbedtls_sha1_free(&context) }
        var status = mbedtls_sha1_starts_ret(&context)
        let header = Array("blob \(bytes.count)\0".utf8)
        status |= header.withUnsafeBufferPointer { mbedtls_sha1_update_ret(&context, $0.baseAddress, $0.count) }
        status |= mbedtls_sha1_update_ret(&context, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
        var digest = [UInt8](repeating: 0, count: 20)
        status |= mbedtls_sha1_finish_ret(&context, &digest)
        precondition(status == 0, "mbed TLS SHA-1 failed (\(status))")
        return ObjectID(bytes: digest)
    }
}
