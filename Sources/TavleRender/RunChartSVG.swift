import TavleModel
import TavleStats

/// A run chart as inline SVG: the measurements as a line with points, the median as a dashed
/// line. Solid against dashed, dark on white, so it reads the same printed in black and white.
struct RunChartSVG {
    let series: ChartSeries
    let title: String
    let id: String
    let format: Format
    let strings: Strings
    let decimals: Int

    static let width = 640.0, height = 240.0
    static let left = 56.0, right = 72.0, top = 14.0, bottom = 34.0

    var median: Double? { TavleStats.median(series.values.compactMap { $0 }) }

    func render() -> String {
        let present = series.values.compactMap { $0 }
        guard let median, let low = present.min(), let high = present.max() else { return "" }
        let (lower, upper, ticks) = Self.axis(low: min(low, median), high: max(high, median))
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let count = series.values.count
        func x(_ index: Int) -> Double { Self.left + (count == 1 ? plotWidth / 2 : plotWidth * Double(index) / Double(count - 1)) }
        func y(_ value: Double) -> Double { Self.top + plotHeight * (1 - (value - lower) / (upper - lower)) }
        let c = Format.coordinate

        let firstLabel = series.labels.first.map(format.month) ?? ""
        let lastLabel = series.labels.last.map(format.month) ?? ""
        let medianText = format.number(median, decimals: decimals)
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(c(Self.width)) \(c(Self.height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"\(id)-title\">\(Escape.html(title))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(Escape.html(strings.chartDescription(points: present.count, first: firstLabel, last: lastLabel, median: medianText)))</desc>\n"

        svg += "<g class=\"grid\">\n"
        for tick in ticks {
            svg += "<line x1=\"\(c(Self.left))\" x2=\"\(c(Self.left + plotWidth))\" y1=\"\(c(y(tick)))\" y2=\"\(c(y(tick)))\"/>"
            svg += "<text x=\"\(c(Self.left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(Escape.html(format.number(tick, decimals: Self.tickDecimals(ticks))))</text>\n"
        }
        svg += "</g>\n<g class=\"x-axis\">\n"
        let step = max(1, Int((Double(count) / 8).rounded(.up)))
        for index in stride(from: 0, to: count, by: step) {
            svg += "<text x=\"\(c(x(index)))\" y=\"\(c(Self.height - Self.bottom + 18))\" text-anchor=\"middle\">\(Escape.html(format.shortMonth(series.labels[index])))</text>\n"
        }
        svg += "</g>\n"

        svg += "<line class=\"median\" x1=\"\(c(Self.left))\" x2=\"\(c(Self.left + plotWidth))\" y1=\"\(c(y(median)))\" y2=\"\(c(y(median)))\"/>\n"
        svg += "<text class=\"median-label\" x=\"\(c(Self.left + plotWidth + 4))\" y=\"\(c(y(median) + 4))\">\(Escape.html(strings.median)) \(Escape.html(medianText))</text>\n"

        // One polyline per unbroken stretch: a missing value is a gap, not a bridge.
        var stretch: [String] = []
        var lines = ""
        func flush() {
            if stretch.count > 1 { lines += "<polyline class=\"data\" points=\"\(stretch.joined(separator: " "))\"/>\n" }
            stretch.removeAll()
        }
        var points = ""
        for (index, value) in series.values.enumerated() {
            guard let value else { flush(); continue }
            stretch.append("\(c(x(index))),\(c(y(value)))")
            points += "<circle cx=\"\(c(x(index)))\" cy=\"\(c(y(value)))\" r=\"2.6\"><title>\(Escape.html(format.month(series.labels[index]))): \(Escape.html(format.number(value, decimals: decimals)))</title></circle>\n"
        }
        flush()
        svg += lines + "<g class=\"points\">\n" + points + "</g>\n</svg>"
        return svg
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
