import Foundation

/// The one way tavle writes JSON: pretty-printed, keys sorted, slashes as they are, a final
/// line break. The ledger, manifests, handout records and every `--format json` use it, so
/// the same value is always the same bytes (which `verify` and git diffs rely on).
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) -> String {
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
