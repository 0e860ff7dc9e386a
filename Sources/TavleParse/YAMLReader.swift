import Foundation
import TavleModel
import Yams

/// Reads a YAML document into nodes that remember where they stand in the user's file.
///
/// Front matter starts a few lines into a notebook, so every position is shifted by
/// `lineOffset` to point into the file the user edits rather than into the YAML snippet.
struct YAMLReader {
    let file: String
    let lineOffset: Int

    /// Parses `text`; an empty document reads as an empty mapping.
    func root(_ text: String) throws(Diagnostic) -> YAMLNode {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw indentedWithTab(text) ?? diagnostic(for: error)
        } catch {
            throw .error(
                at: SourceLocation(file: file, line: lineOffset + 1, column: 1),
                Phrase("the YAML could not be read: \(String(describing: error))"))
        }
        guard let node else {
            return YAMLNode(node: Node([(Node, Node)]()), reader: self)
        }
        return YAMLNode(node: node, reader: self)
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    /// A tab in a line's indentation, which YAML does not allow and its parser words as
    /// "found character that cannot start any token": said plainly, at the tab.
    private func indentedWithTab(_ text: String) -> Diagnostic? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t") else { continue }
            return .error(
                at: SourceLocation(
                    file: file, line: index + 1 + lineOffset, column: line.distance(from: line.startIndex, to: tab) + 1),
                Phrase("this line is indented with a tab; YAML indents with spaces only"),
                hint: Phrase("replace the tab with spaces, as many as the lines around it use"))
        }
        return nil
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let hint = Phrase(
            "check the indentation and that every 'key: value' pair has a space after the colon; quote text that contains ':' or '#'"
        )
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let reason = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(at: location(mark), Phrase("the YAML is malformed: \(reason)"), hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                at: location(context.mark), Phrase("the key \(Phrase.quotedList(duplicates)) appears twice"),
                hint: Phrase("keep one of them"))
        default:
            return .error(
                at: location(nil), Phrase("the YAML could not be read: \(String(describing: error))"), hint: hint)
        }
    }
}

/// A YAML node with typed accessors that fail with a located, explained diagnostic.
struct YAMLNode {
    let node: Node
    let reader: YAMLReader

    var location: SourceLocation { reader.location(node.mark) }

    /// Describes what kind of YAML this is, for messages.
    var kindDescription: Phrase {
        switch node {
        case .scalar: Phrase("a single value")
        case .mapping: Phrase("a list of 'key: value' pairs")
        case .sequence: Phrase("a list")
        case .alias: Phrase("an alias")
        }
    }

    func mapping(_ what: Phrase) throws(Diagnostic) -> [(key: String, keyLocation: SourceLocation, value: YAMLNode)] {
        guard case .mapping(let mapping) = node else {
            throw .error(
                at: location, Phrase("\(what) should be a list of 'key: value' pairs, but it is \(kindDescription)"))
        }
        var entries: [(key: String, keyLocation: SourceLocation, value: YAMLNode)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw .error(at: reader.location(key.mark), Phrase("a key in \(what) must be a plain word"))
            }
            entries.append((scalar.string, reader.location(key.mark), YAMLNode(node: value, reader: reader)))
        }
        return entries
    }

    /// The entries of a mapping, refusing keys outside `known` with a suggestion.
    func fields(_ what: Phrase, known: [String]) throws(Diagnostic) -> [String: (
        keyLocation: SourceLocation, value: YAMLNode
    )] {
        var result: [String: (keyLocation: SourceLocation, value: YAMLNode)] = [:]
        for entry in try mapping(what) {
            guard known.contains(entry.key) else {
                if let english = NordicKeys.english(for: entry.key, among: known) {
                    throw .error(
                        at: entry.keyLocation, Phrase("unknown key '\(entry.key)' in \(what)"),
                        hint: Phrase("tavle's keys are English in every language: write '\(english)'"))
                }
                throw .error(
                    at: entry.keyLocation, Phrase("unknown key '\(entry.key)' in \(what)"),
                    hint: Suggestions.hint(for: entry.key, among: known, noun: Phrase("keys")))
            }
            result[entry.key] = (entry.keyLocation, entry.value)
        }
        return result
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func string(_ what: Phrase) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = node else {
            throw .error(at: location, Phrase("\(what) should be a single value, but it is \(kindDescription)"))
        }
        return scalar.string
    }

    func integer(_ what: Phrase, in range: ClosedRange<Int>? = nil) throws(Diagnostic) -> Int {
        let text = try string(what)
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw .error(at: location, Phrase("\(what) should be a whole number, but it is '\(text)'"))
        }
        if let range, !range.contains(value) {
            throw .error(
                at: location,
                Phrase("\(what) should be between \(range.lowerBound) and \(range.upperBound), but it is \(value)"))
        }
        return value
    }

    /// A number, with a decimal point or, as Nordic readers write it, a decimal comma ("2,5").
    /// A comma before exactly three digits ("1,000") could be either a thousand or one, so it
    /// is refused rather than guessed.
    func number(_ what: Phrase) throws(Diagnostic) -> Double {
        let text = try string(what)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Double(trimmed), value.isFinite { return value }
        let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
        let digits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        if parts.count == 2, digits(parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]), digits(parts[1]) {
            guard parts[1].count != 3 else {
                throw .error(
                    at: location,
                    Phrase(
                        "\(what) '\(text)' could be a number with a decimal comma or a thousand written with a comma"),
                    hint: Phrase(
                        "write it with a decimal point, or without the comma for a whole number: '\(parts[0]).\(parts[1])' or '\(parts[0])\(parts[1])'"
                    ))
            }
            if let value = Double("\(parts[0]).\(parts[1])"), value.isFinite { return value }
        }
        // "80 pct.", "80 prosent", "80 procent": per cent in words; the journal writes it "80 %".
        let lowered = text.lowercased()
        if let first = lowered.first, first.isNumber,
            ["pct", "prosent", "procent", "percent", "per cent"].contains(where: { lowered.contains($0) })
        {
            let digits = String(text.prefix { $0.isNumber || $0 == "," || $0 == "." }).trimmingCharacters(
                in: .whitespaces)
            throw .error(
                at: location, Phrase("\(what) should be a number, but it is '\(text)'"),
                hint: Phrase("write per cent with the sign, in quotes: \"\(Phrase(verbatim: digits)) %\""))
        }
        throw .error(
            at: location, Phrase("\(what) should be a number, but it is '\(text)'"),
            hint: Phrase("write it with digits, for example 2.5 or 2,5"))
    }

    func oneOf<T: RawRepresentable & CaseIterable>(_ what: Phrase, _ type: T.Type) throws(Diagnostic) -> T
    where T.RawValue == String {
        let text = try string(what)
        if let value = T(rawValue: text) { return value }
        let known = T.allCases.map(\.rawValue)
        throw .error(
            at: location, Phrase("\(what) '\(text)' is not one of \(Phrase.quotedList(known))"),
            hint: ((T.self as? any SuggestsItsOwnNearest.Type)?.closestChoice(to: text)
                ?? Suggestions.closest(to: text, in: known).first)
                .map { Phrase("did you mean '\($0)'?") }
                ?? Phrase("write one of \(Phrase.quotedList(known)), in English in every language"))
    }
}

/// A choice that knows better than spelling which of its values a mistyped one means: a
/// language by its other codes and names ('nn' is bokmål's neighbour, not English's).
protocol SuggestsItsOwnNearest {
    static func closestChoice(to text: String) -> String?
}

extension Language: SuggestsItsOwnNearest {
    static func closestChoice(to text: String) -> String? { nearest(to: text)?.rawValue }
}
