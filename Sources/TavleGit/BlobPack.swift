import CLibGit2
import Foundation

/// A file's blob made ready on any thread: its id, and its zlib stream when the repository
/// may not hold it yet. Hashing and compressing are most of what storing a report costs,
/// so a run does both on every core while reports are still being made.
public struct PreparedBlob: Sendable {
    public let id: ObjectID
    let size: Int
    /// `nil` when the repository holds the blob already: nothing to store.
    let compressed: Data?

    /// Hashes the text's UTF-8 bytes as git does and compresses them unless `isStored` says
    /// the repository has that blob already.
    public init(_ text: String, isStored: (ObjectID) -> Bool) {
        var text = text
        self = text.withUTF8 { PreparedBlob(bytes: UnsafeRawBufferPointer($0), isStored: isStored) }
    }

    /// The same for bytes that are not text (a PDF).
    public init(_ data: Data, isStored: (ObjectID) -> Bool) {
        self = data.withUnsafeBytes { PreparedBlob(bytes: $0, isStored: isStored) }
    }

    private init(bytes: UnsafeRawBufferPointer, isStored: (ObjectID) -> Bool) {
        id = ObjectID.blob(hashingBytes: bytes)
        size = bytes.count
        compressed = isStored(id) ? nil : PackFile.deflate(bytes)
    }
}

/// The new blobs of one run, written to a pack on disk as they come, so that thousands of
/// reports are never all in memory. Nothing is visible to git until `install`; a run that
/// fails calls `discard` (or is killed), which leaves nothing behind that git would read.
public final class BlobPack {
    private let repository: GitRepository
    /// Opened with the first new blob: a run that changes nothing writes no pack.
    private var writer: PackWriter?

    public init(for repository: GitRepository) {
        self.repository = repository
    }

    public func add(_ blob: PreparedBlob) throws(GitError) {
        guard let compressed = blob.compressed else { return }
        if writer == nil { writer = try PackWriter(folder: repository.packFolder) }
        try writer!.append(id: blob.id, kind: .blob, size: blob.size, compressed: compressed)
    }

    /// Completes the pack and makes the repository see its blobs, so trees can name them.
    public func install() throws(GitError) {
        guard let writer else { return }
        self.writer = nil
        try repository.install(writer)
    }

    public func discard() {
        writer?.discard()
        writer = nil
    }
}
