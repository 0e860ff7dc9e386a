/// The languages a notebook can be written and rendered in.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Norwegian bokmål.
    case nb
    case en
}
