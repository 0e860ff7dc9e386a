import TavleModel

/// A lexer just deep enough to answer what Tavle must know about a query before SQLite sees it:
/// how many statements it holds, which keyword starts it, and which named parameters it uses,
/// each with its offset, while skipping strings, quoted identifiers and comments.
public struct SQLScan: Sendable, Hashable {
    public struct Parameter: Sendable, Hashable {
        /// Without the leading `:`, `@` or `$`.
        public var name: String
        /// Offset of the sigil, in characters from the start of the SQL.
        public var offset: Int
    }

    public var parameters: [Parameter]
    /// Offsets of `?` placeholders, which Tavle refuses: names say what is bound.
    public var positionalParameters: [Int]
    public struct Statement: Sendable, Hashable {
        /// The first word, upper-cased (`SELECT`, `WITH`, `INSERT`, …).
        public var keyword: String
        public var offset: Int
    }

    /// One entry per statement, in order.
    public var statements: [Statement]

    public init(_ sql: String) {
        let characters = Array(sql)
        var parameters: [Parameter] = []
        var positional: [Int] = []
        var statements: [Statement] = []
        var expectingKeyword = true
        var index = 0

        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

        while index < characters.count {
            let c = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            switch c {
            case "'", "\"", "`":
                // A quoted string or identifier; a doubled quote stands for itself.
                index += 1
                while index < characters.count {
                    if characters[index] == c {
                        if index + 1 < characters.count, characters[index + 1] == c { index += 2; continue }
                        break
                    }
                    index += 1
                }
                index += 1
                expectingKeyword = false
            case "[":
                while index < characters.count, characters[index] != "]" { index += 1 }
                index += 1
                expectingKeyword = false
            case "-" where next == "-":
                while index < characters.count, characters[index] != "\n" { index += 1 }
            case "/" where next == "*":
                index += 2
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == "/") {
                    index += 1
                }
                index += 2
            case ";":
                expectingKeyword = true
                index += 1
            case ":", "@", "$":
                var end = index + 1
                while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
                if end > index + 1 {
                    parameters.append(Parameter(name: String(characters[(index + 1)..<end]), offset: index))
                }
                index = max(end, index + 1)
                expectingKeyword = false
            case "?":
                positional.append(index)
                index += 1
                while index < characters.count, characters[index].isNumber { index += 1 }
                expectingKeyword = false
            default:
                if isWordCharacter(c) {
                    var end = index
                    while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
                    if expectingKeyword {
                        statements.append(
                            Statement(keyword: String(characters[index..<end]).uppercased(), offset: index))
                        expectingKeyword = false
                    }
                    index = end
                } else {
                    if !c.isWhitespace, expectingKeyword {
                        statements.append(Statement(keyword: String(c), offset: index))
                        expectingKeyword = false
                    }
                    index += 1
                }
            }
        }
        self.parameters = parameters
        self.positionalParameters = positional
        self.statements = statements
    }
}

extension String {
    /// The line and column (both 0-based) of a character offset.
    func lineAndColumn(ofOffset offset: Int) -> (line: Int, column: Int) {
        var line = 0, column = 0
        for (position, character) in enumerated() {
            if position == offset { break }
            if character == "\n" { line += 1; column = 0 } else { column += 1 }
        }
        return (line, column)
    }
}

extension SourceLocationMapping {
    /// Maps an offset into a multi-line text that starts at `start` to a file position.
    public static func location(ofOffset offset: Int, in text: String, startingAt start: SourceLocation)
        -> SourceLocation
    {
        let (line, column) = text.lineAndColumn(ofOffset: offset)
        return SourceLocation(file: start.file, line: start.line + line, column: start.column + column)
    }
}

/// Turns offsets inside cell bodies into file positions.
public enum SourceLocationMapping {}
