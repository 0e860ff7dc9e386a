import TavleModel
import TavleStats

/// A funnel plot as inline SVG: the value against the denominator, the overall value as a
/// solid line, the 95 % limits dashed and the 99.8 % limits dotted, the own team as a large
/// filled point with its name, the others as small open points without names.
struct FunnelSVG {
    let data: FunnelChart
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
        guard !data.units.isEmpty else { return "" }
        let nHigh = data.denominatorAxisEnd
        let curves = data.curves.map { ($0.n, $0.limits) }
        let values = data.units.map(\.shown) + curves.flatMap { [$0.1.lower998, $0.1.upper998] } + [data.shownTarget]
        let (lower, upper, ticks) = ChartSVG.axis(low: values.min()!, high: values.max()!)
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func x(_ n: Double) -> Double { Self.left + plotWidth * n / nHigh }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - (value - lower) / (upper - lower)) }

        var svg =
            "<svg class=\"chart funnel\" viewBox=\"0 0 \(c(Self.width)) \(c(Self.height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"\(id)-title\">\(Escape.html(title))</title>\n"
        svg +=
            "<desc id=\"\(id)-desc\">\(Escape.html(strings.funnelDescription(teams: data.units.count, target: show(data.shownTarget))))</desc>\n"
        svg += "<g class=\"grid\">\n"
        for tick in ticks {
            let text = ChartSVG.tickText(tick, among: ticks, percent: data.inPercent, format: format)
            svg +=
                "<line x1=\"\(c(Self.left))\" x2=\"\(c(Self.left + plotWidth))\" y1=\"\(c(y(tick)))\" y2=\"\(c(y(tick)))\"/>"
            svg +=
                "<text x=\"\(c(Self.left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(Escape.html(text))</text>\n"
        }
        svg += "</g>\n<g class=\"x-axis\">\n"
        let (_, nUpper, nTicks) = ChartSVG.axis(low: 0, high: nHigh)
        for tick in nTicks where tick <= nHigh && nUpper > 0 {
            svg +=
                "<text x=\"\(c(x(tick)))\" y=\"\(c(Self.height - Self.bottom + 16))\" text-anchor=\"middle\">\(Escape.html(format.number(tick, decimals: 0)))</text>\n"
        }
        svg +=
            "<text x=\"\(c(Self.left + plotWidth / 2))\" y=\"\(c(Self.height - 6))\" text-anchor=\"middle\">\(Escape.html(strings.funnelAxis))</text>\n</g>\n"

        for (name, pick) in [
            ("l95", { (l: Funnel.Limits) in l.lower95 }), ("u95", { $0.upper95 }), ("l998", { $0.lower998 }),
            ("u998", { $0.upper998 }),
        ] {
            let points = curves.map { "\(c(x($0.0))),\(c(y(pick($0.1))))" }.joined(separator: " ")
            svg += "<polyline class=\"limit \(name.hasSuffix("95") ? "p95" : "p998")\" points=\"\(points)\"/>\n"
        }
        if let last = curves.last {
            svg +=
                "<text class=\"limit-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(last.1.upper95) + 4))\">95 %</text>\n"
            svg +=
                "<text class=\"limit-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(last.1.upper998) - 4))\">99,8 %</text>\n"
        }
        svg +=
            "<line class=\"centre mean\" x1=\"\(c(Self.left))\" x2=\"\(c(Self.left + plotWidth))\" y1=\"\(c(y(data.shownTarget)))\" y2=\"\(c(y(data.shownTarget)))\"/>\n"
        svg +=
            "<text class=\"centre-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(data.shownTarget) + 4))\">\(Escape.html(strings.funnelAll)) \(Escape.html(show(data.shownTarget)))</text>\n"

        svg += "<g class=\"points\">\n"
        // The own team last, so that it is drawn on top.
        for unit in data.units.sorted(by: { !$0.isOwn && $1.isOwn }) {
            let tooltip =
                "<title>\(Escape.html(unit.label)): \(Escape.html(show(unit.shown))) (n = \(Escape.html(format.number(unit.denominator, decimals: 0))))</title>"
            if unit.isOwn {
                svg +=
                    "<circle class=\"own\" cx=\"\(c(x(unit.denominator)))\" cy=\"\(c(y(unit.shown)))\" r=\"5.5\">\(tooltip)</circle>\n"
                svg +=
                    "<text class=\"own-label\" x=\"\(c(x(unit.denominator) + 8))\" y=\"\(c(y(unit.shown) - 8))\">\(Escape.html(unit.label))</text>\n"
            } else {
                svg +=
                    "<circle class=\"other\" cx=\"\(c(x(unit.denominator)))\" cy=\"\(c(y(unit.shown)))\" r=\"3\">\(tooltip)</circle>\n"
            }
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// Where the own team lies, in words; then what is hidden; never a ranking or a verdict.
    var sentences: [String] {
        var sentences: [String] = []
        if let own = data.own {
            switch own.band {
            case .outside998:
                sentences.append(strings.funnelOutside998(team: own.label, value: show(own.shown), above: own.isAbove))
            case .between95And998:
                sentences.append(strings.funnelBetween(team: own.label, value: show(own.shown), above: own.isAbove))
            case .inside95: sentences.append(strings.funnelInside(team: own.label, value: show(own.shown)))
            }
        }
        if data.hidden > 0 { sentences.append(strings.funnelHidden(data.hidden)) }
        return sentences
    }
}
