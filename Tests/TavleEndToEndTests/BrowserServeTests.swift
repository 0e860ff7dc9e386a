import Foundation
import Testing

/// Playwright for Python in the virtual environment `scripts/install-deps.sh --browser` makes
/// (`make test` does); without it (or Chromium) the browser tests are skipped, and say so,
/// except in CI, where they run and fail.
enum Playwright {
    static let python = Tavle.packageRoot.appendingPathComponent(".build/browser-venv/bin/python").path
    static let installed = FileManager.default.isExecutableFile(atPath: python) && Chromium.path != nil
    static let runs = installed || ProcessInfo.processInfo.environment["CI"] != nil
}

@Suite struct BrowserServeTests {
    /// A team signs in from its link, changes its target without a reason and sees the error
    /// beside the field, adds one and finds the commit in its history; a second browser's
    /// stale form is a conflict; a form without its token and a revoked link are refused; every
    /// address the facilitator's browser reaches by its links is refused to the team, its own
    /// pages excepted, with nothing of another team in the answer.
    @Test(.enabled(if: Playwright.runs, "needs Playwright and Chromium: 'make test' installs them"))
    func aTeamWorksOnItsJournalInABrowser() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let link = try network.link("team", "team-a"), second = try network.link("team", "team-a")
        let revoked = try network.link("team", "team-c")
        let facilitator = try network.link("facilitator", "Kari")
        let id = try #require(
            network.tavle("access", "list").stdout.split(separator: "\n").last { $0.contains("team-c") }?.split(
                separator: " "
            ).first)
        #expect(try network.tavle("access", "revoke", String(id)).status == 0)
        let commits = try network.commitCount()

        let script = Tavle.packageRoot.appendingPathComponent("Tests/Browser/serve_in_browser.py").path
        let result = try Program.run([
            Playwright.python, script, "http://127.0.0.1:\(network.port)", link, second, revoked, facilitator,
            network.workspace.appendingPathComponent("journals/team-b.yaml").path, Chromium.path ?? "/usr/bin/chromium",
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("all steps held"))
        // One commit for the target, one for the decision with HTML in it; none for the
        // refused target, the conflict or the form without its token.
        #expect(try network.commitCount() == commits + 2)
        let said = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("commit: ") })
        let commit = String(said.dropFirst("commit: ".count))
        let log = try GitCLI.run(["log", "--format=%h %an %s"], in: network.reports).output
        #expect(log.contains("\(commit) Care home, ward A Journal of team-a: goal fewer-falls: target 4 → 3"))
        let journal = try network.journal("team-a")
        #expect(journal.contains("Night lights in every room work; we aim lower."))
        #expect(!journal.contains("From the second browser."))
        // The preview followed the save (how fast is measured by scripts/serve-preview-timing.py
        // on a release build, not in a test).
        #expect(result.output.contains("preview reloaded in ms: "))
        // The crawl reached the other teams' pages (the script holds each refusal).
        let crawled = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("crawled ") })
        let refused = Int(crawled.split(separator: " ")[3]) ?? 0
        #expect(refused >= 20, "\(crawled)")
    }
}
