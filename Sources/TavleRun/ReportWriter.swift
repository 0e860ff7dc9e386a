import Foundation
import TavleModel

/// Puts files into the report repository's working tree in two steps: `stage` writes each
/// file beside its destination, `install` moves them into place by atomic rename. Between
/// the two the commit is made, so the working tree only ever shows committed reports.
struct ReportWriter {
    let outputFolder: String

    /// Marks files written beside their destination; excluded from `git status` and removed
    /// by the next run if a process died before moving them into place.
    static let stagingMarker = ".tavle-new-"

    struct Staged {
        var pairs: [(staged: String, destination: String)]

        /// Removes what was staged: the run failed, nothing moves.
        func discard() {
            for pair in pairs { try? FileManager.default.removeItem(atPath: pair.staged) }
        }
    }

    func stage(_ files: [(path: String, contents: String)], binary: [(path: String, contents: Data)] = []) throws(Diagnostic) -> Staged {
        let destinations = (files.map(\.path) + binary.map(\.path)).map { URL(fileURLWithPath: outputFolder).appendingPathComponent($0).path }
        guard Set(destinations).count == destinations.count else {
            throw .error(at: nil, Phrase("two teams would write the same report file", nb: "to team ville skrive den samme rapportfilen"), hint: Phrase("give teams ids that differ in letters and digits, not only in punctuation", nb: "gi teamene id-er som skiller seg i bokstaver og sifre, ikke bare i tegnsetting"))
        }
        let suffix = Self.stagingMarker + String(ProcessInfo.processInfo.processIdentifier)
        var staged = Staged(pairs: [])
        // Creating files is the slow part of a run (inode allocation); a file that is already
        // in place byte for byte is left alone.
        func stageOne(_ destination: String, contents: Data, write: (String) throws -> Void) throws -> (staged: String, destination: String)? {
            if FileManager.default.contents(atPath: destination) == contents { return nil }
            try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try write(destination + suffix)
            return (destination + suffix, destination)
        }
        do {
            for (index, file) in files.enumerated() {
                if let pair = try stageOne(destinations[index], contents: Data(file.contents.utf8), write: { try Self.writeFile($0, file.contents) }) {
                    staged.pairs.append(pair)
                }
            }
            for (index, file) in binary.enumerated() {
                if let pair = try stageOne(destinations[files.count + index], contents: file.contents, write: { try file.contents.write(to: URL(fileURLWithPath: $0)) }) {
                    staged.pairs.append(pair)
                }
            }
        } catch {
            staged.discard()
            throw .error(
                at: nil, Phrase("the reports could not be written to '\(Files.displayPath(outputFolder))': \(error.localizedDescription)", nb: "rapportene kunne ikke skrives til «\(Files.displayPath(outputFolder))»: \(error.localizedDescription)"),
                hint: Phrase("check that the folder exists or can be created, and that you may write to it; nothing was changed", nb: "sjekk at mappen finnes eller kan opprettes, og at du har lov til å skrive i den; ingenting ble endret"))
        }
        return staged
    }

    /// Moves staged files into place; rename(2) replaces atomically, so a reader sees the old
    /// report or the new one, never half of one.
    func install(_ staged: Staged) throws(Diagnostic) {
        for (index, pair) in staged.pairs.enumerated() where rename(pair.staged, pair.destination) != 0 {
            let reason = String(cString: strerror(errno))
            Staged(pairs: Array(staged.pairs[index...])).discard()
            throw .error(
                at: nil, Phrase("'\(Files.displayPath(pair.destination))' could not be replaced: \(reason)", nb: "«\(Files.displayPath(pair.destination))» kunne ikke erstattes: \(reason)"),
                hint: Phrase("the commit is made; run again to bring the working tree up to date", nb: "commiten er laget; kjør igjen for å oppdatere arbeidsmappen"))
        }
    }

    /// Plain open/write/close. Foundation's Data.write fsyncs every file on Linux, which made
    /// a batch of 100 files several times slower; staged files need no fsync of their own,
    /// since the commit is the record and they are renamed into place only after it.
    static func writeFile(_ path: String, _ contents: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var utf8 = contents
        try utf8.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }

    /// Removes files a killed run staged but never moved into place.
    func removeAbandonedStagedFiles() {
        guard let walker = FileManager.default.enumerator(atPath: outputFolder) else { return }
        while let path = walker.nextObject() as? String {
            if path.hasPrefix(".git") { walker.skipDescendants(); continue }
            if path.contains(Self.stagingMarker) {
                try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: outputFolder).appendingPathComponent(path).path)
            }
        }
    }

    /// A team id as a folder name: letters, digits, '-', '_' and '.'; anything else becomes '_'.
    static func safeName(_ key: String) -> String {
        let safe = String(key.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        return safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe
    }
}
