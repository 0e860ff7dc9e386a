import Foundation
import TavleModel

/// Told once when another tavle holds a lock (on the report repository in `folder`, or on
/// the workspace's data) and this one waits for it.
public typealias WaitingForLock = @Sendable (_ folder: String) -> Void

/// Serialises runs on one report repository: a second `tavle run` waits for the first to
/// finish, then builds on its commit. A run holds the lock from before its first report is
/// staged until its commit (a large network's batch, or handouts being printed, take
/// minutes), hence the patience. `flock` is released by the kernel when a process dies, so
/// a killed run never leaves the repository locked.
package struct RunLock {
    package static let fileName = ".tavle.lock"
    static let patience: Double = 600

    private let descriptor: Int32

    /// - Parameter waiting: told once, when another run holds the lock and this one waits.
    package init(folder: String, waiting: (() -> Void)? = nil) throws(Diagnostic) {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(Self.fileName).path
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw .error(
                at: nil, Phrase("'\(Files.displayPath(folder))' is not writable: \(String(cString: strerror(errno)))"),
                hint: Phrase("choose another --output or fix the folder's permissions"))
        }
        let deadline = Date().addingTimeInterval(Self.patience)
        var told = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if !told {
                waiting?()
                told = true
            }
            guard Date() < deadline else {
                close(descriptor)
                throw .error(
                    at: nil,
                    Phrase(
                        "another tavle run has held '\(Files.displayPath(folder))' for over \(Int(Self.patience)) s"),
                    hint: Phrase("wait for it to finish and run again"))
            }
            usleep(20_000)
        }
    }

    package func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// One writer of a workspace's data at a time (`tavle import`, `tavle data load`): the lock
/// lives in the workspace's own cache folder, which git already ignores.
package enum WorkspaceLock {
    static func folder(_ workspace: Workspace) -> String { Files.resolve(".tavle-cache", against: workspace.root) }

    package static func acquire(_ workspace: Workspace, waiting: WaitingForLock?) throws(Diagnostic) -> RunLock {
        try FileManager.default.createDirectoryOrExplain(folder(workspace))
        return try RunLock(folder: folder(workspace), waiting: waiting.map { told in { told(workspace.root) } })
    }
}

extension FileManager {
    package func createDirectoryOrExplain(_ folder: String) throws(Diagnostic) {
        do {
            try createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .error(
                at: nil,
                Phrase(
                    "the output folder '\(Files.displayPath(folder))' could not be created: \(error.localizedDescription)"
                ), hint: Phrase("choose another --output or fix the folder's permissions"))
        }
    }
}
