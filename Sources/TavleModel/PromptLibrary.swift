/// A text in each language it was written in.
public struct LocalizedText: Sendable, Hashable {
    public var texts: [Language: String]

    public init(_ texts: [Language: String]) {
        self.texts = texts
    }

    /// The text in `language`; else in Norwegian, the library's original; else any.
    public func text(in language: Language) -> String {
        texts[language] ?? texts[.nb] ?? texts.sorted { $0.key.rawValue < $1.key.rawValue }.first?.value ?? ""
    }

    /// These texts with `other`'s laid over them, language by language.
    public func overridden(by other: LocalizedText?) -> LocalizedText {
        guard let other else { return self }
        return LocalizedText(texts.merging(other.texts) { _, new in new })
    }
}

/// One reflection question of a worksheet, with the help text that explains it.
public struct LibraryPrompt: Sendable, Hashable {
    /// Stable within its set; the prompt's full id is `<set>.<id>`, under which teams'
    /// answers are filed in their journals.
    public var id: String
    public var text: LocalizedText
    public var help: LocalizedText?
    public var location: SourceLocation

    public init(id: String, text: LocalizedText, help: LocalizedText?, location: SourceLocation) {
        self.id = id
        self.text = text
        self.help = help
        self.location = location
    }
}

/// A worksheet: the questions a team answers for one phase or status report, in order.
public struct PromptSet: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    /// Where the wording comes from (the original worksheet), shown in listings.
    public var source: String?
    /// The improvement phases the set serves (of 1–5), and the gathering it prepares for.
    public var phases: ClosedRange<Int>?
    public var beforeGathering: Int?
    public var prompts: [LibraryPrompt]
    public var location: SourceLocation

    public init(
        id: String, title: LocalizedText, intro: LocalizedText?, source: String?, phases: ClosedRange<Int>?,
        beforeGathering: Int?,
        prompts: [LibraryPrompt], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.intro = intro
        self.source = source
        self.phases = phases
        self.beforeGathering = beforeGathering
        self.prompts = prompts
        self.location = location
    }

    /// The full id of one of the set's prompts.
    public func promptID(_ prompt: LibraryPrompt) -> String { "\(id).\(prompt.id)" }
}

/// The worksheets a notebook can draw on: tavle's own, with a workspace's sets added and its
/// wording laid over them.
public struct PromptLibrary: Sendable, Hashable {
    public var sets: [PromptSet]

    public init(sets: [PromptSet]) {
        self.sets = sets
    }

    public func set(_ id: String) -> PromptSet? { sets.first { $0.id == id } }

    /// A prompt by its full id, `<set>.<prompt>`, with its set.
    public func prompt(_ fullID: String) -> (set: PromptSet, prompt: LibraryPrompt)? {
        for set in sets where fullID.hasPrefix(set.id + ".") {
            if let prompt = set.prompts.first(where: { set.promptID($0) == fullID }) { return (set, prompt) }
        }
        return nil
    }

    public var promptIDs: [String] { sets.flatMap { set in set.prompts.map(set.promptID) } }

    /// This library with a workspace's sets: a set with a new id is added; a set with a known
    /// id changes what it names (title, intro, the wording of a prompt, language by language)
    /// and appends prompts with new ids, so a municipality can adapt a shared worksheet
    /// without copying all of it.
    public func adapted(by workspaceSets: [PromptSet]) -> PromptLibrary {
        var sets = self.sets
        for adaptation in workspaceSets {
            guard let index = sets.firstIndex(where: { $0.id == adaptation.id }) else {
                sets.append(adaptation)
                continue
            }
            var set = sets[index]
            set.title = set.title.overridden(by: adaptation.title)
            set.intro = set.intro.map { $0.overridden(by: adaptation.intro) } ?? adaptation.intro
            set.source = adaptation.source ?? set.source
            set.phases = adaptation.phases ?? set.phases
            set.beforeGathering = adaptation.beforeGathering ?? set.beforeGathering
            for prompt in adaptation.prompts {
                if let existing = set.prompts.firstIndex(where: { $0.id == prompt.id }) {
                    set.prompts[existing].text = set.prompts[existing].text.overridden(by: prompt.text)
                    set.prompts[existing].help =
                        set.prompts[existing].help.map { $0.overridden(by: prompt.help) } ?? prompt.help
                    set.prompts[existing].location = prompt.location
                } else {
                    set.prompts.append(prompt)
                }
            }
            set.location = adaptation.location
            sets[index] = set
        }
        return PromptLibrary(sets: sets)
    }
}
