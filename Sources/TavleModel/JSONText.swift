import Foundation

/// The one way tavle writes JSON: pretty-printed, keys sorted, slashes as they are, a final
/// line break. The ledger, manifests, handout records and every `--format json` use it, so
/// the same value is always the same bytes (which `verify` and git diffs rely on).
///
/// The bytes are those of Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (reports committed before keep their hashes), written by a small
/// encoder of its own: Foundation's took a seventh of an unchanged re-run of eleven reports.
/// A value it does not know (a `Date`, `Data`) goes to `JSONEncoder` instead.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let root = JSONTreeEncoder()
        do {
            try value.encode(to: root)
            var text = ""
            text.reserveCapacity(4096)
            root.node.write(to: &text, indent: 0)
            return text + "\n"
        } catch {
            return foundationEncode(value)
        }
    }

    /// A string as a JSON literal, quoted and escaped as `encode` writes strings (for a
    /// writer that lays out its own JSON, such as `tavle stats`).
    public static func quoted(_ text: String) -> String {
        var quoted = ""
        JSONNode.quote(text, into: &quoted)
        return quoted
    }

    /// `JSONEncoder`'s output, for values the small encoder leaves to it.
    static func foundationEncode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Tavle encodes strings, whole numbers and finite doubles only (values read from a
            // source are checked to be finite): a failure here is a mistake in tavle.
            preconditionFailure("a value tavle wrote could not be encoded as JSON: \(error)")
        }
    }
}

/// What the small encoder does not write itself.
private struct NotPlain: Error {}

/// A JSON value being built: containers are references, so that nested containers handed
/// out by `Encoder` write into their parent.
private final class JSONNode {
    enum Content {
        case empty
        case literal(String)
        case array([JSONNode])
        case object([String: JSONNode])
    }

    var content: Content = .empty

    func write(to text: inout String, indent: Int) {
        switch content {
        case .empty: text += "{\n\n" + String(repeating: " ", count: indent) + "}"
        case .literal(let literal): text += literal
        case .array(let items):
            guard !items.isEmpty else {
                text += "[\n\n" + String(repeating: " ", count: indent) + "]"
                return
            }
            let inner = String(repeating: " ", count: indent + 2)
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += inner
                item.write(to: &text, indent: indent + 2)
                text += index + 1 < items.count ? ",\n" : "\n"
            }
            text += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                text += "{\n\n" + String(repeating: " ", count: indent) + "}"
                return
            }
            let inner = String(repeating: " ", count: indent + 2)
            text += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                text += inner
                JSONNode.quote(key, into: &text)
                text += " : "
                members[key]!.write(to: &text, indent: indent + 2)
                text += index + 1 < keys.count ? ",\n" : "\n"
            }
            text += String(repeating: " ", count: indent) + "}"
        }
    }

    static func quote(_ string: String, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{8}": text += "\\b"
            case "\u{C}": text += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    static func string(_ value: String) -> JSONNode {
        var text = ""
        quote(value, into: &text)
        return literal(text)
    }

    static func literal(_ text: String) -> JSONNode {
        let node = JSONNode()
        node.content = .literal(text)
        return node
    }

    /// A double as `JSONEncoder` writes it: as Swift describes it, without a final `.0`
    /// (`1`, `0.1`, `1e-05`, `5e+20`).
    static func number(_ value: Double) throws -> JSONNode {
        guard value.isFinite else { throw NotPlain() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return literal(text)
    }
}

private final class JSONTreeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(node: JSONNode = JSONNode()) {
        self.node = node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([:]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node)
    }

    /// The node of any value: plain ones written directly, the rest by their own `encode`.
    static func node<T: Encodable>(for value: T) throws -> JSONNode {
        switch value {
        case let text as String: return .string(text)
        case let number as Double: return try .number(number)
        case let flag as Bool: return .literal(flag ? "true" : "false")
        case let number as Int: return .literal(String(number))
        case let number as Int64: return .literal(String(number))
        case let number as Int32: return .literal(String(number))
        case let number as UInt: return .literal(String(number))
        case let number as UInt64: return .literal(String(number))
        case is Date, is Data, is URL, is Decimal, is Float: throw NotPlain()
        // Other integers encode themselves into a single value: written here, not recursed into.
        case let number as any BinaryInteger: return .literal(String(describing: number))
        default:
            let child = JSONTreeEncoder()
            try value.encode(to: child)
            return child.node
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: JSONNode
        var codingPath: [any CodingKey] { [] }

        func set(_ child: JSONNode, _ key: Key) {
            guard case .object(var members) = node.content else { return }
            // Emptied first, so that the dictionary is not copied to add one member.
            node.content = .empty
            members[key.stringValue] = child
            node.content = .object(members)
        }

        mutating func encodeNil(forKey key: Key) throws { set(.literal("null"), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            set(try JSONTreeEncoder.node(for: value), key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let child = JSONNode()
            child.content = .object([:])
            set(child, key)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = JSONNode()
            child.content = .array([])
            set(child, key)
            return UnkeyedContainer(node: child)
        }

        mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = JSONNode()
            set(child, key)
            return JSONTreeEncoder(node: child)
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: JSONNode
        var codingPath: [any CodingKey] { [] }
        var count: Int {
            guard case .array(let items) = node.content else { return 0 }
            return items.count
        }

        func append(_ child: JSONNode) {
            guard case .array(var items) = node.content else { return }
            node.content = .empty
            items.append(child)
            node.content = .array(items)
        }

        mutating func encodeNil() throws { append(.literal("null")) }
        mutating func encode<T: Encodable>(_ value: T) throws { append(try JSONTreeEncoder.node(for: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
            NestedKey
        > {
            let child = JSONNode()
            child.content = .object([:])
            append(child)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = JSONNode()
            child.content = .array([])
            append(child)
            return UnkeyedContainer(node: child)
        }

        mutating func superEncoder() -> any Encoder {
            let child = JSONNode()
            append(child)
            return JSONTreeEncoder(node: child)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let node: JSONNode
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { node.content = .literal("null") }
        mutating func encode<T: Encodable>(_ value: T) throws {
            node.content = try JSONTreeEncoder.node(for: value).content
        }
    }
}
