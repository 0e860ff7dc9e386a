import TavleModel

/// Columns that hold counts behind a share or a rate (`numerator`, `denominator`): a negative
/// count, or events counted out of a denominator of 0, cannot be true and would be drawn as a
/// point or silently dropped. Checked where the data is read, naming the file, line and column.
public enum CountColumns {
    public static let numerators: Set<String> = ["numerator", "teller", "täljare", "tæller"]
    public static let denominators: Set<String> = ["denominator", "nevner", "nämnare", "nævner"]

    /// - Parameters:
    ///   - header: the file's column names.
    ///   - numbers: the row's values as numbers (`nil` where empty or not a number).
    ///   - columns: where each field starts on the line.
    public static func check(header: [String], numbers: [Double?], line: Int, columns: [Int], file: String)
        throws(Diagnostic)
    {
        var numerator: (value: Double, index: Int)?
        var denominator: (value: Double, index: Int)?
        for (index, name) in header.enumerated() where index < numbers.count {
            guard let value = numbers[index] else { continue }
            let lowered = name.lowercased()
            let isNumerator = numerators.contains(lowered), isDenominator = denominators.contains(lowered)
            guard isNumerator || isDenominator else { continue }
            if value < 0 {
                throw .error(
                    at: SourceLocation(file: file, line: line, column: columns[index]),
                    Phrase("the count \(value.formatted(shortest: true)) in the column '\(name)' is negative"),
                    hint: Phrase("a count is 0 or more; correct it, or leave the field empty for a missing value"))
            }
            if isNumerator { numerator = (value, index) } else { denominator = (value, index) }
        }
        if let numerator, let denominator, denominator.value == 0, numerator.value > 0 {
            throw .error(
                at: SourceLocation(file: file, line: line, column: columns[denominator.index]),
                Phrase(
                    "\(numerator.value.formatted(shortest: true)) counted out of a denominator of 0 ('\(header[denominator.index])')"
                ),
                hint: Phrase("correct the denominator, or leave both empty for a month without measurement"))
        }
    }
}
