import TavleModel
import TavleParse
import TavleRender
import TavleStats

/// The columns a chart reads, found by name among those its query returns.
struct ChartColumns: Sendable, Hashable {
    /// The period (or, on a funnel, the team).
    var x: Int
    /// The value, or the count on p and u charts and funnels.
    var y: Int
    /// The denominator on p and u charts and funnels.
    var n: Int?
}

/// Turns a query's result into what its chart plots, once per query per report.
///
/// Nothing here guesses: a column named by an option (or by its documented default) that the
/// query does not return, a period that is not a month, a value that is not a number, a
/// negative count, are each an error naming the option or the row. `tavle check` and the
/// start of every run resolve the columns from the query's description, before any row is
/// read, so a mistyped name stops the run before anything is written.
enum ChartAnalysis {
    /// The options that name a column, and what each names by default.
    static func columns(of query: QueryCell, in columns: [String]) throws(Diagnostic) -> ChartColumns? {
        let options = query.options
        let chart = options.chart
        func lookup(_ key: String, _ name: String) throws(Diagnostic) -> Int {
            if let index = columns.firstIndex(where: { $0.lowercased() == name.lowercased() }) { return index }
            throw unknownColumn(query, key: key, name: name, columns: columns)
        }
        // An option that names a column is checked on a table too: it was written for a reason.
        for (key, name) in [("x", options.xColumn), ("y", options.yColumn), ("n", options.denominatorColumn)] {
            if let name { _ = try lookup(key, name) }
        }
        if options.denominatorColumn != nil, !chart.needsDenominator, chart != .table {
            throw .error(
                at: options.locations["n"],
                Phrase("the option 'n' (a denominator) means nothing on the \(chart.rawValue) chart '\(query.name)'"),
                hint: Phrase("remove it, or use a p or u chart, which divide y by n"))
        }
        try checkUnit(query)
        guard chart != .table else { return nil }
        guard !columns.isEmpty else {
            throw .error(at: query.location, Phrase("the query '\(query.name)' returns no columns to chart"))
        }
        let x = try options.xColumn.map { name throws(Diagnostic) in try lookup("x", name) } ?? 0
        if chart.needsDenominator {
            return ChartColumns(
                x: x, y: try lookup("y", options.yColumn ?? "numerator"),
                n: try lookup("n", options.denominatorColumn ?? "denominator"))
        }
        return ChartColumns(x: x, y: try lookup("y", options.yColumn ?? "value"), n: nil)
    }

    /// `unit: %` says a run or i chart's values are per cent; anywhere else it would be read
    /// wrongly, so it is refused there.
    static func checkUnit(_ query: QueryCell) throws(Diagnostic) {
        let options = query.options
        guard let unit = options.unit, ChartScale.isPercentUnit(unit) else { return }
        let at = options.locations["unit"]
        switch options.chart {
        case .run, .i:
            if options.multiply != nil {
                throw .error(
                    at: at,
                    Phrase(
                        "the chart '\(query.name)' is in per cent and multiplied by '--| multiply'; it cannot be both"),
                    hint: Phrase("keep 'unit: %' for values from 0 to 100, or 'multiply' for a rate per 1000"))
            }
        case .p, .funnel, .table:
            if options.multiply != nil {
                throw .error(
                    at: at,
                    Phrase("the chart '\(query.name)' is multiplied by '--| multiply', so its values are not per cent"),
                    hint: Phrase("remove 'unit: %' or 'multiply'"))
            }
        case .u, .c:
            throw .error(
                at: at, Phrase("a \(options.chart.rawValue) chart plots counts or rates, not per cent"),
                hint: Phrase("use a p chart for shares, or a run chart with 'unit: %' for values from 0 to 100"))
        }
    }

    static func unknownColumn(_ query: QueryCell, key: String, name: String, columns: [String]) -> Diagnostic {
        let returned = columns.isEmpty ? Phrase("(none)") : Phrase(verbatim: columns.joined(separator: ", "))
        let near = Suggestions.closest(to: name, in: columns).first
        let guess = near.map { Phrase("did you mean '\($0)'? ") } ?? Phrase(verbatim: "")
        if let at = query.options.locations[key] {
            return .error(
                at: at,
                Phrase("the query '\(query.name)' returns no column '\(name)' (named by '--| \(key): \(name)')"),
                hint: guess + Phrase("the query returns: \(returned)"))
        }
        let chart = query.options.chart
        let role =
            switch key {
            case "y" where chart.needsDenominator: Phrase("its count")
            case "y": Phrase("the values it plots")
            default: Phrase("its denominator")
            }
        let what = chart == .funnel ? Phrase("funnel chart") : Phrase("\(chart.rawValue) chart")
        return .error(
            at: query.options.locations["chart"] ?? query.location,
            Phrase(
                "the \(what) '\(query.name)' reads \(role) from the column '\(name)', which the query does not return"),
            hint: guess
                + Phrase(
                    "name the column with '--| \(key): COLUMN', or 'AS \(name)' in the SELECT; the query returns: \(returned)"
                ))
    }

    /// The analysed funnel plot of a comparison (`chart: funnel`): its rows are already
    /// anonymised by `Comparison` (the own team named, small counts suppressed as text).
    static func funnel(_ query: QueryCell, result: QueryResult, own: String?) -> FunnelChart? {
        guard query.options.chart == .funnel, result.columns.count >= 3 else { return nil }
        return FunnelChart(
            rows: result.rows.map { ($0[0].plainText, $0[1].number, $0[2].number) }, own: own,
            measure: query.options.measure == .rate ? .rate : .proportion, scale: query.options.multiply ?? 1)
    }

    /// The analysed series of a run or control chart, with the phases and the frozen baseline
    /// the notebook asks for; `nil` for a table or a funnel (see `Comparison`, `FunnelData`).
    static func series(_ query: QueryCell, result: QueryResult, phases: [ChartPhase], reportPeriod: String? = nil)
        throws(Diagnostic) -> ChartSeries?
    {
        let options = query.options
        guard options.chart != .funnel, let columns = try columns(of: query, in: result.columns),
            let kind = options.chart.analysedKind, let scale = ChartScale(options)
        else { return nil }
        let labels = try periods(query, result: result, column: columns.x)
        var observations: [Observation] = []
        observations.reserveCapacity(result.rows.count)
        for (index, row) in result.rows.enumerated() {
            let y = try number(
                row[columns.y], query: query, row: index, column: result.columns[columns.y],
                count: kind != .run && kind != .i)
            let n =
                try columns.n.map { column throws(Diagnostic) in
                    try number(row[column], query: query, row: index, column: result.columns[column], count: true)
                } ?? nil
            // Per cent from the query is read as a share, the scale goals and p charts use.
            observations.append(Observation(y: scale == .percent ? y.map { $0 / 100 } : y, n: n))
        }
        // A phase starts at the first point in or after its period; one that would start
        // before the first point or after the last splits nothing.
        var starts: [Int: [String]] = [:]
        for phase in phases {
            let start = labels.firstIndex { $0 >= phase.from } ?? labels.count
            if start > 0, start < labels.count { starts[start, default: []].append(phase.label) }
        }
        let partEnds = starts.keys.sorted()
        let computed = ControlChart.analyse(
            observations, options: ChartOptions(kind: kind, freeze: options.freeze, partEnds: partEnds))
        let valueColumn =
            columns.n.map { "\(result.columns[columns.y])/\(result.columns[$0])" } ?? result.columns[columns.y]
        var series = ChartSeries(
            kind: kind, labels: labels, observations: observations, valueColumn: valueColumn,
            statistics: options.multiply.map(computed.multiplied) ?? computed, scale: scale,
            partLabels: partEnds.map { starts[$0]!.joined(separator: " / ") })
        series.reportPeriod = reportPeriod
        return series
    }

    /// The x labels. When the first is a month, every one must be a month, each later than the
    /// one before: a `2024/03` among months would otherwise be sorted as text into the chart.
    static func periods(_ query: QueryCell, result: QueryResult, column: Int) throws(Diagnostic) -> [String] {
        let labels = result.rows.map { $0[column].plainText }
        guard let first = labels.first, Period(first) != nil else { return labels }
        let name = result.columns[column]
        var previous: Period?
        for (index, label) in labels.enumerated() {
            guard let period = Period(label) else {
                throw .error(
                    at: query.options.locations["x"] ?? query.location,
                    Phrase(
                        "row \(index + 1) of the query '\(query.name)' has '\(label)' in the column '\(name)', which is not a month written YYYY-MM"
                    ),
                    hint: Phrase("correct the period in the data (for example 2024-03); the other rows are months"))
            }
            if let previous, period <= previous {
                let twice = period == previous
                throw .error(
                    at: query.options.locations["x"] ?? query.location,
                    twice
                        ? Phrase(
                            "the query '\(query.name)' returns the month \(label) twice (rows \(index) and \(index + 1))"
                        )
                        : Phrase(
                            "the query '\(query.name)' returns \(label) (row \(index + 1)) after \(previous) (row \(index))"
                        ),
                    hint: twice
                        ? Phrase(
                            "a chart has one value per month: check the WHERE clause (one team, one indicator) or the data for a duplicate"
                        )
                        : Phrase("add 'ORDER BY \(name)' to the query"))
            }
            previous = period
        }
        return labels
    }

    /// A value the chart plots: missing stays missing; text is an error, as is a negative count.
    static func number(_ value: Value, query: QueryCell, row: Int, column: String, count: Bool) throws(Diagnostic)
        -> Double?
    {
        if value.isNull { return nil }
        guard let number = value.number, number.isFinite else {
            throw .error(
                at: query.location,
                Phrase(
                    "row \(row + 1) of the query '\(query.name)' has '\(value.plainText)' in the column '\(column)', which is not a number"
                ),
                hint: Phrase("correct the value in the data, or leave it empty for a missing measurement"))
        }
        if count, number < 0 {
            throw .error(
                at: query.location,
                Phrase(
                    "row \(row + 1) of the query '\(query.name)' has \(value.plainText) in the column '\(column)': a count cannot be negative"
                ),
                hint: Phrase("correct the value in the data"))
        }
        return number
    }
}

extension QueryOptions.Chart {
    /// The statistics a chart cell is analysed with; `nil` for a funnel (a comparison, see
    /// `FunnelChart`) and a table. Spelled out, so that a kind added on one side is a compile
    /// error here rather than a chart silently drawn as a table.
    var analysedKind: ChartKind? {
        switch self {
        case .run: .run
        case .i: .i
        case .p: .p
        case .u: .u
        case .c: .c
        case .funnel, .table: nil
        }
    }
}
