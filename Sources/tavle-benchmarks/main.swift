import Foundation
import TavleStats

// Times the chart statistics on many series, as a national network's handouts would need:
// 10,000 series of 120 points each (defaults), for every chart kind. The series are
// generated from a fixed seed, so every run measures the same work.
// Usage: tavle-benchmarks [series] [points]

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let seriesCount = arguments.first ?? 10_000
let pointCount = arguments.dropFirst().first ?? 120

/// A small linear congruential generator (Knuth's MMIX constants): deterministic and fast.
struct Generator {
    var state: UInt64
    mutating func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }
}

var generator = Generator(state: 20_261_122)
let series: [[Observation]] = (0..<seriesCount).map { _ in
    let level = 20 + 30 * generator.next()
    return (0..<pointCount).map { index in
        let shift = index > pointCount / 2 ? 5.0 : 0
        let denominator = (200 + 100 * generator.next()).rounded()
        let count = (level + shift + 8 * (generator.next() - 0.5)).rounded()
        return Observation(y: count, n: denominator)
    }
}

print(
    "tavle-benchmarks: \(seriesCount) series of \(pointCount) points, \(ProcessInfo.processInfo.activeProcessorCount) cores, one thread"
)
for kind in ChartKind.allCases {
    var signals = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for observations in series {
            let chart = ControlChart.analyse(observations, options: ChartOptions(kind: kind, freeze: 24))
            if chart.parts[0].signal { signals += 1 }
        }
    }
    let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
    print(
        String(
            format: "%-4@ chart: %8.1f ms  (%d of %d series signal)", kind.rawValue, milliseconds, signals, seriesCount)
    )
}
