import Foundation
import TavleModel

extension ReportRun {
    /// One team's report as a run would make it now, in memory: the same preparation (every
    /// reference resolved, the goal guard passed) and the same rendering, but nothing is
    /// staged or committed. `tavle serve` shows it to the facilitator while they edit.
    /// - Returns: the report's HTML, and the warnings a run would print.
    public func preview() throws(Diagnostic) -> (html: String, warnings: [Diagnostic]) {
        let context = try prepare()
        guard context.teams.count == 1, let team = context.teams.first else {
            throw .error(at: nil, Phrase("a preview is of one team's report; name one team"))
        }
        let report = try render(
            context.loaded, team: team, journal: team.flatMap { context.journals.byTeam[$0.key] },
            parameters: context.parameters, source: context.source)
        guard let html = report.files.first(where: { $0.path == report.relativePath + ".html" })?.contents else {
            throw .error(at: nil, Phrase("the report was made without its page"))
        }
        let warnings =
            context.journals.warnings + context.referenceWarnings
            + RunWarnings.gather(
                notebook: context.loaded.notebook,
                reports: [
                    RunReport(
                        team: report.team, relativePath: report.relativePath, overview: nil, page: nil,
                        notes: report.notes, lastPeriods: report.lastPeriods)
                ], parameters: context.parameters)
        return (html, warnings)
    }
}
