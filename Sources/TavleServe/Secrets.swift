import CPackSupport
import Foundation

/// Random secrets and their hashes. The random bytes come from the system's generator
/// (`getrandom` on Linux), which is meant for keys; the hash is SHA-256 from mbed TLS, which
/// libgit2 already loads.
enum Secrets {
    /// `bytes` random bytes as URL-safe base64 without padding (32 bytes: 256 bits, 43 characters).
    static func random(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// A short id to name a grant by (`tavle access revoke 3f9c2a1b`): 32 random bits in hex.
    static func shortID() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%08x", UInt32.random(in: 0...UInt32.max, using: &generator))
    }

    static func sha256(_ text: String) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { input in
            mbedtls_sha256_ret(input.baseAddress, input.count, &digest, 0)
        }
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two strings in time that depends only on their lengths, so that a guess does
    /// not learn how many of its first characters were right.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
