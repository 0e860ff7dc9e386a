import Foundation
import TavleModel

/// A request's path as segments, each percent-decoded once and checked: no `.` or `..`, no
/// empty segment, no slash or backslash or control character hidden in an encoding. A path
/// that breaks a rule is refused as a whole rather than mended, so `/teams/a/..%2Fb` can never
/// reach another team's page.
struct RequestPath: Equatable, Sendable {
    var segments: [String]

    init?(rawPath: String) {
        guard rawPath.hasPrefix("/") else { return nil }
        if rawPath == "/" {
            segments = []
            return
        }
        var parts = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // One trailing slash is allowed (`/teams/a/`).
        if parts.last == "" { parts.removeLast() }
        var decoded: [String] = []
        for part in parts {
            guard !part.isEmpty, let text = part.removingPercentEncoding, !text.isEmpty, text != ".", text != "..",
                !text.contains("/"), !text.contains("\\"),
                !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            else { return nil }
            decoded.append(text)
        }
        segments = decoded
    }
}

/// The fields of a submitted form (`application/x-www-form-urlencoded`), each named once.
struct FormFields: Sendable {
    private(set) var values: [String: String] = [:]

    enum Problem: Error, Equatable {
        case malformed
        case repeated(String)
    }

    init(body: Data) throws(Problem) {
        guard let text = String(data: body, encoding: .utf8) else { throw .malformed }
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else { throw .malformed }
            guard var value = parts.count == 2 ? Self.decode(parts[1]) : "" else { throw .malformed }
            // Browsers send a text box's lines with CR LF; the journal's are LF, and a field
            // that only differs in that has not changed.
            value = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            guard values[name] == nil else { throw .repeated(name) }
            // A journal holds no control characters (the reader refuses them in a file); a
            // form that sends one was not typed by a person.
            guard
                !value.unicodeScalars.contains(where: {
                    ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t") || $0.value == 0x7F
                })
            else { throw .malformed }
            values[name] = value
        }
    }

    init(_ values: [String: String]) {
        self.values = values
    }

    static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    subscript(_ name: String) -> String? { values[name] }

    /// A field's text with the spaces around it taken away; empty counts as not given.
    func trimmed(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Names the form does not have: a form is refused rather than half read.
    func unknown(allowed: Set<String>) -> [String] {
        values.keys.filter { !allowed.contains($0) }.sorted()
    }
}

/// The value of one cookie in a `Cookie:` header.
func cookie(_ name: String, in header: String?) -> String? {
    guard let header else { return nil }
    for part in header.split(separator: ";") {
        let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if pair.count == 2, pair[0] == name { return pair[1] }
    }
    return nil
}

extension FormFields {
    var valuesByName: [String: String] { values }
}

/// A name as one segment of a page's address: every character but letters, digits and
/// `-._~` percent-encoded, so that an id with a space, `?` or `/` stays one segment (and
/// `RequestPath` decodes it back).
func segment(_ name: String) -> String {
    // Most ids need nothing encoded: they are returned as they are, without a look at the set.
    if name.utf8.allSatisfy({ byte in
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }) {
        return name
    }
    return name.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? name
}

private let segmentCharacters = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
