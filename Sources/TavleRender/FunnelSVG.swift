import TavleModel
import TavleStats

/// The points of a funnel plot: one per team that can be shown, read from a comparison that
/// TavleRun has already anonymised (the own team named, the others labelled, small counts
/// replaced by "<5").
struct FunnelData {
    struct Unit {
        var label: String
        var count: Double
        var denominator: Double
        var value: Double { count / denominator }
        var isOwn: Bool
    }

    var units: [Unit]
    /// Teams not drawn: a suppressed count, or no denominator.
    var hidden: Int
    var measure: Funnel.Measure
    var target: Double
    /// The `multiply` option: rates shown per 1000 days rather than per day, say. Limits are
    /// computed on the unscaled values and scaled with them, so no point moves relative to them.
    var scale: Double
    /// Proportions read as percentages unless `multiply` put them on another scale.
    var inPercent: Bool { measure == .proportion && scale == 1 }

    init?(_ view: QueryView) {
        let result = view.result
        guard result.columns.count >= 3 else { return nil }
        var units: [Unit] = []
        var hidden = 0
        for row in result.rows {
            guard let count = row[1].number, let denominator = row[2].number, denominator > 0 else {
                hidden += 1
                continue
            }
            let label = row[0].plainText
            units.append(Unit(label: label, count: count, denominator: denominator, isOwn: label == view.highlight))
        }
        measure = view.options.measure == .rate ? .rate : .proportion
        scale = view.options.multiply ?? 1
        guard let target = Funnel.target(units.map { Observation(y: $0.count, n: $0.denominator) }) else { return nil }
        self.units = units
        self.hidden = hidden
        self.target = target
    }

    var own: Unit? { units.first { $0.isOwn } }

    /// A unit's value as the chart shows it.
    func shown(_ unit: Unit) -> Double { unit.value * scale }

    var shownTarget: Double { target * scale }

    /// The limits at denominator `n`, on the scale the chart shows.
    func limits(at n: Double) -> Funnel.Limits? {
        Funnel.limits(target: target, n: n, measure: measure)?.scaled(by: scale)
    }
}

/// A funnel plot as inline SVG: the value against the denominator, the overall value as a
/// solid line, the 95 % limits dashed and the 99.8 % limits dotted, the own team as a large
/// filled point with its name, the others as small open points without names.
struct FunnelSVG {
    let data: FunnelData
    let title: String
    let id: String
    let format: Format
    let strings: Strings
    let decimals: Int

    static let width = 640.0, height = 260.0
    static let left = 56.0, right = 124.0, top = 14.0, bottom = 40.0

    func show(_ value: Double) -> String {
        format.value(value, percent: data.inPercent, decimals: decimals)
    }

    func render() -> String {
        let c = Format.coordinate
        let denominators = data.units.map(\.denominator)
        guard let largest = denominators.max(), let smallest = denominators.min() else { return "" }
        let nHigh = largest * 1.05
        let nLow = max(smallest * 0.8, nHigh / 200)
        // The limits drawn from the smallest denominator up: nearer 0 they widen without bound.
        let samples = (0...48).map { nLow + (nHigh - nLow) * Double($0) / 48 }
        let curves = samples.compactMap { n in data.limits(at: n).map { (n, $0) } }
        let values = data.units.map(data.shown) + curves.flatMap { [$0.1.lower998, $0.1.upper998] } + [data.shownTarget]
        let (lower, upper, ticks) = ChartSVG.axis(low: values.min()!, high: values.max()!)
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func x(_ n: Double) -> Double { Self.left + plotWidth * n / nHigh }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - (value - lower) / (upper - lower)) }

        var svg = "<svg class=\"chart funnel\" viewBox=\"0 0 \(c(Self.width)) \(c(Self.height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"\(id)-title\">\(Escape.html(title))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(Escape.html(strings.funnelDescription(teams: data.units.count, target: show(data.shownTarget))))</desc>\n"
        svg += "<g class=\"grid\">\n"
        for tick in ticks {
            let text = ChartSVG.tickText(tick, among: ticks, percent: data.inPercent, format: format)
            svg += "<line x1=\"\(c(Self.left))\" x2=\"\(c(Self.left + plotWidth))\" y1=\"\(c(y(tick)))\" y2=\"\(c(y(tick)))\"/>"
            svg += "<text x=\"\(c(Self.left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(Escape.html(text))</text>\n"
        }
        svg += "</g>\n<g class=\"x-axis\">\n"
        let (_, nUpper, nTicks) = ChartSVG.axis(low: 0, high: nHigh)
        for tick in nTicks where tick <= nHigh && nUpper > 0 {
            svg += "<text x=\"\(c(x(tick)))\" y=\"\(c(Self.height - Self.bottom + 16))\" text-anchor=\"middle\">\(Escape.html(format.number(tick, decimals: 0)))</text>\n"
        }
        svg += "<text x=\"\(c(Self.left + plotWidth / 2))\" y=\"\(c(Self.height - 6))\" text-anchor=\"middle\">\(Escape.html(strings.funnelAxis))</text>\n</g>\n"

        for (name, pick) in [("l95", { (l: Funnel.Limits) in l.lower95 }), ("u95", { $0.upper95 }), ("l998", { $0.lower998 }), ("u998", { $0.upper998 })] {
            let points = curves.map { "\(c(x($0.0))),\(c(y(pick($0.1))))" }.joined(separator: " ")
            svg += "<polyline class=\"limit \(name.hasSuffix("95") ? "p95" : "p998")\" points=\"\(points)\"/>\n"
        }
        if let last = curves.last {
            svg += "<text class=\"limit-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(last.1.upper95) + 4))\">95 %</text>\n"
            svg += "<text class=\"limit-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(last.1.upper998) - 4))\">99,8 %</text>\n"
        }
        svg += "<line class=\"centre mean\" x1=\"\(c(Self.left))\" x2=\"\(c(Self.left + plotWidth))\" y1=\"\(c(y(data.shownTarget)))\" y2=\"\(c(y(data.shownTarget)))\"/>\n"
        svg += "<text class=\"centre-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(data.shownTarget) + 4))\">\(Escape.html(strings.funnelAll)) \(Escape.html(show(data.shownTarget)))</text>\n"

        svg += "<g class=\"points\">\n"
        // The own team last, so that it is drawn on top.
        for unit in data.units.sorted(by: { !$0.isOwn && $1.isOwn }) {
            let tooltip = "<title>\(Escape.html(unit.label)): \(Escape.html(show(data.shown(unit)))) (n = \(Escape.html(format.number(unit.denominator, decimals: 0))))</title>"
            if unit.isOwn {
                svg += "<circle class=\"own\" cx=\"\(c(x(unit.denominator)))\" cy=\"\(c(y(data.shown(unit))))\" r=\"5.5\">\(tooltip)</circle>\n"
                svg += "<text class=\"own-label\" x=\"\(c(x(unit.denominator) + 8))\" y=\"\(c(y(data.shown(unit)) - 8))\">\(Escape.html(unit.label))</text>\n"
            } else {
                svg += "<circle class=\"other\" cx=\"\(c(x(unit.denominator)))\" cy=\"\(c(y(data.shown(unit))))\" r=\"3\">\(tooltip)</circle>\n"
            }
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// Where the own team lies, in words; then what is hidden; never a ranking or a verdict.
    var sentences: [String] {
        var sentences: [String] = []
        if let own = data.own, let limits = data.limits(at: own.denominator) {
            let value = data.shown(own)
            let above = value > data.shownTarget
            if value > limits.upper998 || value < limits.lower998 {
                sentences.append(strings.funnelOutside998(team: own.label, value: show(value), above: above))
            } else if value > limits.upper95 || value < limits.lower95 {
                sentences.append(strings.funnelBetween(team: own.label, value: show(value), above: above))
            } else {
                sentences.append(strings.funnelInside(team: own.label, value: show(value)))
            }
        }
        if data.hidden > 0 { sentences.append(strings.funnelHidden(data.hidden)) }
        return sentences
    }
}
