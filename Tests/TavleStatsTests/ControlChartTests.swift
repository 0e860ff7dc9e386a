import Testing

@testable import TavleStats

/// Expected values are worked out by hand in the comments, with the formulas qicharts2 uses.
@Suite struct RunsAnalysisTests {
    /// The critical values for n = 10…100 useful observations, as tabulated by Anhøj & Olesen
    /// (2014): longest run limit round(log2 n) + 3, fewest crossings the 5th percentile of
    /// Binomial(n − 1, ½). Rows 10–30 checked against the published table; all rows recomputed
    /// with exact integer binomial coefficients.
    static let published: [Int: (longest: Int, crossings: Int)] = [
        10: (6, 2), 11: (6, 2), 12: (7, 3), 13: (7, 3), 14: (7, 4), 15: (7, 4), 16: (7, 4), 17: (7, 5), 18: (7, 5),
        19: (7, 6), 20: (7, 6), 21: (7, 6), 22: (7, 7), 23: (8, 7), 24: (8, 8), 25: (8, 8), 26: (8, 8), 27: (8, 9),
        28: (8, 9), 29: (8, 10), 30: (8, 10), 31: (8, 11), 32: (8, 11), 33: (8, 11), 34: (8, 12), 35: (8, 12),
        36: (8, 13), 37: (8, 13), 38: (8, 14), 39: (8, 14), 40: (8, 14), 41: (8, 15), 42: (8, 15), 43: (8, 16),
        44: (8, 16), 45: (8, 17), 46: (9, 17), 47: (9, 17), 48: (9, 18), 49: (9, 18), 50: (9, 19), 51: (9, 19),
        52: (9, 20), 53: (9, 20), 54: (9, 21), 55: (9, 21), 56: (9, 21), 57: (9, 22), 58: (9, 22), 59: (9, 23),
        60: (9, 23), 61: (9, 24), 62: (9, 24), 63: (9, 25), 64: (9, 25), 65: (9, 25), 66: (9, 26), 67: (9, 26),
        68: (9, 27), 69: (9, 27), 70: (9, 28), 71: (9, 28), 72: (9, 29), 73: (9, 29), 74: (9, 29), 75: (9, 30),
        76: (9, 30), 77: (9, 31), 78: (9, 31), 79: (9, 32), 80: (9, 32), 81: (9, 33), 82: (9, 33), 83: (9, 34),
        84: (9, 34), 85: (9, 34), 86: (9, 35), 87: (9, 35), 88: (9, 36), 89: (9, 36), 90: (9, 37), 91: (10, 37),
        92: (10, 38), 93: (10, 38), 94: (10, 39), 95: (10, 39), 96: (10, 39), 97: (10, 40), 98: (10, 40),
        99: (10, 41), 100: (10, 41),
    ]

    @Test func limitsMatchThePublishedTable() {
        for n in 10...100 {
            // Alternating points: n useful observations, none on the centre line.
            let analysis = RunsAnalysis(values: (0..<n).map { Double($0 % 2) }, centre: 0.5)
            #expect(analysis.useful == n)
            #expect(analysis.longestRunLimit == Self.published[n]!.longest, "n = \(n)")
            #expect(analysis.crossingsLimit == Self.published[n]!.crossings, "n = \(n)")
        }
    }

    @Test func pointsOnTheCentreLineDoNotCount() {
        // 3 5 4 6 2 5 7 5: median 5; the three 5s are skipped, leaving − − + − + :
        // 5 useful, 4 runs, 3 crossings, longest run 2.
        let values: [Double] = [3, 5, 4, 6, 2, 5, 7, 5]
        let analysis = RunsAnalysis(values: values, centre: median(values))
        #expect(analysis.observations == 8)
        #expect(analysis.useful == 5)
        #expect(analysis.longestRun == 2)
        #expect(analysis.crossings == 3)
        // round(log2 5) + 3 = 5; P(X ≤ 0) = 1/16 ≥ 0.05 for Binomial(4, ½), so 0.
        #expect(analysis.longestRunLimit == 5)
        #expect(analysis.crossingsLimit == 0)
        #expect(analysis.tooFewUseful)
        #expect(!analysis.signal)
    }

    @Test func aShiftGivesTooFewCrossingsAndALongRun() {
        // Eight low then eight high: median 5, 16 useful, 2 runs, 1 crossing, longest 8.
        let values = Array(repeating: 1.0, count: 8) + Array(repeating: 9.0, count: 8)
        let analysis = RunsAnalysis(values: values, centre: median(values))
        #expect(analysis.longestRun == 8 && analysis.longestRunLimit == 7)
        #expect(analysis.crossings == 1 && analysis.crossingsLimit == 4)
        #expect(analysis.tooLongRun && analysis.tooFewCrossings && analysis.signal)
    }

    @Test func randomLookingSeriesHasNoSignal() {
        // 12 useful, alternating in pairs: + + − − …: 6 runs, 5 crossings (limit 3), longest 2 (limit 7).
        let values: [Double] = [6, 7, 2, 3, 8, 6, 1, 2, 9, 7, 3, 1]
        let analysis = RunsAnalysis(values: values, centre: 4.5)
        #expect(analysis.useful == 12 && analysis.crossings == 5 && analysis.longestRun == 2)
        #expect(!analysis.signal)
    }

    @Test func anAllEqualSeriesHasNothingToCount() {
        let analysis = RunsAnalysis(values: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], centre: 5)
        #expect(analysis.useful == 0)
        #expect(analysis.longestRun == nil && analysis.crossings == nil)
        #expect(!analysis.signal)
    }

    @Test func missingValuesAreSkipped() {
        let analysis = RunsAnalysis(values: [1, nil, 3, nil], centre: 2)
        #expect(analysis.observations == 2 && analysis.useful == 2 && analysis.crossings == 1)
    }
}

@Suite struct ControlChartTests {
    func close(_ a: Double?, _ b: Double, within tolerance: Double = 1e-6) -> Bool {
        guard let a else { return false }
        return abs(a - b) < tolerance
    }

    @Test func runChartUsesTheMedian() {
        let chart = ControlChart.analyse(
            [3, 5, 4, 6, 2, 5, 7, 5].map { Observation(y: $0) }, options: ChartOptions(kind: .run))
        #expect(chart.points.allSatisfy { $0.centre == 5 && $0.lower == nil && $0.upper == nil && !$0.outsideLimits })
        #expect(chart.parts.count == 1 && chart.parts[0].median == 5 && chart.parts[0].runs.useful == 5)
    }

    @Test func iChartScreensLargeMovingRangesBeforeEstimatingSigma() {
        // 10 11 10 11 10 11 10 11 10 50: mean 144/10 = 14.4. Moving ranges: eight 1s and one 40;
        // their mean 48/9 = 5.333, and 40 ≥ 3.267 × 5.333 = 17.42 is screened out. The mean of
        // the rest is 1, so σ = 1/1.128 = 0.886525 and the limits are 14.4 ± 2.659574.
        let values: [Double] = [10, 11, 10, 11, 10, 11, 10, 11, 10, 50]
        let chart = ControlChart.analyse(values.map { Observation(y: $0) }, options: ChartOptions(kind: .i))
        let point = chart.points[0]
        #expect(close(point.centre, 14.4))
        #expect(close(point.upper, 17.059574))
        #expect(close(point.lower, 11.740426))
        // Every point is outside: 10 and 11 below 11.74, 50 above 17.06.
        #expect(chart.parts[0].pointsOutsideLimits == 10)
        #expect(chart.parts[0].signal)
    }

    @Test func iChartLimitsAreNotClippedAtZero() {
        // 1 3 1 3: mean 2, moving ranges 2 2 2, σ = 2/1.128 = 1.773050; lower 2 − 5.319149 < 0.
        let chart = ControlChart.analyse([1, 3, 1, 3].map { Observation(y: $0) }, options: ChartOptions(kind: .i))
        #expect(close(chart.points[0].lower, -3.319149))
        #expect(close(chart.points[0].upper, 7.319149))
    }

    @Test func pChartLimitsVaryWithTheDenominatorAndStayWithinZeroAndOne() {
        // 2/10, 3/20, 5/20, 0/10: p̄ = 10/60 = 1/6. n = 10: σ = √(1/6 · 5/6 / 10) = 0.117851,
        // upper 1/6 + 0.353553 = 0.520220; n = 20: σ = 0.083333, upper 0.416667. Lower limits
        // are negative, so 0.
        let rows = [(2.0, 10.0), (3, 20), (5, 20), (0, 10)].map { Observation(y: $0.0, n: $0.1) }
        let chart = ControlChart.analyse(rows, options: ChartOptions(kind: .p))
        #expect(close(chart.points[0].centre, 1.0 / 6))
        #expect(close(chart.points[0].value, 0.2))
        #expect(close(chart.points[0].upper, 0.520220))
        #expect(close(chart.points[1].upper, 0.416667))
        #expect(chart.points.allSatisfy { $0.lower == 0 })

        // p̄ = 0.9 with n = 10: 0.9 + 3 · 0.094868 = 1.1846 is clipped to 1.
        let high = ControlChart.analyse(
            [Observation(y: 9, n: 10), Observation(y: 9, n: 10)], options: ChartOptions(kind: .p))
        #expect(high.points[0].upper == 1)
        #expect(close(high.points[0].lower, 0.615395))
    }

    @Test func uChartUsesExposure() {
        // 4 per 2 and 9 per 3: ū = 13/5 = 2.6. n = 2: σ = √1.3 = 1.140175, upper 6.020526;
        // n = 3: σ = √0.866667 = 0.930949, upper 5.392848; lower limits clipped to 0.
        let chart = ControlChart.analyse(
            [Observation(y: 4, n: 2), Observation(y: 9, n: 3)], options: ChartOptions(kind: .u))
        #expect(close(chart.points[0].centre, 2.6))
        #expect(close(chart.points[0].value, 2))
        #expect(close(chart.points[0].upper, 6.020526))
        #expect(close(chart.points[1].upper, 5.392848))
        #expect(chart.points.allSatisfy { $0.lower == 0 })
    }

    @Test func cChartUsesTheSquareRootOfTheMean() {
        // 4 6 5 9: c̄ = 6, σ = √6 = 2.449490, limits 6 ± 7.348469, lower clipped to 0.
        let chart = ControlChart.analyse([4, 6, 5, 9].map { Observation(y: $0) }, options: ChartOptions(kind: .c))
        #expect(close(chart.points[0].upper, 13.348469))
        #expect(chart.points[0].lower == 0)
        // c̄ = 25: limits 25 ± 15 = 10 and 40; 41 is outside.
        let wide = ControlChart.analyse(
            [20, 30, 25, 9, 41].map { Observation(y: $0) }, options: ChartOptions(kind: .c))
        #expect(close(wide.points[0].lower, 10) && close(wide.points[0].upper, 40))
        #expect(wide.points.map(\.outsideLimits) == [false, false, false, true, true])
    }

    @Test func aFrozenBaselineIsExtended() {
        // Centre from the first three (median of 1 2 3 = 2), applied to all six points.
        let chart = ControlChart.analyse(
            [1, 2, 3, 10, 11, 12].map { Observation(y: $0) }, options: ChartOptions(kind: .run, freeze: 3))
        #expect(chart.points.allSatisfy { $0.centre == 2 })
        #expect(chart.points.map(\.baseline) == [true, true, true, false, false, false])
        // Runs are counted over the whole part: 2 sits on the line, leaving − + + + +.
        #expect(chart.parts[0].runs.useful == 5 && chart.parts[0].runs.longestRun == 4)
    }

    @Test func partsAreComputedSeparatelyAndAFreezeIsThenIgnored() {
        // Part 1: 1 2 1 2 (mean 1.5), part 2: 10 11 10 11 (mean 10.5); each has moving ranges
        // of 1, σ = 0.886525, limits ± 2.659574.
        let values: [Double] = [1, 2, 1, 2, 10, 11, 10, 11]
        let chart = ControlChart.analyse(
            values.map { Observation(y: $0) }, options: ChartOptions(kind: .i, freeze: 2, partEnds: [4]))
        #expect(chart.freezeIgnored)
        #expect(chart.parts.map(\.first) == [0, 4] && chart.parts.map(\.last) == [3, 7])
        #expect(close(chart.points[0].centre, 1.5) && close(chart.points[7].centre, 10.5))
        #expect(close(chart.points[0].upper, 4.159574) && close(chart.points[7].upper, 13.159574))
        #expect(chart.points.map(\.part) == [1, 1, 1, 1, 2, 2, 2, 2])
        #expect(chart.points.allSatisfy { !$0.outsideLimits })
    }

    @Test func aZeroOrMissingDenominatorMakesThePointMissing() {
        // 3/0 is no proportion: the point is missing, and its 3 does not enter p̄ = 4/20.
        let rows = [
            Observation(y: 2, n: 10), Observation(y: 3, n: 0), Observation(y: 2, n: 10), Observation(y: 1, n: nil),
        ]
        let chart = ControlChart.analyse(rows, options: ChartOptions(kind: .p))
        #expect(close(chart.points[0].centre, 0.2))
        #expect(chart.points[1].value == nil && chart.points[1].upper == nil && !chart.points[1].outsideLimits)
        #expect(chart.points[3].value == nil)
        #expect(chart.parts[0].runs.observations == 2)
    }

    @Test func anAllEqualIChartHasNoLimits() {
        let chart = ControlChart.analyse(
            Array(repeating: Observation(y: 4), count: 12), options: ChartOptions(kind: .i))
        #expect(chart.points.allSatisfy { $0.centre == 4 && $0.upper == nil && $0.lower == nil && !$0.outsideLimits })
        #expect(!chart.parts[0].signal)
    }
}

@Suite struct FunnelTests {
    @Test func proportionLimitsNarrowWithTheDenominator() throws {
        // θ = 30/200 = 0.15. n = 20: σ = √(0.15 · 0.85 / 20) = 0.079844; 95 %: 0.15 ± 0.156491;
        // 99.8 %: 0.15 ± 0.246736 (lower clipped to 0).
        let units = [Observation(y: 3, n: 20), Observation(y: 27, n: 180)]
        let target = try #require(Funnel.target(units))
        #expect(abs(target - 0.15) < 1e-12)
        let small = try #require(Funnel.limits(target: target, n: 20, measure: .proportion))
        #expect(abs(small.upper95 - 0.306491) < 1e-6)
        #expect(small.lower95 == 0)
        #expect(abs(small.upper998 - 0.396736) < 1e-6)
        let large = try #require(Funnel.limits(target: target, n: 180, measure: .proportion))
        #expect(large.upper95 < small.upper95)
        #expect(Funnel.limits(target: target, n: 0, measure: .proportion) == nil)
    }

    @Test func rateLimits() throws {
        // θ = 2 per 1000 days as 0.002 per day, n = 5000 days: σ = √(0.002/5000) = 0.000632456;
        // 95 %: 0.002 ± 0.001239590; 99.8 %: 0.002 ± 0.001954436.
        let limits = try #require(Funnel.limits(target: 0.002, n: 5000, measure: .rate))
        #expect(abs(limits.upper95 - 0.003239590) < 1e-8)
        #expect(abs(limits.lower998 - 0.000045564) < 1e-8)
        // With 500 days the lower 99.8 % limit, 0.002 − 0.006180, is clipped to 0.
        #expect(try #require(Funnel.limits(target: 0.002, n: 500, measure: .rate)).lower998 == 0)
    }
}
