import TavleModel

/// Places a goal's target and baseline on the scale of a chart that measures it (see
/// `ChartScale`), or says, at the target's line in the journal, why it cannot be placed: a goal
/// is never drawn, compared or written at a height it does not mean.
enum GoalPlacement {
    struct Placed: Sendable, Hashable {
        var target: Double?
        var baseline: Double?
    }

    static func place(_ goal: Goal, on query: QueryCell) throws(Diagnostic) -> Placed {
        guard let scale = ChartScale(query.options) else { return Placed(target: goal.target, baseline: goal.baseline) }
        let target = try goal.target.map { value throws(Diagnostic) in
            try place(value, inPercent: goal.targetInPercent, field: "target", of: goal, on: query, scale: scale)
        }
        let baseline = try goal.baseline.map { value throws(Diagnostic) in
            try place(value, inPercent: goal.baselineInPercent, field: "baseline", of: goal, on: query, scale: scale)
        }
        return Placed(target: target, baseline: baseline)
    }

    private static func place(
        _ value: Double, inPercent: Bool, field: String, of goal: Goal, on query: QueryCell, scale: ChartScale
    ) throws(Diagnostic) -> Double {
        let at = goal.fieldLocations[field] ?? goal.location
        let chart = query.options.locations["chart"].map { " (\($0))" } ?? ""
        let what = field == "target" ? Phrase("target") : Phrase("baseline")
        switch scale.place(value, writtenInPercent: inPercent) {
        case .success(let placed):
            return placed
        case .failure(.percentOnNumbers):
            throw .error(
                at: at,
                Phrase(
                    "the \(what) of the goal '\(goal.id)' is written in per cent, but the chart '\(query.name)'\(chart) plots numbers, not per cent"
                ),
                hint: Phrase(
                    "if the query's values are per cent (0–100), add '--| unit: %' to the chart; if they are shares (0–1), use a p chart; otherwise write the \(what) as a number on the chart's scale"
                ))
        case .failure(.numberAboveOneOnShares(let number)):
            throw .error(
                at: at,
                Phrase(
                    "the \(what) of the goal '\(goal.id)' is \(number.formatted(shortest: true)), but the chart '\(query.name)'\(chart) plots shares from 0 to 1"
                ),
                hint: Phrase("write it in per cent: '\(field): \(number.formatted(shortest: true)) %'"))
        case .failure(.ambiguousOnPercent(let number)):
            let percent = (number * 100).formatted(shortest: true)
            throw .error(
                at: at,
                Phrase(
                    "the \(what) of the goal '\(goal.id)' is \(number.formatted(shortest: true)) on the chart '\(query.name)'\(chart), which plots per cent: it could mean \(number.formatted(shortest: true)) % or \(percent) %"
                ),
                hint: Phrase("write it with a per-cent sign, for example '\(field): \(percent) %'"))
        case .failure(.outsidePercent(let number)):
            throw .error(
                at: at,
                Phrase(
                    "the \(what) of the goal '\(goal.id)' is \(number.formatted(shortest: true)), outside 0–100 %, the scale of the chart '\(query.name)'\(chart)"
                ),
                hint: Phrase("write it in per cent, for example '\(field): 80 %'"))
        }
    }
}
