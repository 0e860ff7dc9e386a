import TavleModel
import TavleRender

@testable import TavleRun

/// A query view as a run makes it: its chart analysed once by the run's own step.
func analysed(_ view: QueryView, phases: [ChartPhase] = []) -> QueryView {
    var view = view
    view.series = chartSeries(view.result, view.options, phases: phases)
    let here = SourceLocation(file: "test.md", line: 1, column: 1)
    let query = QueryCell(
        name: view.name, sql: "SELECT 1", options: view.options, parameterUses: [], location: here, sqlLocation: here)
    view.funnel = ChartAnalysis.funnel(query, result: view.result, own: view.highlight)
    return view
}

/// The series the run's analysis makes of `result`; fails the test if it refuses it.
func chartSeries(_ result: QueryResult, _ options: QueryOptions, phases: [ChartPhase] = []) -> ChartSeries? {
    let here = SourceLocation(file: "test.md", line: 1, column: 1)
    let query = QueryCell(
        name: "test", sql: "SELECT 1", options: options, parameterUses: [], location: here, sqlLocation: here)
    do {
        return try ChartAnalysis.series(query, result: result, phases: phases)
    } catch {
        preconditionFailure("the analysis refused the series: \(error)")
    }
}

extension GoalView {
    /// A goal whose target and baseline are drawn as written, on the scale of its measurement.
    init(goal: Goal, indicatorName: String?, measured: Measured?) {
        self.init(
            goal: goal, indicatorName: indicatorName, measured: measured, target: goal.target, baseline: goal.baseline,
            percent: measured?.percent ?? goal.targetInPercent)
    }
}
