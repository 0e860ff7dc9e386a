import TavleHistory
import TavleModel

/// Goals' revisions, PDSA cycles, decisions and answers as entities with their own rows,
/// read from every report's ledger snapshot in run order: when each was first recorded, and
/// (for goals) what the target was before a revision and what the indicator measured then.
struct JournalTables {
    let filter: ExportFilter
    let selected: Set<String>

    /// What one team's journal held at its latest snapshot, and what has been seen before.
    struct TeamState {
        var goals: [String: LedgerGoal] = [:]
        var revisions: [String: [LedgerRevision]] = [:]
        var retirements: [String: LedgerRetirement] = [:]
        /// Per indicator: the points the team's latest report showed, and the run.
        var series: [String: (series: LedgerSeries, run: String)] = [:]
    }

    struct Entity<Value> {
        var value: Value
        var firstRun: String
        var firstTime: String
        var lastChangedRun: String
        var marked: String?
        var markedTime: String?
        var inSelection = false
    }

    struct RevisionRow {
        var cells: [ExportTable.Cell]
        var inSelection = false
    }

    var teams: [String: TeamState] = [:]
    var revisions: [String: RevisionRow] = [:]
    var revisionOrder: [String] = []
    var cycles: [String: Entity<LedgerCycle>] = [:]
    var decisions: [String: Entity<LedgerDecision>] = [:]
    var indicators: [String: Entity<LedgerIndicator>] = [:]
    var definitionChanges: [String: Entity<DefinitionChange>] = [:]

    /// A change of how an indicator is counted, with the indicator it belongs to.
    struct DefinitionChange: Equatable {
        var indicator: String
        var change: LedgerDefinitionChange
    }
    var answers: [String: Entity<LedgerAnswer>] = [:]

    init(filter: ExportFilter, selected: Set<String>) {
        self.filter = filter
        self.selected = selected
    }

    mutating func read(_ report: ReportRecord, in run: RunRecord) {
        let inSelection = selected.contains(run.commit.id.hex) && filter.selects(team: report.team)
        let runID = run.commit.id.hex
        var state = teams[report.team] ?? TeamState()
        let journal = report.journal

        for goal in journal.goals {
            let before = state.goals[goal.id]
            // A revision is its place in the goal's list (with its date): a reason reworded later
            // is the same revision, not a new one.
            for (index, revision) in goal.revisions.enumerated() {
                let key = "\(report.team)\u{0}\(goal.id)\u{0}revision\u{0}\(revision.date)\u{0}\(index)"
                if revisions[key] == nil {
                    let measured = Self.measured(
                        goal.indicator, onOrBefore: revision.date, report: report, runID: runID, state: state)
                    addRevision(
                        key: key,
                        cells: [
                            .text(report.team), .text(goal.id), .text("revision"), .text(revision.date),
                            .integer(index + 1), .text(revision.reason), .text(runID),
                            .text(run.time), .number(before?.target), .number(goal.target), .text(before?.due),
                            .text(goal.due), .text(goal.unit), .number(goal.unit == "%" ? 100 : 1),
                            .text(goal.indicator), .text(measured?.period), .number(measured?.value),
                            .number(measured?.shown), .text(measured?.run),
                        ])
                }
                markRevision(key, inSelection)
            }
            state.goals[goal.id] = goal
            state.revisions[goal.id] = goal.revisions
        }
        for retirement in journal.retired where state.retirements[retirement.id] != retirement {
            let before = state.goals[retirement.id]
            let measured = Self.measured(
                before?.indicator, onOrBefore: retirement.date, report: report, runID: runID, state: state)
            addRevision(
                key: "\(report.team)\u{0}\(retirement.id)\u{0}retirement\u{0}\(retirement.date)",
                cells: [
                    .text(report.team), .text(retirement.id), .text("retirement"), .text(retirement.date), .integer(1),
                    .text(retirement.reason), .text(runID),
                    .text(run.time), .number(before?.target), .missing, .text(before?.due), .missing,
                    .text(before?.unit), .number(before?.unit == "%" ? 100 : 1),
                    .text(before?.indicator),
                    .text(measured?.period), .number(measured?.value), .number(measured?.shown), .text(measured?.run),
                ])
            state.retirements[retirement.id] = retirement
        }
        for retirement in journal.retired {
            markRevision("\(report.team)\u{0}\(retirement.id)\u{0}retirement\u{0}\(retirement.date)", inSelection)
        }

        for cycle in journal.cycles {
            update(
                &cycles, key: "\(report.team)\u{0}\(cycle.id)", value: cycle, run: run, inSelection: inSelection,
                marks: cycle.decision != nil)
        }
        for indicator in journal.indicators {
            update(
                &indicators, key: "\(report.team)\u{0}\(indicator.id)", value: indicator, run: run,
                inSelection: inSelection, marks: false)
            for change in indicator.changes ?? [] {
                update(
                    &definitionChanges,
                    key: "\(report.team)\u{0}\(indicator.id)\u{0}\(change.date)\u{0}\(change.change)",
                    value: DefinitionChange(indicator: indicator.id, change: change), run: run,
                    inSelection: inSelection, marks: false)
            }
        }
        for decision in journal.decisions {
            update(
                &decisions, key: "\(report.team)\u{0}\(decision.id)", value: decision, run: run,
                inSelection: inSelection, marks: false)
        }
        for answer in journal.answers {
            update(
                &answers, key: "\(report.team)\u{0}\(answer.id)", value: answer, run: run, inSelection: inSelection,
                marks: false)
        }

        for series in report.series {
            if let indicator = series.indicator, state.series[indicator]?.run != runID {
                state.series[indicator] = (series, runID)
            }
        }
        teams[report.team] = state
    }

    private mutating func addRevision(key: String, cells: [ExportTable.Cell]) {
        guard revisions[key] == nil else { return }
        revisions[key] = RevisionRow(cells: cells)
        revisionOrder.append(key)
    }

    private mutating func markRevision(_ key: String, _ inSelection: Bool) {
        if inSelection { revisions[key]?.inSelection = true }
    }

    private func update<Value: Equatable>(
        _ entities: inout [String: Entity<Value>], key: String, value: Value, run: RunRecord, inSelection: Bool,
        marks: Bool
    ) {
        let runID = run.commit.id.hex
        if var entity = entities[key] {
            if entity.value != value {
                entity.value = value
                entity.lastChangedRun = runID
            }
            if marks, entity.marked == nil {
                entity.marked = runID
                entity.markedTime = run.time
            }
            entity.inSelection = entity.inSelection || inSelection
            entities[key] = entity
        } else {
            entities[key] = Entity(
                value: value, firstRun: runID, firstTime: run.time, lastChangedRun: runID, marked: marks ? runID : nil,
                markedTime: marks ? run.time : nil,
                inSelection: inSelection)
        }
    }

    /// The goal's indicator at a date: the last point with a value in or before that date's
    /// month, from the report that recorded the change, else from the team's latest report
    /// that showed the indicator.
    static func measured(
        _ indicator: String?, onOrBefore date: String, report: ReportRecord, runID: String, state: TeamState
    )
        -> (period: String, value: Double, shown: Double, run: String)?
    {
        guard let indicator else { return nil }
        let month = String(date.prefix(7))
        func last(in series: LedgerSeries) -> (period: String, value: Double, shown: Double)? {
            series.points.last { $0.period <= month && $0.value != nil }.map {
                ($0.period, Scale.clean($0.value!), Scale(unit: series.unit).shown($0.value!))
            }
        }
        if let series = report.series.first(where: { $0.indicator == indicator }), let point = last(in: series) {
            return (point.period, point.value, point.shown, runID)
        }
        if let earlier = state.series[indicator], let point = last(in: earlier.series) {
            return (point.period, point.value, point.shown, earlier.run)
        }
        return nil
    }

    func revisionsTable() -> ExportTable {
        var table = ExportSchema.goalRevisions
        table.rows = revisionOrder.compactMap { revisions[$0]!.inSelection ? revisions[$0]!.cells : nil }
            .sorted {
                ExportTable.plain($0[0]) + "\u{0}" + ExportTable.plain($0[1]) + "\u{0}" + ExportTable.plain($0[3])
                    < ExportTable.plain($1[0]) + "\u{0}" + ExportTable.plain($1[1]) + "\u{0}" + ExportTable.plain($1[3])
            }
        return table
    }

    /// The entities a selected run's report had, in key order, each with its team.
    private func rows<Value>(
        _ entities: [String: Entity<Value>], into table: ExportTable,
        _ cells: (_ team: String, _ entity: Entity<Value>) -> [ExportTable.Cell]
    ) -> ExportTable {
        var table = table
        for key in entities.keys.sorted() where entities[key]!.inSelection {
            table.rows.append(cells(String(key[..<key.firstIndex(of: "\u{0}")!]), entities[key]!))
        }
        return table
    }

    func cyclesTable() -> ExportTable {
        rows(cycles, into: ExportSchema.cycles) { team, entity in
            let cycle = entity.value
            return [
                .text(team), .text(cycle.id), .text(cycle.title), .text(cycle.goal), .text(cycle.plan), .text(cycle.do),
                .text(cycle.study), .text(cycle.act),
                .text(cycle.decision), .text(cycle.decided), .text(cycle.follows), .text(cycle.started),
                .text(cycle.ended), .text(entity.firstRun),
                .text(entity.firstTime), .text(entity.marked), .text(entity.markedTime), .text(entity.lastChangedRun),
            ]
        }
    }

    func indicatorsTable() -> ExportTable {
        rows(indicators, into: ExportSchema.indicators) { team, entity in
            let indicator = entity.value
            return [
                .text(team), .text(indicator.id), .text(indicator.name), .text(indicator.kind),
                .text(indicator.definition), .text(indicator.caveats),
                .integer(indicator.changes?.count ?? 0), .text(entity.firstRun), .text(entity.lastChangedRun),
            ]
        }
    }

    func definitionChangesTable() -> ExportTable {
        rows(definitionChanges, into: ExportSchema.definitionChanges) { team, entity in
            let change = entity.value
            return [
                .text(team), .text(change.indicator), .text(change.change.date), .text(change.change.change),
                .text(entity.firstRun), .text(entity.firstTime),
            ]
        }
    }

    func decisionsTable() -> ExportTable {
        rows(decisions, into: ExportSchema.decisions) { team, entity in
            let decision = entity.value
            return [
                .text(team), .text(decision.id), .text(decision.date), .text(decision.what), .text(decision.why),
                .text(entity.firstRun), .text(entity.firstTime),
            ]
        }
    }

    func answersTable() -> ExportTable {
        rows(answers, into: ExportSchema.answers) { team, entity in
            let answer = entity.value
            return [
                .text(team), .text(answer.prompt), .integer(answer.gathering), .text(answer.date), .text(answer.text),
                .text(entity.firstRun),
                .text(entity.firstTime), .text(entity.lastChangedRun),
            ]
        }
    }
}

/// A value a later report showed differently from the report before it: the same team,
/// series and period, compared at the precision the less precise of the two was recorded
/// with, so float noise (6.667 against 6.666666666666667) is not a change, and on the scale
/// the reader saw (a share shown in per cent against a per cent).
struct DriftTable {
    let filter: ExportFilter
    let selected: Set<String>
    var last: [String: (shown: Double?, decimals: Int?, run: String, notebook: String)] = [:]
    var rows: [[ExportTable.Cell]] = []

    init(filter: ExportFilter, selected: Set<String>) {
        self.filter = filter
        self.selected = selected
    }

    mutating func read(_ report: ReportRecord, in run: RunRecord) {
        let inSelection = selected.contains(run.commit.id.hex) && filter.selects(team: report.team)
        var seenSeries = Set<String>()
        for series in report.series where seenSeries.insert(series.id).inserted {
            let scale = Scale(unit: series.unit)
            for point in series.points {
                let key = "\(report.team)\u{0}\(series.id)\u{0}\(point.period)"
                let shown = point.value.map(scale.shown)
                defer { last[key] = (shown, point.value.map(scale.shownDecimals), run.commit.id.hex, run.notebook) }
                guard inSelection, let before = last[key] else { continue }
                let change: String
                var decimals: Int?
                switch (before.shown, shown) {
                case (nil, nil): continue
                case (nil, .some): change = "now present"
                case (.some, nil): change = "now missing"
                case (.some(let old), .some(let new)):
                    // At the precision of the less precisely recorded value; a whole number (0, 8)
                    // is exact, not imprecise, so it takes the other's decimals.
                    let places = Self.comparedDecimals(before.decimals, old, point.value.map(scale.shownDecimals), new)
                    guard Scale.rounded(old, places) != Scale.rounded(new, places) else { continue }
                    change = "changed"
                    decimals = places
                }
                rows.append([
                    .text(report.team), .text(series.id), .text(point.period), .text(run.commit.id.hex),
                    .text(run.notebook), .text(before.run), .text(before.notebook),
                    .number(before.shown), .number(shown), .text(change), .integer(decimals),
                ])
            }
        }
    }

    static func comparedDecimals(_ a: Int?, _ old: Double, _ b: Int?, _ new: Double) -> Int {
        let sides = [(a ?? 15, old), (b ?? 15, new)].filter { $0.1 != $0.1.rounded() }.map(\.0)
        return sides.min() ?? 0
    }

    func table() -> ExportTable {
        var table = ExportSchema.changes
        table.rows = rows
        return table
    }
}

/// How a recorded value was shown: a share (`unit: %`) times 100, anything else as it is.
struct Scale {
    let factor: Double
    /// Decimal places the factor moves the point by.
    let places: Int

    init(unit: String?) {
        (factor, places) = unit == "%" ? (100, 2) : (1, 0)
    }

    /// The value as the reader saw it, without the binary noise of the multiplication:
    /// 0.2941 is shown as 29.41, not 29.410000000000004.
    func shown(_ value: Double) -> Double {
        let recorded = Self.decimals(value)
        guard places > 0 else { return Self.clean(value) }
        // A value written with a few decimals (a share 0.2308 from 23.08 %) is shown with as
        // many fewer; one at full precision (67/84) is multiplied as it is.
        return recorded <= Self.written ? Self.rounded(value * factor, max(0, recorded - places)) : value * factor
    }

    /// A value written with a few decimals, without the binary noise of how it was stored:
    /// 23.08 % kept as the share 0.23079999999999998 is 0.2308. Full-precision values (a
    /// computed share) are left as they are.
    static func clean(_ value: Double) -> Double {
        let recorded = decimals(value)
        return recorded <= written ? rounded(value, recorded) : value
    }

    /// The most decimals a value written by a person or a spreadsheet is taken to have.
    static let written = 12

    /// The decimals the shown value has, from those the value was recorded with.
    func shownDecimals(_ value: Double) -> Int {
        max(0, Self.decimals(value) - places)
    }

    /// The decimals a value was recorded with: the fewest that give it back within two units
    /// in the last place, so that the noise of a division (43.48 % stored as the share
    /// 0.43479999999999996) counts as the four decimals it was written with.
    static func decimals(_ value: Double) -> Int {
        guard value.isFinite, value != 0 else { return 0 }
        for places in 0...16 where abs(rounded(value, places) - value) <= 2 * value.ulp {
            return places
        }
        return 17
    }

    static func rounded(_ value: Double, _ places: Int) -> Double {
        guard places < 17 else { return value }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let result = (value * scale).rounded() / scale
        return result.isFinite ? result : value
    }
}
