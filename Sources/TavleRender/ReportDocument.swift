import TavleModel
import TavleStats

/// A report with every value already resolved: what the renderers turn into HTML and Markdown.
/// Renderers only format; they never query or decide.
public struct ReportDocument: Sendable, Hashable {
    public var language: Language
    public var title: String
    public var notebookID: String
    public var notebookVersion: Int
    public var workspaceName: String?
    public var team: Team?
    public var gathering: Int?
    public var phase: Int?
    /// Parameter names and values as given, in declaration order, for the report's colophon.
    public var parameters: [Parameter]
    public var blocks: [ReportBlock]

    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        language: Language, title: String, notebookID: String, notebookVersion: Int, workspaceName: String?,
        team: Team?, gathering: Int?, phase: Int?, parameters: [Parameter], blocks: [ReportBlock]
    ) {
        self.language = language
        self.title = title
        self.notebookID = notebookID
        self.notebookVersion = notebookVersion
        self.workspaceName = workspaceName
        self.team = team
        self.gathering = gathering
        self.phase = phase
        self.parameters = parameters
        self.blocks = blocks
    }
}

public enum ReportBlock: Sendable, Hashable {
    /// Narrative Markdown with every `{{ }}` already replaced by escaped text.
    case markdown(String)
    case query(QueryView)
    /// A prompt with the team's latest answer from its journal, or room to write one.
    case prompt(PromptCell, answer: Answer?)
    /// A library worksheet: its title and intro, then each prompt with its latest answer.
    case worksheet(WorksheetCell, answers: [Answer?])
    /// A preparation form, with the period its numbers belong to (`2023-01`) when it has one.
    case form(FormCell, period: String?)
    case goals([GoalView])
    case pdsa([PDSACycle])
    case decisions([Decision])
}

/// A goal with the indicator's value as this report measured it.
public struct GoalView: Sendable, Hashable {
    public struct Measured: Sendable, Hashable {
        /// The period of the last measurement, as the query gave it (`2021-08`).
        public var period: String
        public var value: Double
        /// The chart shows shares (a p chart): value and target are written in per cent.
        public var percent: Bool
        public var decimals: Int

        public init(period: String, value: Double, percent: Bool, decimals: Int) {
            self.period = period
            self.value = value
            self.percent = percent
            self.decimals = decimals
        }
    }

    public var goal: Goal
    /// The indicator's name in the journal, for the reader.
    public var indicatorName: String?
    public var measured: Measured?

    public init(goal: Goal, indicatorName: String?, measured: Measured?) {
        self.goal = goal
        self.indicatorName = indicatorName
        self.measured = measured
    }

    /// Whether the last measurement is at or beyond the target in the goal's direction;
    /// `nil` without a target or a measurement.
    public var lastMeasurementReachesTarget: Bool? {
        guard let target = goal.target, let direction = goal.direction, let measured else { return nil }
        return direction == .down ? measured.value <= target : measured.value >= target
    }
}

public struct QueryView: Sendable, Hashable {
    public var name: String
    public var options: QueryOptions
    public var result: QueryResult
    /// On a comparison (funnel), the x value of the report's own team, which is named and
    /// highlighted; every other row is already anonymous.
    public var highlight: String?
    /// The team's goals for the chart's indicator, drawn as target lines.
    public var targets: [ChartTarget]
    /// Where the chart starts a new phase (`phases: pdsa`).
    public var phases: [ChartPhase]
    /// Changes to the definition of the chart's indicator, from the team's journal.
    public var definitionChanges: [ChartDefinitionChange]

    public init(
        name: String, options: QueryOptions, result: QueryResult, highlight: String? = nil, targets: [ChartTarget] = [], phases: [ChartPhase] = [],
        definitionChanges: [ChartDefinitionChange] = []
    ) {
        self.name = name
        self.options = options
        self.result = result
        self.highlight = highlight
        self.targets = targets
        self.phases = phases
        self.definitionChanges = definitionChanges
    }
}

/// A change to how the chart's indicator is counted, from a period (x label, e.g. 2021-05) on.
public struct ChartDefinitionChange: Sendable, Hashable {
    public var from: String
    public var change: String

    public init(from: String, change: String) {
        self.from = from
        self.change = change
    }
}

extension ChartSeries {
    /// Each label as a calendar month counted from year 0 (January 2021 is 2021 × 12), when
    /// every label is a month (`YYYY-MM`); otherwise `nil`.
    var monthIndices: [Int]? {
        var indices: [Int] = []
        indices.reserveCapacity(labels.count)
        for label in labels {
            guard let (year, month) = Format.yearMonth(label) else { return nil }
            indices.append(year * 12 + month - 1)
        }
        return indices
    }

    /// The changes that fall inside the series, each with the first point counted the new
    /// way. A change before the first point or after the last separates no two measurements.
    func points(after changes: [ChartDefinitionChange]) -> [(index: Int, change: ChartDefinitionChange)] {
        guard let first = labels.first else { return [] }
        return changes.compactMap { change in
            guard change.from > first, let index = labels.firstIndex(where: { $0 >= change.from }) else { return nil }
            return (index, change)
        }
    }
}

/// A change after which a chart's centre line and limits are computed afresh: a PDSA cycle's
/// start, labelled with its title.
public struct ChartPhase: Sendable, Hashable {
    /// The first period (x label, e.g. 2021-05) of the new phase.
    public var from: String
    public var label: String

    public init(from: String, label: String) {
        self.from = from
        self.label = label
    }
}

/// A goal's target on a chart: a level from a period on, in the chart's plotted units. A
/// target revised over time has several steps, each from the period it took effect.
public struct ChartTarget: Sendable, Hashable {
    public struct Step: Sendable, Hashable {
        /// The period (label on the x axis, e.g. 2022-03) from which the value holds; `nil`
        /// for the whole chart before any later step.
        public var from: String?
        public var value: Double

        public init(from: String?, value: Double) {
            self.from = from
            self.value = value
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }

    public init(value: Double) {
        steps = [Step(from: nil, value: value)]
    }
}

/// The points a chart draws, read from a query result, with their statistics.
public struct ChartSeries: Sendable, Hashable {
    public var kind: ChartKind
    public var labels: [String]
    /// What each row gave: y (the count on p and u charts) and n.
    public var observations: [Observation]
    /// What is plotted; `nil` where missing, so the line breaks there instead of bridging a gap.
    public var values: [Double?]
    public var valueColumn: String
    public var statistics: ChartStatistics
    /// Whether values read as percentages: a p chart's shares, unless `multiply` already
    /// put them on another scale (per 100, per 1000).
    public var inPercent: Bool

    /// x is the `x` option's column or the first column. On p and u charts y is the `y`
    /// option's column or `numerator`, and n the `n` option's or `denominator`. Otherwise y is
    /// the `y` option's column, else a column called `value`, else numerator ÷ denominator,
    /// else the last numeric column. `nil` for a table, or when the columns are not there.
    /// The label of each part after the first (the changes that started them), in order.
    public var partLabels: [String] = []

    public init?(_ result: QueryResult, options: QueryOptions, phases: [ChartPhase] = []) {
        guard !result.columns.isEmpty, let kind = ChartKind(rawValue: options.chart.rawValue) else { return nil }
        self.kind = kind
        inPercent = kind == .p && options.multiply == nil
        let xIndex = options.xColumn.flatMap(result.columnIndex) ?? 0
        labels = result.rows.map { $0[xIndex].plainText }
        if kind.needsDenominator {
            guard let yIndex = result.columnIndex(options.yColumn ?? "numerator"),
                let nIndex = result.columnIndex(options.denominatorColumn ?? "denominator")
            else { return nil }
            observations = result.rows.map { Observation(y: $0[yIndex].number, n: $0[nIndex].number) }
            valueColumn = "\(result.columns[yIndex])/\(result.columns[nIndex])"
        } else if let yName = options.yColumn ?? (result.columnIndex("value") != nil ? "value" : nil), let yIndex = result.columnIndex(yName) {
            observations = result.rows.map { Observation(y: $0[yIndex].number) }
            valueColumn = result.columns[yIndex]
        } else if let numerator = result.columnIndex("numerator"), let denominator = result.columnIndex("denominator") {
            observations = result.rows.map { row in
                guard let n = row[numerator].number, let d = row[denominator].number, d != 0 else { return Observation(y: nil) }
                return Observation(y: n / d)
            }
            valueColumn = "numerator/denominator"
        } else if let yIndex = result.columns.indices.last(where: { index in index != xIndex && result.rows.contains { $0[index].number != nil } }) {
            observations = result.rows.map { Observation(y: $0[yIndex].number) }
            valueColumn = result.columns[yIndex]
        } else {
            return nil
        }
        // A phase starts at the first point in or after its period; one that would start
        // before the first point or after the last splits nothing.
        var starts: [Int: [String]] = [:]
        for phase in phases {
            let start = labels.firstIndex { $0 >= phase.from } ?? labels.count
            if start > 0, start < labels.count { starts[start, default: []].append(phase.label) }
        }
        let partEnds = starts.keys.sorted()
        partLabels = partEnds.map { starts[$0]!.joined(separator: " / ") }
        let computed = ControlChart.analyse(observations, options: ChartOptions(kind: kind, freeze: options.freeze, partEnds: partEnds))
        statistics = options.multiply.map(computed.multiplied) ?? computed
        values = statistics.points.map(\.value)
    }
}
