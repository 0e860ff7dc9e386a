import TavleModel
import TavleStats

/// A run or control chart as inline SVG: the measurements as a line with points, the centre
/// line (dashed median on a run chart, solid mean on a control chart) and dotted control
/// limits. Signals are drawn by shape and weight, not colour alone, so the chart reads the
/// same printed in black and white: a point outside the limits is a larger square, and a
/// centre line whose runs rules signal is drawn heavy.
struct ChartSVG {
    let series: ChartSeries
    let title: String
    let id: String
    let format: Format
    let strings: Strings
    let decimals: Int
    var targets: [ChartTarget] = []
    var definitionChanges: [ChartDefinitionChange] = []
    /// The layout to draw in (a report by an earlier tavle is drawn as it was).
    var edition: ReportEdition = .current
    /// Values are shares, written in per cent; a p chart's are.
    var percent: Bool? = nil

    var inPercent: Bool { percent ?? series.inPercent }

    static let width = 640.0, height = 240.0
    static let left = 56.0, right = 124.0, top = 14.0, bottom = 34.0

    /// The calendar month of each point (months since year 0) when every label is a month in
    /// increasing order; otherwise `nil`, and the points are spaced one step per row.
    var months: [Int]? {
        guard let months = series.monthIndices, months.count > 1,
            zip(months, months.dropFirst()).allSatisfy({ $0 < $1 })
        else { return nil }
        return months
    }

    /// Horizontal positions from 0 to 1: by calendar month where possible, so a missing month
    /// leaves a gap on the axis.
    static func positions(months: [Int]?, count: Int) -> [Double] {
        if let months, let first = months.first, let last = months.last {
            return months.map { Double($0 - first) / Double(last - first) }
        }
        return (0..<count).map { count == 1 ? 0.5 : Double($0) / Double(count - 1) }
    }

    func render() -> String {
        let statistics = series.statistics
        let present = series.values.compactMap { $0 }
        guard let part = statistics.parts.last, let centre = part.centre, let low = present.min(),
            let high = present.max()
        else { return "" }
        let limits = statistics.points.flatMap { [$0.lower, $0.upper] }.compactMap { $0 }
        let targetValues = targets.flatMap { $0.steps.map(\.value) }
        let (lower, upper, ticks) = Self.axis(
            low: min(low, centre, limits.min() ?? low, targetValues.min() ?? low),
            high: max(high, centre, limits.max() ?? high, targetValues.max() ?? high))
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let months = self.months
        let positions = Self.positions(months: months, count: series.labels.count)
        func x(_ index: Int) -> Double { Self.left + plotWidth * positions[index] }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - (value - lower) / (upper - lower)) }
        let c = Format.coordinate
        let count = series.values.count

        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(c(Self.width)) \(c(Self.height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"\(id)-title\">\(Escape.html(title))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(Escape.html(description))</desc>\n"

        svg += "<g class=\"grid\">\n"
        for tick in ticks {
            svg +=
                "<line x1=\"\(c(Self.left))\" x2=\"\(c(Self.left + plotWidth))\" y1=\"\(c(y(tick)))\" y2=\"\(c(y(tick)))\"/>"
            let tickText = Self.tickText(tick, among: ticks, percent: inPercent, format: format)
            svg +=
                "<text x=\"\(c(Self.left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(Escape.html(tickText))</text>\n"
        }
        svg += "</g>\n<g class=\"x-axis\">\n"
        let step = max(1, Int((Double(count) / 8).rounded(.up)))
        for index in stride(from: 0, to: count, by: step) {
            svg +=
                "<text x=\"\(c(x(index)))\" y=\"\(c(Self.height - Self.bottom + 18))\" text-anchor=\"middle\">\(Escape.html(format.shortMonth(series.labels[index])))</text>\n"
        }
        svg += "</g>\n"

        // Limits as steps: each point's limit spans half the way to its neighbours, so limits
        // that vary with the denominator (p and u charts) show where they change.
        func steps(_ limit: (ChartPoint) -> Double?) -> String {
            var path = ""
            var open = false
            for index in 0..<count {
                guard let value = limit(statistics.points[index]) else { open = false; continue }
                let from = index == 0 ? x(index) : (x(index - 1) + x(index)) / 2
                let to = index == count - 1 ? x(index) : (x(index) + x(index + 1)) / 2
                path += open ? "V\(c(y(value)))H\(c(to))" : "M\(c(from)),\(c(y(value)))H\(c(to))"
                open = true
            }
            return path
        }
        let unit = { (value: Double) in format.value(value, percent: inPercent, decimals: decimals) }
        for (name, limit, label) in [
            ("upper", { (point: ChartPoint) in point.upper }, strings.upperLimit),
            ("lower", { $0.lower }, strings.lowerLimit),
        ] {
            let path = steps(limit)
            guard !path.isEmpty, let last = statistics.points.last.flatMap(limit) else { continue }
            svg += "<path class=\"limit \(name)\" d=\"\(path)\"/>\n"
            svg +=
                "<text class=\"limit-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(last) + 4))\">\(Escape.html(label)) \(Escape.html(unit(last)))</text>\n"
        }

        let centreClass = series.kind == .run ? "centre median" : "centre mean"
        // One centre line per phase, heavy where that phase's runs rules signal; a phase after
        // the first is marked by a thin vertical line and the change that started it.
        for (index, phase) in statistics.parts.enumerated() {
            guard let phaseCentre = phase.centre else { continue }
            let from = index == 0 ? Self.left : (x(phase.first - 1) + x(phase.first)) / 2
            let to =
                index == statistics.parts.count - 1 ? Self.left + plotWidth : (x(phase.last) + x(phase.last + 1)) / 2
            let signalClass = phase.runs.signal ? " signal" : ""
            svg +=
                "<line class=\"\(centreClass)\(signalClass)\" x1=\"\(c(from))\" x2=\"\(c(to))\" y1=\"\(c(y(phaseCentre)))\" y2=\"\(c(y(phaseCentre)))\"/>\n"
            if index > 0 {
                svg +=
                    "<line class=\"phase\" x1=\"\(c(from))\" x2=\"\(c(from))\" y1=\"\(c(Self.top))\" y2=\"\(c(Self.top + plotHeight))\"/>\n"
                let label = index - 1 < series.partLabels.count ? series.partLabels[index - 1] : ""
                let short = label.count > 22 ? String(label.prefix(21)) + "…" : label
                // Changes a few months apart would write over one another: step each label down.
                let row = Double((index - 1) % 3)
                svg +=
                    "<text class=\"phase-label\" x=\"\(c(from + 3))\" y=\"\(c(Self.top + 9 + 11 * row))\"><title>\(Escape.html(label))</title>\(Escape.html(short))</text>\n"
            }
        }
        svg +=
            "<text class=\"centre-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(centre) + 4))\">\(Escape.html(strings.centreName(series.kind))) \(Escape.html(unit(centre)))</text>\n"

        // The goal as a dash-dot step line: distinct from the dashed median and the dotted limits in print.
        for target in targets {
            var path = ""
            // A target set after the last point measured holds from beyond the plot: drawn as a
            // short stub past its edge, so that the line the label names is a line (the earlier
            // target then runs to the edge, as it stood for every point shown).
            let beyond =
                edition >= .v0_4 && target.steps.count > 1
                && target.steps.last!.from.map { from in !series.labels.contains { $0 >= from } } == true
            let stub = beyond ? 10.0 : 0
            // Where a target that holds from `from` begins: at the first point it holds for, or,
            // from 0.5, halfway from the point before (the point is then under its own target).
            func boundary(_ from: String) -> Double {
                guard let first = series.labels.firstIndex(where: { $0 >= from }) else { return Self.left + plotWidth }
                return edition >= .v0_5 && first > 0 ? (x(first - 1) + x(first)) / 2 : x(first)
            }
            for (index, step) in target.steps.enumerated() {
                let start = step.from.map(boundary) ?? Self.left
                let next = index + 1 < target.steps.count ? target.steps[index + 1].from : nil
                let end = next.map(boundary) ?? Self.left + plotWidth + stub
                guard end > start || (index == target.steps.count - 1) else { continue }
                path += path.isEmpty ? "M\(c(start)),\(c(y(step.value)))" : "V\(c(y(step.value)))"
                path += "H\(c(max(start, end)))"
            }
            guard let last = target.steps.last, !path.isEmpty else { continue }
            svg += "<path class=\"target\" d=\"\(path)\"/>\n"
            // Keep the label clear of the centre line's label when the two lie close.
            let labelY =
                abs(y(last.value) - y(centre)) < 12
                ? y(centre) + (y(last.value) > y(centre) ? 16 : -8) : y(last.value) + 4
            svg +=
                "<text class=\"target-label\" x=\"\(c(Self.left + plotWidth + 4 + stub))\" y=\"\(c(labelY))\">\(Escape.html(strings.targetName)) \(Escape.html(unit(last.value)))</text>\n"
        }

        // A definition change: a faint line before the first point counted the new way, named
        // at the foot of the plot, so a jump there is read with that in mind.
        for (index, change) in series.points(after: definitionChanges) {
            let at = (x(index - 1) + x(index)) / 2
            svg +=
                "<line class=\"definition-change\" x1=\"\(c(at))\" x2=\"\(c(at))\" y1=\"\(c(Self.top))\" y2=\"\(c(Self.top + plotHeight))\"/>\n"
            svg +=
                "<text class=\"definition-label\" x=\"\(c(at + 3))\" y=\"\(c(Self.top + plotHeight - 4))\"><title>\(Escape.html(change.change))</title>\(Escape.html(strings.definitionChangeMark))</text>\n"
        }

        // One polyline per unbroken stretch: a missing value or month is a gap, not a bridge.
        var stretch: [String] = []
        var lines = ""
        func flush() {
            if stretch.count > 1 {
                lines += "<polyline class=\"data\" points=\"\(stretch.joined(separator: " "))\"/>\n"
            }
            stretch.removeAll()
        }
        var points = ""
        for (index, value) in series.values.enumerated() {
            guard let value else { flush(); continue }
            if let months, index > 0, months[index] - months[index - 1] > 1 { flush() }
            stretch.append("\(c(x(index))),\(c(y(value)))")
            let tooltip =
                "<title>\(Escape.html(format.month(series.labels[index]))): \(Escape.html(unit(value)))</title>"
            if statistics.points[index].outsideLimits {
                points +=
                    "<rect class=\"signal\" x=\"\(c(x(index) - 4.5))\" y=\"\(c(y(value) - 4.5))\" width=\"9\" height=\"9\">\(tooltip)</rect>\n"
            } else {
                points += "<circle cx=\"\(c(x(index)))\" cy=\"\(c(y(value)))\" r=\"2.6\">\(tooltip)</circle>\n"
            }
        }
        flush()
        svg += lines + "<g class=\"points\">\n" + points + "</g>\n</svg>"
        return svg
    }

    /// What the picture shows, for screen readers.
    var description: String {
        let present = series.values.compactMap { $0 }
        let first = series.labels.first.map(format.month) ?? ""
        let last = series.labels.last.map(format.month) ?? ""
        let centre =
            series.statistics.parts.last?.centre.map { format.value($0, percent: inPercent, decimals: decimals) } ?? ""
        var text = strings.chartDescription(
            kind: series.kind, points: present.count, first: first, last: last, centre: centre)
        for target in targets {
            if let value = target.steps.last?.value {
                text += " \(strings.targetName): \(format.value(value, percent: inPercent, decimals: decimals))."
            }
        }
        return text
    }

    /// A padded value range and 3–6 round tick values inside it.
    static func axis(low: Double, high: Double) -> (Double, Double, [Double]) {
        var low = low, high = high
        if high == low { low -= 1; high += 1 }
        let rawStep = (high - low) / 4
        let magnitude = pow10(floorLog10(rawStep))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rawStep } ?? 10 * magnitude
        let lower = (low / step).rounded(.down) * step
        let upper = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = lower
        while tick <= upper + step / 1000 {
            ticks.append(abs(tick) < step / 1000 ? 0 : tick)
            tick += step
        }
        return (lower, upper, ticks)
    }

    /// An axis label: as few decimals as the ticks need, in per cent for proportions.
    static func tickText(_ tick: Double, among ticks: [Double], percent: Bool, format: Format) -> String {
        percent
            ? format.percent(tick, decimals: tickDecimals(ticks.map { $0 * 100 }))
            : format.number(tick, decimals: tickDecimals(ticks))
    }

    static func tickDecimals(_ ticks: [Double]) -> Int {
        for decimals in 0...4 {
            let scale = pow10(decimals)
            if ticks.allSatisfy({ abs(($0 * scale).rounded() - $0 * scale) < 1e-6 }) { return decimals }
        }
        return 4
    }

    static func floorLog10(_ value: Double) -> Int {
        var exponent = 0
        var v = value
        while v >= 10 { v /= 10; exponent += 1 }
        while v < 1 && v > 0 { v *= 10; exponent -= 1 }
        return exponent
    }

    static func pow10(_ exponent: Int) -> Double {
        exponent >= 0 ? (0..<exponent).reduce(1.0) { value, _ in value * 10 } : 1 / pow10(-exponent)
    }
}
