import Foundation
import TavleModel

/// A CSV file's bytes as text, remembering how they were encoded so that a file tavle adds
/// rows to keeps its encoding. Spreadsheets in Norway, Sweden and Denmark save UTF-8 with or
/// without a byte-order mark, or Windows-1252 ("ANSI"); all three are read.
public struct CSVText: Sendable {
    public enum Encoding: Sendable, Hashable {
        case utf8
        case utf8WithBOM
        case windows1252
    }

    public var text: String
    public var encoding: Encoding

    /// `nil` when the bytes are neither UTF-8 nor Windows-1252.
    public static func decode(_ data: Data) -> CSVText? {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if data.starts(with: bom) {
            return String(data: data.dropFirst(3), encoding: .utf8).map { CSVText(text: $0, encoding: .utf8WithBOM) }
        }
        if let text = String(data: data, encoding: .utf8) { return CSVText(text: text, encoding: .utf8) }
        return String(data: data, encoding: .windowsCP1252).map { CSVText(text: $0, encoding: .windows1252) }
    }

    /// Reads a file; the error names it and what it could not be read as.
    public static func read(_ path: String, shownAs shown: String) throws(Diagnostic) -> CSVText {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error(at: SourceLocation(file: shown, line: 1, column: 1), Phrase("the file could not be read"))
        }
        guard let decoded = decode(data) else {
            throw .error(
                at: SourceLocation(file: shown, line: 1, column: 1),
                Phrase("the file is neither UTF-8 nor Windows-1252 text"),
                hint: Phrase("save it from the spreadsheet as 'CSV UTF-8'"))
        }
        return decoded
    }

    /// `text` in this file's encoding; `nil` when a character has no place in Windows-1252.
    public func encoded(_ text: String) -> Data? {
        switch encoding {
        case .utf8: Data(text.utf8)
        case .utf8WithBOM: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case .windows1252: text.data(using: .windowsCP1252)
        }
    }
}

/// How a CSV file separates fields and writes decimals, read off its header line: `,` with
/// decimal points, or `;` (or a tab) with decimal commas, as spreadsheets save CSV where the
/// comma is the decimal mark. A file uses one dialect throughout.
public struct CSVDialect: Sendable, Hashable {
    public var separator: Character

    public static let comma = CSVDialect(separator: ",")

    public init(separator: Character) {
        self.separator = separator
    }

    /// The separator the header line uses most: `;` or a tab when there are more of them than
    /// commas, else `,`.
    public static func detect(in text: String) -> CSVDialect {
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        var commas = 0, semicolons = 0, tabs = 0, quoted = false
        for character in header {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            case "\t" where !quoted: tabs += 1
            default: break
            }
        }
        if semicolons > commas, semicolons >= tabs { return CSVDialect(separator: ";") }
        if tabs > commas { return CSVDialect(separator: "\t") }
        return .comma
    }

    /// Whether numbers may be written with a decimal comma ("3,5").
    public var decimalComma: Bool { separator != "," }

    /// A field as a whole number, in this dialect (spaces between thousands allowed with `;`).
    public func integer(_ field: String) -> Int64? {
        Int64(decimalComma ? Self.withoutDigitGroups(field) : field)
    }

    /// A field as a number: "3.5" always, "3,5" (and "1 234,5") in a dialect with decimal commas.
    public func number(_ field: String) -> Double? {
        // "1.205" in a file of decimal commas is a thousand and more, not one: refused, not guessed.
        if decimalComma, Self.withoutPointGroups(field) != nil { return nil }
        if let number = Double(field), number.isFinite, field.allSatisfy(\.isASCII) { return number }
        guard decimalComma, Self.isDecimalComma(Self.withoutDigitGroups(field)) else { return nil }
        return Double(Self.withoutDigitGroups(field).replacingOccurrences(of: ",", with: "."))
    }

    /// A field that is a number written the other way: a decimal comma in a comma-separated
    /// file, or points between thousands in a file of decimal commas.
    public func isNumberWrittenOtherwise(_ field: String) -> Bool {
        decimalComma ? Self.withoutPointGroups(field) != nil : Self.isDecimalComma(field)
    }

    /// `-12,5`: digits, one comma, digits.
    public static func isDecimalComma(_ field: String) -> Bool {
        var body = Substring(field)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// "1 234,5" → "1234,5": the space (or no-break space) between groups of digits.
    static func withoutDigitGroups(_ field: String) -> String {
        guard field.contains(where: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }) else { return field }
        let groups = field.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        guard groups.count > 1, groups.dropFirst().allSatisfy({ $0.prefix { $0.isNumber }.count == 3 }) else {
            return field
        }
        return groups.joined()
    }

    /// What to do about a field that is not a number in this dialect.
    public static func numberHint(_ field: String, dialect: CSVDialect) -> Phrase {
        if let whole = withoutPointGroups(field) {
            // "3.889" in a file of decimal commas is either 3889 or a decimal 3,889: both are named.
            return Phrase(
                "'\(field)' could be thousands with a point between them (as Danish and Norwegian spreadsheets may write it) or a decimal number: write \(whole) for the thousands, or \(field.replacingOccurrences(of: ".", with: ",")) with a decimal comma"
            )
        }
        if !dialect.decimalComma, isDecimalComma(field) {
            return Phrase(
                "this file separates fields with ',' so its decimals need a point (\(field.replacingOccurrences(of: ",", with: "."))); or save it with ';' between fields, as spreadsheets in Norwegian, Swedish and Danish do, and keep the decimal commas"
            )
        }
        return dialect.decimalComma
            ? Phrase("write a number (2,5 or 2.5), or leave the field empty for a missing value")
            : Phrase("write a number (2.5), or leave the field empty for a missing value")
    }

    /// "1.205" or "12.345,5" → "1205", "12345,5": groups of three digits after points; `nil`
    /// for anything else. Never read as a number, since "1.205" is 1.205 in English.
    static func withoutPointGroups(_ field: String) -> String? {
        let (whole, decimals) = field.firstIndex(of: ",").map { (field[..<$0], field[$0...]) } ?? (field[...], "")
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count), groups[0] != "0",
            groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return groups.joined() + decimals
    }

    /// The text for a number tavle writes into a file of this dialect.
    public func text(_ number: String) -> String {
        decimalComma ? number.replacingOccurrences(of: ".", with: ",") : number
    }
}

extension CSVTable {
    /// Reads a file as a spreadsheet saved it: its encoding and its dialect found, each field
    /// kept as text (numbers are read with `dialect`).
    public init(reading text: CSVText, file: String) throws(Diagnostic) {
        let dialect = CSVDialect.detect(in: text.text)
        try self.init(parsing: text.text, file: file, separator: dialect.separator)
        self.dialect = dialect
    }
}
