import Foundation
import TavleModel

/// Reads a prompt set (a worksheet) written in YAML: tavle's own library and a workspace's
/// `prompts/*.yaml` share the format.
///
/// ```yaml
/// id: veiledning.fase2
/// title: { nb: Veiledningsgrunnlag mellom samling 2 og 3, en: Supervision worksheet … }
/// intro: { nb: …, en: … }
/// phases: 2          # or a span: 3-4
/// before_gathering: 3
/// source: where the wording comes from
/// prompts:
///   - id: kartlegge
///     text: { nb: Kartlegge behov og dagens praksis., en: … }
///     help: { nb: …, en: … }
/// ```
///
/// A text is either one string (in the workspace's language) or one entry per language. A
/// workspace file that adapts a built-in set may leave out what it does not change; the
/// library checks that a new set and a new prompt have their words.
public struct PromptSetParser: Sendable {
    static let keys = ["id", "title", "intro", "source", "phases", "before_gathering", "prompts"]
    static let promptKeys = ["id", "text", "help"]

    /// The language a text without language keys is in.
    let defaultLanguage: Language

    public init(defaultLanguage: Language = .nb) {
        self.defaultLanguage = defaultLanguage
    }

    public func parse(_ text: String, file: String) throws(Diagnostic) -> PromptSet {
        let root = try YAMLReader(file: file, lineOffset: 0).root(text)
        let fields = try root.fields(Phrase("a prompt set"), known: Self.keys)
        guard let idField = fields["id"] else {
            throw .error(
                at: root.location, Phrase("the prompt set has no 'id'"),
                hint: Phrase("add 'id: my-worksheet' (letters, digits, '-', '_' and '.'); notebooks name the set by it")
            )
        }
        let id = try slug(idField.value, Phrase("the id of the prompt set"))
        var prompts: [LibraryPrompt] = []
        if let list = fields["prompts"], !list.value.isNull {
            guard case .sequence(let sequence) = list.value.node else {
                throw .error(
                    at: list.value.location,
                    Phrase(
                        "the prompts of '\(id)' should be a list (lines starting with '- '), but it is \(list.value.kindDescription)"
                    ),
                    hint: Phrase("write each prompt on its own line starting with '- id: …'"))
            }
            for node in sequence {
                let prompt = try self.prompt(YAMLNode(node: node, reader: list.value.reader), set: id)
                if prompts.contains(where: { $0.id == prompt.id }) {
                    throw .error(
                        at: prompt.location, Phrase("the prompt set '\(id)' has two prompts with id '\(prompt.id)'"),
                        hint: Phrase("give each prompt its own id"))
                }
                prompts.append(prompt)
            }
        }
        return PromptSet(
            id: id, title: try localized(fields["title"]?.value, Phrase("the title of '\(id)'")) ?? LocalizedText([:]),
            intro: try localized(fields["intro"]?.value, Phrase("the intro of '\(id)'")),
            source: try fields["source"].map { field throws(Diagnostic) in
                try field.value.string(Phrase("the source of '\(id)'"))
            },
            phases: try fields["phases"].map { field throws(Diagnostic) in
                try phases(field.value, Phrase("the phases of '\(id)'"))
            },
            beforeGathering: try fields["before_gathering"].map { field throws(Diagnostic) in
                try field.value.integer(Phrase("the gathering '\(id)' prepares for"), in: 1...99)
            },
            prompts: prompts, location: root.location)
    }

    private func prompt(_ node: YAMLNode, set: String) throws(Diagnostic) -> LibraryPrompt {
        let fields = try node.fields(Phrase("a prompt of '\(set)'"), known: Self.promptKeys)
        guard let idField = fields["id"] else {
            throw .error(
                at: node.location, Phrase("a prompt of '\(set)' has no 'id'"),
                hint: Phrase("add 'id: kartlegge'; answers in team journals are filed under '\(set).<id>'"))
        }
        let id = try slug(idField.value, Phrase("the id of a prompt of '\(set)'"))
        guard !id.contains(".") else {
            throw .error(
                at: idField.value.location, Phrase("the id of a prompt of '\(set)' may not hold '.': it is '\(id)'"),
                hint: Phrase(
                    "the prompt's full id is '\(set).<id>', so its own part is one word, for example '\(id.replacingOccurrences(of: ".", with: "-"))'"
                ))
        }
        return LibraryPrompt(
            id: id,
            text: try localized(fields["text"]?.value, Phrase("the text of '\(set).\(id)'")) ?? LocalizedText([:]),
            help: try localized(fields["help"]?.value, Phrase("the help text of '\(set).\(id)'")),
            location: node.location)
    }

    /// `2`, or a span such as `3-4`, within the five phases of the model.
    private func phases(_ node: YAMLNode, _ what: Phrase) throws(Diagnostic) -> ClosedRange<Int> {
        let text = try node.string(what).trimmingCharacters(in: .whitespaces)
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard (1...2).contains(bounds.count), let low = bounds.first!, let high = bounds.last!, 1 <= low, low <= high,
            high <= 5
        else {
            throw .error(
                at: node.location,
                Phrase("\(what) should be a phase from 1 to 5 or a span such as 3-4, but it is '\(text)'"))
        }
        return low...high
    }

    private func slug(_ node: YAMLNode, _ what: Phrase) throws(Diagnostic) -> String {
        let text = try node.string(what).trimmingCharacters(in: .whitespaces)
        guard Identifiers.isSlug(text) else {
            throw .error(at: node.location, Phrase("\(what) '\(text)' may only hold letters, digits, '-', '_' and '.'"))
        }
        return text
    }

    /// One string, or `nb: …` / `en: …`.
    private func localized(_ node: YAMLNode?, _ what: Phrase) throws(Diagnostic) -> LocalizedText? {
        guard let node, !node.isNull else { return nil }
        if case .scalar = node.node {
            let text = try node.string(what).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : LocalizedText([defaultLanguage: text])
        }
        var texts: [Language: String] = [:]
        for entry in try node.mapping(what) {
            guard let language = Language(rawValue: entry.key) else {
                let known = Language.allCases.map(\.rawValue)
                throw .error(
                    at: entry.keyLocation,
                    Phrase(
                        "'\(entry.key)' in \(what) is not a language tavle knows (\(known.joined(separator: ", ")))"),
                    hint: Suggestions.closest(to: entry.key, in: known).first.map { Phrase("did you mean '\($0)'?") })
            }
            let text = try entry.value.string(Phrase("\(what) in '\(entry.key)'")).trimmingCharacters(
                in: .whitespacesAndNewlines)
            if !text.isEmpty { texts[language] = text }
        }
        return texts.isEmpty ? nil : LocalizedText(texts)
    }
}
