import Foundation
import TavleModel
import TavleParse

/// Reads the prompt library: tavle's own worksheets (YAML files shipped beside the binary as a
/// package resource) and a workspace's `prompts/*.yaml`, which add sets or adapt the wording.
public enum PromptLibraryLoader {
    /// The folder of the workspace that holds its own prompt sets.
    public static let workspaceFolder = "prompts"

    /// Tavle's own worksheets.
    /// - Parameter references: when given, only the sets these set or prompt ids can name are
    ///   read (each of tavle's sets is the file of its id); parsing the whole library was a
    ///   tenth of a run's preparation.
    public static func builtIn(for references: [String]? = nil) throws(Diagnostic) -> PromptLibrary {
        let folder = try libraryFolder()
        let wanted = references.map { references in
            { (file: String) -> Bool in
                let stem = String(file.dropLast(file.hasSuffix(".yaml") ? 5 : 4))
                return references.contains { $0 == stem || $0.hasPrefix(stem + ".") }
            }
        }
        return PromptLibrary(
            sets: try readSets(
                in: folder, shownAs: { "(tavle's library)/\($0)" }, defaultLanguage: .nb, including: wanted))
    }

    /// Tavle's worksheets with the workspace's sets added and its wording laid over them.
    /// - Parameters:
    ///   - workspace: the folder holding `tavle.yaml`; `nil` for tavle's library alone.
    ///   - displayPath: how a file of the workspace is named in messages.
    ///   - references: only the sets these ids name are read from tavle's library (see
    ///     `builtIn(for:)`); the workspace's own sets are always read whole.
    public static func library(
        workspace: String?, language: Language, displayPath: (String) -> String, references: [String]? = nil
    ) throws(Diagnostic) -> PromptLibrary {
        let builtIn = try self.builtIn(for: references)
        guard let workspace else { return builtIn }
        let folder = URL(fileURLWithPath: workspace).appendingPathComponent(workspaceFolder).path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return builtIn
        }
        let adaptations = try readSets(
            in: folder, shownAs: { displayPath("\(folder)/\($0)") }, defaultLanguage: language)
        for adaptation in adaptations {
            let known = builtIn.set(adaptation.id)
            if known == nil, adaptation.title.texts.isEmpty {
                let suggestion = Suggestions.hint(
                    for: adaptation.id, among: builtIn.sets.map(\.id), noun: Phrase("sets"))
                throw .error(
                    at: adaptation.location,
                    Phrase("the new prompt set '\(adaptation.id)' has no title"),
                    hint: Phrase("add 'title: …'; or, to adapt one of tavle's sets, use its id: ") + suggestion)
            }
            for prompt in adaptation.prompts
            where prompt.text.texts.isEmpty && known?.prompts.contains(where: { $0.id == prompt.id }) != true {
                throw .error(
                    at: prompt.location, Phrase("the new prompt '\(adaptation.id).\(prompt.id)' has no text"),
                    hint: Phrase("add 'text: the question'"))
            }
        }
        return builtIn.adapted(by: adaptations)
    }

    private static func readSets(
        in folder: String, shownAs name: (String) -> String, defaultLanguage: Language,
        including wanted: ((String) -> Bool)? = nil
    ) throws(Diagnostic) -> [PromptSet] {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
                ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && wanted?($0) != false
            }
            .sorted()
        } catch {
            throw .error(
                at: SourceLocation(file: name(""), line: 1, column: 1),
                Phrase("the prompt sets in \(folder) could not be listed: \(error.localizedDescription)"))
        }
        var sets: [PromptSet] = []
        for file in files {
            let shown = name(file)
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(file)"),
                let text = String(data: data, encoding: .utf8)
            else {
                throw .error(
                    at: SourceLocation(file: shown, line: 1, column: 1),
                    Phrase("the prompt set could not be read as UTF-8 text"))
            }
            let set = try PromptSetParser(defaultLanguage: defaultLanguage).parse(text, file: shown)
            if let first = sets.first(where: { $0.id == set.id }) {
                throw .error(
                    at: set.location,
                    Phrase("the prompt set '\(set.id)' is defined twice (also in \(first.location.file))"),
                    hint: Phrase("keep one file per set"))
            }
            sets.append(set)
        }
        return sets
    }

    /// Where the library's YAML files are: beside the tavle binary (the package's resource
    /// bundle), in `../share/tavle/prompts` from it (`make install`), else in the source tree
    /// it was built from. Found by hand rather than through
    /// `Bundle.module`, which stops the program when the files are missing instead of saying so.
    static func libraryFolder() throws(Diagnostic) -> String {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("Tavle_TavlePrompts.resources/Library"))
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/tavle/prompts"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("Tavle_TavlePrompts.resources/Library"))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Library"))
        for candidate in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue {
                return candidate.path
            }
        }
        throw .error(
            at: nil,
            Phrase("tavle's prompt library is missing: looked in \(candidates.map(\.path).joined(separator: ", "))"),
            hint: Phrase("keep the folder Tavle_TavlePrompts.resources beside the tavle binary when you copy it"))
    }
}
