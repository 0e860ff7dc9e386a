import TavleModel
import TavleStats

/// GFM Markdown of a report: what `git diff` shows best when a report changes. Tables carry
/// the numbers; a chart is summarised by its median, since Markdown cannot hold the picture.
public enum MarkdownReport {
    public static func render(_ document: ReportDocument) -> String {
        let strings = Strings(language: document.language)
        let format = Format(language: document.language)
        var meta: [String] = []
        if let team = document.team { meta.append("**\(strings.team):** \(Escape.markdown(team.name))") }
        if let gathering = document.gathering { meta.append("**\(strings.gathering):** \(gathering)") }
        if let phase = document.phase { meta.append("**\(strings.phase):** \(phase)") }

        var parts: [String] = []
        var header = "_\(Escape.markdown(document.title))_"
        if !meta.isEmpty { header += "  \n" + meta.joined(separator: " · ") }
        parts.append(header)
        for block in document.blocks {
            switch block {
            case .markdown(let markdown):
                let trimmed = Escape.rawHTMLInMarkdown(markdown.trimmingBlankLines())
                if !trimmed.isEmpty { parts.append(trimmed) }
            case .query(let view):
                let text = query(view, format: format, strings: strings, edition: document.edition)
                if !text.isEmpty { parts.append(text) }
            case .prompt(let prompt, let answer):
                parts.append(
                    self.prompt(
                        prompt, answer: answer, earlier: answer.map(document.isEarlier) ?? false, strings: strings))
            case .worksheet(let worksheet, let answers):
                parts.append("## \(Escape.markdown(worksheet.title))")
                if let intro = worksheet.intro { parts.append(intro) }
                for (prompt, answer) in zip(worksheet.prompts, answers) {
                    parts.append(
                        self.prompt(
                            prompt, answer: answer, earlier: answer.map(document.isEarlier) ?? false, strings: strings))
                }
                if let source = worksheet.source {
                    parts.append("_\(Escape.markdown(strings.worksheetSource)): \(Escape.markdown(source))_")
                }
            case .form(let form, let period):
                parts.append(self.form(form, period: period, team: document.team, format: format, strings: strings))
            case .goals(let views):
                parts.append(goals(views, format: format, strings: strings, edition: document.edition))
            case .pdsa(let cycles):
                parts.append(self.cycles(cycles, format: format, strings: strings))
            case .decisions(let decisions):
                parts.append(self.decisions(decisions, format: format, strings: strings))
            }
        }
        var footer =
            "---\n\n_\(Escape.markdown(strings.footer(notebook: document.notebookID, version: document.notebookVersion)))"
        let parameters = document.parameters.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        if !parameters.isEmpty { footer += " \(Escape.markdown(parameters))" }
        footer += "_"
        if document.edition >= .v0_4, let fingerprint = document.fingerprint {
            footer += "\n\n_\(Escape.markdown(strings.fingerprint(fingerprint)))_"
        }
        parts.append(footer)
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func form(_ form: FormCell, period: String?, team: Team?, format: Format, strings: Strings) -> String {
        var lines = ["## \(Escape.markdown(form.title ?? strings.preparationForm))", ""]
        var meta: [String] = []
        if let team { meta.append("**\(strings.team):** \(Escape.markdown(team.name))") }
        if let period { meta.append("**\(strings.formPeriod):** \(Escape.markdown(format.month(period)))") }
        if !meta.isEmpty { lines += [meta.joined(separator: " · "), ""] }
        if let intro = form.intro { lines += [intro, ""] }
        for field in form.fields {
            var line =
                "- \(Escape.markdown(field.label)): \\_\\_\\_\\_\\_\\_\\_\\_\(field.unit.map { " " + Escape.markdown($0) } ?? "")"
            if let range = strings.formRange(field, format: format) { line += " _(\(Escape.markdown(range)))_" }
            lines.append(line)
        }
        lines += ["", "_\(Escape.markdown(strings.formReturn(form.id)))_"]
        return lines.joined(separator: "\n")
    }

    static func query(_ view: QueryView, format: Format, strings: Strings, edition: ReportEdition = .current) -> String
    {
        let options = view.options
        guard options.show != .none else { return "" }
        var lines: [String] = []
        if let title = options.title { lines.append("### \(Escape.markdown(title))\n") }
        if view.result.rows.isEmpty {
            lines.append("_\(Escape.markdown(strings.noRows))_")
            return lines.joined(separator: "\n")
        }
        if let data = view.funnel {
            let funnel = FunnelSVG(
                data: data, title: "", id: "", format: format, strings: strings, decimals: options.decimals ?? 1)
            lines.append("_\(Escape.markdown(strings.funnelAll)): \(Escape.markdown(funnel.show(data.shownTarget)))_\n")
            for sentence in funnel.sentences + [strings.funnelCaveat] { lines.append("\(Escape.markdown(sentence))\n") }
        }
        if let series = view.series, let part = series.statistics.parts.last, let centre = part.centre {
            // Markdown cannot hold the picture: the centre, the limits and the words stand in for it.
            let decimals = options.decimals ?? 1
            let show = { (value: Double) in format.value(value, percent: series.inPercent, decimals: decimals) }
            var summary = "\(strings.centreName(series.kind)): \(show(centre))"
            if let last = series.statistics.points.last, let lower = last.lower, let upper = last.upper {
                summary += " · \(strings.lowerLimit): \(show(lower)) · \(strings.upperLimit): \(show(upper))"
            }
            lines.append("_\(Escape.markdown(summary))_\n")
            for sentence in VariationText(
                series: series, format: format, strings: strings, definitionChanges: view.definitionChanges,
                edition: edition
            ).sentences {
                lines.append("\(Escape.markdown(sentence))\n")
            }
        }
        if options.show != .chart {
            // Escaping covers '|', so a value cannot split a table cell.
            lines.append("| " + view.result.columns.map(Escape.markdown).joined(separator: " | ") + " |")
            let numeric = view.result.columns.indices.map { column in
                // Before 0.2 a column with no value at all was right-aligned too.
                edition < .v0_2
                    ? view.result.rows.allSatisfy { $0[column].isNull || $0[column].number != nil }
                    : view.result.isNumeric(column: column)
            }
            lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
            for row in view.result.rows {
                lines.append(
                    "| "
                        + row.map { Escape.markdown(format.cell($0, decimals: options.decimals)) }.joined(
                            separator: " | ") + " |")
            }
        }
        if let note = options.note { lines.append("\n_\(Escape.markdown(note))_") }
        return lines.joined(separator: "\n")
    }

    static func prompt(_ prompt: PromptCell, answer: Answer?, earlier: Bool, strings: Strings) -> String {
        var lines = ["> **\(Escape.markdown(prompt.question))**"]
        if let help = prompt.help {
            lines.append(">")
            lines += help.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> \($0)" }
        }
        if let answer {
            lines += [">"] + answerLines(answer, strings: strings)
        }
        if answer == nil || earlier {
            lines += [">", "> _\(strings.answer):_", ">", "> &nbsp;"]
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func trimmingBlankLines() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
