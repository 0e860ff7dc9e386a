/// One cell of a query result or a parameter's value, as SQLite types it.
public enum Value: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The value as a number, when it is one (integers widen to `Double`).
    public var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .real(let value): return value
        case .null, .text: return nil
        }
    }

    /// A plain, locale-free spelling used in file names, CSV and hashes.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .integer(let value): return String(value)
        case .real(let value): return value.formatted(shortest: true)
        case .text(let value): return value
        }
    }
}

extension Double {
    /// The shortest decimal spelling that reads back as the same number, without exponent for
    /// everyday magnitudes, so that output is identical on every platform.
    public func formatted(shortest: Bool) -> String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return description
    }
}
