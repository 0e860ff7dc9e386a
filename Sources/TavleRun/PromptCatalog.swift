import Foundation
import TavleModel
import TavleParse
import TavlePrompts
import TavleWorkspace

/// `tavle prompts`: the worksheets a notebook can use, as a facilitator reads them before
/// writing a `worksheet` or `prompt` cell.
public enum PromptCatalog {
    public struct Listing {
        public var library: PromptLibrary
        public var language: Language
        /// The workspace whose `prompts/` adapted the library, if any governs the folder.
        public var workspace: Workspace?
    }

    /// The library as a notebook in `folder` would see it: tavle's own, adapted by the
    /// governing workspace when there is one.
    public static func listing(searchingFrom folder: String, language: Language?) throws(Diagnostic) -> Listing {
        let workspace = try WorkspaceLocator.workspaceIfAny(searchingFrom: folder)
        let language = language ?? workspace?.language ?? .nb
        let library = try PromptLibraryLoader.library(
            workspace: workspace?.root, language: language, displayPath: Files.displayPath)
        return Listing(library: library, language: language, workspace: workspace)
    }

    /// One line per set: its id, title, phase and gathering, and how many prompts it has.
    public static func sets(_ listing: Listing) -> String {
        let strings = CatalogStrings(language: listing.language)
        let width = listing.library.sets.map(\.id.count).max() ?? 0
        var text = ""
        for set in listing.library.sets.sorted(by: { $0.id < $1.id }) {
            var line =
                set.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + set.title.text(in: listing.language)
            var about: [String] = []
            if let phases = set.phases { about.append(strings.phase(phases)) }
            if let gathering = set.beforeGathering { about.append(strings.before(gathering)) }
            about.append(strings.prompts(set.prompts.count))
            line += " (" + about.joined(separator: ", ") + ")"
            text += line + "\n"
        }
        text += "\n" + strings.usage + "\n"
        return text
    }

    /// A set in full: title, intro, each prompt's id, wording and help, and the source.
    public static func set(_ id: String, in listing: Listing) throws(Diagnostic) -> String {
        guard let set = listing.library.set(id) else {
            throw .error(
                at: nil, Phrase("there is no prompt set '\(id)'"),
                hint: Suggestions.hint(for: id, among: listing.library.sets.map(\.id), noun: Phrase("sets"))
                    + Phrase(" ('tavle prompts' lists them)"))
        }
        let strings = CatalogStrings(language: listing.language)
        let language = listing.language
        var text =
            "\(set.title.text(in: language))\n\(String(repeating: "=", count: set.title.text(in: language).count))\n"
        if let intro = set.intro { text += "\n" + intro.text(in: language) + "\n" }
        for prompt in set.prompts {
            text += "\n\(set.promptID(prompt))\n  \(prompt.text.text(in: language))\n"
            if let help = prompt.help {
                text +=
                    help.text(in: language).split(separator: "\n", omittingEmptySubsequences: false).map {
                        $0.isEmpty ? "" : "  · \($0)"
                    }.joined(separator: "\n") + "\n"
            }
        }
        if let source = set.source { text += "\n\(strings.source): \(source)\n" }
        text += "\n\(strings.insert(set.id))\n"
        return text
    }
}

/// The few words of the listing itself.
private struct CatalogStrings {
    let language: Language

    func say(_ phrase: Phrase) -> String { phrase.text(in: language) }
    func phase(_ phases: ClosedRange<Int>) -> String {
        phases.count == 1
            ? say(Phrase("phase \(phases.lowerBound)"))
            : say(Phrase("phases \(phases.lowerBound)–\(phases.upperBound)"))
    }
    func before(_ gathering: Int) -> String { say(Phrase("before gathering \(gathering)")) }
    func prompts(_ count: Int) -> String {
        say(Phrase.count(count, one: Phrase("1 prompt"), other: Phrase("\(count) prompts")))
    }
    var source: String { say(Phrase("Source")) }
    var usage: String {
        say(
            Phrase(
                "Show a set with 'tavle prompts --set ID'. In a notebook: ```worksheet ID``` for the whole set, an empty ```prompt ID.PROMPT``` for one prompt."
            ))
    }
    func insert(_ id: String) -> String {
        say(Phrase("In a notebook: ```worksheet \(id)``` and a line with ``` below it."))
    }
}
