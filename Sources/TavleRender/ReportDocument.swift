import Foundation
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
    /// The layout to draw: the current one for a new report, the one it was made in for
    /// `verify`.
    public var edition: ReportEdition
    /// What names the report's inputs, for its footer (from edition 0.4 on).
    public var fingerprint: Fingerprint?

    /// The short form of the report's citation: the notebook's and the data's ids and the
    /// tool, which `tavle cite` gives in full.
    public struct Fingerprint: Sendable, Hashable {
        public var notebookBlob: String
        public var data: String
        public var tool: String
        public var reportPath: String

        public init(notebookBlob: String, data: String, tool: String, reportPath: String) {
            self.notebookBlob = notebookBlob
            self.data = data
            self.tool = tool
            self.reportPath = reportPath
        }
    }

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
        team: Team?, gathering: Int?, phase: Int?, parameters: [Parameter], blocks: [ReportBlock],
        edition: ReportEdition = .current,
        fingerprint: Fingerprint? = nil
    ) {
        self.edition = edition
        self.fingerprint = fingerprint
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
    /// The last measurement in or before the month the goal was due, when the chart goes on
    /// past it: a goal is judged at its due date, not by whatever came after.
    public var atDue: Measured?
    /// The target and baseline on the scale of the chart that measures the goal (a share on a
    /// chart in per cent), or as the journal wrote them when no chart of this report does.
    public var target: Double?
    public var baseline: Double?
    /// Whether `target` and `baseline` are shares to be written in per cent.
    public var percent: Bool

    public init(
        goal: Goal, indicatorName: String?, measured: Measured?, target: Double?, baseline: Double?, percent: Bool
    ) {
        self.goal = goal
        self.indicatorName = indicatorName
        self.measured = measured
        self.target = target
        self.baseline = baseline
        self.percent = percent
    }

    /// Whether the last measurement is at or beyond the target in the goal's direction;
    /// `nil` without a target or a measurement.
    public var lastMeasurementReachesTarget: Bool? { reaches(measured) }

    /// Whether the measurement at the due date reached the target.
    public var reachedTargetByDue: Bool? { reaches(atDue) }

    func reaches(_ measured: Measured?, edition: ReportEdition = .current) -> Bool? {
        guard let target, let direction = goal.direction, let measured else { return nil }
        guard edition >= .v0_4 else {
            // Before 0.4 the verdict was on the number as shown (80 % for 79.76 %), which
            // could call a goal reached that was not.
            return Self.reaches(Self.rounded(measured.value, measured, decimals: measured.decimals), target, direction)
        }
        return Self.reaches(measured.value, target, direction)
    }

    /// The decimals to show a measurement with beside its verdict: the chart's, or as many
    /// more (up to three) as it takes for the number not to seem to say the opposite of the
    /// verdict (79.76 % against a target of 80 % is shown as 79.8 %, not 80 %).
    func decimals(showing measured: Measured, edition: ReportEdition = .current) -> Int {
        guard edition >= .v0_4, let target, let direction = goal.direction else { return measured.decimals }
        let truth = Self.reaches(measured.value, target, direction)
        var decimals = measured.decimals
        while decimals < measured.decimals + 3,
            Self.reaches(Self.rounded(measured.value, measured, decimals: decimals), target, direction) != truth
        {
            decimals += 1
        }
        return decimals
    }

    static func rounded(_ value: Double, _ measured: Measured, decimals: Int) -> Double {
        let scale = pow(10, Double(decimals)) * (measured.percent ? 100 : 1)
        return (value * scale).rounded() / scale
    }

    /// At or beyond the target, allowing for the binary noise of a computed share (0.8 may
    /// be stored as 0.7999999999999999).
    static func reaches(_ value: Double, _ target: Double, _ direction: GoalDirection) -> Bool {
        let slack = 1e-9 * max(1, abs(target))
        return direction == .down ? value <= target + slack : value >= target - slack
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
    /// Changes to the definition of the chart's indicator, from the team's journal.
    public var definitionChanges: [ChartDefinitionChange]
    /// The analysed series of a run or control chart; `nil` for a table or a funnel.
    public var series: ChartSeries?
    /// The analysed funnel plot of a comparison; `nil` for anything else.
    public var funnel: FunnelChart?

    public init(
        name: String, options: QueryOptions, result: QueryResult, highlight: String? = nil, targets: [ChartTarget] = [],
        definitionChanges: [ChartDefinitionChange] = [], series: ChartSeries? = nil, funnel: FunnelChart? = nil
    ) {
        self.series = series
        self.funnel = funnel
        self.name = name
        self.options = options
        self.result = result
        self.highlight = highlight
        self.targets = targets
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

/// The points a chart draws, with their statistics: analysed once per query per report (see
/// `ChartAnalysis` in TavleRun) and read as they are by every renderer, the overview, the
/// goals and the ledger, so that they cannot disagree.
public struct ChartSeries: Sendable, Hashable {
    public var kind: ChartKind
    public var labels: [String]
    /// What each row gave: y (the count on p and u charts) and n; on a chart in per cent,
    /// y already read as a share.
    public var observations: [Observation]
    /// What is plotted; `nil` where missing, so the line breaks there instead of bridging a gap.
    public var values: [Double?]
    /// The column (or `count/denominator`) the values come from, for the reader.
    public var valueColumn: String
    public var statistics: ChartStatistics
    public var scale: ChartScale
    /// The label of each part after the first (the changes that started them), in order.
    public var partLabels: [String]
    /// The month the report is for (a month parameter the query reads), when it has one:
    /// a series that ends before it says so.
    public var reportPeriod: String?

    public init(
        kind: ChartKind, labels: [String], observations: [Observation], valueColumn: String,
        statistics: ChartStatistics, scale: ChartScale,
        partLabels: [String] = []
    ) {
        self.kind = kind
        self.labels = labels
        self.observations = observations
        self.values = statistics.points.map(\.value)
        self.valueColumn = valueColumn
        self.statistics = statistics
        self.scale = scale
        self.partLabels = partLabels
    }

    /// Whether values read as percentages: shares, unless `multiply` put them on another scale.
    public var inPercent: Bool { scale.showsPercent }
}

extension ReportDocument {
    /// An answer from an earlier gathering than this report's: shown small, above the room left
    /// to write this gathering's answer (from the 0.3 layout on; earlier, it took that room).
    public func isEarlier(_ answer: Answer) -> Bool {
        edition >= .v0_3 && gathering.map { answer.gathering < $0 } == true
    }
}
