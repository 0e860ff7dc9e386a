import CPackSupport
import Dispatch
import Foundation
import TavleConcurrency

/// The git pack format (version 2) as tavle writes it: whole objects, without deltas, and an
/// index; `PackWriter` writes the files.
///
/// libgit2 packs through its pack builder, which always searches for deltas and compresses
/// at zlib's default level on one thread; for a run's hundred reports that took several
/// times longer than everything else in a commit. Here each object is compressed at the
/// fastest level on every core, and the index is written from what is already known
/// (ids, offsets, checksums) instead of having libgit2's indexer inflate and hash every
/// object a second time. The ids come from libgit2 or from `git_odb_hash`; the tests check
/// the result with `git verify-pack` and `git fsck`.
enum PackFile {
    /// The object kinds a pack entry can hold, with git's type numbers.
    enum Kind: UInt8 {
        case commit = 1, tree = 2, blob = 3
    }

    struct Object {
        var id: ObjectID
        var kind: Kind
        var contents: Data
    }

    struct IndexEntry {
        var id: [UInt8]
        var offset: UInt64
        /// CRC-32 of the entry's bytes in the pack (header and zlib stream), which git uses
        /// to check an entry before copying it into another pack unchanged.
        var crc: UInt32
    }

    /// Index format, version 2: the magic bytes ff 74 4f 63 and version 2; a fan-out table
    /// of 256 counts (entry i: how many ids start with a byte <= i); the ids in ascending
    /// order; their CRC-32s; their offsets as 32 bits (an offset of 2 GiB or more is stored
    /// in a following table of 64-bit offsets, and the 32-bit slot holds its position with
    /// the high bit set); the pack's checksum; and the SHA-1 of everything before.
    static func index(_ unsorted: [IndexEntry], packChecksum: Data) -> Data {
        let entries = unsorted.sorted { $0.id.lexicographicallyPrecedes($1.id) }
        var index = Data([0xFF, 0x74, 0x4F, 0x63])
        index.append(bigEndian: 2)
        var counts = [UInt32](repeating: 0, count: 256)
        for entry in entries { counts[Int(entry.id[0])] += 1 }
        var total: UInt32 = 0
        for count in counts {
            total += count
            index.append(bigEndian: total)
        }
        for entry in entries { index.append(contentsOf: entry.id) }
        for entry in entries { index.append(bigEndian: entry.crc) }
        var largeOffsets: [UInt64] = []
        for entry in entries {
            if entry.offset < 0x8000_0000 {
                index.append(bigEndian: UInt32(entry.offset))
            } else {
                index.append(bigEndian: 0x8000_0000 | UInt32(largeOffsets.count))
                largeOffsets.append(entry.offset)
            }
        }
        for offset in largeOffsets { Swift.withUnsafeBytes(of: offset.bigEndian) { index.append(contentsOf: $0) } }
        index.append(packChecksum)
        index.append(sha1(index))
        return index
    }

    /// An entry's header: its kind and uncompressed size, 4 bits of size in the first byte,
    /// then 7 bits per byte, low bits first, the high bit of each byte saying "more follows".
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
        inputs.concurrentMap(deflate)
    }

    static func deflate(_ input: Data) -> Data {
        input.withUnsafeBytes(deflate)
    }

    static func deflate(_ input: UnsafeRawBufferPointer) -> Data {
        var length = compressBound(uLong(input.count))
        var output = Data(count: Int(length))
        let status = output.withUnsafeMutableBytes { target in
            compress2(
                target.baseAddress!.assumingMemoryBound(to: Bytef.self), &length,
                input.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(input.count), Z_BEST_SPEED)
        }
        // compress2 fails only without memory or with a buffer smaller than compressBound.
        precondition(status == Z_OK, "zlib compress2 failed (\(status))")
        output.count = Int(length)
        return output
    }

    static func crc32(_ bytes: Data) -> UInt32 {
        bytes.withUnsafeBytes { buffer in
            UInt32(CPackSupport.crc32(0, buffer.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(buffer.count)))
        }
    }

    static func sha1(_ data: Data) -> Data {
        var digest = Data(count: 20)
        let status = digest.withUnsafeMutableBytes { output in
            data.withUnsafeBytes { input in
                mbedtls_sha1_ret(
                    input.baseAddress?.assumingMemoryBound(to: UInt8.self), input.count,
                    output.baseAddress!.assumingMemoryBound(to: UInt8.self))
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

/// Many small packs slow every object lookup (each pack's index is searched in turn), and
/// tavle writes one pack per run. Packs are therefore merged geometrically, as `git repack
/// --geometric=2` does: whenever a pack is smaller than twice everything smaller than it,
/// it and all smaller packs become one. Entries are copied as they are, with their CRC-32s
/// from the old index, so nothing is inflated or compressed again; a byte of history is
/// copied about log2(runs) times over the life of the repository.
extension PackFile {
    struct StoredPack {
        /// Path without the `.pack` / `.idx` extension.
        var base: String
        var size: Int
    }

    /// Which packs to merge: the smallest ones, up to the last that breaks the progression.
    static func packsToMerge(_ packs: [StoredPack], keepAtMost limit: Int) -> [StoredPack] {
        guard packs.count > limit else { return [] }
        let ascending = packs.sorted { $0.size < $1.size }
        var smaller = 0
        var cut = 0
        for (index, pack) in ascending.enumerated() {
            if index > 0 && pack.size < 2 * smaller { cut = index + 1 }
            smaller += pack.size
        }
        return cut > 1 ? Array(ascending.prefix(cut)) : []
    }

    /// The entries a version 2 index lists, or `nil` when it is not one.
    static func readIndex(_ index: Data) -> [IndexEntry]? {
        let bytes = [UInt8](index)
        guard bytes.count >= 8 + 1024 + 40, bytes[0..<4] == [0xFF, 0x74, 0x4F, 0x63] else { return nil }
        func word(_ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        guard word(4) == 2 else { return nil }
        let count = Int(word(8 + 255 * 4))
        let ids = 8 + 1024, crcs = ids + 20 * count, offsets = crcs + 4 * count, large = offsets + 4 * count
        guard bytes.count >= large + 40 else { return nil }
        var entries: [IndexEntry] = []
        entries.reserveCapacity(count)
        for index in 0..<count {
            var offset = UInt64(word(offsets + 4 * index))
            if offset & 0x8000_0000 != 0 {
                let at = large + 8 * Int(offset & 0x7FFF_FFFF)
                guard bytes.count >= at + 8 else { return nil }
                offset = bytes[at..<at + 8].reduce(0) { $0 << 8 | UInt64($1) }
            }
            entries.append(
                IndexEntry(
                    id: Array(bytes[ids + 20 * index..<ids + 20 * index + 20]), offset: offset,
                    crc: word(crcs + 4 * index)))
        }
        return entries
    }
}
