#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Anhøj rules for non-random variation, applied to the points of one part of a chart
/// against its centre line (the median on a run chart, the mean or weighted mean on a
/// control chart), as qicharts2 applies them.
public struct RunsAnalysis: Sendable, Hashable {
    /// Points with a value.
    public var observations: Int
    /// Points not on the centre line: only these count for runs and crossings.
    public var useful: Int
    /// The longest run of useful points on one side of the centre line.
    public var longestRun: Int?
    /// A run longer than this is a signal: round(log2(useful)) + 3 (Schilling 2012).
    public var longestRunLimit: Int?
    /// How often the line through the useful points crosses the centre line: runs − 1.
    public var crossings: Int?
    /// Fewer crossings than this is a signal: the 5th percentile of Binomial(useful − 1, ½),
    /// the smallest k with P(X ≤ k) ≥ 0.05 (Chen 2010), as R's qbinom(0.05, useful − 1, 0.5).
    public var crossingsLimit: Int?

    /// The rules are tabulated from 10 useful observations (Anhøj & Olesen 2014); below
    /// that they are too weak to read, so tavle reports no signal and says why.
    public static let minimumUseful = 10

    public var tooLongRun: Bool { (longestRun ?? 0) > (longestRunLimit ?? .max) }
    public var tooFewCrossings: Bool { (crossings ?? .max) < (crossingsLimit ?? 0) }
    public var tooFewUseful: Bool { useful < Self.minimumUseful }
    /// Either rule, given enough useful observations: a sign of non-random variation (a
    /// shift, or too little mixing). qicharts2 applies the rules to any length; its verdict
    /// is `tooLongRun || tooFewCrossings`.
    public var signal: Bool { !tooFewUseful && (tooLongRun || tooFewCrossings) }

    /// - Parameters:
    ///   - values: the part's points; `nil` for a missing value.
    ///   - centre: the part's centre line.
    public init(values: [Double?], centre: Double?) {
        let present = values.compactMap { $0 }.filter { !$0.isNaN }
        observations = present.count
        guard let centre, !centre.isNaN else {
            useful = 0
            return
        }
        // The side of the centre line each useful point is on; points on it are skipped.
        let sides = present.compactMap { value -> Int? in value > centre ? 1 : value < centre ? -1 : nil }
        useful = sides.count
        guard !sides.isEmpty else { return }
        var runs = 1, current = 1, longest = 1
        for index in sides.indices.dropFirst() {
            if sides[index] == sides[index - 1] {
                current += 1
            } else {
                runs += 1
                current = 1
            }
            longest = max(longest, current)
        }
        longestRun = longest
        longestRunLimit = Int((log2(Double(useful))).rounded(.toNearestOrEven)) + 3
        crossings = runs - 1
        crossingsLimit = Self.binomialQuantile(probability: 0.05, trials: useful - 1)
    }

    /// The smallest k with P(X ≤ k) ≥ p for X ~ Binomial(trials, ½), summing the probability
    /// mass in log space so that long series do not underflow. The tolerance is R's, so that
    /// a cumulative probability equal to p within rounding counts as reaching it.
    static func binomialQuantile(probability: Double, trials: Int) -> Int {
        guard trials > 0 else { return 0 }
        let target = probability * (1 - 64 * Double.ulpOfOne)
        let logHalfPower = Double(trials) * log(0.5)
        // Glibc and the Swift overlay both declare lgamma(Double); name the C one.
        func logGamma(_ x: Double) -> Double {
            #if canImport(Glibc)
                Glibc.lgamma(x)
            #else
                Darwin.lgamma(x)
            #endif
        }
        let logFactorialTrials = logGamma(Double(trials) + 1)
        var cumulative = 0.0
        for k in 0...trials {
            let logChoose = logFactorialTrials - logGamma(Double(k) + 1) - logGamma(Double(trials - k) + 1)
            cumulative += exp(logChoose + logHalfPower)
            if cumulative >= target { return k }
        }
        return trials
    }
}
