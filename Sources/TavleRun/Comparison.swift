import TavleModel

/// Makes a comparison between teams (a funnel query) safe to hand to one team, before it is
/// rendered, evaluated or stored: the report's own team keeps its name, every other team
/// gets a label ("Team B") whose order is shuffled per handout, so that labels cannot be
/// matched across handouts; columns other than the team, count and denominator are dropped,
/// since a name or a municipality would say who is who; other teams' counts below the
/// workspace's privacy threshold are shown as "<5" and not plotted; and rows are ordered
/// by label, never by value, so no league table can be read off.
enum Comparison {
    struct Prepared {
        var result: QueryResult
        /// The own team's x value in `result` (its name), if it is there.
        var highlight: String?
    }

    static func prepare(
        _ result: QueryResult, query: QueryCell, ownTeam: Team?, handout: String, minimumCount: Int
    ) throws(Diagnostic) -> Prepared {
        guard let resolved = try ChartAnalysis.columns(of: query, in: result.columns), let nIndex = resolved.n else {
            throw .error(at: query.location, Phrase("the query '\(query.name)' is not a comparison"))
        }
        let xIndex = resolved.x, yIndex = resolved.y
        var own: [Value]?
        var others: [(order: UInt64, row: [Value])] = []
        for row in result.rows {
            let key = row[xIndex].plainText
            if let ownTeam, key == ownTeam.key {
                own = [.text(ownTeam.name), row[yIndex], row[nIndex]]
            } else {
                var hash = FNV1a64()
                hash.combine(handout)
                hash.combine(key)
                others.append(
                    (
                        hash.value,
                        [
                            .null, shown(row[yIndex], minimumCount: minimumCount),
                            shown(row[nIndex], minimumCount: minimumCount),
                        ]
                    ))
            }
        }
        var rows: [[Value]] = own.map { [$0] } ?? []
        for (position, other) in others.sorted(by: { $0.order < $1.order }).enumerated() {
            var row = other.row
            row[0] = .text("Team \(label(position))")
            rows.append(row)
        }
        let columns = [result.columns[xIndex], result.columns[yIndex], result.columns[nIndex]]
        return Prepared(result: QueryResult(columns: columns, rows: rows), highlight: own.map { _ in ownTeam!.name })
    }

    /// Another team's count as its handout may show it.
    private static func shown(_ count: Value, minimumCount: Int) -> Value {
        guard let number = count.number, number > 0, number < Double(minimumCount) else { return count }
        return suppressed(below: minimumCount)
    }

    /// What stands in for a count below the privacy threshold: "<5".
    static func suppressed(below minimumCount: Int) -> Value { .text("<\(minimumCount)") }

    static func isSuppressed(_ value: Value) -> Bool {
        guard case .text(let text) = value, text.first == "<" else { return false }
        return text.count > 1 && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A, B, …, Z, AA, AB, …
    static func label(_ position: Int) -> String {
        var position = position
        var letters: [UInt8] = []
        repeat {
            letters.append(UInt8(ascii: "A") + UInt8(position % 26))
            position = position / 26 - 1
        } while position >= 0
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
