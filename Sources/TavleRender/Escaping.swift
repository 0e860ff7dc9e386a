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

    /// A value placed into Markdown so that it reads as the literal text: every ASCII
    /// punctuation mark is backslash-escaped (CommonMark allows that for all of them), so a
    /// team called `*Lia*` or `<b>` is shown as written, not as emphasis or dropped HTML.
    public static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\n" { result += " "; continue }
            if character.isASCII, character.isPunctuation || character.isSymbol {
                result += "\\"
            }
            result.append(character)
        }
        return result
    }

    /// A value in a GFM table cell: Markdown-escaped, so pipes cannot split the cell.
    public static func markdownTableCell(_ text: String) -> String {
        markdown(text)
    }
}
