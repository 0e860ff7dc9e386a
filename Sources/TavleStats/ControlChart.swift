#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The charts tavle draws for a series over time.
public enum ChartKind: String, Sendable, CaseIterable, Hashable {
    /// Run chart: the values against their median.
    case run
    /// Individuals (XmR) chart: single measurements, limits from the moving ranges.
    case i
    /// Proportions: y events out of n cases, limits varying with n.
    case p
    /// Rates: y events per n units of exposure (days of care, say), limits varying with n.
    case u
    /// Counts of events in equal opportunities.
    case c

    /// p and u charts plot y/n and need the denominator.
    public var needsDenominator: Bool { self == .p || self == .u }
}

/// One row of a series. For p and u charts `y` is the count (numerator) and `n` the
/// denominator, as in qicharts2; other charts use `y` alone.
public struct Observation: Sendable, Hashable {
    public var y: Double?
    public var n: Double?

    public init(y: Double?, n: Double? = nil) {
        self.y = y
        self.n = n
    }
}

public struct ChartOptions: Sendable, Hashable {
    public var kind: ChartKind
    /// Compute the centre and limits from the first `freeze` points only and extend them
    /// (a baseline). Ignored when there are parts, as in qicharts2.
    public var freeze: Int?
    /// The last point (1-based) of each part but the last: the chart is recomputed after each.
    public var partEnds: [Int]

    public init(kind: ChartKind, freeze: Int? = nil, partEnds: [Int] = []) {
        self.kind = kind
        self.freeze = freeze
        self.partEnds = partEnds
    }
}

/// One point of a chart.
public struct ChartPoint: Sendable, Hashable {
    /// What is plotted: y, or y/n for p and u charts; `nil` when missing (or n is zero).
    public var value: Double?
    public var centre: Double?
    public var lower: Double?
    public var upper: Double?
    /// 1-based part number.
    public var part: Int
    /// Whether the point is in the baseline the centre and limits were computed from.
    public var baseline: Bool
    /// Above the upper or below the lower limit: a signal of special-cause variation.
    public var outsideLimits: Bool
}

/// One part of a chart: the points between two change points, with their own centre line.
public struct ChartPart: Sendable, Hashable {
    /// 0-based indices of the part's first and last point.
    public var first: Int
    public var last: Int
    public var centre: Double?
    /// The median of the part's values (the centre of a run chart).
    public var median: Double?
    public var runs: RunsAnalysis
    public var pointsOutsideLimits: Int

    /// Any sign of non-random variation in the part.
    public var signal: Bool { runs.signal || pointsOutsideLimits > 0 }
}

public struct ChartStatistics: Sendable, Hashable {
    public var kind: ChartKind
    public var points: [ChartPoint]
    public var parts: [ChartPart]
    /// The series had parts, so a requested freeze was not used.
    public var freezeIgnored: Bool

    /// The same chart on another scale (a rate per 1000 days instead of per day, say). As in
    /// qicharts2's `multiply`, values, centre lines and limits are scaled after the statistics
    /// are computed, so signals do not change.
    public func multiplied(by factor: Double) -> ChartStatistics {
        var scaled = self
        for index in scaled.points.indices {
            scaled.points[index].value = points[index].value.map { $0 * factor }
            scaled.points[index].centre = points[index].centre.map { $0 * factor }
            scaled.points[index].lower = points[index].lower.map { $0 * factor }
            scaled.points[index].upper = points[index].upper.map { $0 * factor }
        }
        for index in scaled.parts.indices {
            scaled.parts[index].centre = parts[index].centre.map { $0 * factor }
            scaled.parts[index].median = parts[index].median.map { $0 * factor }
        }
        return scaled
    }
}

/// Run and Shewhart control charts, computed as qicharts2 computes them (anhoej/qicharts2,
/// `qic.run`, `qic.i`, `qic.p`, `qic.u`, `qic.c`, `runs.analysis`), so that a practitioner
/// who checks a chart in R gets the same numbers.
public enum ControlChart {
    public static func analyse(_ observations: [Observation], options: ChartOptions) -> ChartStatistics {
        let count = observations.count
        let ends = Set(options.partEnds.filter { $0 >= 1 && $0 < count })
        let freezeIgnored = options.freeze != nil && !ends.isEmpty
        let freeze = ends.isEmpty ? options.freeze : nil

        // Like qicharts2's complete.cases: a row missing y (or, where needed, n) is missing
        // altogether. Unlike qicharts2, a zero denominator also makes the point missing: y/0
        // is no proportion, and R would plot it as infinite or not at all.
        let cleaned = observations.map { observation -> Observation in
            guard let y = observation.y, y.isFinite else { return Observation(y: nil, n: nil) }
            guard options.kind.needsDenominator else { return Observation(y: y, n: nil) }
            guard let n = observation.n, n.isFinite, n > 0 else { return Observation(y: nil, n: nil) }
            return Observation(y: y, n: n)
        }

        var points: [ChartPoint] = []
        var parts: [ChartPart] = []
        var start = 0
        for end in (ends.sorted() + [count]) where end > start {
            let slice = Array(cleaned[start..<end])
            // The baseline counts from the first point of the series, as in qicharts2.
            let baseline = slice.indices.map { index in freeze.map { start + index < $0 } ?? true }
            let part = chart(slice, baseline: baseline, kind: options.kind, partNumber: parts.count + 1)
            let values = part.map(\.value)
            parts.append(
                ChartPart(
                    first: start, last: end - 1, centre: part.first?.centre ?? nil,
                    median: median(values.compactMap { $0 }),
                    runs: RunsAnalysis(values: values, centre: part.first?.centre ?? nil),
                    pointsOutsideLimits: part.filter(\.outsideLimits).count))
            points += part
            start = end
        }
        return ChartStatistics(kind: options.kind, points: points, parts: parts, freezeIgnored: freezeIgnored)
    }

    /// The centre line and limits of one part.
    static func chart(_ rows: [Observation], baseline: [Bool], kind: ChartKind, partNumber: Int) -> [ChartPoint] {
        let values = rows.map { row -> Double? in
            guard let y = row.y else { return nil }
            return kind.needsDenominator ? y / row.n! : y
        }
        let base = rows.indices.filter { baseline[$0] && values[$0] != nil }
        let centre: Double?
        var limits: (Int) -> (lower: Double?, upper: Double?) = { _ in (nil, nil) }

        switch kind {
        case .run:
            // Centre: the median of the baseline values.
            centre = median(base.map { values[$0]! })

        case .i:
            // Centre: the mean of the baseline values. Sigma from the average moving range
            // |xᵢ − xᵢ₋₁| of consecutive baseline points (a missing value breaks the pair),
            // after screening out ranges ≥ 3.267 × their mean (Nelson 1982); σ = mean / 1.128
            // (d₂ for pairs). Limits: centre ± 3σ, not clipped.
            centre = mean(base.map { values[$0]! })
            let baseValues = rows.indices.map { baseline[$0] ? values[$0] : nil }
            var ranges: [Double] = []
            for index in rows.indices.dropFirst() where baseline[index] && baseline[index - 1] {
                if let current = baseValues[index], let previous = baseValues[index - 1] {
                    ranges.append(abs(current - previous))
                }
            }
            if let centre, let averageRange = mean(ranges) {
                let screened = ranges.filter { $0 < 3.267 * averageRange }
                if let screenedAverage = mean(screened) {
                    let sigma = screenedAverage / 1.128
                    limits = { _ in (centre - 3 * sigma, centre + 3 * sigma) }
                }
            }

        case .p:
            // Centre: Σy / Σn over the baseline. σᵢ = √(p̄(1 − p̄)/nᵢ); limits p̄ ± 3σᵢ,
            // clipped to [0, 1].
            centre = weightedCentre(rows, base)
            if let centre {
                limits = { index in
                    guard let n = rows[index].n else { return (nil, nil) }
                    let sigma = (centre * (1 - centre) / n).squareRoot()
                    return (max(0, centre - 3 * sigma), min(1, centre + 3 * sigma))
                }
            }

        case .u:
            // Centre: Σy / Σn over the baseline. σᵢ = √(ū/nᵢ); limits ū ± 3σᵢ, the lower
            // clipped at 0.
            centre = weightedCentre(rows, base)
            if let centre {
                limits = { index in
                    guard let n = rows[index].n else { return (nil, nil) }
                    let sigma = (centre / n).squareRoot()
                    return (max(0, centre - 3 * sigma), centre + 3 * sigma)
                }
            }

        case .c:
            // Centre: the mean count c̄ over the baseline. σ = √c̄; limits c̄ ± 3σ, the lower
            // clipped at 0.
            centre = mean(base.map { values[$0]! })
            if let centre {
                let sigma = centre.squareRoot()
                limits = { _ in (max(0, centre - 3 * sigma), centre + 3 * sigma) }
            }
        }

        return rows.indices.map { index in
            let (lower, upper) = limits(index)
            let value = values[index]
            let outside =
                value.map { value in (upper.map { value > $0 } ?? false) || (lower.map { value < $0 } ?? false) }
                ?? false
            return ChartPoint(
                value: value, centre: centre, lower: lower, upper: upper, part: partNumber,
                baseline: baseline[index], outsideLimits: outside)
        }
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    static func weightedCentre(_ rows: [Observation], _ base: [Int]) -> Double? {
        let denominator = base.reduce(0.0) { $0 + rows[$1].n! }
        guard denominator > 0 else { return nil }
        return base.reduce(0.0) { $0 + rows[$1].y! } / denominator
    }
}
