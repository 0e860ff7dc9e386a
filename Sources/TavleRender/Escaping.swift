/// Escaping for every place user text and data values land in a report.
public enum Escape {
    /// Text for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Characters that start or end Markdown syntax anywhere in a line.
    private static let inlineSyntax: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "!"]
    /// Characters that start a block (heading, list, rule) when they open a line.
    private static let blockStarters: Set<Character> = ["#", "-", "+", "="]

    /// A value placed into Markdown so that it reads as the literal text: a team called `*Lia*`
    /// or `<b>` is shown as written, not as emphasis or dropped HTML. Only what could start
    /// syntax is escaped, so numbers, dates and names stay readable in diffs.
    public static func markdown(_ text: String) -> String {
        var result = ""
        let characters = Array(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        // A block marker counts only when a space or the end follows it: "- a", "1. a", "#".
        func marksBlock(at index: Int) -> Bool { index + 1 == characters.count || characters[index + 1] == " " }
        let digitsAtStart = characters.prefix { $0.isASCII && $0.isNumber }.count
        for (index, character) in characters.enumerated() {
            let opensBlock = index == 0 && blockStarters.contains(character) && marksBlock(at: index)
            let endsListNumber = digitsAtStart > 0 && index == digitsAtStart && (character == "." || character == ")") && marksBlock(at: index)
            if inlineSyntax.contains(character) || opensBlock || endsListNumber { result += "\\" }
            result.append(character)
        }
        return result
    }
}
