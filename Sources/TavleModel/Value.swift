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

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Value {
    /// A number as a data source gives it, kept to 15 significant digits: the digits a double
    /// holds exactly. Beyond them, engines differ in the order and manner they add (SQLite
    /// compensates rounding in SUM and AVG, PostgreSQL does not), so that without this the same
    /// query on SQLite and on PostgreSQL could record 27.720000000000002 against 27.72.
    public static func fromSource(_ number: Double) -> Value {
        guard number.isFinite, number != 0 else { return .real(number) }
        var buffer = [CChar](repeating: 0, count: 40)
        _ = withVaList([number]) { vsnprintf(&buffer, buffer.count, "%.15g", $0) }
        return .real(strtod(buffer, nil))
    }
}
