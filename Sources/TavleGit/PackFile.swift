import CPackSupport
import Dispatch
import Foundation

/// Builds a git pack file (version 2) of whole objects, without deltas.
///
/// libgit2 packs through its pack builder, which always searches for deltas and compresses
/// at zlib's default level on one thread; for a run's hundred reports that took several
/// times longer than everything else in a commit. Here each object is compressed at the
/// fastest level on every core. libgit2's indexer then reads the pack back, checks every
/// object and its id, and writes the index, so a mistake here cannot reach the repository.
enum PackFile {
    /// The object kinds a pack entry can hold, with git's type numbers.
    enum Kind: UInt8 {
        case commit = 1, tree = 2, blob = 3
    }

    struct Object {
        var kind: Kind
        var contents: Data
    }

    /// Format: "PACK", version 2 and the object count (32-bit big-endian each); per object a
    /// header holding its kind and uncompressed size (4 bits of size, then 7 bits per byte,
    /// low bits first, the high bit saying "more follows") and its zlib stream; then the
    /// SHA-1 of everything before.
    static func build(_ objects: [Object]) -> Data {
        var pack = Data("PACK".utf8)
        pack.append(bigEndian: 2)
        pack.append(bigEndian: UInt32(objects.count))
        for (object, compressed) in zip(objects, compressEach(objects.map(\.contents))) {
            pack.append(contentsOf: header(kind: object.kind, size: object.contents.count))
            pack.append(compressed)
        }
        pack.append(sha1(pack))
        return pack
    }

    static func header(kind: Kind, size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var byte = (kind.rawValue << 4) | UInt8(size & 0x0F)
        var rest = size >> 4
        while rest > 0 {
            bytes.append(byte | 0x80)
            byte = UInt8(rest & 0x7F)
            rest >>= 7
        }
        bytes.append(byte)
        return bytes
    }

    /// zlib streams at the fastest level, spread over the machine's cores.
    static func compressEach(_ inputs: [Data]) -> [Data] {
        final class Results: @unchecked Sendable {
            // Each index is written by exactly one iteration, so no two threads share a slot.
            var values: [Data]
            init(count: Int) { values = Array(repeating: Data(), count: count) }
        }
        let results = Results(count: inputs.count)
        results.values.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                slots[index] = deflate(inputs[index])
            }
        }
        return results.values
    }

    static func deflate(_ input: Data) -> Data {
        var length = compressBound(uLong(input.count))
        var output = Data(count: Int(length))
        let status = output.withUnsafeMutableBytes { target in
            input.withUnsafeBytes { source in
                compress2(
                    target.baseAddress!.assumingMemoryBound(to: Bytef.self), &length,
                    source.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(input.count), Z_BEST_SPEED)
            }
        }
        // compress2 fails only without memory or with a buffer smaller than compressBound.
        precondition(status == Z_OK, "zlib compress2 failed (\(status))")
        output.count = Int(length)
        return output
    }

    static func sha1(_ data: Data) -> Data {
        var digest = Data(count: 20)
        let status = digest.withUnsafeMutableBytes { output in
            data.withUnsafeBytes { input in
                mbedtls_sha1_ret(input.baseAddress?.assumingMemoryBound(to: UInt8.self), input.count, output.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
        }
        precondition(status == 0, "mbedtls_sha1_ret failed (\(status))")
        return digest
    }
}

extension Data {
    fileprivate mutating func append(bigEndian value: UInt32) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }
}
