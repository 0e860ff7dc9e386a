/// Escaping for every place user text and data values land in a report.
public enum Escape {
    /// Text for HTML element content and attribute values.
    ///
    /// Works on UTF-8 bytes: every character escaped here is ASCII, and no byte of a longer
    /// UTF-8 sequence is, so nothing else can be touched. A report of a large network escapes
    /// a few hundred thousand values, most of which (numbers, dates, names) need nothing.
    public static func html(_ text: String) -> String {
        guard text.utf8.contains(where: needsHTMLEscape) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "\""): result += "&quot;".utf8
            case UInt8(ascii: "'"): result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func needsHTMLEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Characters that start or end Markdown syntax anywhere in a line.
    private static let inlineSyntax: Set<UInt8> = Set("\\`*_[]<>|&~!".utf8)
    /// Characters that start a block (heading, list, rule) when they open a line.
    private static let blockStarters: Set<UInt8> = Set("#-+=".utf8)

    /// A value placed into Markdown so that it reads as the literal text: a team called `*Lia*`
    /// or `<b>` is shown as written, not as emphasis or dropped HTML. Only what could start
    /// syntax is escaped, so numbers, dates and names stay readable in diffs. Line breaks
    /// become spaces (a value never ends a table row). Bytes, as in `html`.
    public static func markdown(_ text: String) -> String {
        // Most values need nothing: no syntax character, no line break, no block marker first.
        let first = text.utf8.first
        if !text.utf8.contains(where: {
            inlineSyntax.contains($0) || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }),
            first.map({ !blockStarters.contains($0) && !($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }) ?? true
        {
            return text
        }
        let bytes = Array(text.utf8)
        let space = UInt8(ascii: " ")
        let digitsAtStart = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        var changed = false
        for (index, original) in bytes.enumerated() {
            let byte = original == UInt8(ascii: "\n") || original == UInt8(ascii: "\r") ? space : original
            // A block marker counts only when a space (or a line break) or the end follows it: "- a", "1. a", "#".
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            let marksBlock = next == nil || next == space || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
            let opensBlock = index == 0 && blockStarters.contains(byte) && marksBlock
            let endsListNumber =
                digitsAtStart > 0 && index == digitsAtStart && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"))
                && marksBlock
            if inlineSyntax.contains(byte) || opensBlock || endsListNumber {
                result.append(UInt8(ascii: "\\"))
                changed = true
            }
            changed = changed || byte != original
            result.append(byte)
        }
        return changed ? String(decoding: result, as: UTF8.self) : text
    }

    /// Narrative Markdown with its raw HTML made text: every `<` that would open a tag, a
    /// comment or a declaration outside code is written `&lt;`. The HTML report drops raw HTML
    /// (cmark without its unsafe option); the Markdown report, read on a git host or in an
    /// editor's preview, must not run it either.
    public static func rawHTMLInMarkdown(_ markdown: String) -> String {
        guard markdown.contains("<") else { return markdown }
        var output = ""
        var fence: Substring?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                output += line + "\n"
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                output += line + "\n"
                continue
            }
            if line.hasPrefix("    ") || line.hasPrefix("\t") {
                output += line + "\n"
                continue
            }
            // Outside code spans (runs of backticks), a '<' before a letter, '/', '!' or '?'.
            var inCode = 0
            var index = line.startIndex
            while index < line.endIndex {
                let character = line[index]
                if character == "`" {
                    var run = 0
                    while index < line.endIndex, line[index] == "`" {
                        run += 1; output.append("`"); index = line.index(after: index)
                    }
                    inCode = inCode == 0 ? run : (inCode == run ? 0 : inCode)
                    continue
                }
                let next = line.index(after: index)
                // A '<' already escaped (`\<`, as values put into the text are) stays as it is.
                let escaped = index > line.startIndex && line[line.index(before: index)] == "\\"
                if inCode == 0, !escaped, character == "<", next < line.endIndex,
                    line[next].isLetter || "/!?".contains(line[next])
                {
                    output += "&lt;"
                } else {
                    output.append(character)
                }
                index = next
            }
            output += "\n"
        }
        return String(output.dropLast())
    }
}
