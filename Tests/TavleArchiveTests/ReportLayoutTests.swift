import Foundation
import TavleGit
import Testing

@testable import TavleArchive

/// Every path of the report repository from one place: the run writes by these rules and
/// verify reads by them.
@Suite struct ReportLayoutTests {
    @Test func pathsOfAReportAndItsTeam() {
        let base = ReportLayout.reportBase(teamFolder: ReportLayout.teamFolder("molde/2"), notebook: "samling-3")
        #expect(base == "molde_2/samling-3")
        #expect(ReportLayout.manifestPath(base: base) == "molde_2/samling-3.manifest.json")
        #expect(ReportLayout.dataPath(base: base, query: "fall") == "molde_2/samling-3.data/fall.csv")
        #expect(ReportLayout.journalCopyPath(teamFolder: "molde_2") == "molde_2/journal.yaml")
        #expect(ReportLayout.notebookCopyPath("samling-3") == "notebooks/samling-3.md")
        #expect(ReportLayout.teamFolder(".hidden") == "_hidden")
    }

    @Test func handoutFiles() {
        #expect(ReportLayout.handoutRecordPath(notebook: "samling-3") == "handouts/samling-3/made.json")
        #expect(ReportLayout.isHandoutFile("handouts/samling-3/index.html"))
        #expect(ReportLayout.isHandoutFile("t1/samling-3.pdf"))
        #expect(!ReportLayout.isHandoutFile("t1/samling-3.html"))
    }

    /// A journal's ledger is emptied, not removed, when the journal is gone; a report the run
    /// no longer makes leaves with its data; handouts leave when a plain run changes a report.
    @Test func whatARunLeavesStale() {
        let id = { (text: String) in ObjectID.blob(hashing: Data(text.utf8)) }
        let committed = [
            "t1/n.html": id("old"), "t1/n.data/gone.csv": id("gone"), "t1/journal.yaml": id("journal"),
            "t1/ledger/goals.json": id("goals"),
            "handouts/n/index.html": id("index"),
        ]
        let written = ["t1/n.html": id("new")]
        let plan = StaleFiles.plan(
            notebook: "n", teamFolders: ["t1"], handout: false, committed: committed, written: written)
        #expect(plan.removed == ["t1/n.data/gone.csv", "t1/journal.yaml", "handouts/n/index.html"])
        #expect(plan.emptied == ["t1/ledger/goals.json": "[\n\n]\n"])
    }
}
