import Foundation

/// The English sentences the code writes, read from Sources/ as the compiler reads string
/// literals: every `Phrase("…")`, `Phrase("…", context: "…")` and `words("…")` (the command
/// line's help), with `{1}`, `{2}`… where a value is interpolated. The same rule as
/// `scripts/catalogs.py extract`, so a sentence added in code is found by the catalog tests.
struct PhraseSources {
    struct Key: Hashable, CustomStringConvertible {
        var context: String?
        var id: String
        var description: String { context.map { "[\($0)] \(id)" } ?? id }
    }

    /// Each key with the place it is first written, "Sources/TavleRun/ReportRun.swift:42".
    private(set) var keys: [Key: String] = [:]

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    init() throws {
        let sources = Self.packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap {
            $0 as? URL
        }
        .filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
        for file in files {
            let text = Array(try String(contentsOf: file, encoding: .utf8))
            try scan(text, place: "Sources" + file.path.dropFirst(sources.path.count))
        }
        // Built from data rather than written out.
        for month in Self.months {
            keys[Key(context: "month", id: month), default: "Language.swift"] = "Language.swift"
            keys[Key(context: "month, short", id: String(month.prefix(3))), default: "Language.swift"] =
                "Language.swift"
        }
    }

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// Finds every call in the text, including calls inside another phrase's interpolations, as
    /// `scripts/catalogs.py extract` does: comments and raw strings are skipped, other text is not.
    private mutating func scan(_ text: [Character], place: String) throws {
        var newlines: [Int] = []
        for (offset, character) in text.enumerated() where character == "\n" { newlines.append(offset) }
        func lineNumber(_ offset: Int) -> Int {
            var low = 0, high = newlines.count
            while low < high {
                let middle = (low + high) / 2
                if newlines[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return low + 1
        }
        var ignoredLine = 0
        var index = 0
        while index < text.count {
            let character = text[index]
            // Comments are skipped whole: a doc comment may show a Phrase as an example.
            if character == "/", index + 1 < text.count, text[index + 1] == "/" {
                while index < text.count, text[index] != "\n" { index += 1 }
                continue
            }
            if character == "#", index + 1 < text.count, text[index + 1] == "\"" {
                Self.skipRawLiteral(text, from: &index, line: &ignoredLine)
                continue
            }
            guard let name = Self.call(in: text, at: index) else {
                index += 1
                continue
            }
            let callOffset = index
            index += name.count + 1
            var quote = index
            while quote < text.count, text[quote].isWhitespace { quote += 1 }
            guard quote < text.count, text[quote] == "\"" else { continue }
            var after = quote
            let id = try Self.literal(text, from: &after, line: &ignoredLine)
            var context: String?
            var probe = after
            while probe < text.count, text[probe].isWhitespace { probe += 1 }
            if probe < text.count, text[probe] == "," {
                probe += 1
                while probe < text.count, text[probe].isWhitespace { probe += 1 }
                let label = Array("context:")
                if probe + label.count <= text.count, Array(text[probe..<probe + label.count]) == label {
                    probe += label.count
                    while probe < text.count, text[probe].isWhitespace { probe += 1 }
                    if probe < text.count, text[probe] == "\"" {
                        context = try Self.literal(text, from: &probe, line: &ignoredLine)
                    }
                }
            }
            let key = Key(context: context, id: id)
            if keys[key] == nil { keys[key] = "\(place):\(lineNumber(callOffset))" }
            // On inside the literal: its interpolations may hold phrases of their own.
            index = quote + 1
        }
    }

    /// Past a raw string, `#"…"#` or `#"""…"""#`, in which a backslash is only a backslash.
    private static func skipRawLiteral(_ text: [Character], from index: inout Int, line: inout Int) {
        let multiline = index + 3 < text.count && text[index + 2] == "\"" && text[index + 3] == "\""
        let closing: [Character] = multiline ? ["\"", "\"", "\"", "#"] : ["\"", "#"]
        index += multiline ? 4 : 2
        while index + closing.count <= text.count {
            if Array(text[index..<index + closing.count]) == closing {
                index += closing.count
                return
            }
            if text[index] == "\n" { line += 1 }
            index += 1
        }
        index = text.count
    }

    /// `Phrase(` or `words(` starting at `index`, not as the end of a longer name.
    private static func call(in text: [Character], at index: Int) -> String? {
        for name in ["Phrase", "words"] {
            let characters = Array(name + "(")
            guard index + characters.count <= text.count, Array(text[index..<index + characters.count]) == characters
            else { continue }
            if index > 0,
                text[index - 1].isLetter || text[index - 1].isNumber || text[index - 1] == "_" || text[index - 1] == "."
            {
                return nil
            }
            return name
        }
        return nil
    }

    /// Reads the string literal at `index` (single-line or `"""`), returning its text with each
    /// interpolation as `{n}`, and leaves `index` after it.
    static func literal(_ text: [Character], from index: inout Int, line: inout Int) throws -> String {
        let multiline = index + 2 < text.count && text[index + 1] == "\"" && text[index + 2] == "\""
        if !multiline {
            index += 1
            var count = 0
            return try body(text, from: &index, line: &line, count: &count) { text, at in text[at] == "\"" ? 1 : nil }
        }
        // Content starts on the next line. The closing delimiter's indentation leaves every line
        // before escapes are read, as the compiler does, so a backslash at a line's end joins the
        // next line without its indentation.
        index += 3
        while index < text.count, text[index] != "\n" { index += 1 }
        index += 1
        line += 1
        let start = index
        var end = index
        while end + 2 < text.count, !(text[end] == "\"" && text[end + 1] == "\"" && text[end + 2] == "\"") {
            end += text[end] == "\\" ? 2 : 1
        }
        guard end + 2 < text.count else {
            throw Unreadable(description: "line \(line): a \"\"\" string that does not end")
        }
        var lines = text[start..<end].split(separator: "\n", omittingEmptySubsequences: false)
        let indentation = lines.removeLast()
        guard indentation.allSatisfy({ $0 == " " }) else {
            throw Unreadable(description: "line \(line): text before a closing \"\"\"")
        }
        let content = Array(
            lines.map { $0.starts(with: indentation) ? $0.dropFirst(indentation.count) : $0.drop { $0 == " " } }.joined(
                separator: ["\n"]))
        line += lines.count
        index = end + 3
        var position = 0
        var count = 0
        var contentLine = 0
        return try body(content + ["\u{0}"], from: &position, line: &contentLine, count: &count) { text, at in
            at == text.count - 1 ? 1 : nil
        }
    }

    private static func body(
        _ text: [Character], from index: inout Int, line: inout Int, count: inout Int,
        closing: ([Character], Int) -> Int?
    ) throws -> String {
        var result = ""
        while index < text.count {
            if let length = closing(text, index) {
                index += length
                return result
            }
            let character = text[index]
            guard character == "\\" else {
                if character == "\n" { line += 1 }
                result.append(character)
                index += 1
                continue
            }
            let next = text[index + 1]
            index += 2
            switch next {
            case "(":
                try skipInterpolation(text, from: &index, line: &line)
                count += 1
                result += "{\(count)}"
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "0": result += "\0"
            case "\\", "\"", "'": result.append(next)
            case "\n": line += 1  // a line continuation in a """ string
            case "u":
                guard text[index] == "{", let close = text[index...].firstIndex(of: "}"),
                    let value = UInt32(String(text[(index + 1)..<close]), radix: 16), let scalar = Unicode.Scalar(value)
                else { throw Unreadable(description: "line \(line): a \\u escape that is not \\u{hex}") }
                result.unicodeScalars.append(scalar)
                index = close + 1
            default: throw Unreadable(description: "line \(line): the escape \\\(next)")
            }
        }
        throw Unreadable(description: "line \(line): a string that does not end")
    }

    /// Past the `)` that closes an interpolation, over nested parentheses and strings.
    private static func skipInterpolation(_ text: [Character], from index: inout Int, line: inout Int) throws {
        var depth = 1
        while index < text.count {
            switch text[index] {
            case "\"":
                _ = try literal(text, from: &index, line: &line)
                continue
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 {
                    index += 1
                    return
                }
            case "\n": line += 1
            default: break
            }
            index += 1
        }
    }
}
