import TavleModel

/// Control characters in a text a person wrote (a NUL from a broken copy, an escape
/// sequence): invisible in most editors, they cut text short or reach a terminal. Refused at
/// their place, line and column, before anything reads the file.
public enum ControlCharacters {
    public static func requireNone(in text: String, file: String) throws(Diagnostic) {
        guard text.unicodeScalars.contains(where: isControl) else { return }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                let code =
                    "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
                    + String(scalar.value, radix: 16, uppercase: true)
                throw .error(
                    at: SourceLocation(file: file, line: line, column: column),
                    Phrase("the file holds an invisible control character (\(code))"),
                    hint: Phrase("delete it; it often comes from copying text out of another program"))
            }
            if scalar == "\n" { line += 1; column = 1 } else if scalar != "\r" { column += 1 }
        }
    }

    /// C0 controls but tab, line feed and carriage return; DEL and the C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || (0x7F...0x9F).contains(scalar.value)
    }
}
