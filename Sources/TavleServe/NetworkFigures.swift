import Foundation
import TavleArchive
import TavleHistory
import TavleModel

/// The network's figures as a team may see them: for each chart of the team's latest report,
/// the team's own value beside the network's median and middle half in the same month, made
/// from what every team's report showed (their ledgers), with no team named. The handouts'
/// privacy rule holds: a value whose count or denominator is under the workspace's
/// `privacy.min_count` is left out, and a figure of fewer than three teams is not shown, since
/// it would point at the others.
struct NetworkFigure: Sendable, Equatable {
    var title: String
    var period: String
    var unit: String?
    var own: Double?
    var teams: Int
    var median: Double?
    var lowerQuartile: Double?
    var upperQuartile: Double?

    static let fewestTeams = 3

    /// - Parameters:
    ///   - series: each team's series of one report (by team id), as its ledger holds them.
    ///   - team: the team the figures are for.
    static func figures(
        _ series: [String: [LedgerSeries]], team: String, minimumCount: Int
    ) -> [NetworkFigure] {
        guard let own = series[team] else { return [] }
        return own.compactMap { mine in
            guard let last = mine.points.last(where: { $0.value != nil }) else { return nil }
            let shown = { (point: LedgerSeries.Point) -> Bool in
                point.value != nil && (point.y.map { $0 >= Double(minimumCount) } ?? true)
                    && (point.n.map { $0 >= Double(minimumCount) } ?? true)
            }
            var values: [Double] = []
            for (_, theirs) in series {
                guard let same = theirs.first(where: { $0.query == mine.query }),
                    let point = same.points.first(where: { $0.period == last.period }), shown(point)
                else { continue }
                values.append(point.value!)
            }
            values.sort()
            let enough = values.count >= fewestTeams
            return NetworkFigure(
                title: mine.title ?? mine.indicator ?? mine.query, period: last.period, unit: mine.unit,
                own: last.value, teams: values.count, median: enough ? quantile(values, 0.5) : nil,
                lowerQuartile: enough ? quantile(values, 0.25) : nil,
                upperQuartile: enough ? quantile(values, 0.75) : nil)
        }
    }

    /// The q-quantile of sorted values, interpolated between the two nearest (type 7, as R's
    /// and NumPy's default).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let below = Int(position.rounded(.down)), above = Int(position.rounded(.up))
        return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
    }
}

extension Site {
    /// The figures of the notebook of the team's latest report, from the branch as it is.
    func networkFigures(for team: Team) throws(Diagnostic) -> (notebook: String, figures: [NetworkFigure])? {
        let snapshot = try index.snapshot()
        guard let head = snapshot.head,
            let latest = snapshot.reports[ReportLayout.teamFolder(team.key)]?.last
        else { return nil }
        var series: [String: [LedgerSeries]] = [:]
        for other in teams {
            let path = Ledger.measurementsPath(
                teamFolder: ReportLayout.teamFolder(other.key), notebook: latest.notebook)
            guard let data = try index.blob(atPath: path, commit: head),
                let decoded = Ledger.decode([LedgerSeries].self, from: data)
            else { continue }
            series[other.key] = decoded
        }
        return (
            latest.notebook,
            NetworkFigure.figures(series, team: team.key, minimumCount: workspace.minimumCount)
        )
    }
}
