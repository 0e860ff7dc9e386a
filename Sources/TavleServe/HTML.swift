/// Pages are built as a tree of typed nodes, never as strings: every text and every attribute
/// value is escaped when the tree is written out, and tag and attribute names can only be
/// literals in the code (`StaticString`), so nothing a person types can become markup.
public struct Node: Sendable {
    enum Kind: Sendable {
        case element(StaticString, [Attribute], [Node])
        case void(StaticString, [Attribute])
        case text(String)
        case group([Node])
        case rendered(RenderedHTML)
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

    /// Nodes side by side, without an element around them.
    static func group(@NodeBuilder _ children: () -> [Node]) -> Node { Node(kind: .group(children())) }

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

    /// The tree written out, to be put into later pages as it is (a part of a page that is the
    /// same for everyone who asks until its inputs change).
    func kept() -> RenderedHTML { RenderedHTML(markup: render()) }

    /// A part written out earlier by `kept()`.
    static func rendered(_ part: RenderedHTML) -> Node { Node(kind: .rendered(part)) }

    func write(into out: inout String) {
        switch kind {
        case .text(let text):
            Escape.text(text, into: &out)
        case .group(let nodes):
            for node in nodes { node.write(into: &out) }
        case .rendered(let part):
            out += part.markup
        case .void(let tag, let attributes):
            out += "<"
            out += tag.description
            for attribute in attributes { attribute.write(into: &out) }
            out += ">"
        case .element(let tag, let attributes, let children):
            out += "<"
            out += tag.description
            for attribute in attributes { attribute.write(into: &out) }
            out += ">"
            for child in children { child.write(into: &out) }
            out += "</"
            out += tag.description
            out += ">"
        }
    }
}

/// Markup written by `Node.kept()`: its only maker is the tree's own writer, so it holds
/// nothing that was not escaped on the way.
struct RenderedHTML: Sendable {
    fileprivate let markup: String
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
        out += " "
        out += name.description
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

/// Escaping works on the UTF-8 bytes: the characters it replaces are ASCII, so the runs
/// between them are copied whole (a text without any is copied at once).
enum Escape {
    static func text(_ text: String, into out: inout String) {
        escape(text, into: &out) { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            default: return nil
            }
        }
    }

    static func attribute(_ text: String, into out: inout String) {
        escape(text, into: &out) { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            default: return nil
            }
        }
    }

    private static func escape(_ text: String, into out: inout String, replacing: (UInt8) -> String?) {
        let bytes = text.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index != bytes.endIndex {
            if let replacement = replacing(bytes[index]) {
                // An index of an ASCII byte is on a Unicode scalar's boundary, so no scalar is cut.
                out += text[runStart..<index]
                out += replacement
                runStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        out += text[runStart..<bytes.endIndex]
    }
}
