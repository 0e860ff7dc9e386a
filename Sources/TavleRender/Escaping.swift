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
    private static let blockStarters: Set<Character> = ["#", "-", "+", "=", ":"]

    /// A value placed into Markdown so that it reads as the literal text: a team called `*Lia*`
    /// or `<b>` is shown as written, not as emphasis or dropped HTML. Only what could start
    /// syntax is escaped, so numbers, dates and names stay readable in diffs.
    public static func markdown(_ text: String) -> String {
        var result = ""
        let characters = Array(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        // "1. " or "1) " at the start would make an ordered list.
        let digitsAtStart = characters.prefix { $0.isASCII && $0.isNumber }.count
        for (index, character) in characters.enumerated() {
            let opensBlock = index == 0 && blockStarters.contains(character)
            let endsListNumber = digitsAtStart > 0 && index == digitsAtStart && (character == "." || character == ")")
            if inlineSyntax.contains(character) || opensBlock || endsListNumber { result += "\\" }
            result.append(character)
        }
        return result
    }

    /// A value in a GFM table cell: Markdown-escaped, so pipes cannot split the cell.
    public static func markdownTableCell(_ text: String) -> String {
        markdown(text)
    }
}
