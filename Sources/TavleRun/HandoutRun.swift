import Foundation
import TavleArchive
import TavleGit
import TavleHistory
import TavleModel
import TavleRender
import TavleWorkspace

/// What `tavle handout` made.
public struct HandoutSummary: Sendable {
    public var run: RunSummary
    /// The index and the overview, relative to the report repository.
    public var index: String
    public var overview: String
    public var printed: Int
    /// Why no PDFs were made although they were asked for, and how to get them.
    public var printingUnavailable: Phrase?
}

extension ReportRun {
    /// A gathering's handouts: every chosen team's report, the facilitator's overview (every
    /// team on one page) and an index linking them, committed together; with `pdf`, each also
    /// printed to PDF by headless Chromium and committed beside it. Without Chromium the HTML
    /// is made all the same and the summary says how to install it.
    public func handouts(pdf: Bool) throws(Diagnostic) -> HandoutSummary {
        var printed = 0
        var unavailable: Phrase?
        var handout = Extension(keepsOverviews: true, keepsPages: pdf)
        handout.files = { loaded, reports, journals, output throws(Diagnostic) in
            let notebook = loaded.notebook
            let folder = Self.handoutFolder(notebook)
            let previous = Self.goalsBefore(
                gathering: notebook.gathering, outputFolder: output, teams: reports.compactMap { $0.team?.key })
            var rows: [OverviewRow] = reports.compactMap(\.overview)
            // Targets written in per cent are kept as shares, and written in per cent again.
            let format = Format(language: loaded.language)
            for index in rows.indices {
                guard let journal = journals[rows[index].teamKey], let before = previous[rows[index].teamKey] else {
                    continue
                }
                let inPercent = Set(journal.goals.filter(\.targetInPercent).map(\.id))
                rows[index].goalChanges = RevisionCheck.differences(from: before, to: journal).map { difference in
                    Self.written(difference, inPercent: inPercent.contains(difference.goal), format: format)
                }
            }
            var set = HandoutSet(
                language: loaded.language, workspaceName: loaded.workspace.name, notebookID: notebook.id,
                notebookTitle: notebook.title,
                notebookVersion: notebook.version, gathering: notebook.gathering, folder: folder, rows: rows)
            let overview = HandoutPages.overview(set)
            var binary: [(path: String, contents: Data)] = []
            if pdf {
                switch PDFPrinter.find() {
                case .failure(let reason):
                    unavailable = reason.message
                case .success(let printer):
                    var pages = reports.compactMap { report in
                        report.page.map { (path: report.relativePath + ".html", contents: $0) }
                    }
                    pages.append(("\(folder)/overview.html", overview))
                    let pdfs = try printer.print(pages)
                    binary = pdfs
                    printed = pdfs.count
                    for index in set.rows.indices {
                        set.rows[index].pdfPath = set.rows[index].handoutPath.replacingSuffix(".html", with: ".pdf")
                    }
                    set.overviewPDF = "\(folder)/overview.pdf"
                }
            }
            return ([("\(folder)/overview.html", overview), ("\(folder)/index.html", HandoutPages.index(set))], binary)
        }
        let summary = try run(with: handout)
        let folder = Self.handoutFolder(summary.notebook)
        return HandoutSummary(
            run: summary, index: "\(folder)/index.html", overview: "\(folder)/overview.html", printed: printed,
            printingUnavailable: unavailable)
    }

    /// Where a notebook's overview and index go in the report repository.
    static func handoutFolder(_ notebook: Notebook) -> String { ReportLayout.handoutFolder(notebook: notebook.id) }

    /// A goal whose target is a share has it written in per cent, as its chart shows it.
    /// A changed target as the reader writes numbers: "2,5" in the Nordic languages, and a
    /// target written in per cent as one ("80 %", not "0.8").
    static func written(_ difference: GoalDifference, inPercent: Bool, format: Format) -> GoalDifference {
        guard case .changed(let statement, let target?, let due) = difference.kind else { return difference }
        let number = { (text: String?) in
            text.map { text in
                Double(text).map {
                    inPercent ? format.percent($0, decimals: 0) : DecimalText.plain($0, in: format.language)
                } ?? text
            }
        }
        var written = difference
        written.kind = .changed(
            statement: statement, target: .init(old: number(target.old), new: number(target.new)), due: due)
        return written
    }

    /// Each team's goals as the report repository recorded them at the newest run for an
    /// earlier gathering (for a notebook without a gathering: at the last run). Teams the
    /// repository has not seen then are left out: all their goals are new to it.
    static func goalsBefore(gathering: Int?, outputFolder: String, teams: [String]) -> [String: [LedgerGoal]] {
        guard FileManager.default.fileExists(atPath: outputFolder + "/.git"),
            let repository = try? GitRepository.open(at: outputFolder),
            let history = try? repository.history()
        else { return [:] }
        let earlier = history.first { commit in
            guard let gathering else { return true }
            let recorded = commit.trailers.first { $0.key == "Gathering" }.flatMap { Int($0.value) }
            return recorded.map { $0 < gathering } ?? false
        }
        guard let commit = earlier?.id else { return [:] }
        var goals: [String: [LedgerGoal]] = [:]
        for team in teams {
            let path = Ledger.path(.goals, teamFolder: ReportWriter.safeName(team))
            if let data = try? repository.blob(atPath: path, inCommit: commit),
                let recorded = Ledger.decode([LedgerGoal].self, from: data)
            {
                goals[team] = recorded
            }
        }
        return goals
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
