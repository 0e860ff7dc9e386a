import Foundation
import TavleModel

/// Finds `{{ … }}` in a line of narrative and parses what stands between the braces:
/// a dotted path, then filters, `{{ fall.last.value | number(1) }}`.
/// `\{{` is left as text, so a notebook can show the braces themselves.
enum InlineExpressionScanner {
    static func split(line: String, location: SourceLocation) throws(Diagnostic) -> [Narrative.Segment] {
        let characters = Array(line)
        var segments: [Narrative.Segment] = []
        var text = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "\\", index + 2 < characters.count, characters[index + 1] == "{",
                characters[index + 2] == "{"
            {
                text += "\\{{"
                index += 3
                continue
            }
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                text.append(characters[index])
                index += 1
                continue
            }
            let open = location.advanced(byColumns: index)
            var close = index + 2
            while close + 1 < characters.count, !(characters[close] == "}" && characters[close + 1] == "}") {
                close += 1
            }
            guard close + 1 < characters.count else {
                throw .error(
                    at: open, Phrase("'{{' is not closed on the same line"),
                    hint: Phrase("close it with '}}', or write '\\{{' to show the braces as text"))
            }
            if !text.isEmpty { segments.append(.markdown(text)); text = "" }
            let inner = String(characters[(index + 2)..<close])
            segments.append(.expression(try parse(inner, at: open.advanced(byColumns: 2))))
            index = close + 2
        }
        if !text.isEmpty { segments.append(.markdown(text)) }
        return segments
    }

    /// Parses the text between the braces; `location` is where that text begins.
    static func parse(_ source: String, at location: SourceLocation) throws(Diagnostic) -> InlineExpression {
        let characters = Array(source)
        var index = 0
        func skipSpaces() {
            while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        }
        func here() -> SourceLocation { location.advanced(byColumns: index) }
        func word() -> String {
            let start = index
            while index < characters.count,
                characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
                    || characters[index] == "-"
            { index += 1 }
            return String(characters[start..<index])
        }

        skipSpaces()
        let start = here()
        var path: [String] = []
        repeat {
            if !path.isEmpty { index += 1 }
            let at = here()
            let name = word()
            guard !name.isEmpty else {
                throw .error(
                    at: at, Phrase("expected a name in '{{ \(source.trimmingCharacters(in: .whitespaces)) }}'"),
                    hint: Phrase("for example {{ team.name }} or {{ fall.last.value | number(1) }}"))
            }
            path.append(name)
        } while index < characters.count && characters[index] == "."

        var filters: [InlineExpression.Filter] = []
        skipSpaces()
        while index < characters.count, characters[index] == "|" {
            index += 1
            skipSpaces()
            let at = here()
            let name = word()
            guard !name.isEmpty else {
                throw .error(
                    at: at, Phrase("expected a filter name after '|'"),
                    hint: Phrase("for example | number(1) or | percent"))
            }
            var arguments: [String] = []
            skipSpaces()
            if index < characters.count, characters[index] == "(" {
                index += 1
                var current = ""
                var quote: Character?
                while index < characters.count {
                    let c = characters[index]
                    if let q = quote {
                        if c == q { quote = nil } else { current.append(c) }
                    } else if c == "\"" || c == "'" {
                        quote = c
                    } else if c == "," {
                        arguments.append(current.trimmingCharacters(in: .whitespaces)); current = ""
                    } else if c == ")" {
                        break
                    } else {
                        current.append(c)
                    }
                    index += 1
                }
                guard index < characters.count else {
                    throw .error(at: at, Phrase("the filter '\(name)' is missing its ')'"))
                }
                index += 1
                let last = current.trimmingCharacters(in: .whitespaces)
                if !last.isEmpty || !arguments.isEmpty { arguments.append(last) }
            }
            filters.append(InlineExpression.Filter(name: name, arguments: arguments, location: at))
            skipSpaces()
        }
        guard index == characters.count else {
            throw .error(
                at: here(),
                Phrase("unexpected '\(characters[index])' in '{{ \(source.trimmingCharacters(in: .whitespaces)) }}'"),
                hint: Phrase(
                    "an expression is a dotted name followed by filters, such as {{ fall.last.value | number(1) }}"))
        }
        return InlineExpression(
            path: path, filters: filters, source: source.trimmingCharacters(in: .whitespaces), location: start)
    }
}
