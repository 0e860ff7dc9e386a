import TavleModel

/// The text of a new workspace's files in one language: the words a facilitator reads and
/// edits first. A language is a new case here (and its words in a file of its own).
struct TemplateWords {
    /// The falls indicator's id, in the example data as in the journal and notebook.
    var fallsIndicator = "fall"
    var config: String
    var schema: String
    var journal: String
    var notebook: String
    /// What a git repository of the workspace leaves out: the report repository inside it,
    /// the sign-in list and tavle's own files beside the journals and data.
    var gitignore: String

    static func of(_ language: Language) -> TemplateWords {
        switch language {
        case .nb: norwegian
        case .en: english
        case .sv: swedish
        case .da: danish
        }
    }
}
