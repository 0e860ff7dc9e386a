import TavleModel

/// "Did you mean …?" for typos in keys, option names and ids.
public enum Suggestions {
    /// The known words closest to `word`, nearest first; only those close enough to be a typo.
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        let allowed = max(2, word.count / 3)
        return
            scored
            .filter { $0.1 <= allowed || $0.0.lowercased().hasPrefix(lowered) && !lowered.isEmpty }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// A hint that names the closest candidates, or lists them all when none is close.
    /// - Parameter noun: what the candidates are, in the plural ("keys", "nøkler").
    public static func hint(for word: String, among candidates: [String], noun: Phrase) -> Phrase {
        let near = closest(to: word, in: candidates)
        if !near.isEmpty {
            return Phrase("did you mean \(Phrase.quotedList(near, separator: Phrase(" or ")))?")
        }
        if candidates.isEmpty { return Phrase("there are no \(noun) here") }
        let more = candidates.count > 12 ? ", …" : ""
        return Phrase("known \(noun): \(Phrase.quotedList(candidates.prefix(12)))\(more)")
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
