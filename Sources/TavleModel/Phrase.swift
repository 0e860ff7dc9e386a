/// Words for people, in each language tavle speaks to them in: English and Norwegian bokmål.
///
/// Every message a person reads (an error, a hint, a line of help) is written in both at the
/// place it is made, so that a translation stands beside the sentence it translates and a new
/// message cannot be added in one language only.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    public var en: String
    public var nb: String

    public init(_ en: String, nb: String) {
        self.en = en
        self.nb = nb
    }

    /// Words that read the same in every language: a name, a path, a number, a program's own
    /// message.
    public init(verbatim text: String) {
        en = text
        nb = text
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .nb: nb
        }
    }

    /// English, for logs and for interpolation into English text.
    public var description: String { en }

    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        Phrase(lhs.en + rhs.en, nb: lhs.nb + rhs.nb)
    }
}
