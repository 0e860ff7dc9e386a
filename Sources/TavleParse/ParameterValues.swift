import Foundation
import TavleModel

/// Why a parameter's text does not fit its declared type, phrased to follow "the value '…'".
public struct ParameterValueError: Error, Sendable {
    public var phrase: Phrase
    public var message: String { phrase.en }
}

/// Turns parameter text (from the command line or a default) into a typed value for binding.
public enum ParameterValues {
    public static func value(_ text: String, as kind: ParameterSpec.Kind) throws(ParameterValueError) -> Value {
        switch kind {
        case .text, .team:
            return .text(text)
        case .integer:
            guard let value = Int64(text) else { throw ParameterValueError(phrase: Phrase("should be a whole number, but it is '\(text)'", nb: "skal være et heltall, men er «\(text)»")) }
            return .integer(value)
        case .number:
            guard let value = Double(text), value.isFinite else { throw ParameterValueError(phrase: Phrase("should be a number such as 2.5, but it is '\(text)'", nb: "skal være et tall som 2.5, men er «\(text)»")) }
            return .real(value)
        case .month:
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
                year >= 1900, (1...12).contains(month)
            else { throw ParameterValueError(phrase: Phrase("should be a month written YYYY-MM, such as 2022-03, but it is '\(text)'", nb: "skal være en måned skrevet ÅÅÅÅ-MM, som 2022-03, men er «\(text)»")) }
            return .text(text)
        case .date:
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                year >= 1900, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
            else { throw ParameterValueError(phrase: Phrase("should be a date written YYYY-MM-DD, such as 2022-03-15, but it is '\(text)'", nb: "skal være en dato skrevet ÅÅÅÅ-MM-DD, som 2022-03-15, men er «\(text)»")) }
            return .text(text)
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Why a `data:` value cannot be used.
public struct DataSourceSpecError: Error, Sendable {
    public var message: Phrase
    public var hint: Phrase?
}

extension DataSourceSpec {
    /// `sqlite:FILE`, a path to a `.sqlite`/`.db` file, or a folder of `.sql` and `.csv` files.
    public static func parse(_ text: String) throws(DataSourceSpecError) -> DataSourceSpec {
        guard !text.isEmpty else {
            throw DataSourceSpecError(
                message: Phrase("the data source is empty", nb: "datakilden er tom"),
                hint: Phrase("name a SQLite file or a folder of .sql and .csv files", nb: "oppgi en SQLite-fil eller en mappe med .sql- og .csv-filer"))
        }
        if text.hasPrefix("sqlite:") { return .sqliteFile(path: String(text.dropFirst("sqlite:".count))) }
        for scheme in ["postgres://", "postgresql://", "csv:"] where text.hasPrefix(scheme) {
            throw DataSourceSpecError(
                message: Phrase("this version of tavle cannot read '\(scheme)' sources yet", nb: "denne versjonen av tavle kan ikke lese «\(scheme)»-kilder ennå"),
                hint: Phrase("use a SQLite file or a folder of .sql and .csv files", nb: "bruk en SQLite-fil eller en mappe med .sql- og .csv-filer"))
        }
        let lowered = text.lowercased()
        if [".sqlite", ".sqlite3", ".db"].contains(where: lowered.hasSuffix) { return .sqliteFile(path: text) }
        return .textFolder(path: text)
    }
}
