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
            Limits(lower95: lower95 * factor, upper95: upper95 * factor, lower998: lower998 * factor, upper998: upper998 * factor)
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
