import TavleModel

/// The team's journal in a report: goals with the last measurement against the target, PDSA
/// cycles, decisions, and answers to prompts. HTML and Markdown side by side, so the two
/// forms of a report always say the same.
enum JournalBlocks {
    /// "3,5 eller lavere" in the unit the chart uses (per cent on a chart of shares or per cent).
    static func target(of view: GoalView, format: Format, strings: Strings) -> String? {
        guard let target = view.target, let direction = view.goal.direction else { return nil }
        return strings.target(number(target, for: view, format: format), direction: direction)
    }

    static func number(_ value: Double, for view: GoalView, format: Format) -> String {
        // A target or baseline as the journal wrote it: 58, not 58,00; 3,5, not 4.
        let decimals = Format.fewestDecimals(
            view.percent ? value * 100 : value, upTo: max(view.measured?.decimals ?? 2, 2))
        return format.value(value, percent: view.percent, decimals: decimals)
    }

    static func measuredSentence(_ view: GoalView, format: Format, strings: Strings, edition: ReportEdition = .current)
        -> String?
    {
        guard view.goal.indicator != nil else { return nil }
        guard let measured = view.measured else { return strings.notMeasuredHere }
        let judged = view.atDue == nil
        var sentence = strings.measured(
            format.value(
                measured.value, percent: measured.percent,
                decimals: judged ? view.decimals(showing: measured, edition: edition) : measured.decimals),
            month: format.month(measured.period), reaches: judged ? view.reaches(measured, edition: edition) : nil)
        if let due = view.atDue, let date = view.goal.due {
            sentence +=
                " "
                + strings.measuredAtDue(
                    format.value(
                        due.value, percent: due.percent, decimals: view.decimals(showing: due, edition: edition)),
                    month: format.month(due.period),
                    due: format.date(date.description), reached: view.reaches(due, edition: edition))
        }
        return sentence
    }

    /// The SMART parts that are written, in the worksheet's order.
    static func parts(of view: GoalView, format: Format, strings: Strings) -> [(String, String)] {
        let goal = view.goal
        var parts: [(String, String)] = []
        if let what = goal.what { parts.append((strings.what, what)) }
        let howMuch = [target(of: view, format: format, strings: strings), goal.howMuch].compactMap { $0 }.joined(
            separator: " – ")
        if !howMuch.isEmpty { parts.append((strings.howMuch, howMuch)) }
        if let due = goal.due { parts.append((strings.byWhen, format.date(due.description))) }
        if let forWhom = goal.forWhom { parts.append((strings.forWhom, forWhom)) }
        if let indicator = goal.indicator { parts.append((strings.indicator, view.indicatorName ?? indicator)) }
        if let baseline = view.baseline {
            parts.append((strings.baseline, number(baseline, for: view, format: format)))
        }
        return parts
    }

    static func cycleMeta(_ cycle: PDSACycle, among cycles: [PDSACycle] = [], format: Format, strings: Strings)
        -> String
    {
        var meta: [String] = []
        switch (cycle.started, cycle.ended) {
        case let (started?, ended?):
            meta.append("\(format.date(started.description)) – \(format.date(ended.description))")
        case let (started?, nil): meta.append("\(format.date(started.description)) –")
        case let (nil, ended?): meta.append("– \(format.date(ended.description))")
        case (nil, nil): break
        }
        if let decision = cycle.decision {
            // The day of the decision, and the cycle this one builds on, only when the team
            // wrote them: a journal without them reads as before.
            meta.append(strings.decision(decision) + (cycle.decided.map { " (\(format.date($0.description)))" } ?? ""))
        }
        if let follows = cycle.follows {
            meta.append(strings.follows(cycles.first { $0.id == follows }?.title ?? follows))
        }
        return meta.joined(separator: " · ")
    }

    static func steps(_ cycle: PDSACycle, strings: Strings) -> [(String, String)] {
        [
            (strings.plan, cycle.plan), (strings.doStep, cycle.do), (strings.study, cycle.study),
            (strings.act, cycle.act),
        ]
        .compactMap { name, text in text.map { (name, $0) } }
    }
}

extension HTMLReport {
    static func goals(_ views: [GoalView], format: Format, strings: Strings, edition: ReportEdition = .current)
        -> String
    {
        guard !views.isEmpty else { return "<p class=\"empty\">\(Escape.html(strings.noGoals))</p>\n" }
        var html = ""
        for view in views {
            html +=
                "<section class=\"goal\" id=\"\(Escape.html("goal-\(view.goal.id)"))\">\n<h3>\(Escape.html(view.goal.statement))</h3>\n<dl>\n"
            for (name, text) in JournalBlocks.parts(of: view, format: format, strings: strings) {
                html += "<dt>\(Escape.html(name))</dt><dd>\(Escape.html(text))</dd>\n"
            }
            html += "</dl>\n"
            if let sentence = JournalBlocks.measuredSentence(view, format: format, strings: strings, edition: edition) {
                html += "<p class=\"measured\">\(Escape.html(sentence))</p>\n"
            }
            for revision in view.goal.revisions {
                html +=
                    "<p class=\"revision\">\(Escape.html("\(strings.revised) \(format.date(revision.date.description)): \(revision.reason)"))</p>\n"
            }
            html += "</section>\n"
        }
        return html
    }

    static func cycles(_ cycles: [PDSACycle], format: Format, strings: Strings) -> String {
        guard !cycles.isEmpty else { return "<p class=\"empty\">\(Escape.html(strings.noCycles))</p>\n" }
        var html = ""
        for cycle in cycles {
            html +=
                "<section class=\"pdsa\" id=\"\(Escape.html("pdsa-\(cycle.id)"))\">\n<h3>\(Escape.html(cycle.title))</h3>\n"
            let meta = JournalBlocks.cycleMeta(cycle, among: cycles, format: format, strings: strings)
            if !meta.isEmpty { html += "<p class=\"meta\">\(Escape.html(meta))</p>\n" }
            let steps = JournalBlocks.steps(cycle, strings: strings)
            if !steps.isEmpty {
                html += "<dl>\n"
                for (name, text) in steps { html += "<dt>\(Escape.html(name))</dt><dd>\(Escape.html(text))</dd>\n" }
                html += "</dl>\n"
            }
            html += "</section>\n"
        }
        return html
    }

    static func decisions(_ decisions: [Decision], format: Format, strings: Strings) -> String {
        guard !decisions.isEmpty else { return "<p class=\"empty\">\(Escape.html(strings.noDecisions))</p>\n" }
        var html = "<ul class=\"decisions\">\n"
        for decision in decisions.sorted(by: { $0.date < $1.date }) {
            html +=
                "<li><strong>\(Escape.html(format.date(decision.date.description)))</strong>: \(Escape.html(decision.what))"
            if let why = decision.why { html += " <span class=\"why\">\(Escape.html("\(strings.why): \(why)"))</span>" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    static func answer(_ answer: Answer, earlier: Bool = false, strings: Strings) -> String {
        let label = strings.answer(beforeGathering: answer.gathering)
        // Blank lines part paragraphs; single line breaks stay as the team wrote them.
        var paragraphs: [String] = []
        var current: [String] = []
        for line in answer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""] {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append("<p>" + current.joined(separator: "<br>") + "</p>") }
                current = []
            } else {
                current.append(Escape.html(line))
            }
        }
        return
            "<div class=\"answer filled\(earlier ? " earlier" : "")\"><span class=\"answer-label\">\(Escape.html(label))</span>\n\(paragraphs.joined(separator: "\n"))\n</div>\n"
    }
}

extension MarkdownReport {
    static func goals(_ views: [GoalView], format: Format, strings: Strings, edition: ReportEdition = .current)
        -> String
    {
        guard !views.isEmpty else { return "_\(Escape.markdown(strings.noGoals))_" }
        return views.map { view in
            var lines = ["#### \(Escape.markdown(view.goal.statement))", ""]
            for (name, text) in JournalBlocks.parts(of: view, format: format, strings: strings) {
                lines.append("- **\(Escape.markdown(name)):** \(Escape.markdown(text))")
            }
            if let sentence = JournalBlocks.measuredSentence(view, format: format, strings: strings, edition: edition) {
                lines += ["", Escape.markdown(sentence)]
            }
            for revision in view.goal.revisions {
                lines += [
                    "",
                    "_\(Escape.markdown("\(strings.revised) \(format.date(revision.date.description)): \(revision.reason)"))_",
                ]
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func cycles(_ cycles: [PDSACycle], format: Format, strings: Strings) -> String {
        guard !cycles.isEmpty else { return "_\(Escape.markdown(strings.noCycles))_" }
        return cycles.map { cycle in
            var lines = ["#### \(Escape.markdown(cycle.title))"]
            let meta = JournalBlocks.cycleMeta(cycle, among: cycles, format: format, strings: strings)
            if !meta.isEmpty { lines += ["", "_\(Escape.markdown(meta))_"] }
            let steps = JournalBlocks.steps(cycle, strings: strings)
            if !steps.isEmpty { lines.append("") }
            for (name, text) in steps { lines.append("- **\(Escape.markdown(name)):** \(Escape.markdown(text))") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func decisions(_ decisions: [Decision], format: Format, strings: Strings) -> String {
        guard !decisions.isEmpty else { return "_\(Escape.markdown(strings.noDecisions))_" }
        return decisions.sorted(by: { $0.date < $1.date }).map { decision in
            var line =
                "- **\(Escape.markdown(format.date(decision.date.description))):** \(Escape.markdown(decision.what))"
            if let why = decision.why { line += " \(Escape.markdown("\(strings.why): \(why)"))" }
            return line
        }.joined(separator: "\n")
    }

    static func answerLines(_ answer: Answer, strings: Strings) -> [String] {
        ["> _\(Escape.markdown(strings.answer(beforeGathering: answer.gathering))):_", ">"]
            + answer.text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? ">" : "> \(Escape.markdown(String($0)))"
            }
    }
}
