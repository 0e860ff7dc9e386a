/// Funnel-plot limits for comparing units (teams) of different sizes on one proportion or
/// rate (Spiegelhalter 2005), with the normal approximation: a unit's value is compared with
/// limits that narrow as its denominator grows, so small teams are not singled out for the
/// chance variation that comes with few cases.
public enum Funnel {
    public enum Measure: String, Sendable {
        /// Events out of cases: binomial variation, limits clipped to [0, 1].
        case proportion
        /// Events per unit of exposure: Poisson variation, the lower limit clipped at 0.
        case rate
    }

    /// Two-sided normal quantiles: 95 % (z = 1.959964) and 99.8 % (z = 3.090232).
    public static let z95 = 1.959963984540054
    public static let z998 = 3.090232306167813

    public struct Limits: Sendable, Hashable {
        public var lower95: Double
        public var upper95: Double
        public var lower998: Double
        public var upper998: Double

        /// The same limits on another scale (per 1000 instead of per day): the `multiply` option.
        public func scaled(by factor: Double) -> Limits {
            Limits(
                lower95: lower95 * factor, upper95: upper95 * factor, lower998: lower998 * factor,
                upper998: upper998 * factor)
        }
    }

    /// The overall value every unit is compared with: Σy / Σn over all units with n > 0.
    public static func target(_ units: [Observation]) -> Double? {
        let counted = units.filter { ($0.n ?? 0) > 0 && $0.y != nil }
        let denominator = counted.reduce(0.0) { $0 + $1.n! }
        guard denominator > 0 else { return nil }
        return counted.reduce(0.0) { $0 + $1.y! } / denominator
    }

    /// The limits at denominator `n` around `target`:
    /// proportion: θ ± z √(θ(1 − θ)/n); rate: θ ± z √(θ/n).
    public static func limits(target: Double, n: Double, measure: Measure) -> Limits? {
        guard n > 0 else { return nil }
        let sigma = (measure == .proportion ? target * (1 - target) / n : target / n).squareRoot()
        func clip(_ value: Double) -> Double {
            measure == .proportion ? min(1, max(0, value)) : max(0, value)
        }
        return Limits(
            lower95: clip(target - z95 * sigma), upper95: clip(target + z95 * sigma),
            lower998: clip(target - z998 * sigma), upper998: clip(target + z998 * sigma))
    }
}

/// A funnel plot analysed: the units that can be drawn with their values and limits, the
/// overall value, and the limit curves sampled across the denominators, all on the scale the
/// chart shows. Made once per report, before rendering; renderers only draw and word it.
public struct FunnelChart: Sendable, Hashable {
    /// Where a unit lies against the limits at its own denominator.
    public enum Band: Sendable, Hashable {
        case inside95, between95And998, outside998
    }

    public struct Unit: Sendable, Hashable {
        public var label: String
        public var count: Double
        public var denominator: Double
        public var isOwn: Bool
        /// The value as the chart shows it (count / denominator, times `multiply`).
        public var shown: Double
        public var band: Band
        public var isAbove: Bool
    }

    /// One point of the limit curves.
    public struct CurvePoint: Sendable, Hashable {
        public var n: Double
        public var limits: Funnel.Limits
    }

    public var units: [Unit]
    /// Units not drawn: a suppressed count, or no denominator.
    public var hidden: Int
    public var measure: Funnel.Measure
    /// The overall value, as the chart shows it.
    public var shownTarget: Double
    /// The limits from a little below the smallest denominator to a little above the largest:
    /// nearer 0 they widen without bound.
    public var curves: [CurvePoint]
    /// Where the denominator axis ends: a little past the largest team.
    public var denominatorAxisEnd: Double
    /// Shares shown in per cent, unless `multiply` put them on another scale.
    public var inPercent: Bool

    public var own: Unit? { units.first { $0.isOwn } }

    /// - Parameters:
    ///   - rows: each unit's label, count and denominator as the query gave them (`nil` where
    ///     a count was suppressed or missing).
    ///   - scale: the `multiply` option; limits are computed on the unscaled values and scaled
    ///     with them, so no point moves relative to them.
    public init?(
        rows: [(label: String, count: Double?, denominator: Double?)], own: String?, measure: Measure, scale: Double
    ) {
        var drawn: [(label: String, count: Double, denominator: Double)] = []
        var hidden = 0
        for row in rows {
            guard let count = row.count, let denominator = row.denominator, denominator > 0 else {
                hidden += 1
                continue
            }
            drawn.append((row.label, count, denominator))
        }
        guard let target = Funnel.target(drawn.map { Observation(y: $0.count, n: $0.denominator) }),
            let largest = drawn.map(\.denominator).max(), let smallest = drawn.map(\.denominator).min()
        else { return nil }
        units = drawn.map { unit in
            let value = unit.count / unit.denominator
            let limits = Funnel.limits(target: target, n: unit.denominator, measure: measure)!
            let band: Band =
                value > limits.upper998 || value < limits.lower998
                ? .outside998
                : value > limits.upper95 || value < limits.lower95 ? .between95And998 : .inside95
            return Unit(
                label: unit.label, count: unit.count, denominator: unit.denominator, isOwn: unit.label == own,
                shown: value * scale, band: band, isAbove: value > target)
        }
        self.hidden = hidden
        self.measure = measure
        shownTarget = target * scale
        let high = largest * 1.05
        let low = max(smallest * 0.8, high / 200)
        denominatorAxisEnd = high
        curves = (0...48).compactMap { step in
            let n = low + (high - low) * Double(step) / 48
            return Funnel.limits(target: target, n: n, measure: measure).map {
                CurvePoint(n: n, limits: $0.scaled(by: scale))
            }
        }
        inPercent = measure == .proportion && scale == 1
    }

    public typealias Measure = Funnel.Measure
}
