import TavleModel
import TavleParse

/// Fills a notebook's `worksheet` cells and empty `prompt` cells with the library's wording
/// in the notebook's language, before anything runs, so that an unknown set or prompt stops
/// `check` and `run` with the cell's place and the nearest known ids.
public enum PromptResolver {
    public static func resolve(_ notebook: Notebook, library: PromptLibrary, language: Language) throws(Diagnostic)
        -> Notebook
    {
        var resolved = notebook
        var asked: [String: SourceLocation] = [:]
        for (index, block) in notebook.blocks.enumerated() {
            switch block {
            case .worksheet(var cell):
                guard let set = library.set(cell.setID) else {
                    throw .error(
                        at: cell.location, Phrase("there is no prompt set '\(cell.setID)'"),
                        hint: Suggestions.hint(for: cell.setID, among: library.sets.map(\.id), noun: Phrase("sets"))
                            + Phrase(" ('tavle prompts' lists them)"))
                }
                cell.title = set.title.text(in: language)
                cell.intro = set.intro?.text(in: language)
                cell.source = set.source
                cell.prompts = set.prompts.map { prompt in
                    PromptCell(
                        id: set.promptID(prompt), question: prompt.text.text(in: language),
                        help: prompt.help?.text(in: language), fromLibrary: true,
                        location: cell.location)
                }
                for prompt in cell.prompts { try ask(prompt.id, at: cell.location, in: &asked) }
                resolved.blocks[index] = .worksheet(cell)
            case .prompt(var cell):
                try ask(cell.id, at: cell.location, in: &asked)
                guard cell.fromLibrary else { continue }
                guard let (_, prompt) = library.prompt(cell.id) else {
                    throw .error(
                        at: cell.location,
                        Phrase(
                            "there is no prompt '\(cell.id)' in the library, and the cell has no question of its own"),
                        hint: Suggestions.hint(for: cell.id, among: library.promptIDs, noun: Phrase("prompts"))
                            + Phrase(" Or write the question inside the cell to ask your own."))
                }
                cell.question = prompt.text.text(in: language)
                cell.help = prompt.help?.text(in: language)
                resolved.blocks[index] = .prompt(cell)
            default:
                continue
            }
        }
        return resolved
    }

    /// Each prompt may stand once in a notebook: answers are filed under its id.
    private static func ask(_ id: String, at location: SourceLocation, in asked: inout [String: SourceLocation])
        throws(Diagnostic)
    {
        if let first = asked[id] {
            throw .error(
                at: location, Phrase("the prompt '\(id)' is asked twice (also at line \(first.line))"),
                hint: Phrase("answers are filed under the prompt's id, so each prompt may stand once in a notebook"))
        }
        asked[id] = location
    }

    /// The library as this notebook used it: the sets and prompts its cells drew on, in its
    /// language. A report's manifest keeps it, so `tavle verify` makes the report again with
    /// the wording it was made with, whatever the library says later.
    public static func used(by notebook: Notebook, language: Language) -> PromptLibrary {
        var sets: [PromptSet] = []
        for block in notebook.blocks {
            switch block {
            case .worksheet(let cell):
                for prompt in cell.prompts {
                    record(
                        prompt, setID: cell.setID, title: cell.title, intro: cell.intro, source: cell.source,
                        language: language, in: &sets)
                }
            case .prompt(let cell) where cell.fromLibrary:
                // A prompt's own id holds no dot, so its set is everything before the last one.
                guard let dot = cell.id.lastIndex(of: ".") else { continue }
                record(
                    cell, setID: String(cell.id[..<dot]), title: nil, intro: nil, source: nil, language: language,
                    in: &sets)
            default:
                continue
            }
        }
        return PromptLibrary(sets: sets)
    }

    private static func record(
        _ prompt: PromptCell, setID: String, title: String?, intro: String?, source: String?, language: Language,
        in sets: inout [PromptSet]
    ) {
        let short = String(prompt.id.dropFirst(setID.count + 1))
        let libraryPrompt = LibraryPrompt(
            id: short, text: LocalizedText([language: prompt.question]),
            help: prompt.help.map { LocalizedText([language: $0]) }, location: prompt.location)
        guard let index = sets.firstIndex(where: { $0.id == setID }) else {
            sets.append(
                PromptSet(
                    id: setID, title: LocalizedText(title.map { [language: $0] } ?? [:]),
                    intro: intro.map { LocalizedText([language: $0]) }, source: source,
                    phases: nil, beforeGathering: nil, prompts: [libraryPrompt], location: prompt.location))
            return
        }
        if !sets[index].prompts.contains(where: { $0.id == short }) { sets[index].prompts.append(libraryPrompt) }
        if sets[index].title.texts.isEmpty, let title {
            sets[index].title = LocalizedText([language: title])
            sets[index].intro = intro.map { LocalizedText([language: $0]) }
            sets[index].source = source
        }
    }
}
