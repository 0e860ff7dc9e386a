import Foundation
import TavleModel
import TavleWorkspace

/// Puts files into the report repository's working tree in two steps: `stage` writes each
/// file beside its destination, `install` moves them into place by atomic rename. Between
/// the two the commit is made, so the working tree only ever shows committed reports.
package struct ReportWriter {
    let outputFolder: String

    /// Marks files written beside their destination; excluded from `git status` and removed
    /// by the next run if a process died before moving them into place.
    static let stagingMarker = ".tavle-new-"

    /// A file written beside its destination, waiting for the commit.
    package struct StagedFile: Sendable {
        var staged: String
        var destination: String
    }

    /// Writes `bytes` beside the destination of `path`, unless the destination holds exactly
    /// these bytes already (creating files is the slow part of a run). Any thread: no two
    /// calls of one run stage the same path. A plain open and write, because Foundation's
    /// Data.write fsyncs every file on Linux, several times slower for a batch; a staged file
    /// needs no fsync of its own, since the commit is the record.
    func stage(_ path: String, _ bytes: UnsafeRawBufferPointer) throws(Diagnostic) -> StagedFile? {
        let destination = outputFolder + "/" + path
        if Self.holds(destination, bytes) { return nil }
        let staged = destination + Self.stagingMarker + String(getpid())
        var descriptor = open(staged, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            // Folders are made only when a file needs one, which saves a system call per file.
            try? FileManager.default.createDirectory(
                atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            descriptor = open(staged, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw notWritten(String(cString: strerror(errno))) }
        let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try file.write(contentsOf: bytes)
        } catch {
            unlink(staged)
            throw notWritten(error.localizedDescription)
        }
        return StagedFile(staged: staged, destination: destination)
    }

    private func notWritten(_ reason: String) -> Diagnostic {
        .error(
            at: nil, Phrase("the reports could not be written to '\(Files.displayPath(outputFolder))': \(reason)"),
            hint: Phrase(
                "check that the folder exists or can be created, and that you may write to it; nothing was changed"))
    }

    /// Whether the file at `path` holds exactly `bytes`.
    static func holds(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size == bytes.count else { return false }
        guard bytes.count > 0 else { return true }
        let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { existing.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let count = read(descriptor, existing.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return memcmp(existing.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }

    /// Removes what was staged: the run failed, nothing moves. Folders made for staged files
    /// go too when nothing else is in them (rmdir(2) removes only empty folders).
    static func discard(_ files: [StagedFile]) {
        for file in files {
            unlink(file.staged)
            var folder = (file.destination as NSString).deletingLastPathComponent
            // A new team's folder holds its report's folders (`t1/report.data`, `t1/ledger/…`).
            for _ in 0..<3 where rmdir(folder) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
    }

    /// Moves staged files into place; rename(2) replaces atomically, so a reader sees the old
    /// report or the new one, never half of one.
    /// - Parameter halfway: called once half the files are in place (a crash-safety test stops there).
    func install(_ staged: [StagedFile], halfway: () -> Void = {}) throws(Diagnostic) {
        for (index, file) in staged.enumerated() {
            if index == staged.count / 2 { halfway() }
            guard rename(file.staged, file.destination) != 0 else { continue }
            let reason = String(cString: strerror(errno))
            Self.discard(Array(staged[index...]))
            throw .error(
                at: nil, Phrase("'\(Files.displayPath(file.destination))' could not be replaced: \(reason)"),
                hint: Phrase("the commit is made; run again to bring the working tree up to date"))
        }
    }

    /// Removes the working tree's copies of files the commit took out, and folders left empty.
    func removeFromWorkingTree(_ paths: Set<String>) {
        let manager = FileManager.default
        for path in paths.sorted() {
            let url = URL(fileURLWithPath: outputFolder).appendingPathComponent(path)
            try? manager.removeItem(at: url)
            var folder = url.deletingLastPathComponent()
            while folder.path.count > outputFolder.count,
                (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
            {
                try? manager.removeItem(at: folder)
                folder = folder.deletingLastPathComponent()
            }
        }
    }

    /// Removes files a killed run staged but never moved into place.
    /// - Returns: the symbolic links found on the way (one walk of the folder serves both).
    @discardableResult
    func removeAbandonedStagedFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: outputFolder) else { return [] }
        var links: [String] = []
        while let path = walker.nextObject() as? String {
            if path.hasPrefix(".git") { walker.skipDescendants(); continue }
            if path.contains(Self.stagingMarker) {
                try? FileManager.default.removeItem(
                    atPath: URL(fileURLWithPath: outputFolder).appendingPathComponent(path).path)
            } else if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeSymbolicLink {
                links.append(path)
            }
        }
        return links
    }

    /// A team id as a folder name: letters, digits, '-', '_' and '.'; anything else becomes '_'.
    package static func safeName(_ key: String) -> String {
        let safe = String(key.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        return safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe
    }
}
