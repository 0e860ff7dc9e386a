import TavleModel
import TavleStats

/// What the facilitator's overview shows of one team: a small chart per indicator, how many
/// of the handout's prompts the team has answered, and how its goals changed since the last
/// gathering. The overview is the facilitator's own page: it names every team.
public struct OverviewRow: Sendable {
    public struct Chart: Sendable {
        public var query: String
        public var title: String
        public var series: ChartSeries
        public var decimals: Int

        public init(query: String, title: String, series: ChartSeries, decimals: Int) {
            self.query = query
            self.title = title
            self.series = series
            self.decimals = decimals
        }
    }

    public var teamKey: String
    public var teamName: String
    /// The team's handout, relative to the report repository's root.
    public var handoutPath: String
    /// Its printed copy, when `--pdf` made one.
    public var pdfPath: String?
    public var charts: [Chart]
    public var answered: Int
    public var prompts: Int
    public var hasJournal: Bool
    public var goalChanges: [GoalDifference]

    public init(
        teamKey: String, teamName: String, handoutPath: String, pdfPath: String? = nil, charts: [Chart], answered: Int,
        prompts: Int, hasJournal: Bool,
        goalChanges: [GoalDifference] = []
    ) {
        self.teamKey = teamKey
        self.teamName = teamName
        self.handoutPath = handoutPath
        self.pdfPath = pdfPath
        self.charts = charts
        self.answered = answered
        self.prompts = prompts
        self.hasJournal = hasJournal
        self.goalChanges = goalChanges
    }
}

extension GoalDifference {
    /// The change as the overview words it.
    func words(_ strings: Strings) -> String {
        switch kind {
        case .added(let statement): return strings.newGoal(statement)
        case .removed:
            // The reason it was set aside (retired_goals), as a change's reason is shown.
            let removed = strings.goalRemoved(goal)
            return reasons.isEmpty ? removed : removed + " (\(reasons.joined(separator: " ")))"
        case .changed(let statement, let target, let due):
            var changes: [String] = []
            if statement { changes.append(strings.statementChange) }
            if let target { changes.append(strings.targetChange(target.old ?? "–", target.new ?? "–")) }
            if let due { changes.append(strings.dueChange(due.old ?? "–", due.new ?? "–")) }
            return strings.goalChanged(
                goal, changes: changes, reason: reasons.isEmpty ? nil : reasons.joined(separator: " "))
        }
    }
}

/// The handouts of one gathering: the facilitator's overview and the index that links them.
public struct HandoutSet: Sendable {
    public var language: Language
    public var workspaceName: String?
    public var notebookID: String
    public var notebookTitle: String
    public var notebookVersion: Int
    public var gathering: Int?
    /// The folder of the overview and index, relative to the repository's root.
    public var folder: String
    public var rows: [OverviewRow]
    public var overviewPDF: String?

    public init(
        language: Language, workspaceName: String?, notebookID: String, notebookTitle: String, notebookVersion: Int,
        gathering: Int?, folder: String,
        rows: [OverviewRow], overviewPDF: String? = nil
    ) {
        self.language = language
        self.workspaceName = workspaceName
        self.notebookID = notebookID
        self.notebookTitle = notebookTitle
        self.notebookVersion = notebookVersion
        self.gathering = gathering
        self.folder = folder
        self.rows = rows
        self.overviewPDF = overviewPDF
    }

    /// A path from the overview's folder to a file at `path` from the root.
    func link(_ path: String) -> String {
        String(repeating: "../", count: folder.split(separator: "/").count) + path
    }
}

public enum HandoutPages {
    /// Every team on one landscape A4 page: a row per team, a small chart per indicator.
    public static func overview(_ set: HandoutSet) -> String {
        let strings = Strings(language: set.language)
        let format = Format(language: set.language)
        // The columns: every chart any team's handout has, in notebook order.
        var columns: [(query: String, title: String)] = []
        for row in set.rows {
            for chart in row.charts where !columns.contains(where: { $0.query == chart.query }) {
                columns.append((chart.query, chart.title))
            }
        }
        let title = strings.overviewTitle(set.notebookTitle)
        var html = HTMLReport.pageStart(language: set.language, title: title, moreStyle: overviewStyle)
        if let name = set.workspaceName { html += "<p class=\"network\">\(Escape.html(name))</p>\n" }
        html += "<p class=\"report-title\">\(Escape.html(title))</p>\n"
        if let gathering = set.gathering {
            html +=
                "<p class=\"meta\">\(Escape.html(strings.gathering)) \(gathering) · \(Escape.html(strings.teamCount(set.rows.count)))</p>\n"
        }
        html += "</header>\n<main>\n<p class=\"caveat\">\(Escape.html(strings.overviewCaveat))</p>\n"
        html += "<table class=\"overview\">\n<thead><tr><th scope=\"col\">\(Escape.html(strings.team))</th>"
        for column in columns { html += "<th scope=\"col\">\(Escape.html(column.title))</th>" }
        html +=
            "<th scope=\"col\">\(Escape.html(strings.answersColumn))</th><th scope=\"col\">\(Escape.html(strings.goalChangesColumn(set.gathering)))</th></tr></thead>\n<tbody>\n"
        // Teams in the order of the teams query (by municipality and name), never by a value.
        for row in set.rows {
            html +=
                "<tr><th scope=\"row\"><a href=\"\(Escape.html(set.link(row.handoutPath)))\">\(Escape.html(row.teamName))</a></th>"
            for column in columns {
                guard let chart = row.charts.first(where: { $0.query == column.query }) else {
                    html += "<td class=\"none\">–</td>"
                    continue
                }
                html += "<td>\(smallChart(chart, format: format, strings: strings))</td>"
            }
            let answers = row.hasJournal ? strings.answeredOf(row.answered, row.prompts) : strings.noJournal
            html += "<td class=\"answers\(row.answered == 0 ? " missing" : "")\">\(Escape.html(answers))</td>"
            let changes =
                row.goalChanges.isEmpty
                ? "<span class=\"none\">\(Escape.html(strings.noGoalChanges))</span>"
                : row.goalChanges.map { "<p>\(Escape.html($0.words(strings)))</p>" }.joined()
            html += "<td class=\"goals\">\(changes)</td></tr>\n"
        }
        html +=
            "</tbody>\n</table>\n</main>\n<footer>\n<p>\(Escape.html(strings.footer(notebook: set.notebookID, version: set.notebookVersion)))</p>\n</footer>\n</body>\n</html>\n"
        return html
    }

    /// The gathering's front page: the overview and each team's handout (and printed copy).
    public static func index(_ set: HandoutSet) -> String {
        let strings = Strings(language: set.language)
        let title = strings.handoutsTitle(set.notebookTitle)
        var html = HTMLReport.pageStart(language: set.language, title: title)
        if let name = set.workspaceName { html += "<p class=\"network\">\(Escape.html(name))</p>\n" }
        html += "<p class=\"report-title\">\(Escape.html(title))</p>\n"
        if let gathering = set.gathering {
            html += "<p class=\"meta\">\(Escape.html(strings.gathering)) \(gathering)</p>\n"
        }
        html +=
            "</header>\n<main>\n<h1>\(Escape.html(title))</h1>\n<p><a href=\"overview.html\">\(Escape.html(strings.overviewLink))</a>"
        if let pdf = set.overviewPDF { html += " (<a href=\"\(Escape.html(set.link(pdf)))\">PDF</a>)" }
        html += "</p>\n<h2>\(Escape.html(strings.handoutsHeading))</h2>\n<ul class=\"handouts\">\n"
        for row in set.rows {
            html += "<li><a href=\"\(Escape.html(set.link(row.handoutPath)))\">\(Escape.html(row.teamName))</a>"
            if let pdf = row.pdfPath { html += " (<a href=\"\(Escape.html(set.link(pdf)))\">PDF</a>)" }
            html += "</li>\n"
        }
        html +=
            "</ul>\n</main>\n<footer>\n<p>\(Escape.html(strings.footer(notebook: set.notebookID, version: set.notebookVersion)))</p>\n</footer>\n</body>\n</html>\n"
        return html
    }

    /// A 92 × 22 picture of the series: its line, its centre line (heavy where the runs rules
    /// signal), points outside the limits as squares, and the last value beside it.
    static func smallChart(_ chart: OverviewRow.Chart, format: Format, strings: Strings) -> String {
        let series = chart.series
        let present = series.values.compactMap { $0 }
        let last = series.values.last { $0 != nil }.flatMap { $0 }
        let lastText = last.map { format.value($0, percent: series.inPercent, decimals: chart.decimals) } ?? "–"
        guard present.count > 1, let low = present.min(), let high = present.max() else {
            return "<span class=\"last\">\(Escape.html(lastText))</span>"
        }
        let centre = series.statistics.parts.last?.centre
        let (lower, upper, _) = ChartSVG.axis(low: min(low, centre ?? low), high: max(high, centre ?? high))
        let width = 92.0, height = 22.0
        let positions = ChartSVG.positions(months: nil, count: series.values.count)
        let c = Format.coordinate
        func x(_ index: Int) -> Double { 2 + (width - 4) * positions[index] }
        func y(_ value: Double) -> Double { 2 + (height - 4) * (1 - (value - lower) / (upper - lower)) }
        let signal =
            series.statistics.parts.last?.runs.signal == true || series.statistics.points.contains { $0.outsideLimits }
        let label = strings.smallChartLabel(title: chart.title, last: lastText, signal: signal)
        var svg =
            "<svg class=\"small\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-label=\"\(Escape.html(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
        if let centre {
            svg +=
                "<line class=\"centre\(series.statistics.parts.last?.runs.signal == true ? " signal" : "")\" x1=\"2\" x2=\"\(c(width - 2))\" y1=\"\(c(y(centre)))\" y2=\"\(c(y(centre)))\"/>"
        }
        var stretch: [String] = []
        for (index, value) in series.values.enumerated() {
            guard let value else {
                if stretch.count > 1 { svg += "<polyline points=\"\(stretch.joined(separator: " "))\"/>" }
                stretch = []
                continue
            }
            stretch.append("\(c(x(index))),\(c(y(value)))")
        }
        if stretch.count > 1 { svg += "<polyline points=\"\(stretch.joined(separator: " "))\"/>" }
        for (index, point) in series.statistics.points.enumerated() where point.outsideLimits {
            if let value = series.values[index] {
                svg += "<rect x=\"\(c(x(index) - 2.5))\" y=\"\(c(y(value) - 2.5))\" width=\"5\" height=\"5\"/>"
            }
        }
        svg += "</svg>"
        return svg + "<span class=\"last\">\(Escape.html(lastText))\(signal ? " ▲" : "")</span>"
    }

    static let overviewStyle = """
        @page { size: A4 landscape; margin: 10mm; }
        body { max-width: none; }
        table.overview { border-collapse: collapse; width: 100%; font-size: .8rem; }
        table.overview th, table.overview td { border-bottom: 1px solid var(--rule); padding: .1rem .3rem; text-align: left; vertical-align: middle; line-height: 1.25; }
        table.overview td { white-space: nowrap; }
        table.overview td.goals { white-space: normal; }
        table.overview thead th { font-size: .7rem; font-weight: 600; vertical-align: bottom; }
        table.overview td svg.small { vertical-align: middle; }
        table.overview svg.small polyline { fill: none; stroke: var(--accent); stroke-width: 1.2; }
        table.overview svg.small line.centre { stroke: #777; stroke-width: .8; stroke-dasharray: 3 2; }
        table.overview svg.small line.centre.signal { stroke: #000; stroke-width: 1.6; stroke-dasharray: none; }
        table.overview svg.small rect { fill: #000; }
        table.overview .last { margin: 0 .5rem 0 .3rem; font-variant-numeric: tabular-nums; }
        table.overview .goals p { margin: 0; }
        table.overview .none, table.overview .missing { color: var(--muted); }
        .caveat { color: var(--muted); font-size: .8rem; margin: .2rem 0 .4rem; }
        @media print { body { font-size: 8.5pt; } table.overview { break-inside: auto; page-break-inside: auto; } table.overview tr { break-inside: avoid; } }
        """
}
