import TavleModel

/// A self-contained HTML page: inline CSS and SVG, no scripts, no network, A4 print styles,
/// and a layout that reads on a phone. Deterministic: the same document gives the same bytes.
public enum HTMLReport {
    public static func render(_ document: ReportDocument) -> String {
        let strings = Strings(language: document.language)
        let format = Format(language: document.language)
        var body = ""
        for block in document.blocks {
            switch block {
            case .markdown(let markdown):
                body += CommonMark.html(from: markdown)
            case .query(let view):
                body += query(view, format: format, strings: strings, edition: document.edition)
            case .prompt(let prompt, let answer):
                body += self.prompt(
                    prompt, answer: answer, earlier: answer.map(document.isEarlier) ?? false, strings: strings)
            case .worksheet(let worksheet, let answers):
                body += self.worksheet(worksheet, answers: answers, in: document, strings: strings)
            case .form(let form, let period):
                body += self.form(form, period: period, team: document.team, format: format, strings: strings)
            case .goals(let views):
                body += goals(views, format: format, strings: strings, edition: document.edition)
            case .pdsa(let cycles):
                body += self.cycles(cycles, format: format, strings: strings)
            case .decisions(let decisions):
                body += self.decisions(decisions, format: format, strings: strings)
            }
        }

        var meta: [String] = []
        if let team = document.team { meta.append("\(strings.team): \(team.name)") }
        if let gathering = document.gathering { meta.append("\(strings.gathering) \(gathering)") }
        if let phase = document.phase { meta.append("\(strings.phase) \(phase)") }
        let pageTitle = [document.title, document.team?.name].compactMap { $0 }.joined(separator: " – ")
        let parameters = document.parameters.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")

        var html = pageStart(language: document.language, title: pageTitle)
        if let name = document.workspaceName { html += "<p class=\"network\">\(Escape.html(name))</p>\n" }
        html += "<p class=\"report-title\">\(Escape.html(document.title))</p>\n"
        if !meta.isEmpty { html += "<p class=\"meta\">\(meta.map(Escape.html).joined(separator: " · "))</p>\n" }
        html +=
            "</header>\n<main>\n\(body)</main>\n<footer>\n<p>\(Escape.html(strings.footer(notebook: document.notebookID, version: document.notebookVersion)))"
        if !parameters.isEmpty { html += " \(Escape.html(parameters))" }
        html += "</p>\n"
        if document.edition >= .v0_4, let fingerprint = document.fingerprint {
            html += "<p class=\"cite\">\(Escape.html(strings.fingerprint(fingerprint)))</p>\n"
        }
        html += "</footer>\n</body>\n</html>\n"
        return html
    }

    /// Everything up to the page header's content, shared by every page tavle writes.
    static func pageStart(language: Language, title: String, moreStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Tavle">
        <title>\(Escape.html(title))</title>
        <style>\(stylesheet)\(moreStyle)</style>
        </head>
        <body>
        <header class="report-header">

        """
    }

    static func query(_ view: QueryView, format: Format, strings: Strings, edition: ReportEdition = .current) -> String
    {
        let options = view.options
        guard options.show != .none else { return "" }
        let id = "q-\(view.name)"
        var html = "<section class=\"query\" id=\"\(Escape.html(id))\">\n"
        let title = options.title ?? view.name
        if options.title != nil { html += "<h3>\(Escape.html(title))</h3>\n" }
        if view.result.rows.isEmpty {
            html += "<p class=\"empty\">\(Escape.html(strings.noRows))</p>\n</section>\n"
            return html
        }
        let decimals = options.decimals ?? 1
        if options.show != .table, let data = view.funnel {
            let funnel = FunnelSVG(
                data: data, title: title, id: id, format: format, strings: strings, decimals: decimals)
            let svg = funnel.render()
            if !svg.isEmpty {
                html += "<figure class=\"chart\">\n\(svg)\n<figcaption>\n"
                for sentence in funnel.sentences { html += "<p class=\"variation\">\(Escape.html(sentence))</p>\n" }
                html += "<p class=\"caveat\">\(Escape.html(strings.funnelCaveat))</p>\n</figcaption>\n</figure>\n"
            }
        }
        if options.show != .table, let series = view.series {
            let svg = ChartSVG(
                series: series, title: title, id: id, format: format, strings: strings, decimals: decimals,
                targets: view.targets,
                definitionChanges: view.definitionChanges, edition: edition
            ).render()
            if !svg.isEmpty {
                html += "<figure class=\"chart\">\n\(svg)\n<figcaption>\n"
                for sentence in VariationText(
                    series: series, format: format, strings: strings, definitionChanges: view.definitionChanges,
                    edition: edition
                ).sentences {
                    html += "<p class=\"variation\">\(Escape.html(sentence))</p>\n"
                }
                html += "<p class=\"caveat\">\(Escape.html(strings.chartCaveat))</p>\n</figcaption>\n</figure>\n"
            }
        }
        if options.show != .chart {
            // Beside a chart the table is folded away but stays available to screen readers
            // and to anyone who wants the numbers; printed, it is left out to save paper.
            let folded = options.chart != .table && options.show == .all
            if folded {
                html +=
                    "<details class=\"data\"><summary>\(Escape.html(strings.data)) (\(Escape.html(strings.rows(view.result.rows.count))))</summary>\n"
            }
            html += table(view.result, format: format, decimals: options.decimals)
            if folded { html += "</details>\n" }
        }
        if let note = options.note { html += "<p class=\"note\">\(Escape.html(note))</p>\n" }
        html += "</section>\n"
        return html
    }

    static func table(_ result: QueryResult, format: Format, decimals: Int?) -> String {
        let numeric = result.columns.indices.map(result.isNumeric(column:))
        var html = "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for (index, column) in result.columns.enumerated() {
            html += numeric[index] ? "<th class=\"num\">" : "<th>"
            html += "\(Escape.html(column))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in result.rows {
            html += "<tr>"
            for (index, value) in row.enumerated() {
                html += numeric[index] ? "<td class=\"num\">" : "<td>"
                html += "\(Escape.html(format.cell(value, decimals: decimals)))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        return html
    }

    static func worksheet(_ worksheet: WorksheetCell, answers: [Answer?], in document: ReportDocument, strings: Strings)
        -> String
    {
        var html =
            "<section class=\"worksheet\" id=\"\(Escape.html("worksheet-\(worksheet.setID)"))\">\n<h2>\(Escape.html(worksheet.title))</h2>\n"
        if let intro = worksheet.intro { html += "<div class=\"intro\">\(CommonMark.html(from: intro))</div>\n" }
        for (prompt, answer) in zip(worksheet.prompts, answers) {
            html += self.prompt(
                prompt, answer: answer, earlier: answer.map(document.isEarlier) ?? false, strings: strings)
        }
        if let source = worksheet.source {
            html += "<p class=\"source\">\(Escape.html(strings.worksheetSource)): \(Escape.html(source))</p>\n"
        }
        return html + "</section>\n"
    }

    /// One row per number: its label, a ruled blank to write on, the unit, and the values that
    /// make sense, so that a typo is caught on paper before `tavle import` catches it.
    static func form(_ form: FormCell, period: String?, team: Team?, format: Format, strings: Strings) -> String {
        var html =
            "<section class=\"form\" id=\"\(Escape.html("form-\(form.id)"))\">\n<h2>\(Escape.html(form.title ?? strings.preparationForm))</h2>\n"
        var meta: [String] = []
        if let team { meta.append("\(strings.team): \(team.name)") }
        if let period { meta.append("\(strings.formPeriod): \(format.month(period))") }
        if !meta.isEmpty { html += "<p class=\"form-meta\">\(meta.map(Escape.html).joined(separator: " · "))</p>\n" }
        if let intro = form.intro { html += "<div class=\"intro\">\(CommonMark.html(from: intro))</div>\n" }
        html += "<table class=\"form-fields\">\n<tbody>\n"
        for field in form.fields {
            html += "<tr><th scope=\"row\">\(Escape.html(field.label))</th><td class=\"blank\"></td>"
            html += "<td class=\"unit\">\(Escape.html(field.unit ?? ""))</td>"
            html += "<td class=\"range\">\(Escape.html(strings.formRange(field, format: format) ?? ""))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<p class=\"source\">\(Escape.html(strings.formReturn(form.id)))</p>\n"
        return html + "</section>\n"
    }

    /// A prompt with the team's answer, or room to write one; an answer from an earlier
    /// gathering (`earlier`) is shown small and the room is still left.
    static func prompt(_ prompt: PromptCell, answer: Answer?, earlier: Bool, strings: Strings) -> String {
        var html = "<section class=\"prompt\" id=\"\(Escape.html("prompt-\(prompt.id)"))\">\n"
        html += "<h3>\(Escape.html(prompt.question))</h3>\n"
        if let help = prompt.help { html += "<div class=\"help\">\(CommonMark.html(from: help))</div>\n" }
        if let answer {
            html += self.answer(answer, earlier: earlier, strings: strings)
        }
        if answer == nil || earlier {
            html +=
                "<div class=\"answer\" role=\"textbox\" aria-label=\"\(Escape.html(strings.answer))\"><span class=\"answer-label\">\(Escape.html(strings.answer))</span></div>\n"
        }
        html += "</section>\n"
        return html
    }

    static let stylesheet = """

        :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --accent: #1f4e79; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem 2rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif; color: var(--ink); background: #fff; }
        .report-header { border-bottom: 2px solid var(--accent); margin-bottom: 1rem; padding-bottom: .4rem; }
        .report-header p { margin: 0; }
        .network { color: var(--muted); font-size: .85rem; }
        .report-title { font-weight: 600; }
        .meta { color: var(--muted); font-size: .9rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.2rem 0 .6rem; }
        h2 { font-size: 1.3rem; margin: 1.4rem 0 .5rem; }
        h3 { font-size: 1.08rem; margin: 1.1rem 0 .4rem; }
        img, svg { max-width: 100%; height: auto; }
        pre { overflow-x: auto; background: #f5f5f5; padding: .6rem; border-radius: 4px; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; margin: .4rem 0 .8rem; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid var(--ink); }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        figure.chart { margin: .4rem 0 .6rem; }
        figcaption, .note, .empty { color: var(--muted); font-size: .85rem; }
        svg.chart { width: 100%; font-size: 11px; font-family: inherit; }
        svg.chart .grid line { stroke: #e0e0e0; stroke-width: 1; }
        svg.chart text { fill: #333; }
        svg.chart .data { fill: none; stroke: var(--accent); stroke-width: 2; }
        svg.chart .points circle { fill: var(--accent); }
        svg.chart .centre { stroke: #222; stroke-width: 1.2; }
        svg.chart .centre.median { stroke-dasharray: 6 4; }
        svg.chart .centre.signal { stroke-width: 3; }
        svg.chart .limit { fill: none; stroke: #555; stroke-width: 1.1; stroke-dasharray: 1.5 3; }
        svg.chart .points rect.signal { fill: #fff; stroke: #000; stroke-width: 2; }
        svg.chart .target { fill: none; stroke: #000; stroke-width: 1.4; stroke-dasharray: 9 3 2 3; }
        svg.chart .target-label { font-weight: 600; }
        svg.chart .phase { stroke: #444; stroke-width: 1; stroke-dasharray: 2 2; }
        svg.chart .phase-label { font-size: 10px; }
        svg.chart .definition-change { stroke: #666; stroke-width: 1; stroke-dasharray: 1 3; }
        svg.chart .definition-label { font-size: 9px; font-style: italic; }
        figcaption p { margin: .2rem 0; }
        svg.chart .limit.p95 { stroke-dasharray: 5 3; }
        svg.chart.funnel .points circle.other { fill: #fff; stroke: #444; stroke-width: 1.2; }
        svg.chart.funnel .points circle.own { fill: #000; }
        svg.chart .own-label { font-weight: 600; }
        figcaption .variation { color: var(--ink); font-size: .9rem; }
        details.data summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
        .prompt { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .9rem .9rem; margin: 1rem 0; }
        .prompt h3 { margin-top: .2rem; }
        .prompt .help { color: var(--muted); font-size: .9rem; }
        .prompt .help p { margin: .2rem 0; }
        .worksheet .intro, .worksheet .source { color: var(--muted); font-size: .9rem; }
        section.form { border: 1px solid var(--ink); border-radius: 6px; padding: .4rem .9rem .7rem; margin: 1rem 0; }
        section.form h2 { margin-top: .4rem; }
        .form-meta { font-weight: 600; }
        section.form .intro, section.form .source { color: var(--muted); font-size: .9rem; }
        table.form-fields { width: 100%; font-size: 1rem; }
        table.form-fields th, table.form-fields td { border: 0; padding: .9rem .4rem .1rem; vertical-align: bottom; }
        table.form-fields th { font-weight: normal; width: 45%; }
        table.form-fields td.blank { width: 9rem; border-bottom: 1px solid var(--ink); }
        table.form-fields td.range { color: var(--muted); font-size: .85rem; }
        .answer { min-height: 9.5rem; margin-top: .5rem; border-top: 1px solid var(--rule);
          background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 1.85rem, var(--rule) 1.85rem, var(--rule) 1.9rem);
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .answer.filled { min-height: 0; background-image: none; padding-top: .3rem; }
        .answer.filled p { margin: .3rem 0; }
        .answer.earlier { font-size: .85rem; color: var(--muted); border-top: 0; }
        section.goal, section.pdsa { border-left: 3px solid var(--accent); padding: .1rem 0 .1rem .8rem; margin: .8rem 0; }
        section.goal dl, section.pdsa dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .3rem 0; }
        section.goal dt, section.pdsa dt { font-weight: 600; }
        section.goal dd, section.pdsa dd { margin: 0; }
        .measured { font-weight: 600; }
        .revision { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
        ul.decisions .why { color: var(--muted); }
        .answer-label { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
        footer { margin-top: 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .8rem; }
        @media (max-width: 480px) { body { padding: .75rem; font-size: 15px; } h1 { font-size: 1.35rem; } }
        @page { size: A4; margin: 16mm 15mm 18mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          a { color: inherit; text-decoration: none; }
          details.data { display: none; }
          section.query, section.prompt, section.form, section.goal, section.pdsa, figure, table, pre { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          .worksheet > .intro { break-before: avoid; page-break-before: avoid; }
          .answer { min-height: 11rem; }
        }

        """
}
