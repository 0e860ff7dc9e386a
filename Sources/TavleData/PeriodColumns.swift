import TavleModel

/// Columns that hold the period a measurement belongs to, by the names data gives them. Every
/// value in one must be a month written `YYYY-MM` (a quarter by its first month): a `2024/03`
/// would otherwise be sorted as text between December and January and drawn as a signal.
/// Checked where the data is read, so the error names the data file, line and column.
public enum PeriodColumns {
    public static let names: Set<String> = ["period", "periode", "month", "måned", "maaned", "månad", "manad"]

    public static func isPeriod(_ column: String) -> Bool { names.contains(column.lowercased()) }

    /// - Parameter text: the field, trimmed; empty fields are missing values and not checked.
    public static func check(_ text: String, column: String, at location: SourceLocation) throws(Diagnostic) {
        guard !text.isEmpty, Period(text) == nil else { return }
        if let month = impossibleMonth(text) {
            throw .error(
                at: location,
                Phrase(
                    "'\(text)' in the column '\(column)' is not a month: a year has months 01 to 12, not \(Phrase(verbatim: month))"
                ),
                hint: Phrase(
                    "correct the month in the data; a quarter is written as its first month (2024-01 for the first quarter)"
                ))
        }
        throw .error(
            at: location,
            Phrase("'\(text)' in the column '\(column)' is not a month written YYYY-MM"),
            hint: Phrase(
                "write the month as \(suggestion(for: text) ?? "2024-03"); a quarter is written as its first month (2024-01 for the first quarter)"
            ))
    }

    /// The month of `2025-13` or `2025-00`: written as a month, but no month there is.
    static func impossibleMonth(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, Int(parts[0]) != nil, parts[1].count == 2,
            let month = Int(parts[1]), !(1...12).contains(month)
        else { return nil }
        return String(parts[1])
    }

    /// `2024/03`, `2024.3`, `2024-3` → `2024-03`, when the digits say which month is meant.
    static func suggestion(for text: String) -> String? {
        let parts = text.split(whereSeparator: { "/.-_ ".contains($0) })
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        else { return nil }
        return Period("\(year)-\(month < 10 ? "0" : "")\(month)")?.description
    }
}
