import TavleModel

/// Numbers, percentages and months as a reader of the notebook's language writes them.
/// Written by hand rather than through platform locales so that a report is byte-identical
/// on every machine, which is what makes re-rendering and verifying it possible.
public struct Format: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    var decimalMark: String { language.decimalMark }
    /// The Nordic languages group thousands with a (no-break) space, English with a comma.
    var groupSeparator: String { language.groupSeparator }

    /// `1234.5` with 1 decimal: "1 234,5" (nb) or "1,234.5" (en). Thousands are grouped from
    /// five digits on, as Norwegian style guides advise, so years and small counts stay plain.
    public func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
        var scaled = (abs(value) * scale).rounded()
        if scaled == 0 { scaled = 0 }
        let negative = value < 0 && scaled > 0
        let digits = scaled < 1e18 ? String(UInt64(scaled)) : String(Int64.max)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let integerPart = String(padded.dropLast(decimals))
        let fraction = String(padded.suffix(decimals))
        var grouped = integerPart
        if integerPart.count > 4 {
            var groups: [Substring] = []
            var rest = Substring(integerPart)
            while rest.count > 3 {
                groups.insert(rest.suffix(3), at: 0)
                rest = rest.dropLast(3)
            }
            groups.insert(rest, at: 0)
            grouped = groups.joined(separator: groupSeparator)
        }
        return (negative ? "−" : "") + grouped + (decimals > 0 ? decimalMark + fraction : "")
    }

    /// A share (0.234) as a percentage: "23,4 %" (nb) or "23.4%" (en).
    /// A chart value: a share in per cent (p charts, proportions), anything else as a number.
    /// The fewest decimals (at most `limit`) that write `value` without rounding it: 58 as
    /// "58", 3.5 as "3,5", not "58,00".
    public static func fewestDecimals(_ value: Double, upTo limit: Int) -> Int {
        var scale = 1.0
        for decimals in 0..<limit {
            let scaled = value * scale
            if abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled)) { return decimals }
            scale *= 10
        }
        return limit
    }

    public func value(_ value: Double, percent: Bool, decimals: Int) -> String {
        percent ? self.percent(value, decimals: decimals) : number(value, decimals: decimals)
    }

    public func percent(_ share: Double, decimals: Int) -> String {
        number(share * 100, decimals: decimals) + language.percentSuffix
    }

    /// A value as it appears in a table: integers as they are (counts stay whole), other
    /// numbers with `decimals`.
    public func cell(_ value: Value, decimals: Int?) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return self.number(number, decimals: decimals ?? 2)
        case .text(let text): return text
        }
    }

    /// "2022-03" → "mars 2022" / "March 2022"; other text is returned as it is.
    public func month(_ text: String) -> String {
        guard let (year, month) = Self.yearMonth(text) else { return text }
        return "\(language.monthName(month)) \(year)"
    }

    /// "2022-03" → "mar 22", for chart axes.
    public func shortMonth(_ text: String) -> String {
        guard let (year, month) = Self.yearMonth(text) else { return text }
        return "\(language.shortMonthName(month)) \(String(year).suffix(2))"
    }

    /// "2022-03-15" → "15. mars 2022" / "15 March 2022".
    public func date(_ text: String) -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let day = Int(parts[2]), let (year, month) = Self.yearMonth("\(parts[0])-\(parts[1])")
        else { return text }
        return language.date(day: day, monthName: language.monthName(month), year: year)
    }

    /// Reads `YYYY-MM` (or the month of `YYYY-MM-DD`).
    static func yearMonth(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-")
        guard parts.count >= 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }

    /// Fixed-point numbers for SVG coordinates: locale-free and stable.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
