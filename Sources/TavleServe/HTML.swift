/// Pages are built as a tree of typed nodes, never as strings: every text and every attribute
/// value is escaped when the tree is written out, and tag and attribute names can only be
/// literals in the code (`StaticString`), so nothing a person types can become markup.
public struct Node: Sendable {
    enum Kind: Sendable {
        case element(StaticString, [Attribute], [Node])
        case void(StaticString, [Attribute])
        case text(String)
        case group([Node])
    }
    let kind: Kind

    public static func text(_ text: String) -> Node { Node(kind: .text(text)) }
    static let empty = Node(kind: .group([]))

    /// An element with children.
    public static func el(_ tag: StaticString, _ attributes: Attribute?..., @NodeBuilder content children: () -> [Node])
        -> Node
    {
        Node(kind: .element(tag, attributes.compactMap { $0 }, children()))
    }

    /// An element with children and attributes given as a list (some only sometimes).
    static func el(_ tag: StaticString, attributes: [Attribute?], @NodeBuilder _ children: () -> [Node]) -> Node {
        Node(kind: .element(tag, attributes.compactMap { $0 }, children()))
    }

    /// An element without an end tag (`input`, `meta`, `br`).
    public static func void(_ tag: StaticString, _ attributes: Attribute?...) -> Node {
        Node(kind: .void(tag, attributes.compactMap { $0 }))
    }

    static func void(_ tag: StaticString, attributes: [Attribute?]) -> Node {
        Node(kind: .void(tag, attributes.compactMap { $0 }))
    }

    public func render() -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(into: &out)
        return out
    }

    /// A whole page: the doctype, then the tree.
    public func document() -> String { "<!DOCTYPE html>\n" + render() }

    func write(into out: inout String) {
        switch kind {
        case .text(let text):
            Escape.text(text, into: &out)
        case .group(let nodes):
            for node in nodes { node.write(into: &out) }
        case .void(let tag, let attributes):
            out += "<" + tag.description
            for attribute in attributes { attribute.write(into: &out) }
            out += ">"
        case .element(let tag, let attributes, let children):
            out += "<" + tag.description
            for attribute in attributes { attribute.write(into: &out) }
            out += ">"
            for child in children { child.write(into: &out) }
            out += "</" + tag.description + ">"
        }
    }
}

public struct Attribute: Sendable {
    let name: StaticString
    /// `nil` for a boolean attribute (`required`, `checked`).
    let value: String?

    public init(_ name: StaticString, _ value: String?) {
        self.name = name
        self.value = value
    }

    func write(into out: inout String) {
        out += " " + name.description
        if let value {
            out += "=\""
            Escape.attribute(value, into: &out)
            out += "\""
        }
    }
}

/// `attr("href", url)`; `flag("required")` for a boolean attribute; `nil` leaves it out.
func attr(_ name: StaticString, _ value: String) -> Attribute { Attribute(name, value) }
func flag(_ name: StaticString, _ on: Bool = true) -> Attribute? { on ? Attribute(name, nil) : nil }

@resultBuilder
public enum NodeBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    /// A string in a builder is text, escaped.
    public static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first: [Node]) -> [Node] { first }
    public static func buildEither(second: [Node]) -> [Node] { second }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
}

enum Escape {
    static func text(_ text: String, into out: inout String) {
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(character)
            }
        }
    }

    static func attribute(_ text: String, into out: inout String) {
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
    }
}
