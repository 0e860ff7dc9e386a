/// A line-by-line difference of two texts, in hunks with a little context, for showing how a
/// notebook changed between two runs.
public enum LineDiff {
    public struct Line: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable { case same, removed, added }
        public var kind: Kind
        public var text: String
    }

    public struct Hunk: Sendable, Hashable, Codable {
        /// The first line of the hunk in the old and the new text (1-based).
        public var oldStart: Int
        public var newStart: Int
        public var lines: [Line]
    }

    /// The hunks of changed lines, each with up to `context` unchanged lines around it.
    ///
    /// The longest common subsequence of the lines (dynamic programming, O(n·m)) after the
    /// common head and tail are set aside, which keeps notebooks of a few hundred lines cheap.
    public static func hunks(old: String, new: String, context: Int = 2) -> [Hunk] {
        let a = lines(old), b = lines(new)
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)])
        let y = Array(b[head..<(b.count - tail)])

        // lengths[i][j]: the longest common subsequence of x[i...] and y[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lengths[i][j] = x[i] == y[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var script: [Line] = a[..<head].map { Line(kind: .same, text: $0) }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                script.append(Line(kind: .same, text: x[i])); i += 1; j += 1
            } else if j < y.count, i == x.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                script.append(Line(kind: .added, text: y[j])); j += 1
            } else {
                script.append(Line(kind: .removed, text: x[i])); i += 1
            }
        }
        script += a[(a.count - tail)...].map { Line(kind: .same, text: $0) }
        // Removals before additions within a run of changes, as people read a replacement.
        script = reorderedReplacements(script)
        return group(script, context: context)
    }

    /// An empty text has no lines (not one empty line).
    static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func reorderedReplacements(_ script: [Line]) -> [Line] {
        var result: [Line] = []
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else { result.append(script[index]); index += 1; continue }
            var end = index
            while end < script.count, script[end].kind != .same { end += 1 }
            let run = script[index..<end]
            result += run.filter { $0.kind == .removed } + run.filter { $0.kind == .added }
            index = end
        }
        return result
    }

    static func group(_ script: [Line], context: Int) -> [Hunk] {
        // Line numbers before each script entry.
        var oldNumbers: [Int] = [], newNumbers: [Int] = []
        var oldLine = 1, newLine = 1
        for line in script {
            oldNumbers.append(oldLine); newNumbers.append(newLine)
            if line.kind != .added { oldLine += 1 }
            if line.kind != .removed { newLine += 1 }
        }
        let changed = script.indices.filter { script[$0].kind != .same }
        var hunks: [Hunk] = []
        var index = 0
        while index < changed.count {
            let start = max(0, changed[index] - context)
            var last = changed[index]
            // Changes closer than twice the context share a hunk.
            while index + 1 < changed.count, changed[index + 1] - last <= 2 * context + 1 {
                index += 1
                last = changed[index]
            }
            let end = min(script.count - 1, last + context)
            hunks.append(
                Hunk(oldStart: oldNumbers[start], newStart: newNumbers[start], lines: Array(script[start...end])))
            index += 1
        }
        return hunks
    }
}
