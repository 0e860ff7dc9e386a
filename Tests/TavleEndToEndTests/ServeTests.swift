import Foundation
import Testing

/// `tavle serve` through its socket, as browsers and people use it: sign-in links, a team's
/// pages, journal changes as commits, and everything it must refuse.
@Suite struct ServeTests {
    let goalForm = "/teams/team-a/journal/goals/fewer-falls"

    func goalFields(_ page: HTTPReply, target: String, reason: String, due: String = "2027-06-30") -> [(String, String)]
    {
        [
            ("form_token", page.hidden("form_token") ?? ""), ("version", page.hidden("version") ?? ""),
            ("statement", "Fewer falls among the residents"), ("target", target), ("due", due), ("reason", reason),
        ]
    }

    @Test func aTeamSignsInChangesItsTargetWithAReasonAndSeesTheCommit() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let link = try network.link("team", "team-a")
        // The link's page says whom it signs in, and signs no one in by itself.
        let opened = try HTTP.get(port: network.port, link)
        #expect(opened.status == 200)
        #expect(opened.body.contains("This link signs you in to Serve test as the team Care home, ward A."))
        #expect(opened.sessionCookie == nil)
        #expect(!opened.body.contains(String(link.dropFirst("/signin/".count))))
        // Its button: the session, and on to the team's page.
        let reply = try HTTP.signIn(port: network.port, link: link)
        #expect(reply.status == 303)
        #expect(reply.header("Location") == "/teams/team-a")
        let cookie = try #require(
            reply.headers.first { $0.name.lowercased() == "set-cookie" && $0.value.hasPrefix("tavle_session=") }?.value)
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
        let session = try #require(reply.sessionCookie)

        let home = try network.get("/teams/team-a", as: session)
        #expect(home.status == 200)
        #expect(home.body.contains("first-report"))
        // The network's figures: the team's value beside the median of the four teams.
        let figures = try network.get("/teams/team-a/network", as: session)
        #expect(figures.status == 200 && figures.body.contains("The network&#39;s median") == false)
        #expect(figures.body.contains("<th>The network's median</th>") && figures.body.contains("<td>4</td>"))
        #expect(home.header("Content-Security-Policy")?.contains("default-src 'none'") == true)

        let commits = try network.commitCount()
        let before = try network.journal("team-a")
        let form = try network.get(goalForm, as: session)
        #expect(form.status == 200)
        #expect(form.body.contains("<label for=\"target\">"))
        // Without a reason: the journal's own rule, beside the reason field; nothing written.
        let refused = try network.post(goalForm, as: session, goalFields(form, target: "3", reason: ""))
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"reason-problem\""))
        #expect(refused.body.contains("changed its target from 4 to 3"))
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a") == before)

        let saved = try network.post(goalForm, as: session, goalFields(form, target: "3", reason: "Night lights work."))
        #expect(saved.status == 303)
        #expect(saved.header("Location")?.hasPrefix("/teams/team-a?saved=") == true)
        #expect(try network.commitCount() == commits + 1)
        let journal = try network.journal("team-a")
        #expect(journal.contains("    target: 3                         # the goal"))
        #expect(journal.contains("reason: Night lights work."))
        let log = try GitCLI.run(["log", "-1", "--format=%an|%ae|%B"], in: network.reports).output
        #expect(log.hasPrefix("Care home, ward A|team-a@team.tavle.invalid|Journal of team-a: goal fewer-falls"))
        #expect(log.contains("Form: goal"))
        // The committed journal copy is the file, and history shows the change with its author.
        #expect(try GitCLI.run(["show", "HEAD:team-a/journal.yaml"], in: network.reports).output == journal)
        let history = try network.tavle("history", "goals", "--team", "team-a")
        #expect(history.stdout.contains("Care home, ward A"))
        #expect(history.stdout.contains("Night lights work."))
        let page = try network.get("/teams/team-a?saved=abc1234", as: session)
        #expect(page.body.contains("Night lights") == false)
        #expect(page.body.contains("a goal changed"))
        #expect(try network.tavle("verify").status == 0)
        #expect(try GitCLI.run(["fsck", "--strict"], in: network.reports).status == 0)
    }

    @Test func aStaleFormIsAConflictWithBothVersionsAndOverwritesNothing() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let first = try network.signIn("team", "team-a"), second = try network.signIn("team", "team-a")
        let formOfFirst = try network.get(goalForm, as: first), formOfSecond = try network.get(goalForm, as: second)
        #expect(formOfFirst.hidden("version") == formOfSecond.hidden("version"))
        #expect(
            try network.post(goalForm, as: first, goalFields(formOfFirst, target: "3", reason: "First.")).status == 303)
        let commits = try network.commitCount()
        let conflict = try network.post(goalForm, as: second, goalFields(formOfSecond, target: "5", reason: "Second."))
        #expect(conflict.status == 409)
        #expect(conflict.body.contains("reason: First."))  // what the other change did
        #expect(conflict.hidden("target") == "5" && conflict.textArea("reason") == "Second.")  // this one, kept
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a").contains("First.") && !network.journal("team-a").contains("Second."))
        // The form on the conflict page carries the new version: sent again, it is saved on top.
        let again = try network.post(goalForm, as: second, goalFields(conflict, target: "5", reason: "Second."))
        #expect(again.status == 303)
        let journal = try network.journal("team-a")
        #expect(journal.contains("First.") && journal.contains("Second."))
    }

    @Test func anEditByHandAfterTheFormOpenedIsAConflictToo() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let form = try network.get(goalForm, as: session)
        let path = network.workspace.appendingPathComponent("journals/team-a.yaml")
        let edited = try network.journal("team-a") + "# The facilitator was here.\n"
        try Data(edited.utf8).write(to: path)
        let commits = try network.commitCount()
        let conflict = try network.post(goalForm, as: session, goalFields(form, target: "3", reason: "Ours."))
        #expect(conflict.status == 409)
        #expect(try network.journal("team-a") == edited)
        #expect(try network.commitCount() == commits)
        // Sent again from the conflict page: the hand edit is committed first, in a commit of
        // its own that is not the team's, and the team's commit holds only the team's change.
        let again = try network.post(goalForm, as: session, goalFields(conflict, target: "3", reason: "Ours."))
        #expect(again.status == 303)
        #expect(try network.commitCount() == commits + 2)
        let log = try GitCLI.run(["log", "-2", "--format=%an|%s"], in: network.reports).output
        #expect(log.hasPrefix("Care home, ward A|Journal of team-a: goal fewer-falls"))
        #expect(
            log.contains("Journal of team-a: changed in its file") && !log.contains("ward A|Journal of team-a: changed")
        )
        let teamsDiff = try GitCLI.run(["show", "HEAD", "--", "team-a/journal.yaml"], in: network.reports).output
        #expect(!teamsDiff.contains("The facilitator was here."))
        let handDiff = try GitCLI.run(["show", "HEAD~1", "--", "team-a/journal.yaml"], in: network.reports).output
        #expect(handDiff.contains("+# The facilitator was here."))
    }

    /// A hand edit that changes a goal's target without a reason cannot be recorded: a form on
    /// another part of the journal is refused with that problem at the top and a line saying the
    /// file must be mended, not with a field of its own marked; nothing is written.
    @Test func aHandEditThatCannotBeRecordedStopsEveryFormWithWhy() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let form = try network.get("/teams/team-a/journal/decision", as: session)
        let path = network.workspace.appendingPathComponent("journals/team-a.yaml")
        let edited = try network.journal("team-a").replacingOccurrences(
            of: "    target: 4 ", with: "    target: 2 ")
        #expect(edited != (try network.journal("team-a")))
        try Data(edited.utf8).write(to: path)
        let commits = try network.commitCount()
        let refused = try network.post(
            "/teams/team-a/journal/decision", as: session,
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(form.hidden("version"))),
                ("date", "2026-11-02"), ("what", "Night lights in room 4."), ("why", ""),
            ])
        // The form's version is older than the file: first a conflict, then, sent again, the refusal.
        let again = try network.post(
            "/teams/team-a/journal/decision", as: session,
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(refused.hidden("version"))), ("date", "2026-11-02"),
                ("what", "Night lights in room 4."), ("why", ""),
            ])
        #expect(again.status == 422)
        #expect(again.body.contains("changed its target from 4 to 2"), "\(again.body.prefix(1200))")
        #expect(again.body.contains("the journal file was changed by hand in a way tavle cannot record"))
        #expect(!again.body.contains("see the field marked below"))
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a") == edited)
        // Nor does the goal's form go through with a reason for another change: it would carry
        // the hand edit under the team's name and reason.
        let goal = try network.get(goalForm, as: session)
        let explained = try network.post(
            goalForm, as: session,
            [
                ("form_token", try #require(goal.hidden("form_token"))),
                ("version", try #require(goal.hidden("version"))),
                ("statement", try #require(goal.textArea("statement"))), ("target", "2"),
                ("due", "2028-01-31"), ("reason", "We need more time."),
            ])
        #expect(explained.status == 422)
        #expect(explained.body.contains("the journal file was changed by hand in a way tavle cannot record"))
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a") == edited)
    }

    /// Every address the facilitator can reach, crawled, then asked for as a team: its own
    /// pages open, every other team's is refused with nothing of that team in the answer.
    @Test func aTeamReachesExactlyItsOwnPages() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let facilitator = try network.signIn("facilitator", "Kari")
        var queue = ["/facilitator"], seen = Set<String>()
        while let next = queue.popLast(), seen.count < 400 {
            guard seen.insert(next).inserted else { continue }
            let page = try network.get(next, as: facilitator)
            #expect(page.status == 200, "\(next) as the facilitator")
            for link in page.links where !seen.contains(link) && !link.hasSuffix(".css") && !link.hasSuffix(".js") {
                queue.append(link)
            }
        }
        #expect(seen.contains("/teams/team-b/journal/goals/fewer-falls"))
        #expect(seen.contains { $0.hasPrefix("/teams/team-c/reports/") })
        #expect(seen.contains("/research/trace.csv"))

        let team = try network.signIn("team", "team-a")
        let others = ["team-b": "Care home, ward B", "team-c": "Home care, north", "team-d": "Short-stay ward"]
        for path in seen.sorted() {
            let reply = try network.get(path, as: team)
            if path.hasPrefix("/teams/team-a/") || path == "/teams/team-a" {
                #expect(reply.status == 200, "\(path) as team-a")
            } else {
                #expect(reply.status == 404, "\(path) as team-a")
            }
            for (id, name) in others {
                #expect(!reply.body.contains(id) && !reply.body.contains(name), "\(path) as team-a names \(id)")
            }
        }
        // Nor may it write another team's journal with its own form token.
        let token = try #require(try network.get("/teams/team-a", as: team).hidden("form_token"))
        let commits = try network.commitCount()
        let reply = try network.post(
            "/teams/team-b/journal/decision", as: team,
            [("form_token", token), ("version", "x"), ("date", "2026-12-01"), ("what", "Not ours.")])
        #expect(reply.status == 404)
        #expect(try network.commitCount() == commits)
    }

    @Test func aResearcherReadsTheTraceAndEditsNothing() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let researcher = try network.signIn("researcher", "Ola Forsker")
        let trace = try network.get("/research/trace.csv", as: researcher)
        #expect(trace.status == 200)
        #expect(trace.header("Content-Type")?.hasPrefix("text/csv") == true)
        #expect(trace.body.hasPrefix(try network.tavle("trace", "--format", "csv").stdout.prefix(40)))
        let json = try network.get("/research/trace.json", as: researcher)
        #expect(json.status == 200 && json.body.hasPrefix("["))
        #expect(try network.get("/teams/team-c/history", as: researcher).status == 200)
        let page = try network.get("/teams/team-a", as: researcher)
        #expect(!page.body.contains("/journal/"))
        let token = try #require(page.hidden("form_token"))
        let commits = try network.commitCount()
        let reply = try network.post(
            "/teams/team-a/journal/decision", as: researcher,
            [("form_token", token), ("version", "x"), ("date", "2026-12-01"), ("what", "Not ours.")])
        #expect(reply.status == 403)
        #expect(try network.commitCount() == commits)
        #expect(try network.get(goalForm, as: researcher).status == 404)
    }

    @Test func aFormWithoutItsTokenIsRefusedAndCommitsNothing() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let form = try network.get(goalForm, as: session)
        let commits = try network.commitCount(), before = try network.journal("team-a")
        var fields = goalFields(form, target: "3", reason: "No token.")
        fields.removeFirst()
        #expect(try network.post(goalForm, as: session, fields).status == 403)
        // Another session's token is no better.
        let other = try network.signIn("team", "team-a")
        fields.insert(("form_token", try network.get(goalForm, as: other).hidden("form_token")!), at: 0)
        #expect(try network.post(goalForm, as: session, fields).status == 403)
        // Nor is a form sent with no session at all.
        #expect(try network.post(goalForm, as: nil, goalFields(form, target: "3", reason: "x")).status == 401)
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a") == before)
    }

    /// Two people change the same goal: the second is shown the conflict with a form that keeps
    /// what they changed (the due date) and takes the rest from the journal as it is now (the
    /// first person's target), so that sending it again undoes nothing of the first change.
    @Test func aFormSentAgainAfterAConflictUndoesNoOnesChange() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let first = try network.signIn("team", "team-a"), second = try network.signIn("team", "team-a")
        let firstForm = try network.get(goalForm, as: first), secondForm = try network.get(goalForm, as: second)
        let statement = try #require(secondForm.textArea("statement"))
        let due = try #require(secondForm.hidden("due"))
        #expect(secondForm.hidden("target") == "4")
        #expect(
            try network.post(
                goalForm, as: first,
                [
                    ("form_token", try #require(firstForm.hidden("form_token"))),
                    ("version", try #require(firstForm.hidden("version"))), ("statement", statement),
                    ("target", "3"), ("due", due), ("reason", "Night lights work."),
                ]
            ).status == 303)

        // The second sends its form, opened before: a new due date, the old target untouched.
        let conflict = try network.post(
            goalForm, as: second,
            [
                ("form_token", try #require(secondForm.hidden("form_token"))),
                ("version", try #require(secondForm.hidden("version"))), ("statement", statement), ("target", "4"),
                ("due", "2027-12-31"), ("reason", "The summer is short-staffed."),
            ])
        #expect(conflict.status == 409)
        #expect(conflict.hidden("target") == "3", "the form shown again puts back the first person's target")
        // The page shows what the other change did, and says the form is merged (a diff of the
        // typed values against the journal now would look as if the target went back).
        #expect(conflict.body.contains("What the other change did"))
        #expect(!conflict.body.contains("What your change does to the journal as it is now"))
        #expect(conflict.body.contains("The form keeps what you changed"))
        #expect(conflict.hidden("due") == "2027-12-31")
        #expect(conflict.textArea("reason") == "The summer is short-staffed.")
        // Sent again as shown: the due date changes, and the target stays the first person's.
        let sentAgain = try network.post(
            goalForm, as: second,
            [
                ("form_token", try #require(conflict.hidden("form_token"))),
                ("version", try #require(conflict.hidden("version"))),
                ("statement", try #require(conflict.textArea("statement"))),
                ("target", try #require(conflict.hidden("target"))), ("due", try #require(conflict.hidden("due"))),
                ("reason", try #require(conflict.textArea("reason"))),
            ])
        #expect(sentAgain.status == 303, "\(sentAgain.body.prefix(400))")
        let journal = try network.journal("team-a")
        #expect(journal.contains("    target: 3 ") && journal.contains("due: 2027-12-31"))
        let subject = try GitCLI.run(["log", "-1", "--format=%s"], in: network.reports).output
        #expect(subject.contains("due") && !subject.contains("target"), "\(subject)")
    }

    /// A form opened on a hand edit not yet recorded (so not in the report repository), then
    /// a second hand edit: the form shown again still keeps the second edit's due date, which
    /// the person did not touch.
    @Test func aFormOpenedOnAnUnrecordedHandEditIsMergedToo() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let path = network.workspace.appendingPathComponent("journals/team-a.yaml")
        try Data((try network.journal("team-a") + "# First hand edit.\n").utf8).write(to: path)
        let form = try network.get(goalForm, as: session)
        let due = try #require(form.hidden("due"))
        try Data(try network.journal("team-a").replacingOccurrences(of: "due: \(due)", with: "due: 2028-01-31").utf8)
            .write(to: path)
        #expect(try network.journal("team-a").contains("due: 2028-01-31"))
        let conflict = try network.post(
            goalForm, as: session,
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(form.hidden("version"))),
                ("statement", try #require(form.textArea("statement"))), ("target", "3"), ("due", due),
                ("reason", "Night lights work."),
            ])
        #expect(conflict.status == 409)
        #expect(
            conflict.hidden("target") == "3" && conflict.hidden("due") == "2028-01-31", "\(conflict.body.prefix(600))")
    }

    /// A decision is found by its place: one taken out above it meanwhile moves it, and the
    /// form shown again after the conflict is the moved decision's, so the change lands on it.
    @Test func aDecisionMovedMeanwhileIsStillTheOneChanged() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let first = try network.signIn("team", "team-a"), second = try network.signIn("team", "team-a")
        for what in ["Night lights in room 4.", "Falls are reviewed on Mondays."] {
            let add = try network.get("/teams/team-a/journal/decision", as: first)
            #expect(
                try network.post(
                    "/teams/team-a/journal/decision", as: first,
                    [
                        ("form_token", try #require(add.hidden("form_token"))),
                        ("version", try #require(add.hidden("version"))), ("date", "2026-11-02"), ("what", what),
                        ("why", ""),
                    ]
                ).status == 303)
        }
        let opened = try network.get("/teams/team-a/journal/decision/2", as: second)
        #expect(opened.body.contains("Falls are reviewed on Mondays."))
        let removeForm = try network.get("/teams/team-a/journal/decision/1", as: first)
        #expect(
            try network.post(
                "/teams/team-a/journal/decision/1/remove", as: first,
                [
                    ("form_token", try #require(removeForm.hidden("form_token"))),
                    ("version", try #require(removeForm.hidden("version"))), ("confirm", "yes"),
                ]
            ).status == 303)
        let conflict = try network.post(
            "/teams/team-a/journal/decision/2", as: second,
            [
                ("form_token", try #require(opened.hidden("form_token"))),
                ("version", try #require(opened.hidden("version"))), ("date", "2026-11-02"),
                ("what", "Falls are reviewed on Mondays."), ("why", "The night shift asked for it."),
            ])
        #expect(conflict.status == 409)
        #expect(conflict.body.contains("action=\"/teams/team-a/journal/decision/1\""), "\(conflict.body.prefix(800))")
        let again = try network.post(
            "/teams/team-a/journal/decision/1", as: second,
            [
                ("form_token", try #require(conflict.hidden("form_token"))),
                ("version", try #require(conflict.hidden("version"))), ("date", try #require(conflict.hidden("date"))),
                ("what", try #require(conflict.textArea("what"))), ("why", try #require(conflict.textArea("why"))),
            ])
        #expect(again.status == 303, "\(again.body.prefix(600))")
        let journal = try network.journal("team-a")
        #expect(journal.contains("why: The night shift asked for it.") && !journal.contains("room 4"))
    }

    /// A goal set aside by one person while another has its form open: the second form is a
    /// conflict that shows what was typed, nothing written, nothing lost.
    @Test func aFormOfAGoalSetAsideMeanwhileKeepsWhatWasTyped() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let first = try network.signIn("team", "team-a"), second = try network.signIn("team", "team-a")
        let firstForm = try network.get(goalForm, as: first), secondForm = try network.get(goalForm, as: second)
        #expect(
            try network.post(
                goalForm + "/set-aside", as: first,
                [
                    ("form_token", try #require(firstForm.hidden("form_token"))),
                    ("version", try #require(firstForm.hidden("version"))), ("set_aside_reason", "Reached."),
                ]
            ).status == 303)
        let commits = try network.commitCount()
        let late = try network.post(
            goalForm, as: second, goalFields(secondForm, target: "3", reason: "Night <b>lights</b> work."))
        #expect(late.status == 409)
        #expect(late.body.contains("Night &lt;b&gt;lights&lt;/b&gt; work."), "\(late.body.prefix(900))")
        #expect(try network.commitCount() == commits)
        // Without a form opened earlier, a goal that is not there is simply not found.
        #expect(try network.post(goalForm, as: second, goalFields(late, target: "3", reason: "x")).status == 404)
    }

    @Test func aRevokedLinkNoLongerSignsInAndItsSessionsEnd() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let link = try network.link("team", "team-b")
        let signedIn = try HTTP.signIn(port: network.port, link: link)
        let session = try #require(signedIn.sessionCookie)
        // A page of the link opened before it was revoked signs no one in after.
        let opened = try HTTP.get(port: network.port, link)
        #expect(try network.get("/teams/team-b", as: session).status == 200)
        let revoked = try network.tavle("access", "revoke", "team-b")
        #expect(revoked.status == 0)
        #expect(revoked.stdout.contains("Revoked"))
        #expect(try network.get("/teams/team-b", as: session).status == 401)
        #expect(try HTTP.get(port: network.port, link).status == 403)
        let late = try HTTP.post(
            port: network.port, "/signin", session: nil, fields: [("token", try #require(opened.hidden("token")))],
            cookies: ["tavle_signin=\(try #require(opened.cookie("tavle_signin")))"],
            headers: ["Sec-Fetch-Site: same-origin"])
        #expect(late.status == 403 && late.sessionCookie == nil)
        let listed = try network.tavle("access", "list")
        #expect(listed.stdout.contains("revoked"))
        // The secret is in no file of the workspace or the repository, nor in the log.
        let secret = String(link.dropFirst("/signin/".count))
        let grep = try Program.run(["grep", "-rF", secret, network.workspace.path])
        #expect(grep.status == 1, "the secret is written in \(grep.output)")
        let stopped = network.stop()
        #expect(!stopped.log.contains(secret) && stopped.log.contains("/signin/…"))
        // An unknown id is an error with a hint.
        let unknown = try network.tavle("access", "revoke", "team-x")
        #expect(unknown.status != 0 && unknown.stderr.contains("team-x"))
    }

    @Test func failedSignInsAreLimited() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        for attempt in 0..<10 {
            #expect(try HTTP.get(port: network.port, "/signin/guess\(attempt)").status == 403)
        }
        let limited = try HTTP.get(port: network.port, "/signin/guess11")
        #expect(limited.status == 429)
        #expect(Int(limited.header("Retry-After") ?? "") ?? 0 > 0)
        // A link in use still signs in: guessing from elsewhere cannot lock the network's people out.
        #expect(try HTTP.signIn(port: network.port, link: try network.link("team", "team-a")).status == 303)
        #expect(try HTTP.get(port: network.port, "/signin/guess12").status == 429)
    }

    /// Login CSRF: another site cannot sign a visitor in under its own link. The button's
    /// form needs the token of the page this browser opened and that page's cookie, and a
    /// browser's form from another site is refused on its word alone.
    @Test func noOneIsSignedInUnderALinkOpenedElsewhere() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let link = try network.link("team", "team-c")
        // The attacker opens their own link and hands the token to a visitor's browser, which
        // has no such cookie (or one of its own page).
        let attackers = try HTTP.get(port: network.port, link)
        let token = try #require(attackers.hidden("token"))
        let withoutCookie = try HTTP.post(
            port: network.port, "/signin", session: nil, fields: [("token", token)],
            headers: ["Sec-Fetch-Site: same-origin"])
        #expect(withoutCookie.status == 403 && withoutCookie.sessionCookie == nil)
        #expect(withoutCookie.body.contains("Sign in from your link"))
        let visitors = try HTTP.get(port: network.port, try network.link("team", "team-a"))
        let mixed = try HTTP.post(
            port: network.port, "/signin", session: nil, fields: [("token", token)],
            cookies: ["tavle_signin=\(try #require(visitors.cookie("tavle_signin")))"],
            headers: ["Sec-Fetch-Site: same-origin"])
        #expect(mixed.status == 403 && mixed.sessionCookie == nil)
        // A form a browser says came from another site is refused, token and cookie or not.
        let fresh = try HTTP.get(port: network.port, link)
        let crossSite = try HTTP.post(
            port: network.port, "/signin", session: nil, fields: [("token", try #require(fresh.hidden("token")))],
            cookies: ["tavle_signin=\(try #require(fresh.cookie("tavle_signin")))"],
            headers: ["Sec-Fetch-Site: cross-site"])
        #expect(crossSite.status == 403 && crossSite.sessionCookie == nil)
        // A token is used once.
        let page = try HTTP.get(port: network.port, link)
        let fields = [("token", try #require(page.hidden("token")))]
        let cookies = ["tavle_signin=\(try #require(page.cookie("tavle_signin")))"]
        let first = try HTTP.post(
            port: network.port, "/signin", session: nil, fields: fields, cookies: cookies,
            headers: ["Sec-Fetch-Site: same-origin"])
        #expect(first.status == 303 && first.sessionCookie != nil)
        let again = try HTTP.post(
            port: network.port, "/signin", session: nil, fields: fields, cookies: cookies,
            headers: ["Sec-Fetch-Site: same-origin"])
        #expect(again.status == 403 && again.sessionCookie == nil)
    }

    /// Bad requests of every kind: each refused with a page that says why, nothing written.
    @Test func badRequestsAreRefusedAndWriteNothing() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let form = try network.get(goalForm, as: session)
        let token = try #require(form.hidden("form_token")), version = try #require(form.hidden("version"))
        let commits = try network.commitCount(), before = try network.journal("team-a")

        for path in [
            "/teams/team-a/..%2Fteam-b", "/teams/team-a/%2e%2e/team-b", "/teams/team-a/../team-b", "/teams/%2Fetc",
            "/teams/team-a/reports/..%5C..%5Cjournal.yaml",
        ] {
            let reply = try network.get(path, as: session)
            #expect(reply.status == 400, "\(path)")
            #expect(reply.body.contains("does not accept"), "\(path)")
        }
        for path in [
            "/teams/no-such-team", "/teams/team-a/reports/0000000000000000000000000000000000000000/first-report.html",
            "/teams/team-a/reports/zz/first-report.html", "/teams/team-a/journal/goals/no-such-goal", "/nothing",
        ] {
            #expect(try network.get(path, as: session).status == 404, "\(path)")
        }
        let big = String(repeating: "a", count: 70_000)
        #expect(
            try HTTP.post(port: network.port, goalForm, session: session, body: "form_token=\(token)&reason=\(big)")
                .status == 413)
        #expect(
            try HTTP.post(port: network.port, goalForm, session: session, body: "", contentLength: 10_000_000).status
                == 413)
        #expect(try HTTP.post(port: network.port, goalForm, session: session, body: "form_token=%zz").status == 400)
        #expect(
            try HTTP.post(
                port: network.port, goalForm, session: session, body: "form_token=\(token)&form_token=\(token)"
            )
            .status == 400)
        let unknown = try network.post(
            goalForm, as: session, [("form_token", token), ("version", version), ("target", "3"), ("admin", "1")])
        #expect(unknown.status == 400 && unknown.body.contains("admin"))
        var chunked =
            "POST \(goalForm) HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: tavle_session=\(session)\r\n"
        chunked += "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        #expect(try HTTP.send(port: network.port, Data(chunked.utf8)).status == 411)
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a") == before)

        // HTML in every text field is kept as text and shown as text.
        let hostile = "<script>alert('x')</script><b>bold</b>"
        let entryForm = try network.get("/teams/team-a/journal/decision", as: session)
        let saved = try network.post(
            "/teams/team-a/journal/decision", as: session,
            [
                ("form_token", token), ("version", try #require(entryForm.hidden("version"))), ("date", "2026-12-01"),
                ("what", hostile), ("why", hostile),
            ])
        #expect(saved.status == 303)
        let page = try network.get("/teams/team-a", as: session)
        #expect(!page.body.contains("<script>alert"))
        #expect(page.body.contains("&lt;script&gt;alert('x')&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;"))
        let statement = try network.post(
            goalForm, as: session,
            [
                ("form_token", token),
                ("version", try #require(try network.get(goalForm, as: session).hidden("version"))),
                ("statement", hostile), ("target", "4"), ("due", "2027-06-30"), ("reason", hostile),
            ])
        #expect(statement.status == 303)
        let history = try network.get("/teams/team-a/history", as: session)
        #expect(!history.body.contains("<script>alert") && history.body.contains("&lt;script&gt;"))
        let goals = try network.get("/teams/team-a/goals/page.html", as: session)
        #expect(goals.status == 200 && !goals.body.contains("<script>alert"))
        #expect(goals.header("Content-Security-Policy")?.contains("script-src") == false)
    }

    @Test func aBadValueIsShownBesideItsFieldInTheWordsOfTheCommandLine() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let form = try network.get(goalForm, as: session)
        let reply = try network.post(goalForm, as: session, goalFields(form, target: "four", reason: "Because."))
        #expect(reply.status == 422)
        #expect(reply.body.contains("id=\"target-problem\""))
        #expect(
            reply.body.contains("should be a number or a percentage such as &#39;80 %&#39;")
                || reply.body.contains("should be a number"))
        let date = try network.post(
            goalForm, as: session, goalFields(form, target: "4", reason: "x", due: "30.06.2027"))
        #expect(date.status == 422 && date.body.contains("id=\"due-problem\""))
        let cycle = try network.post(
            "/teams/team-a/journal/pdsa", as: session,
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(form.hidden("version"))),
                ("id", "night lights"), ("title", "Night lights"), ("goal", "fewer-falls"), ("plan", "Four rooms."),
                ("started", "2026-11-01"),
            ])
        #expect(cycle.status == 422 || cycle.status == 303)
    }

    /// The check the form's script asks for as the team types: what sending would meet, and the
    /// SMART parts the goal lacks, without writing anything.
    @Test func theGoalFormsCheckSaysWhatSendingWouldMeetAndWritesNothing() throws {
        let network = try ServedNetwork()
        let path = network.workspace.appendingPathComponent("journals/team-a.yaml")
        // A goal without a due date lacks a SMART part: the form says so before anything is typed.
        let journal = try network.journal("team-a")
        try Data(journal.replacingOccurrences(of: "    due: 2027-06-30", with: "").utf8).write(to: path)
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let form = try network.get(goalForm, as: session)
        #expect(form.body.contains("id=\"goal-check\""))
        #expect(form.body.contains("by when"), "\(form.body)")
        #expect(form.body.contains("<script src=\"/check.js\">"))
        let commits = try network.commitCount(), before = try network.journal("team-a")
        func check(_ target: String, reason: String) throws -> HTTPReply {
            try network.post(
                goalForm + "/check", as: session, goalFields(form, target: target, reason: reason, due: ""))
        }
        let noReason = try check("3", reason: "")
        #expect(noReason.status == 200 && noReason.body.contains("changed its target from 4 to 3"))
        let notANumber = try check("four", reason: "x")
        #expect(notANumber.body.contains("should be a number"))
        let withReason = try check("3", reason: "Because.")
        #expect(!withReason.body.contains("changed its target"))
        #expect(withReason.body.contains("by when"))
        // Without the token the check is refused like any form.
        var fields = goalFields(form, target: "3", reason: "")
        fields.removeFirst()
        #expect(try network.post(goalForm + "/check", as: session, fields).status == 403)
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a") == before)
        let script = try network.get("/check.js", as: nil)
        #expect(script.status == 200 && script.body.contains("textContent"))
    }

    /// A decision saved can be changed later, by its place in the list; a stale form is a conflict.
    @Test func aDecisionIsAddedAndChangedLater() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let add = try network.get("/teams/team-a/journal/decision", as: session)
        let token = try #require(add.hidden("form_token"))
        #expect(
            try network.post(
                "/teams/team-a/journal/decision", as: session,
                [
                    ("form_token", token), ("version", try #require(add.hidden("version"))), ("date", "2026-11-02"),
                    ("what", "Night lights in room 4."), ("why", ""),
                ]
            ).status == 303)
        let page = try network.get("/teams/team-a", as: session)
        #expect(page.links.contains("/teams/team-a/journal/decision/1"))
        let form = try network.get("/teams/team-a/journal/decision/1", as: session)
        #expect(form.body.contains("Night lights in room 4."))
        let commits = try network.commitCount()
        let changed = try network.post(
            "/teams/team-a/journal/decision/1", as: session,
            [
                ("form_token", token), ("version", try #require(form.hidden("version"))), ("date", "2026-11-02"),
                ("what", "Night lights in every room."), ("why", "Room 4 had no falls at night."),
            ])
        #expect(changed.status == 303)
        #expect(try network.commitCount() == commits + 1)
        let journal = try network.journal("team-a")
        #expect(
            journal.contains("what: Night lights in every room.")
                && journal.contains("why: Room 4 had no falls at night."))
        #expect(!journal.contains("room 4."))
        // The same form sent again is based on the version before: a conflict, nothing written.
        let stale = try network.post(
            "/teams/team-a/journal/decision/1", as: session,
            [
                ("form_token", token), ("version", try #require(form.hidden("version"))), ("date", "2026-11-02"),
                ("what", "Something else."), ("why", ""),
            ])
        #expect(stale.status == 409)
        #expect(try network.journal("team-a") == journal)
        #expect(try network.get("/teams/team-a/journal/decision/9", as: session).status == 404)
        // Removed: only with the box ticked; the commit history keeps what it was.
        let current = try network.get("/teams/team-a/journal/decision/1", as: session)
        let version = try #require(current.hidden("version"))
        let unticked = try network.post(
            "/teams/team-a/journal/decision/1/remove", as: session, [("form_token", token), ("version", version)])
        #expect(unticked.status == 422)
        #expect(try network.journal("team-a") == journal)
        let removed = try network.post(
            "/teams/team-a/journal/decision/1/remove", as: session,
            [("form_token", token), ("version", version), ("confirm", "yes")])
        #expect(removed.status == 303)
        let after = try network.journal("team-a")
        #expect(!after.contains("Night lights in every room.") && after.contains("decisions: []"))
        // The journal still reads, as tavle check reads it.
        #expect(try network.tavle("check", "first-report.md").status == 0)
        let log = try GitCLI.run(["log", "-1", "--format=%s"], in: network.reports).output
        #expect(log.hasPrefix("Journal of team-a: decision 1 removed"))
        #expect(try network.get("/teams/team-a/journal/decision/1", as: session).status == 404)
    }

    /// A goal set aside on the web: only with a reason (the problem beside its field, nothing
    /// written); then out of the goals, among those set aside with the day and the reason, its
    /// PDSA cycle still its own, and the next run's goal guard content.
    @Test func aGoalIsSetAsideWithAReason() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let add = try network.get("/teams/team-a/journal/pdsa", as: session)
        let token = try #require(add.hidden("form_token"))
        let cycle = try network.post(
            "/teams/team-a/journal/pdsa", as: session,
            [
                ("form_token", token), ("version", try #require(add.hidden("version"))), ("id", "night-lights"),
                ("title", "Night lights"), ("goal", "fewer-falls"), ("plan", "Four rooms."), ("started", "2026-11-01"),
            ])
        #expect(cycle.status == 303)
        let form = try network.get(goalForm, as: session)
        #expect(form.body.contains("action=\"/teams/team-a/journal/goals/fewer-falls/set-aside\""))
        let version = try #require(form.hidden("version"))
        let commits = try network.commitCount()
        let journal = try network.journal("team-a")

        let without = try network.post(
            goalForm + "/set-aside", as: session,
            [("form_token", token), ("version", version), ("set_aside_reason", "  \r\n ")])
        #expect(without.status == 422)
        #expect(without.body.contains("id=\"set_aside_reason-problem\""))
        #expect(without.body.contains("the goal 'fewer-falls' is set aside without a reason"))
        #expect(try network.commitCount() == commits)
        #expect(try network.journal("team-a") == journal)

        let saved = try network.post(
            goalForm + "/set-aside", as: session,
            [
                ("form_token", token), ("version", version),
                ("set_aside_reason", "Reached in October; the ward now works on pressure ulcers."),
            ])
        #expect(saved.status == 303)
        #expect(try network.commitCount() == commits + 1)
        let after = try network.journal("team-a")
        #expect(after.contains("retired_goals:\n  - id: fewer-falls\n    date: "))
        #expect(after.contains("reason: Reached in October; the ward now works on pressure ulcers."))
        #expect(after.contains("goal: fewer-falls"))  // the cycle keeps its goal
        #expect(!after.contains("statement: Fewer falls"))
        #expect(try network.get(goalForm, as: session).status == 404)
        let page = try network.get("/teams/team-a", as: session)
        #expect(page.body.contains("<h3>Goals set aside</h3>"))
        #expect(page.body.contains("Reached in October; the ward now works on pressure ulcers."))
        let log = try GitCLI.run(["log", "-1", "--format=%an|%s%n%b"], in: network.reports).output
        #expect(log.hasPrefix("Care home, ward A|Journal of team-a: goal fewer-falls set aside"))
        #expect(log.contains("Form: goal-set-aside"))
        // The cycle's form still offers its goal, so sending it again keeps it.
        let cycleForm = try network.get("/teams/team-a/journal/pdsa/night-lights", as: session)
        #expect(cycleForm.body.contains("<option value=\"fewer-falls\" selected>"))
        // The next run's goal guard finds the reason; the goal's history shows it set aside.
        let run = try network.tavle("run", "first-report.md", "--team", "team-a")
        #expect(run.status == 0, "\(run.stderr)")
        let history = try network.tavle("history", "goals", "--team", "team-a")
        #expect(history.stdout.contains("Reached in October"), "\(history.stdout)")
    }

    /// An indicator's words and a change of its definition, which the next report's chart marks.
    @Test func anIndicatorIsChangedWithAChangeOfDefinition() throws {
        let network = try ServedNetwork()
        try network.start()
        defer { network.stop() }
        let session = try network.signIn("team", "team-a")
        let page = try network.get("/teams/team-a", as: session)
        #expect(page.links.contains("/teams/team-a/journal/indicators/fall"))
        let form = try network.get("/teams/team-a/journal/indicators/fall", as: session)
        #expect(form.body.contains("<label for=\"definition\">"))
        let commits = try network.commitCount()
        let saved = try network.post(
            "/teams/team-a/journal/indicators/fall", as: session,
            [
                ("form_token", try #require(form.hidden("form_token"))),
                ("version", try #require(form.hidden("version"))),
                ("name", "Falls per 1000 resident days"), ("kind", "result"),
                ("definition", "Recorded falls divided by resident days, times 1000."),
                (
                    "caveats",
                    "Depends on falls being reported; more reported falls may mean a better reporting culture."
                ),
                ("change", "Falls are now reported in the electronic system."), ("change_date", "2026-10-01"),
            ])
        #expect(saved.status == 303, "\(saved.body.prefix(800))")
        #expect(try network.commitCount() == commits + 1)
        let journal = try network.journal("team-a")
        #expect(journal.contains("name: Falls per 1000 resident days"))
        #expect(
            journal.contains(
                "    changes:\n      - date: 2026-10-01\n        change: Falls are now reported in the electronic system."
            ))
        let run = try network.tavle("run", "first-report.md", "--team", "team-a")
        #expect(run.status == 0, "\(run.stderr)")
        let report = try String(
            contentsOf: network.reports.appendingPathComponent("team-a/first-report.md"), encoding: .utf8)
        #expect(
            report.contains(
                "the indicator is measured a new way from October 2026 (Falls are now reported in the electronic system)"
            ))
    }

    /// `tavle access` and `tavle serve` with what a facilitator mistypes: each refused with a
    /// message (and the nearest team id), a non-zero exit, and no sign-in list written.
    @Test func mistypedAccessCommandsAreRefusedAndWriteNothing() throws {
        let network = try ServedNetwork()
        let list = network.workspace.appendingPathComponent(".tavle-access.json")
        let typo = try network.tavle("access", "add", "--team", "team-aa")
        #expect(typo.status != 0 && typo.stderr.contains("team-aa") && typo.stderr.contains("team-a"))
        for arguments in [
            ["access", "add", "--team", "team-a", "--facilitator", "Kari"],
            ["access", "add"],
            ["access", "add", "--facilitator", "Kari <kari@example.org>"],
            ["access", "add", "--facilitator", "  "],
            ["access", "add", "--team", "team-a", "--url", "ftp://tavle.example.org"],
            ["serve", "--port", "70000"],
        ] {
            let result = try Tavle.run(arguments, in: network.workspace)
            #expect(result.status != 0 && !result.stderr.isEmpty, "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: list.path))
        // A list that does not read is an error at its place, not an empty list.
        try Data("{ not json".utf8).write(to: list)
        let broken = try network.tavle("access", "list")
        #expect(broken.status != 0 && broken.stderr.contains(".tavle-access.json:1:1"), "\(broken.stderr)")
        #expect(try String(contentsOf: list, encoding: .utf8) == "{ not json")
    }

    @Test func sigtermStopsTheServerCleanly() throws {
        let network = try ServedNetwork()
        let started = Date()
        try network.start()
        #expect(Date().timeIntervalSince(started) < 5)
        let session = try network.signIn("team", "team-a")
        let form = try network.get(goalForm, as: session)
        #expect(
            try network.post(goalForm, as: session, goalFields(form, target: "3", reason: "Before stopping.")).status
                == 303)
        let stopped = network.stop()
        #expect(stopped.status == 0)
        #expect(stopped.output.contains("stopped"))
        #expect(try GitCLI.run(["status", "--porcelain"], in: network.reports).output.isEmpty)
        #expect(try GitCLI.run(["fsck", "--strict"], in: network.reports).status == 0)
    }

    /// 25 teams, each sending two changes one after the other, all teams at once: 50 commits,
    /// every change in its journal, the repository sound.
    @Test func fiftyChangesFromTwentyFiveTeamsAtOnceAreAllKept() async throws {
        let network = try ServedNetwork(teams: 25)
        try network.start()
        defer { network.stop() }
        let commits = try network.commitCount()
        var sessions: [String: String] = [:]
        for team in network.teams { sessions[team] = try network.signIn("team", team) }
        let port = network.port
        try await withThrowingTaskGroup(of: Void.self) { group in
            for team in network.teams {
                let session = sessions[team]!
                group.addTask {
                    for number in 1...2 {
                        let form = try HTTP.get(port: port, "/teams/\(team)/journal/decision", session: session)
                        let reply = try HTTP.post(
                            port: port, "/teams/\(team)/journal/decision", session: session,
                            fields: [
                                ("form_token", form.hidden("form_token") ?? ""),
                                ("version", form.hidden("version") ?? ""),
                                ("date", "2026-12-01"), ("what", "Decision \(number) of \(team)"),
                            ])
                        guard reply.status == 303 else { throw HTTP.Failure("\(team) \(number): \(reply.status)") }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try network.commitCount() == commits + 50)
        for team in network.teams {
            let journal = try network.journal(team)
            #expect(journal.contains("Decision 1 of \(team)") && journal.contains("Decision 2 of \(team)"))
        }
        #expect(try GitCLI.run(["fsck", "--strict"], in: network.reports).status == 0)
        #expect(try GitCLI.run(["status", "--porcelain"], in: network.reports).output.isEmpty)
    }

    /// The server stopped dead at each step of a change's commit: the repository is at the
    /// old commit or the new one, and the next change is saved as usual.
    @Test(arguments: ["before-commit", "after-branch", "mid-install", "before-index-agrees"])
    func aServerKilledDuringAChangeLeavesTheOldCommitOrTheNew(point: String) throws {
        let network = try ServedNetwork()
        try network.start(environment: ["TAVLE_TEST_ABORT": point])
        let session = try network.signIn("team", "team-a")
        let old = try network.head()
        let form = try network.get(goalForm, as: session)
        _ = try? network.post(goalForm, as: session, goalFields(form, target: "3", reason: "Killed."))
        let stopped = network.stop()
        #expect(stopped.status == 75, "the server did not stop at \(point)")
        let head = try network.head()
        let parent = try GitCLI.run(["rev-parse", "HEAD~1"], in: network.reports).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(head == old || parent == old, "\(point): HEAD is neither the old commit nor one after it")
        #expect(try GitCLI.run(["fsck", "--strict"], in: network.reports).status == 0)
        // Started again, the server finishes or forgets the change, and the next one is saved.
        try network.start()
        defer { network.stop() }
        let again = try network.signIn("team", "team-a")
        let fresh = try network.get(goalForm, as: again)
        let reply = try network.post(goalForm, as: again, goalFields(fresh, target: "2", reason: "After the restart."))
        #expect(reply.status == 303, "\(point): \(reply.body.prefix(600))")
        #expect(try GitCLI.run(["status", "--porcelain"], in: network.reports).output.isEmpty)
        // The change the server died on is in the history, as the team's, not as a hand edit.
        let log = try GitCLI.run(["log", "--format=%an|%s", "\(old)..HEAD"], in: network.reports).output
        #expect(log.contains("Care home, ward A|Journal of team-a: goal fewer-falls: target 4 → 3"), "\(point): \(log)")
        #expect(!log.contains("changed in its file"), "\(point): \(log)")
        #expect(try network.tavle("verify").status == 0)
    }
}
