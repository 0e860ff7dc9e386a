import CPackSupport
import Foundation

/// Writes a pack file (see `PackFile`) to disk an object at a time, so that a run of
/// thousands of reports, or the merge of large packs, never holds a pack in memory.
///
/// The pack grows under a temporary name in the repository's pack folder, where neither git
/// nor libgit2 looks. `finish` writes the object count into the header, the checksum at the
/// end and the index beside it, and renames the pack and then the index into place: readers
/// find packs through their indexes, so until that last rename nothing is visible, and a run
/// that fails or is killed leaves at most a `tmp_pack_` file, which `git gc` removes.
///
/// Pack format: "PACK", version 2 and the object count (32-bit big-endian each); per object a
/// header holding its kind and uncompressed size (see `PackFile.header`) and its zlib stream;
/// then the SHA-1 of everything before.
final class PackWriter {
    private let folder: String
    private let temporaryPath: String
    private var descriptor: Int32
    /// Bytes appended but not yet written: one write(2) per megabyte, not per object.
    private var pending: [UInt8] = []
    private var flushedLength: UInt64
    private(set) var entries: [PackFile.IndexEntry] = []
    private var ids = Set<ObjectID>()
    /// The pack and its index are in place; nothing is left to clean up.
    private var installed = false

    private static let flushSize = 1 << 20

    /// Starts an empty pack in `folder` (a repository's `objects/pack/`).
    init(folder: String) throws(GitError) {
        self.folder = folder
        var template = Array((folder + "tmp_pack_XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Self.failure("creating a pack in", folder) }
        temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The count is not known until the end; `finish` writes it over this zero.
        pending = Array("PACK".utf8) + Self.bigEndian(2) + Self.bigEndian(0)
        flushedLength = 0
    }

    deinit { discard() }

    var isEmpty: Bool { entries.isEmpty }

    func contains(_ id: ObjectID) -> Bool { ids.contains(id) }

    /// Appends an object given as its zlib stream; an object already in this pack is skipped.
    func append(id: ObjectID, kind: PackFile.Kind, size: Int, compressed: Data) throws(GitError) {
        guard ids.insert(id).inserted else { return }
        let header = PackFile.header(kind: kind, size: size)
        var crc = header.withUnsafeBytes {
            CPackSupport.crc32(0, $0.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt($0.count))
        }
        crc = compressed.withUnsafeBytes {
            CPackSupport.crc32(crc, $0.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt($0.count))
        }
        entries.append(PackFile.IndexEntry(id: id.bytes, offset: length, crc: UInt32(crc)))
        pending += header
        pending.append(contentsOf: compressed)
        try flushIfFull()
    }

    /// Appends an entry copied unchanged from another pack (header and zlib stream), with
    /// the CRC-32 that pack's index recorded for it.
    func appendCopied(_ entry: UnsafeRawBufferPointer, id: ObjectID, crc: UInt32) throws(GitError) {
        guard ids.insert(id).inserted else { return }
        entries.append(PackFile.IndexEntry(id: id.bytes, offset: length, crc: crc))
        pending.append(contentsOf: entry)
        try flushIfFull()
    }

    /// Completes the pack and its index and moves both into place; returns the pack's name
    /// (the hex SHA-1 git names it by).
    func finish() throws(GitError) -> String {
        try flush()
        var count = UInt32(entries.count).bigEndian
        guard pwrite(descriptor, &count, 4, 8) == 4 else { throw Self.failure("writing", temporaryPath) }
        let checksum = try checksumOfFile()
        pending = [UInt8](checksum)
        try flush()
        fchmod(descriptor, 0o444)
        close(descriptor)
        descriptor = -1
        let name = checksum.map { String(format: "%02x", $0) }.joined()
        let base = folder + "pack-" + name
        try Self.writeReadOnly(PackFile.index(entries, packChecksum: checksum), at: temporaryPath + ".idx")
        guard rename(temporaryPath, base + ".pack") == 0 else {
            let error = Self.failure("renaming into", base + ".pack")
            unlink(temporaryPath + ".idx")
            throw error
        }
        guard rename(temporaryPath + ".idx", base + ".idx") == 0 else {
            throw Self.failure("renaming into", base + ".idx")
        }
        installed = true
        return name
    }

    /// Removes the unfinished pack; nothing of it was ever visible.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        guard !installed else { return }
        unlink(temporaryPath)
        unlink(temporaryPath + ".idx")
    }

    // MARK: - Writing

    private var length: UInt64 { flushedLength + UInt64(pending.count) }

    private func flushIfFull() throws(GitError) {
        if pending.count >= Self.flushSize { try flush() }
    }

    private func flush() throws(GitError) {
        let complete = pending.withUnsafeBytes { Self.writeAll(descriptor, $0) }
        guard complete else { throw Self.failure("writing", temporaryPath) }
        flushedLength += UInt64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }

    /// The SHA-1 of everything written so far, read back from the file: the header's count
    /// changes last, so the checksum cannot be kept as the objects go by.
    private func checksumOfFile() throws(GitError) -> Data {
        var context = mbedtls_sha1_context()
        mbedtls_sha1_init(&context)
        defer { mbedtls_sha1_free(&context) }
        mbedtls_sha1_starts_ret(&context)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var offset: off_t = 0
        while true {
            let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if read < 0 {
                if errno == EINTR { continue }
                throw Self.failure("reading back", temporaryPath)
            }
            if read == 0 { break }
            chunk.withUnsafeBytes {
                _ = mbedtls_sha1_update_ret(&context, $0.baseAddress?.assumingMemoryBound(to: UInt8.self), read)
            }
            offset += off_t(read)
        }
        var digest = [UInt8](repeating: 0, count: 20)
        mbedtls_sha1_finish_ret(&context, &digest)
        return Data(digest)
    }

    static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Writes a new file as git stores packs: read-only for everyone.
    static func writeReadOnly(_ contents: Data, at path: String) throws(GitError) {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o444)
        guard descriptor >= 0 else { throw failure("creating", path) }
        let complete = contents.withUnsafeBytes { writeAll(descriptor, $0) }
        let error = complete ? nil : failure("writing", path)
        close(descriptor)
        if let error {
            unlink(path)
            throw error
        }
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }

    private static func failure(_ step: String, _ path: String) -> GitError {
        GitError(function: "\(step) '\(path)'", code: -1, message: String(cString: strerror(errno)))
    }
}
