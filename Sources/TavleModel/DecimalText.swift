/// Numbers in tavle's own lines (not in reports, which `Format` lays out with grouping and a
/// chosen number of decimals): one rule for every message, history line and recorded value.
public enum DecimalText {
    /// Whole numbers without ".0" (below 10^15), others as the shortest text Swift reads back
    /// as the same double: `4`, `0.25`, `1e-05`.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// The same with the reader's decimal mark: `0,25` in Norwegian.
    public static func plain(_ value: Double, in language: Language) -> String {
        withDecimalMark(plain(value), language)
    }

    /// A fixed number of decimals (`1.50`; `1,50` in Norwegian), for durations in a summary.
    public static func fixed(_ value: Double, decimals: Int, in language: Language) -> String {
        let scale = (0..<decimals).reduce(1.0) { result, _ in result * 10 }
        let rounded = (abs(value) * scale).rounded()
        var digits = String(Int64(rounded))
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
        let text = decimals == 0 ? digits : String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
        return withDecimalMark((value < 0 && rounded > 0 ? "-" : "") + text, language)
    }

    private static func withDecimalMark(_ text: String, _ language: Language) -> String {
        language.decimalMark == "." ? text : text.replacingOccurrences(of: ".", with: language.decimalMark)
    }
}
