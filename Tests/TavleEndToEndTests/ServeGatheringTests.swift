import Foundation
import TavleConcurrency
import Testing

/// What `tavle serve` does around a gathering: a team answers its prompts, the facilitator
/// previews a report while editing and makes the handouts.
@Suite struct ServeGatheringTests {
    @Test func aTeamAnswersTheGatheringsPromptsAndTheFacilitatorSeesIt() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-b")
        let form = try network.get("/teams/team-b/journal/answers", as: session)
        #expect(form.status == 200)
        // The worksheet's questions, each a labelled text area.
        let fields = form.body.components(separatedBy: "name=\"answer-").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(fields.count >= 2)
        #expect(form.body.contains("<label for=\"answer-\(fields[0])\">"))
        let commits = try network.commitCount()
        #expect(form.hidden("gathering") == "1")
        // Answers shown for another gathering than the next one are not filed under it.
        let moved = try network.post(
            "/teams/team-b/journal/answers", as: session,
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(form.hidden("version"))), ("gathering", "2"),
                ("answer-\(fields[0])", "Filed under the wrong gathering."),
            ])
        #expect(moved.status == 409)
        #expect(try network.commitCount() == commits)
        let saved = try network.post(
            "/teams/team-b/journal/answers", as: session,
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(form.hidden("version"))), ("gathering", "1"),
                // As a browser sends a text box: lines end in CR LF; the journal gets LF.
                ("answer-\(fields[0])", "We measure falls every week now.\r\nAnd we talk about them: on Mondays."),
            ])
        #expect(saved.status == 303)
        #expect(try network.commitCount() == commits + 1)
        let journal = try network.journal("team-b")
        #expect(journal.contains("  - prompt: \(fields[0])\n    gathering: 1\n"))
        // The answer reads back, and shows in the form and the facilitator's overview.
        let again = try network.get("/teams/team-b/journal/answers", as: session)
        #expect(again.body.contains("We measure falls every week now.\nAnd we talk about them: on Mondays."))
        let facilitator = try network.signIn("facilitator", "Kari")
        let overview = try network.get("/facilitator", as: facilitator)
        #expect(overview.body.contains("1 / \(Set(fields).count)"))
        // A field that is not one of the prompts is refused; the report's run sees the answer.
        let unknown = try network.post(
            "/teams/team-b/journal/answers", as: session,
            [
                ("form_token", try #require(again.hidden("form_token"))),
                ("version", try #require(again.hidden("version"))), ("gathering", "1"),
                ("answer-not-a-prompt", "x"),
            ])
        #expect(unknown.status == 400)
        let run = try network.tavle("run", "first-report.md", "--team", "team-b")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try String(contentsOf: network.reports.appendingPathComponent("team-b/first-report.md"), encoding: .utf8)
                .contains("We measure falls every week now."))
        // A prompt whose field the form did not send keeps its answer; one emptied is taken out.
        let latest = try network.get("/teams/team-b/journal/answers", as: session)
        let kept = try network.post(
            "/teams/team-b/journal/answers", as: session,
            [
                ("form_token", try #require(latest.hidden("form_token"))),
                ("version", try #require(latest.hidden("version"))), ("gathering", "1"),
            ])
        #expect(kept.status == 422)  // nothing to save
        #expect(try network.journal("team-b").contains("We measure falls every week now."))
        let before = try network.commitCount()
        let emptied = try network.post(
            "/teams/team-b/journal/answers", as: session,
            [
                ("form_token", try #require(latest.hidden("form_token"))),
                ("version", try #require(latest.hidden("version"))), ("gathering", "1"),
                ("answer-\(fields[0])", " \r\n"),
            ])
        #expect(emptied.status == 303)
        #expect(try network.commitCount() == before + 1)
        let after = try network.journal("team-b")
        #expect(!after.contains("We measure falls every week now.") && !after.contains("prompt: \(fields[0])"))
        let subject = try GitCLI.run(["log", "-1", "--format=%s"], in: network.reports).output
        #expect(subject.contains("answers for gathering 1: \(fields[0]) (removed)"))
        #expect(try network.tavle("check", "first-report.md").status == 0)
    }

    /// Two members answer at once: the second's form, opened before the first saved, is a
    /// conflict, shown again with the first's answer in the box the second left empty; sent
    /// again, both answers stay.
    @Test func answersSentAgainAfterAConflictKeepATeammatesAnswer() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let first = try network.signIn("team", "team-c"), second = try network.signIn("team", "team-c")
        let firstForm = try network.get("/teams/team-c/journal/answers", as: first)
        let secondForm = try network.get("/teams/team-c/journal/answers", as: second)
        let prompts = Array(
            Set(
                firstForm.body.components(separatedBy: "name=\"answer-").dropFirst().map {
                    String($0.prefix { $0 != "\"" })
                })
        ).sorted()
        try #require(prompts.count >= 2)
        func fields(_ form: HTTPReply, _ answers: [String: String]) throws -> [(String, String)] {
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(form.hidden("version"))),
                ("gathering", try #require(form.hidden("gathering"))),
            ] + prompts.map { ("answer-\($0)", answers[$0] ?? form.textArea("answer-\($0)") ?? "") }
        }
        let saved = try network.post(
            "/teams/team-c/journal/answers", as: first,
            try fields(firstForm, [prompts[0]: "The first member's answer."]))
        #expect(saved.status == 303)
        let conflict = try network.post(
            "/teams/team-c/journal/answers", as: second, try fields(secondForm, [prompts[1]: "The second's answer."]))
        #expect(conflict.status == 409)
        #expect(conflict.textArea("answer-\(prompts[0])") == "The first member's answer.")
        #expect(conflict.textArea("answer-\(prompts[1])") == "The second's answer.")
        let again = try network.post("/teams/team-c/journal/answers", as: second, try fields(conflict, [:]))
        #expect(again.status == 303, "\(again.body.prefix(400))")
        let journal = try network.journal("team-c")
        #expect(journal.contains("The first member's answer.") && journal.contains("The second's answer."))
    }

    @Test func thePreviewIsMadeAgainWhenAJournalIsSaved() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let facilitator = try network.signIn("facilitator", "Kari")
        let chooser = try network.get("/facilitator/preview", as: facilitator)
        #expect(chooser.links.contains("/facilitator/preview/first-report/team-a"))
        let page = try network.get("/facilitator/preview/first-report/team-a", as: facilitator)
        #expect(page.status == 200 && page.body.contains("<script src=\"/reload.js\">"))
        let stamp = try #require(
            page.body.components(separatedBy: "data-stamp=\"").dropFirst().first?.prefix { $0 != "\"" })
        let before = try network.get("/facilitator/preview/first-report/team-a/report.html", as: facilitator)
        #expect(before.status == 200 && before.body.contains("A third fewer falls"))
        #expect(before.header("Content-Security-Policy")?.contains("frame-ancestors 'self'") == true)

        // The long poll answers once the journal changes, and the report then shows the change.
        // It is asked on a thread of its own and the file written on this one: beside every
        // other test, Swift's few shared threads can be busy for longer than the poll waits
        // (10 s). A poll that ended without a change is asked again, as the page's script does.
        let port = network.port
        let answered = Locked<HTTPReply?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var reply: HTTPReply?
            for _ in 0..<3 {
                reply = try? HTTP.get(
                    port: port, "/facilitator/preview/first-report/team-a/changes?since=\(stamp)",
                    session: facilitator)
                if reply?.body != String(stamp) { break }
            }
            answered.withLock { $0 = reply }
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        let journal = network.workspace.appendingPathComponent("journals/team-a.yaml")
        let text = try String(contentsOf: journal, encoding: .utf8)
        let saved = ContinuousClock.now
        // How much, in words: a change the goal guard lets pass without a reason.
        try Data(text.replacingOccurrences(of: "A third fewer falls", with: "Far fewer falls at night").utf8)
            .write(to: journal)
        #expect(done.wait(timeout: .now() + 60) == .success)
        let answer = try #require(answered.withLock { $0 })
        let after = try network.get("/facilitator/preview/first-report/team-a/report.html", as: facilitator)
        let elapsed = ContinuousClock.now - saved
        #expect(answer.status == 200 && answer.body != String(stamp), "\(answer.status) \(answer.body) for \(stamp)")
        #expect(after.body.contains("Far fewer falls at night"), "\(after.body.prefix(800))")
        // How fast is measured by scripts/serve-preview-timing.py, not here (a debug build,
        // beside every other test): this only says the time.
        print("preview: from save to page \(elapsed) (debug build, tests in parallel)")
        // Nothing was committed: a preview is made in memory.
        #expect(try GitCLI.run(["status", "--porcelain"], in: network.reports).output.isEmpty)

        // A journal that does not read is shown as the problem, in the frame.
        try Data("goals: [\n".utf8).write(to: journal)
        let broken = try network.get("/facilitator/preview/first-report/team-a/report.html", as: facilitator)
        #expect(broken.status == 422 && broken.body.contains("This report cannot be made"))
        // Teams and researchers reach no preview.
        let team = try network.signIn("team", "team-a")
        #expect(try network.get("/facilitator/preview/first-report/team-a", as: team).status == 404)
        #expect(try network.get("/facilitator/preview/first-report/team-a/changes?since=x", as: team).status == 404)
    }

    @Test(.enabled(if: Chromium.runs, "needs Chromium to print: 'make test' installs it"))
    func theFacilitatorMakesTheHandoutsFromThePage() async throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let facilitator = try network.signIn("facilitator", "Kari")
        let page = try network.get("/facilitator/handouts", as: facilitator)
        let token = try #require(page.hidden("form_token"))
        let commits = try network.commitCount()
        let started = try network.post("/facilitator/handouts/first-report", as: facilitator, [("form_token", token)])
        #expect(started.status == 303)
        var status = try network.get("/facilitator/handouts/first-report", as: facilitator)
        let deadline = Date().addingTimeInterval(120)
        while !status.body.contains("class=\"saved\"") && !status.body.contains("class=\"problem\""), Date() < deadline
        {
            #expect(status.body.contains("http-equiv=\"refresh\""))
            try await Task.sleep(for: .milliseconds(300))
            status = try network.get("/facilitator/handouts/first-report", as: facilitator)
        }
        #expect(status.body.contains("Done: 4 reports, 5 printed to PDF"), "\(status.body)")
        #expect(try network.commitCount() == commits + 1)
        // The commit is the facilitator's, who pressed the button.
        #expect(try GitCLI.run(["log", "-1", "--format=%an"], in: network.reports).output.hasPrefix("Kari"))
        // A team finds its printed report on its page.
        let teamSession = try network.signIn("team", "team-a")
        let teamPage = try network.get("/teams/team-a", as: teamSession)
        let teamPDF = try #require(teamPage.links.first { $0.hasSuffix("/first-report.pdf") })
        #expect(try network.get(teamPDF, as: teamSession).body.hasPrefix("%PDF"))
        let pdf = try network.get("/facilitator/files/team-a/first-report.pdf", as: facilitator)
        #expect(pdf.status == 200 && pdf.header("Content-Type") == "application/pdf" && pdf.body.hasPrefix("%PDF"))
        let index = try network.get("/facilitator/files/handouts/first-report/index.html", as: facilitator)
        #expect(index.status == 200 && index.body.contains("overview"))
        // Only the facilitator makes handouts or reads the repository's files.
        let team = try network.signIn("team", "team-a")
        #expect(try network.get("/facilitator/files/team-a/first-report.pdf", as: team).status == 404)
        let teamToken = try #require(try network.get("/teams/team-a", as: team).hidden("form_token"))
        #expect(
            try network.post("/facilitator/handouts/first-report", as: team, [("form_token", teamToken)]).status == 404)
    }
}

/// A team's preparation form on the web: its numbers checked and imported as `tavle import`
/// does, then recorded as the team's commit.
@Suite struct ServePreparationTests {
    static let form = """

        ```form forberedelse
        title: Before the next gathering
        intro: The share of residents screened last month, from the ward's list.
        period: period
        fields:
          - indicator: screening
            label: Share screened
            unit: "%"
            min: 0
            max: 100
            stored_as: share
        ```
        """

    @Test func aTeamSendsItsNumbersAndTheyAreCheckedImportedAndRecorded() throws {
        let network = try ServedNetwork()
        let notebook = network.workspace.appendingPathComponent("first-report.md")
        try Data((try String(contentsOf: notebook, encoding: .utf8) + Self.form).utf8).write(to: notebook)
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let home = try network.get("/teams/team-a", as: session)
        let path = try #require(home.links.first { $0.contains("/journal/preparation/") })
        #expect(path == "/teams/team-a/journal/preparation/first-report/forberedelse")
        let form = try network.get(path, as: session)
        #expect(form.status == 200 && form.body.contains("<label for=\"number-screening\">Share screened (%)</label>"))
        #expect(form.body.contains("value=\"2026-11\""))
        let data = network.workspace.appendingPathComponent("data/measurements.csv")
        let before = try String(contentsOf: data, encoding: .utf8), commits = try network.commitCount()
        func send(_ period: String, _ number: String) throws -> HTTPReply {
            try network.post(
                path, as: session,
                [
                    ("form_token", try #require(form.hidden("form_token"))), ("period", period),
                    ("number-screening", number),
                ])
        }
        // A month the data already has, a number out of range, a word: refused as import refuses them.
        let already = try send("2026-11", "85")
        #expect(already.status == 422, "\(already.body)")
        // In words about the form, not about a file the team never saw.
        #expect(!already.body.contains(".yaml") && !already.body.contains("/tmp"), "\(already.body)")
        let range = try send("2026-12", "185")
        #expect(range.status == 422 && range.body.contains("100"))
        // Beside its field, which says it is wrong, as every form of the site does.
        #expect(range.body.contains("<p class=\"problem\" id=\"number-screening-problem\">"), "\(range.body)")
        #expect(range.body.contains("aria-invalid=\"true\" aria-describedby=\"number-screening-problem"))
        #expect(range.body.contains("<a href=\"#number-screening\">"))
        let word = try send("2026-12", "many")
        #expect(word.status == 422)
        #expect(word.body.contains("id=\"number-screening-problem\""), "\(word.body)")
        #expect(try String(contentsOf: data, encoding: .utf8) == before)
        #expect(try network.commitCount() == commits)
        // Right: into the data as a share, and one commit by the team with what it sent.
        let saved = try send("2026-12", "85,5")
        #expect(saved.status == 303, "\(saved.body)")
        let after = try String(contentsOf: data, encoding: .utf8)
        #expect(after.contains("team-a,screening,2026-12,") && after.contains("0.855"))
        #expect(try network.commitCount() == commits + 1)
        let log = try GitCLI.run(["log", "-1", "--format=%an|%s"], in: network.reports).output
        #expect(log.hasPrefix("Care home, ward A|Preparation form of team-a: forberedelse for 2026-12"))
        let record = try GitCLI.run(["show", "HEAD:team-a/forms/forberedelse/2026-12.yaml"], in: network.reports).output
        #expect(record.contains("period: 2026-12") && record.contains("screening: \"85,5\""))
        #expect(try network.tavle("verify").status == 0)
        // The trace says who sent the number and when, before any report shows it.
        let trace = try network.tavle("trace", "--format", "json")
        let events = try JSONSerialization.jsonObject(with: Data(trace.stdout.utf8)) as? [[String: Any]] ?? []
        let sent = events.filter { $0["field"] as? String == "sent" }
        #expect(sent.count == 1, "\(trace.stdout.suffix(800))")
        #expect(sent.first?["id"] as? String == "screening/2026-12")
        #expect(sent.first?["new"] as? String == "85,5")
        #expect(sent.first?["author"] as? String == "Care home, ward A")
        #expect(sent.first?["entity"] as? String == "measurement" && sent.first?["team"] as? String == "team-a")
        // Another team's form is not this team's to send.
        #expect(
            try network.get("/teams/team-b/journal/preparation/first-report/forberedelse", as: session).status == 404)
    }
}
