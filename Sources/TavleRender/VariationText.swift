import TavleModel
import TavleStats

/// What a chart shows about variation, in the report's language: whether there is a sign of
/// non-random variation and of which kind, then data problems that could explain a pattern
/// without any real change (technical variation). Never a verdict on quality.
struct VariationText {
    let series: ChartSeries
    let format: Format
    let strings: Strings
    var definitionChanges: [ChartDefinitionChange] = []
    var edition: ReportEdition = .current

    var sentences: [String] {
        guard let part = series.statistics.parts.last else { return [] }
        let kind = series.kind
        var sentences: [String] = []
        if series.statistics.parts.count > 1, let change = series.partLabels.last {
            sentences.append(
                strings.lastPhase(from: format.month(series.labels[part.first]), change: change, kind: kind))
        }
        // The verdict follows whatever introduced it (the phase sentence of a split chart); before
        // 0.3 a split chart without a signal in its last phase lost its verdict.
        let introduction = edition >= .v0_3 ? sentences.count : 0
        let runs = part.runs
        if runs.signal {
            if runs.tooLongRun, let length = runs.longestRun, let limit = runs.longestRunLimit {
                sentences.append(strings.longRun(length: length, limit: limit, kind: kind))
            }
            if runs.tooFewCrossings, let crossings = runs.crossings, let minimum = runs.crossingsLimit {
                sentences.append(strings.fewCrossings(crossings: crossings, minimum: minimum, kind: kind))
            }
        }
        let outside = series.statistics.points.indices.filter {
            series.statistics.points[$0].outsideLimits && $0 >= part.first
        }
        if !outside.isEmpty { sentences.append(strings.outsideLimits(outside.map { format.month(series.labels[$0]) })) }
        if runs.tooFewUseful {
            sentences.append(strings.tooFewToJudge(useful: runs.useful, kind: kind))
        } else if sentences.count == introduction {
            sentences.append(strings.noSignal(kind: kind))
        }
        if let period = series.reportPeriod, let last = series.labels.last, let wanted = Period(period),
            let shown = Period(last), shown < wanted
        {
            sentences.append(strings.lastMeasurementBefore(format.month(last), period: format.month(period)))
        }
        let causes = technicalCauses
        if !causes.isEmpty { sentences.append(strings.technicalCauses + " " + causes.joined(separator: "; ") + ".") }
        return sentences
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int { b == 0 ? a : greatestCommonDivisor(b, a % b) }

    /// Data problems visible in the series itself.
    var technicalCauses: [String] {
        var causes: [String] = []
        if let indices = series.monthIndices, indices.count > 1 {
            // The series' own step: monthly, or quarterly (periods named by their first month);
            // only a gap wider than the step is a missing period.
            let gaps = zip(indices, indices.dropFirst()).map { $1 - $0 }
            let step = gaps.filter { $0 > 0 }.reduce(0, Self.greatestCommonDivisor)
            var missing: [String] = []
            if step > 0 {
                for (previous, next) in zip(indices, indices.dropFirst()) {
                    for index in stride(from: previous + step, to: next, by: step) {
                        let (year, month) = (index / 12, index % 12 + 1)
                        missing.append(format.month("\(year)-\(month < 10 ? "0" : "")\(month)"))
                    }
                }
            }
            if !missing.isEmpty { causes.append(strings.missingPeriods(missing)) }
        }
        let observations = series.observations
        if series.kind.needsDenominator {
            let noDenominator = observations.filter { $0.y != nil && ($0.n ?? 0) <= 0 }.count
            if noDenominator > 0 { causes.append(strings.missingDenominators(noDenominator)) }
            let missingCount = observations.filter { $0.y == nil }.count
            if missingCount > 0 { causes.append(strings.missingValues(missingCount)) }
            let impossible = observations.filter { observation in
                guard let y = observation.y else { return false }
                return y < 0 || (series.kind == .p && (observation.n ?? .infinity) < y)
            }.count
            if impossible > 0 { causes.append(strings.impossibleValues(impossible)) }
        } else {
            let missingCount = series.values.filter { $0 == nil }.count
            if missingCount > 0 { causes.append(strings.missingValues(missingCount)) }
            let negative = series.values.compactMap { $0 }.filter { $0 < 0 }.count
            if series.kind == .c, negative > 0 { causes.append(strings.impossibleValues(negative)) }
        }
        for (index, change) in series.points(after: definitionChanges) {
            causes.append(strings.definitionChanged(from: format.month(series.labels[index]), change: change.change))
        }
        return causes
    }
}
