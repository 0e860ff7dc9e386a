import TavleModel

/// What `tavle history goals --format html` shows: each of a team's goals with the line of
/// its changes, oldest first, beside the run chart of its indicator with the target as it
/// stood over time.
public struct GoalHistoryDocument: Sendable {
    public struct Goal: Sendable {
        public var id: String
        public var statement: String
        public var target: Double?
        public var direction: GoalDirection?
        /// The indicator is a share, so values and targets are written in per cent.
        public var percent: Bool
        public var due: String?
        public var indicatorName: String?
        public var entries: [Entry]
        public var chart: Chart?

        public init(
            id: String, statement: String, target: Double?, direction: GoalDirection?, percent: Bool, due: String?,
            indicatorName: String?,
            entries: [Entry], chart: Chart?
        ) {
            self.id = id
            self.statement = statement
            self.target = target
            self.direction = direction
            self.percent = percent
            self.due = due
            self.indicatorName = indicatorName
            self.entries = entries
            self.chart = chart
        }
    }

    /// The changes one run recorded for a goal.
    public struct Entry: Sendable {
        /// YYYY-MM-DD of the run.
        public var date: String
        /// Which run: notebook, version and commit.
        public var run: String
        public var gathering: String?
        public var author: String
        /// What changed, as (field, old, new); old is `nil` when the goal was new.
        public var changes: [(field: String, old: String?, new: String?)]
        public var reasons: [String]
        /// The indicator's last value when the run was made.
        public var measured: (period: String, value: Double)?

        public init(
            date: String, run: String, gathering: String?, author: String,
            changes: [(field: String, old: String?, new: String?)], reasons: [String],
            measured: (period: String, value: Double)?
        ) {
            self.date = date
            self.run = run
            self.gathering = gathering
            self.author = author
            self.changes = changes
            self.reasons = reasons
            self.measured = measured
        }
    }

    public struct Chart: Sendable {
        public var title: String
        public var series: ChartSeries
        public var percent: Bool
        public var target: ChartTarget?

        public init(title: String, series: ChartSeries, percent: Bool, target: ChartTarget?) {
            self.title = title
            self.series = series
            self.percent = percent
            self.target = target
        }
    }

    public var language: Language
    public var teamName: String
    public var workspaceName: String?
    public var goals: [Goal]

    public init(language: Language, teamName: String, workspaceName: String?, goals: [Goal]) {
        self.language = language
        self.teamName = teamName
        self.workspaceName = workspaceName
        self.goals = goals
    }
}

public enum GoalHistoryPage {
    public static func render(_ document: GoalHistoryDocument) -> String {
        let strings = Strings(language: document.language)
        let format = Format(language: document.language)
        let title = "\(strings.goalHistory) – \(document.teamName)"
        var html = HTMLReport.pageStart(language: document.language, title: title, moreStyle: stylesheet)
        if let name = document.workspaceName { html += "<p class=\"network\">\(Escape.html(name))</p>\n" }
        html += "<p class=\"report-title\">\(Escape.html(strings.goalHistory))</p>\n"
        html += "<p class=\"meta\">\(Escape.html("\(strings.team): \(document.teamName)"))</p>\n</header>\n<main>\n"
        html += "<h1>\(Escape.html(title))</h1>\n"
        if document.goals.isEmpty { html += "<p class=\"empty\">\(Escape.html(strings.noGoals))</p>\n" }
        for (index, goal) in document.goals.enumerated() {
            html +=
                "<section class=\"goal-history\" id=\"\(Escape.html("goal-\(goal.id)"))\">\n<h2>\(Escape.html(goal.statement))</h2>\n"
            var facts: [(String, String)] = []
            let value = { (number: Double) in
                format.value(number, percent: goal.percent, decimals: Self.decimals(number, percent: goal.percent))
            }
            if let target = goal.target {
                facts.append(
                    (
                        strings.howMuch,
                        goal.direction.map { strings.target(value(target), direction: $0) } ?? value(target)
                    ))
            }
            if let due = goal.due { facts.append((strings.byWhen, format.date(due))) }
            if let name = goal.indicatorName { facts.append((strings.indicator, name)) }
            if !facts.isEmpty {
                html +=
                    "<dl>\n" + facts.map { "<dt>\(Escape.html($0.0))</dt><dd>\(Escape.html($0.1))</dd>\n" }.joined()
                    + "</dl>\n"
            }
            html += "<div class=\"side-by-side\">\n<ol class=\"timeline\">\n"
            for var entry in goal.entries {
                entry.changes.sort { Self.fieldOrder($0.field) < Self.fieldOrder($1.field) }
                let run = [entry.run, entry.gathering.map { "\(strings.gathering.lowercased()) \($0)" }, entry.author]
                    .compactMap { $0 }.joined(separator: " · ")
                html +=
                    "<li>\n<p class=\"when\"><strong>\(Escape.html(format.date(entry.date)))</strong> · \(Escape.html(run))</p>\n<ul>\n"
                for change in entry.changes {
                    let name = strings.goalField(change.field)
                    // Numbers as the reader writes them: 80 %, 4,5.
                    let shown = { (text: String?) in
                        text.map { Self.shown($0, field: change.field, value: value, format: format, strings: strings) }
                    }
                    let change = (old: shown(change.old), new: shown(change.new))
                    switch (change.old, change.new) {
                    case (nil, let new?): html += "<li>\(Escape.html(name)): \(Escape.html(new))</li>\n"
                    case (let old?, nil): html += "<li>\(Escape.html(name)): <del>\(Escape.html(old))</del></li>\n"
                    case (let old?, let new?):
                        html +=
                            "<li>\(Escape.html(name)): <del>\(Escape.html(old))</del> → <ins>\(Escape.html(new))</ins></li>\n"
                    case (nil, nil): break
                    }
                }
                html += "</ul>\n"
                for reason in entry.reasons {
                    html += "<p class=\"revision\">\(Escape.html("\(strings.why): \(reason)"))</p>\n"
                }
                if let measured = entry.measured {
                    html +=
                        "<p class=\"measured\">\(Escape.html(strings.measuredThen(value(measured.value), month: format.month(measured.period))))</p>\n"
                }
                html += "</li>\n"
            }
            html += "</ol>\n"
            if let chart = goal.chart {
                let svg = ChartSVG(
                    series: chart.series, title: chart.title, id: "goal-\(index + 1)", format: format, strings: strings,
                    decimals: 1,
                    targets: chart.target.map { [$0] } ?? [], percent: chart.percent
                ).render()
                if !svg.isEmpty {
                    html +=
                        "<figure class=\"chart\">\n\(svg)\n<figcaption><p>\(Escape.html(chart.title))</p></figcaption>\n</figure>\n"
                }
            } else {
                html += "<p class=\"empty\">\(Escape.html(strings.noMeasurementsOfGoal))</p>\n"
            }
            html += "</div>\n</section>\n"
        }
        html += "</main>\n<footer>\n<p>\(Escape.html(strings.goalHistoryFooter))</p>\n</footer>\n</body>\n</html>\n"
        return html
    }

    /// A goal's fields in the order the journal's reader thinks of them: SMART first.
    static func fieldOrder(_ field: String) -> Int {
        ["statement", "what", "for_whom", "how_much", "indicator", "baseline", "target", "direction", "due"].firstIndex(
            of: field) ?? 99
    }

    /// A field's value as the reader writes it: 80 %, 4,5, 30. juni 2022, "lower is better".
    static func shown(_ text: String, field: String, value: (Double) -> String, format: Format, strings: Strings)
        -> String
    {
        switch field {
        case "target", "baseline": return Double(text).map(value) ?? text
        case "due": return format.date(text)
        case "direction": return GoalDirection(rawValue: text).map(strings.directionName) ?? text
        default: return text
        }
    }

    /// Whole numbers without decimals, others with one (in the unit shown).
    static func decimals(_ number: Double, percent: Bool) -> Int {
        let shown = percent ? number * 100 : number
        return shown == shown.rounded() ? 0 : (shown * 10 == (shown * 10).rounded() ? 1 : 2)
    }

    /// Timeline and chart side by side on a wide screen or on paper, one under the other on a phone.
    static let stylesheet = """

        .side-by-side { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1.2rem; align-items: start; }
        @media (max-width: 700px) { .side-by-side { grid-template-columns: 1fr; } }
        .timeline { list-style: none; padding-left: 0; border-left: 2px solid var(--rule); margin: .4rem 0; }
        .timeline > li { padding: 0 0 .8rem .9rem; }
        .timeline .when { margin: 0 0 .2rem; }
        .timeline ul { margin: 0; padding-left: 1.1rem; }
        .timeline del { color: var(--muted); }
        .timeline ins { text-decoration: none; font-weight: 600; }
        .goal-history { break-inside: avoid; margin-bottom: 1.6rem; }
        @media print { .side-by-side { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); } }

        """
}

extension Strings {
    var goalHistory: String { say(Phrase("Goal history")) }
    var noMeasurementsOfGoal: String {
        say(Phrase("The report repository holds no measurements of this goal's indicator."))
    }
    var goalHistoryFooter: String {
        say(Phrase("Made with Tavle from the report repository: each change as a run recorded it."))
    }

    /// A goal's field as the journal's reader knows it.
    package func goalField(_ field: String) -> String {
        switch field {
        case "statement": say(Phrase("Goal"))
        case "what": what
        case "for_whom": forWhom
        case "how_much": howMuch
        case "indicator": indicator
        case "baseline": baseline
        case "target": say(Phrase("Target", context: "goal field"))
        case "direction": say(Phrase("Direction"))
        case "due": say(Phrase("Due"))
        default: field
        }
    }

    package func directionName(_ direction: GoalDirection) -> String {
        switch direction {
        case .down: say(Phrase("lower is better"))
        case .up: say(Phrase("higher is better"))
        }
    }

    func measuredThen(_ value: String, month: String) -> String {
        say(Phrase("The indicator then: \(value) (\(month))."))
    }
}
