import Foundation
import TavleModel

/// Puts a batch of rendered reports into the output folder all at once: every file is first
/// written beside its destination, and only when all of them are written are they moved into
/// place. A failure on the way removes what was written and leaves the folder as it was.
struct ReportWriter {
    let outputFolder: String

    func write(_ files: [(path: String, contents: String)]) throws(Diagnostic) -> [String] {
        let destinations = files.map { URL(fileURLWithPath: outputFolder).appendingPathComponent($0.path).path }
        guard Set(destinations).count == destinations.count else {
            throw .error(at: nil, "two teams would write the same report file", hint: "give teams ids that differ in letters and digits, not only in punctuation")
        }

        let suffix = ".tavle-new-\(ProcessInfo.processInfo.processIdentifier)"
        var staged: [String] = []
        do {
            for (index, file) in files.enumerated() {
                let destination = destinations[index]
                try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: destination + suffix))
                staged.append(destination + suffix)
            }
        } catch {
            for path in staged { try? FileManager.default.removeItem(atPath: path) }
            throw .error(
                at: nil, "the reports could not be written to '\(Files.displayPath(outputFolder))': \(error.localizedDescription)",
                hint: "check that the folder exists or can be created, and that you may write to it; nothing was changed")
        }
        for (index, destination) in destinations.enumerated() {
            // rename(2) replaces atomically: a reader sees the old report or the new one.
            if rename(staged[index], destination) != 0 {
                let reason = String(cString: strerror(errno))
                for path in staged[index...] { try? FileManager.default.removeItem(atPath: path) }
                throw .error(at: nil, "'\(Files.displayPath(destination))' could not be replaced: \(reason)")
            }
        }
        return destinations
    }

    /// A team id as a folder name: letters, digits, '-', '_' and '.'; anything else becomes '_'.
    static func safeName(_ key: String) -> String {
        let safe = String(key.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        return safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe
    }
}
