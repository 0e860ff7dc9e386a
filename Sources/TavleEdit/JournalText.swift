import TavleModel

/// A journal's YAML as lines, changed in place: a field's value is replaced where it stands and
/// a new entry goes after the last one of its list, so that the team's comments, order and
/// layout stay as they wrote them and `git diff` shows only what the form changed.
///
/// It reads the block layout that `tavle init` writes and the examples use (a top-level key,
/// then `- ` items whose keys stand two columns right of the dash). A journal written another
/// way (flow style `[…]`, or an entry spread over anchors) is refused with a message, never
/// guessed at: the edit is then one for a text editor.
public struct JournalText: Sendable, Equatable {
    public private(set) var lines: [String]

    public init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // "a\n" splits into ["a", ""]: the last empty part is the final newline, not a line.
        if lines.last == "" { lines.removeLast() }
        self.lines = lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }

    public var text: String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }

    /// Why an edit could not be placed in the text.
    public struct LayoutError: Error, Sendable, Equatable {
        public var phrase: Phrase
        public var line: Int?
    }

    /// One `- ` entry of a top-level list: its lines `start..<end` (trailing blank and comment
    /// lines excluded), and the columns of its dash and of its keys.
    struct Item {
        var start: Int
        var end: Int
        var dash: Int
        var keys: Int { dash + 2 }
    }

    // MARK: Reading the layout

    /// YAML's comment sign, by its code: a quote right after it reads, to the phrase scanner
    /// (scripts/catalogs.py), as the start of a raw string.
    static let commentSign = Character(Unicode.Scalar(0x23))

    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// A blank line, or a comment. A line starting with `#` deeper than `column` is not taken
    /// for a comment: inside a block scalar (`text: |`) it is the team's text ("#1 lesson: …"),
    /// and an edit placed before it would move it out of the value, where YAML drops it.
    static func isBlankOrComment(_ line: String, deeperThan column: Int? = nil) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard let first = trimmed.first else { return true }
        guard first == Self.commentSign else { return false }
        if let column, indentation(line) > column { return false }
        return true
    }

    /// The line of a top-level `key:` and, when it has one, what follows the colon.
    func topLevelKey(_ key: String) -> (line: Int, rest: String)? {
        for (index, line) in lines.enumerated() where line.hasPrefix(key + ":") {
            let rest = line.dropFirst(key.count + 1)
            return (index, Self.withoutComment(String(rest)).trimmingSpaces())
        }
        return nil
    }

    /// The entries of the top-level list `key`, in order.
    func items(of key: String) throws(LayoutError) -> (keyLine: Int, items: [Item])? {
        guard let (keyLine, rest) = topLevelKey(key) else { return nil }
        guard rest.isEmpty || rest == "[]" else {
            throw LayoutError(
                phrase: Phrase(
                    "'\(key):' is written on one line; tavle can only add to a list written one entry per line"),
                line: keyLine + 1)
        }
        var items: [Item] = []
        var dash: Int?
        var index = keyLine + 1
        var lastContent = keyLine
        while index < lines.count {
            let line = lines[index]
            // Before the first entry every comment is one; after it, only those no deeper
            // than the entries' keys (a deeper one is a value's text).
            if Self.isBlankOrComment(line, deeperThan: dash.map { $0 + 2 }) {
                index += 1
                continue
            }
            let indent = Self.indentation(line)
            let content = line.dropFirst(indent)
            let isDash = content == "-" || content.hasPrefix("- ")
            // The section ends at the next top-level key (a dash at column 0 is still an entry).
            if indent == 0 && !isDash { break }
            if isDash && (dash == nil || indent == dash) {
                if dash == nil { dash = indent }
                if var last = items.popLast() {
                    last.end = lastContent + 1
                    items.append(last)
                }
                items.append(Item(start: index, end: index + 1, dash: indent))
            } else if items.isEmpty || indent <= (dash ?? 0) {
                throw LayoutError(
                    phrase: Phrase("the list '\(key):' is laid out in a way tavle cannot add to"), line: index + 1)
            }
            lastContent = index
            index += 1
        }
        if var last = items.popLast() {
            last.end = lastContent + 1
            items.append(last)
        }
        return (keyLine, items)
    }

    /// The line of `key:` inside an entry (on the dash line or at the entry's key column).
    func keyLine(_ key: String, in item: Item) -> Int? {
        for index in item.start..<item.end {
            let line = lines[index]
            let content: Substring
            if index == item.start {
                content = line.dropFirst(item.dash + 2)
            } else {
                guard Self.indentation(line) == item.keys else { continue }
                content = line.dropFirst(item.keys)
            }
            if content.hasPrefix(key + ":") { return index }
        }
        return nil
    }

    /// The lines a key's value takes: the key's own line and any more-indented lines after it.
    func valueEnd(from keyLine: Int, in item: Item) -> Int {
        var end = keyLine + 1
        var index = keyLine + 1
        while index < item.end {
            let line = lines[index]
            if !Self.isBlankOrComment(line, deeperThan: item.keys) {
                guard Self.indentation(line) > item.keys else { break }
                end = index + 1
            }
            index += 1
        }
        return end
    }

    /// A scalar on a key's line: the text after the colon, unquoted.
    func scalar(_ key: String, in item: Item) -> String? {
        guard let line = keyLine(key, in: item) else { return nil }
        let text = lines[line]
        guard let colon = text.range(of: key + ":") else { return nil }
        return YAMLScalar.read(Self.withoutComment(String(text[colon.upperBound...])).trimmingSpaces())
    }

    /// The entry of `list` whose `key` is `value` (`id: faerre-fall`).
    func item(in list: String, where key: String, is value: String) throws(LayoutError) -> Item? {
        try item(in: list, matching: [(key, value)])
    }

    /// The entry of `list` whose keys have all these values (an answer: its prompt and gathering).
    func item(in list: String, matching pairs: [(key: String, value: String)]) throws(LayoutError) -> Item? {
        guard let (_, items) = try items(of: list) else { return nil }
        return items.first { item in pairs.allSatisfy { scalar($0.key, in: item) == $0.value } }
    }

    static func withoutComment(_ text: String) -> String {
        // A '#' starts a comment only after a space; inside quotes it is text.
        var quote: Character?
        var previous: Character = " "
        for (offset, character) in text.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == Self.commentSign && previous == " " {
                return String(text.prefix(offset))
            }
            previous = character
        }
        return text
    }

    // MARK: Changing it

    /// Sets `key` of an entry to `value`, where it stands, or adds it after the entry's last
    /// scalar key (before a nested list such as `revisions:`). `nil` removes the key.
    mutating func set(_ key: String, to value: YAMLScalar?, in item: Item) {
        let column = item.keys
        if let line = keyLine(key, in: item) {
            let end = valueEnd(from: line, in: item)
            let prefix =
                line == item.start
                ? String(repeating: " ", count: item.dash) + "- " : String(repeating: " ", count: column)
            if let value {
                var replacement = value.lines(key: key, prefix: prefix, indent: column)
                // A comment after a one-line value stays where it was (`target: 5   # the goal`).
                let old = lines[line]
                let uncommented = Self.withoutComment(old)
                if end == line + 1, replacement.count == 1, uncommented.count < old.count {
                    let comment = old.dropFirst(uncommented.count)
                    let gap = max(1, uncommented.count - replacement[0].count)
                    replacement[0] += String(repeating: " ", count: gap) + comment
                }
                lines.replaceSubrange(line..<end, with: replacement)
            } else if line == item.start {
                // The key on the dash line carries the dash; it is never removed (it is the id).
                return
            } else {
                lines.removeSubrange(line..<end)
            }
            return
        }
        guard let value else { return }
        var at = item.end
        for nested in ["revisions", "changes"] {
            if let line = keyLine(nested, in: item), line < at { at = line }
        }
        lines.insert(
            contentsOf: value.lines(key: key, prefix: String(repeating: " ", count: column), indent: column), at: at)
    }

    /// Adds an entry to a list inside an entry (`revisions:` of a goal), making the list when
    /// the entry has none.
    mutating func append(_ fields: [(key: String, value: YAMLScalar)], toList list: String, in item: Item) {
        let column = item.keys
        if let line = keyLine(list, in: item) {
            let end = valueEnd(from: line, in: item)
            // The list's own dash column, from its first entry; else two right of the key.
            let dash =
                (line + 1..<end).first { !Self.isBlankOrComment(lines[$0], deeperThan: column) }.map {
                    Self.indentation(lines[$0])
                }
                ?? column + 2
            lines.insert(contentsOf: Self.entry(fields, dash: dash), at: end)
        } else {
            lines.insert(
                contentsOf: [String(repeating: " ", count: column) + list + ":"] + Self.entry(fields, dash: column + 2),
                at: item.end)
        }
    }

    /// Adds an entry at the end of a top-level list, making the list at the end of the file
    /// when the journal has none (or has `key: []`).
    public mutating func append(_ fields: [(key: String, value: YAMLScalar)], toTopLevel key: String)
        throws(LayoutError)
    {
        if let (keyLine, items) = try items(of: key) {
            if let last = items.last {
                lines.insert(contentsOf: Self.entry(fields, dash: last.dash), at: last.end)
            } else {
                lines[keyLine] = key + ":"
                lines.insert(contentsOf: Self.entry(fields, dash: 2), at: keyLine + 1)
            }
        } else {
            if let last = lines.last, !last.isEmpty { lines.append("") }
            lines.append(key + ":")
            lines.append(contentsOf: Self.entry(fields, dash: 2))
        }
    }

    static func entry(_ fields: [(key: String, value: YAMLScalar)], dash: Int) -> [String] {
        var lines: [String] = []
        for (index, field) in fields.enumerated() {
            let prefix = String(repeating: " ", count: dash) + (index == 0 ? "- " : "  ")
            lines.append(contentsOf: field.value.lines(key: field.key, prefix: prefix, indent: dash + 2))
        }
        return lines
    }

    // MARK: The edits a form makes

    /// Changes fields of the goal `id`. Fields given as `nil` are removed.
    public mutating func setGoal(_ id: String, fields: [(key: String, value: YAMLScalar?)]) throws(LayoutError) {
        guard var item = try item(in: "goals", where: "id", is: id) else {
            throw LayoutError(phrase: Phrase("the journal has no goal '\(id)'"), line: nil)
        }
        for (key, value) in fields {
            let before = lines.count
            set(key, to: value, in: item)
            item.end += lines.count - before
        }
    }

    /// Adds a revision (date and reason) under the goal `id`.
    public mutating func addRevision(toGoal id: String, date: String, reason: String) throws(LayoutError) {
        guard let item = try item(in: "goals", where: "id", is: id) else {
            throw LayoutError(phrase: Phrase("the journal has no goal '\(id)'"), line: nil)
        }
        append([("date", .verbatim(date)), ("reason", .text(reason))], toList: "revisions", in: item)
    }

    /// Adds a change of definition (date and what changed) under the indicator `id`.
    public mutating func addDefinitionChange(toIndicator id: String, date: String, change: String) throws(LayoutError) {
        guard let item = try item(in: "indicators", where: "id", is: id) else {
            throw LayoutError(phrase: Phrase("the journal has no indicator '\(id)'"), line: nil)
        }
        append([("date", .verbatim(date)), ("change", .text(change))], toList: "changes", in: item)
    }

    /// Changes fields of the entry of a top-level list whose keys have the values given.
    public mutating func setEntry(
        in list: String, matching pairs: [(key: String, value: String)], fields: [(key: String, value: YAMLScalar?)]
    ) throws(LayoutError) {
        guard var item = try item(in: list, matching: pairs) else {
            throw LayoutError(
                phrase: Phrase(
                    "the journal has no entry '\(pairs.map(\.value).joined(separator: " "))' under '\(list)'"),
                line: nil)
        }
        for (key, value) in fields {
            let before = lines.count
            set(key, to: value, in: item)
            item.end += lines.count - before
        }
    }
}

/// A value as the journal writes it: plain where YAML reads it back as the same text, quoted
/// where it would read otherwise (a colon and a space, a leading dash, `yes`, a number where
/// text is meant), a block where it has more than one line.
public enum YAMLScalar: Sendable, Equatable {
    /// Free text (a statement, a reason): quoted whenever plain would not read back the same.
    case text(String)
    /// A number, a date or a word from a fixed list, already checked: written as given when
    /// it is plain-safe, else quoted.
    case verbatim(String)

    /// `key: value` as YAML writes it, at `indent` columns (a block scalar over several lines).
    public func written(key: String, indent: Int) -> String {
        lines(key: key, prefix: String(repeating: " ", count: indent), indent: indent).joined(separator: "\n")
    }

    func lines(key: String, prefix: String, indent: Int) -> [String] {
        switch self {
        case .verbatim(let value):
            return [prefix + key + ": " + (Self.isPlainSafe(value, textOnly: false) ? value : Self.quoted(value))]
        case .text(let value):
            let normalized = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
                of: "\r", with: "\n")
            if normalized.contains("\n") {
                let body = normalized.hasSuffix("\n") ? String(normalized.dropLast()) : normalized
                // '|-' keeps the lines and drops the final newline; a line starting with spaces
                // is written with an explicit indentation so it is not taken as the indentation.
                let firstIndented = body.first == " "
                let header = firstIndented ? "|2-" : "|-"
                let pad = String(repeating: " ", count: indent + 2)
                return [prefix + key + ": " + header]
                    + body.split(separator: "\n", omittingEmptySubsequences: false).map {
                        $0.isEmpty ? "" : pad + $0
                    }
            }
            return [
                prefix + key + ": "
                    + (Self.isPlainSafe(normalized, textOnly: true) ? normalized : Self.quoted(normalized))
            ]
        }
    }

    /// Whether YAML reads `text` unquoted as the same string.
    static func isPlainSafe(_ text: String, textOnly: Bool) -> Bool {
        guard let first = text.first, let last = text.last, first != " ", last != " " else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if text.contains(": ") || text.contains(" \(JournalText.commentSign)") || last == ":" || text.contains("\t") {
            return false
        }
        if text.unicodeScalars.contains(where: {
            $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF || $0.value == 0x85 || $0.value == 0x2028
                || $0.value == 0x2029
        }) {
            return false
        }
        guard textOnly else { return true }
        // Words and numbers YAML would read as something other than text.
        let lowered = text.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".nan", ".inf", "-.inf"].contains(lowered)
        {
            return false
        }
        if first.isNumber || first == "+" || first == "." { return false }
        return true
    }

    /// `text` double-quoted, every character YAML would read otherwise escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            case "\u{85}": out += "\\N"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A scalar as written on a key's line, without its quotes (for finding an entry by id).
    static func read(_ text: String) -> String {
        if text.count >= 2, text.first == "\"", text.last == "\"" {
            return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                .replacingOccurrences(of: "\\\\", with: "\\")
        }
        if text.count >= 2, text.first == "'", text.last == "'" {
            return String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        return text
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return String(text)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension JournalText {
    /// A field of an entry of a top-level list as written (`target` of the goal `faerre-fall`:
    /// "80 %"), unquoted; `nil` when the entry or the field is not there or is not one line.
    public func field(_ key: String, ofEntryIn list: String, where idKey: String = "id", is id: String) -> String? {
        guard let item = try? item(in: list, where: idKey, is: id) else { return nil }
        return scalar(key, in: item)
    }

    /// Changes fields of the `position`th entry (from 0) of a top-level list: for entries that
    /// have no id (decisions). The form's version check makes sure the list is the one the
    /// person saw.
    public mutating func setEntry(in list: String, at position: Int, fields: [(key: String, value: YAMLScalar?)])
        throws(LayoutError)
    {
        guard let items = try items(of: list)?.items, items.indices.contains(position) else {
            throw LayoutError(phrase: Phrase("the journal has no entry \(position + 1) under '\(list)'"), line: nil)
        }
        var item = items[position]
        for (key, value) in fields {
            let before = lines.count
            set(key, to: value, in: item)
            item.end += lines.count - before
        }
    }

    /// Takes out the `position`th entry (from 0) of a top-level list, with its lines; a list
    /// left empty stays, as `key: []`.
    public mutating func removeEntry(in list: String, at position: Int) throws(LayoutError) {
        guard let (keyLine, items) = try items(of: list), items.indices.contains(position) else {
            throw LayoutError(phrase: Phrase("the journal has no entry \(position + 1) under '\(list)'"), line: nil)
        }
        // The entry's own comments go with it: up to the next entry, or, for the last, the
        // comment lines indented under it.
        let item = items[position]
        var end = item.end
        if position + 1 < items.count {
            end = items[position + 1].start
        } else {
            while end < lines.count, Self.indentation(lines[end]) > item.dash,
                lines[end].drop(while: { $0 == " " }).first == Self.commentSign
            {
                end += 1
            }
        }
        lines.removeSubrange(item.start..<end)
        if items.count == 1 { lines[keyLine] = list + ": []" }
    }

    /// Takes out the entry of a top-level list whose keys have all these values (an answer:
    /// its prompt and gathering).
    public mutating func removeEntry(in list: String, matching pairs: [(key: String, value: String)])
        throws(LayoutError)
    {
        guard let items = try items(of: list)?.items,
            let position = items.firstIndex(where: { item in pairs.allSatisfy { scalar($0.key, in: item) == $0.value } }
            )
        else {
            let named = pairs.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            throw LayoutError(phrase: Phrase("the journal has no entry with \(named) under '\(list)'"), line: nil)
        }
        try removeEntry(in: list, at: position)
    }

    /// Whether the list has an entry whose keys have all these values.
    public func hasEntry(in list: String, matching pairs: [(key: String, value: String)]) -> Bool {
        ((try? item(in: list, matching: pairs)) ?? nil) != nil
    }
}
