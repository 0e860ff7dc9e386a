import Foundation
import Testing

/// `tavle verify` holds the handout files (overview, index, PDFs) to the record the handout
/// run wrote of them and of the pages they were made from.
@Suite struct HandoutVerifyTests {
    func commitByHand(_ message: String, in workspace: Workspace) throws {
        let out = workspace.folder.appendingPathComponent("out")
        _ = try GitCLI.run(["add", "-A"], in: out)
        let result = try GitCLI.run(
            ["-c", "user.name=Someone", "-c", "user.email=s@example.org", "commit", "-qm", message], in: out)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func handoutFilesChangedOrAddedByHandAreNamed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.tavle("handout", "report.md", "--all-teams").status == 0)
        let record = try workspace.read("out/handouts/report/made.json")
        #expect(record.contains("\"t1/report.html\""))
        #expect(record.contains("\"handouts/report/overview.html\""))
        let clean = try workspace.tavle("verify", "--reports-only")
        #expect(clean.status == 0, "\(clean.stdout)")

        try workspace.write(
            "out/handouts/report/overview.html",
            try workspace.read("out/handouts/report/overview.html").replacingOccurrences(of: "Lia", with: "Lia (best)"))
        try workspace.write("out/t2/report.pdf", "%PDF-1.4 not printed by tavle")
        try commitByHand("touch up", in: workspace)
        let result = try workspace.tavle("verify", "--reports-only")
        #expect(result.status == 1)
        #expect(result.stdout.contains("✗ handouts/report/overview.html (commit "), "\(result.stdout)")
        #expect(result.stdout.contains("differs from what the handout run wrote (handouts/report/made.json)"))
        #expect(result.stdout.contains("✗ t2/report.pdf (commit "))
        #expect(result.stdout.contains("was not made by a tavle handout run"))
    }

    @Test(.enabled(if: Chromium.runs, "needs Chromium: 'make test' installs it (scripts/install-deps.sh --browser)"))
    func aPDFWhosePageChangedLeavesAndTheOthersStay() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_CHROMIUM"] = Chromium.path
        #expect(
            try Tavle.run(
                ["handout", "report.md", "--all-teams", "--pdf"], in: workspace.folder, environment: environment
            ).status == 0)
        #expect(workspace.exists("out/t1/report.pdf"))

        // Only t1's page changes; the handouts are made again without printing.
        try workspace.write(
            "report.md",
            Workspace.goodNotebook.replacingOccurrences(of: "# {{ team.name }}", with: "# Status: {{ team.name }}"))
        let second = try Tavle.run(
            ["handout", "report.md", "--team", "t1"], in: workspace.folder, environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!workspace.exists("out/t1/report.pdf"), "printed from a page that is no longer the report")
        let verify = try workspace.tavle("verify", "--reports-only")
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}
