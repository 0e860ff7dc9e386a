import Foundation
import TavleModel
import TavleWorkspace

/// The language tavle speaks to the person at the terminal in: messages, hints and help.
///
/// `TAVLE_LANGUAGE` decides when set, then a `--language` on the command line. Otherwise the notebook named on the command line decides
/// by its `language`, then the workspace's tavle.yaml (from `--workspace`, the notebook's
/// folder or the current folder), then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: Swedish,
/// Danish, and Norwegian bokmål, nynorsk or plain "no" read as bokmål), and English last. The files are only scanned
/// for their `language:` line, so that a notebook whose YAML is broken still gets its error
/// in its own language.
public enum ReaderLanguage {
    public static func detect(
        arguments: [String] = CommandLine.arguments,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentFolder: String = FileManager.default.currentDirectoryPath
    ) -> Language {
        if let chosen = environment["TAVLE_LANGUAGE"].flatMap(Language.init(localeName:)) { return chosen }
        // `tavle init --language sv` and `tavle prompts --language da` speak the language asked for.
        if let index = arguments.firstIndex(of: "--language"), index + 1 < arguments.count,
            let chosen = Language(localeName: arguments[index + 1])
        {
            return chosen
        }
        let notebook = arguments.dropFirst().first {
            $0.hasSuffix(".md") && FileManager.default.fileExists(atPath: Files.resolve($0, against: currentFolder))
        }
        if let notebook {
            let path = Files.resolve(notebook, against: currentFolder)
            if let language = declaredLanguage(inFileAt: path, frontMatterOnly: true) { return language }
            if let language = workspaceLanguage(from: URL(fileURLWithPath: path).deletingLastPathComponent().path) {
                return language
            }
        }
        if let index = arguments.firstIndex(of: "--workspace"), index + 1 < arguments.count,
            let language = workspaceLanguage(from: Files.resolve(arguments[index + 1], against: currentFolder))
        {
            return language
        }
        if let language = workspaceLanguage(from: currentFolder) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return Language(localeName: value) ?? .en }
        }
        return .en
    }

    /// The `language:` of the nearest tavle.yaml (in the folder, its Notebooks/, or above).
    static func workspaceLanguage(from folder: String) -> Language? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        let nested = url.appendingPathComponent("Notebooks").appendingPathComponent(WorkspaceLocator.fileName)
        if FileManager.default.fileExists(atPath: nested.path) {
            return declaredLanguage(inFileAt: nested.path, frontMatterOnly: false)
        }
        while true {
            let candidate = url.appendingPathComponent(WorkspaceLocator.fileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                return declaredLanguage(inFileAt: candidate.path, frontMatterOnly: false)
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// A top-level `language: nb` line; in a notebook, only within its front matter.
    static func declaredLanguage(inFileAt path: String, frontMatterOnly: Bool) -> Language? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .makeIterator()
        if frontMatterOnly {
            guard lines.next()?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        }
        while let line = lines.next() {
            if frontMatterOnly, line.trimmingCharacters(in: .whitespaces) == "---" { return nil }
            guard line.hasPrefix("language:") else { continue }
            let value = line.dropFirst("language:".count).prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return Language(localeName: value)
        }
        return nil
    }
}
