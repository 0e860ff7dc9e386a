import Foundation
import TavleArchive
import TavleAudit
import TavleEdit
import TavleGit
import TavleHistory
import TavleModel
import TavleRun

/// The pages of `tavle serve`, as node trees (see `Node`): they only arrange what the site
/// hands them, in the network's language.
enum Pages {
    static let styleSheet = """
        body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem; line-height: 1.45; color: #1d1d1f; }
        header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1px solid #ccc; margin-bottom: 1rem; gap: 1rem; flex-wrap: wrap; }
        header form { display: inline; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
        label { display: block; font-weight: 600; margin-top: .8rem; }
        input[type=text], input[type=date], textarea, select { width: 100%; box-sizing: border-box; font: inherit; padding: .35rem; }
        textarea { min-height: 5rem; }
        .problem { color: #a40000; font-weight: 600; margin: .2rem 0; }
        .hint { color: #555; margin: .2rem 0; }
        .saved { background: #e8f5e9; padding: .5rem; border-left: 4px solid #2e7d32; }
        .banner { background: #fff4e5; padding: .5rem; border-left: 4px solid #e65100; }
        button { font: inherit; padding: .4rem 1rem; margin-top: 1rem; }
        pre { white-space: pre-wrap; background: #f6f6f6; padding: .5rem; overflow-x: auto; }
        code { font-size: .95em; }
        .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        iframe.preview { width: 100%; height: 80vh; border: 1px solid #ccc; }
        .diff del { background: #fdecea; color: #8a1f11; text-decoration: line-through; display: block; }
        .diff ins { background: #e8f5e9; color: #1b5e20; text-decoration: none; display: block; }
        progress { width: 100%; }
        :focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
        """

    /// - Parameter refresh: seconds after which the browser asks for the page again (a job's
    ///   progress), without a script.
    static func layout(
        _ site: Site, title: Phrase, session: Session?, refresh: Int? = nil,
        @NodeBuilder content: () -> [Node]
    ) -> String {
        let title = site.t(title)
        let network = site.workspace.name ?? "Tavle"
        return Node.el("html", attr("lang", site.language.rawValue)) {
            Node.el("head") {
                Node.void("meta", attr("charset", "utf-8"))
                Node.void("meta", attr("name", "viewport"), attr("content", "width=device-width, initial-scale=1"))
                if let refresh { Node.void("meta", attr("http-equiv", "refresh"), attr("content", String(refresh))) }
                Node.el("title") { "\(title) – \(network)" }
                Node.void("link", attr("rel", "stylesheet"), attr("href", "/style.css"))
            }
            Node.el("body") {
                Node.el("header") {
                    Node.el("strong") { network }
                    if let session {
                        Node.el("span") {
                            site.t(Phrase("Signed in as \(site.displayName(of: session))")) + " "
                            Node.el("form", attr("method", "post"), attr("action", "/signout")) {
                                tokenField(session)
                                Node.el("button", attr("type", "submit")) { site.t(Phrase("Sign out")) }
                            }
                        }
                    }
                }
                Node.el("main") {
                    Node.el("h1") { title }
                    content()
                }
            }
        }.document()
    }

    static func decisionWord(_ decision: PDSADecision) -> Phrase {
        switch decision {
        case .adopt: return Phrase("adopt", context: "PDSA decision")
        case .adapt: return Phrase("adapt", context: "PDSA decision")
        case .abandon: return Phrase("abandon", context: "PDSA decision")
        }
    }

    static func tokenField(_ session: Session) -> Node {
        Node.void("input", attr("type", "hidden"), attr("name", "form_token"), attr("value", session.formToken))
    }

    static func message(_ site: Site, title: Phrase, text: Phrase, session: Session?) -> String {
        layout(site, title: title, session: session) {
            Node.el("p") { site.t(text) }
            if let session {
                Node.el("p") {
                    Node.el("a", attr("href", site.home(of: session))) { site.t(Phrase("Back to the start page")) }
                }
            }
        }
    }

    /// Signed in: the page goes on to the person's start page by itself (and has the link).
    /// What a sign-in link opens: who it signs in as, and the button that does it.
    static func signIn(_ site: Site, as name: String, role: AccessRole, token: String) -> String {
        let network = site.workspace.name ?? "Tavle"
        let who: Phrase
        switch role {
        case .team: who = Phrase("This link signs you in to \(network) as the team \(name).")
        case .facilitator: who = Phrase("This link signs you in to \(network) as \(name), facilitator.")
        case .researcher: who = Phrase("This link signs you in to \(network) as \(name), researcher (reading only).")
        }
        return layout(site, title: Phrase("Sign in"), session: nil) {
            Node.el("p") { site.t(who) }
            Node.el("form", attr("method", "post"), attr("action", "/signin")) {
                Node.void("input", attr("type", "hidden"), attr("name", "token"), attr("value", token))
                Node.el("button", attr("type", "submit"), flag("autofocus")) { site.t(Phrase("Sign in")) }
            }
            Node.el("p", attr("class", "hint")) {
                site.t(
                    Phrase(
                        "Keep the link to yourselves: anyone who has it can sign in with it. If it is not yours, close this page."
                    ))
            }
        }
    }

    static func welcome(_ site: Site) -> String {
        message(
            site, title: Phrase("Sign in"),
            text: Phrase("Open the sign-in link your facilitator gave you. Each team has its own link."), session: nil)
    }

    static func date(_ time: Int64, _ offset: Int) -> String {
        String(Timestamp.iso8601(time, offsetMinutes: offset).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    // MARK: A team

    static func team(_ site: Site, team: Team, session: Session, saved: String?) throws(Diagnostic) -> String {
        let snapshot = try site.index.snapshot()
        let folder = ReportLayout.teamFolder(team.key)
        let reports = (snapshot.reports[folder] ?? []).reversed()
        let changes = (snapshot.journalChanges[team.key] ?? []).reversed()
        let current = site.currentJournal(team)
        let base = "/teams/\(segment(team.key))"
        return layout(site, title: Phrase(verbatim: team.name), session: session) {
            if let saved, saved.allSatisfy({ $0.isHexDigit }) {
                Node.el("p", attr("class", "saved"), attr("role", "status")) {
                    site.t(Phrase("Saved: your change is commit \(saved) in the report repository."))
                }
            }
            Node.el("nav") {
                Node.el("ul") {
                    Node.el("li") {
                        Node.el("a", attr("href", base + "/goals")) {
                            site.t(Phrase("Goal history, with the run charts"))
                        }
                    }
                    Node.el("li") {
                        Node.el("a", attr("href", base + "/history")) {
                            site.t(Phrase("Everything recorded: goals, PDSA cycles, decisions, measurements"))
                        }
                    }
                    Node.el("li") {
                        Node.el("a", attr("href", base + "/network")) {
                            site.t(Phrase("The network's figures, without names"))
                        }
                    }
                    Node.el("li") {
                        Node.el("a", attr("href", base + "/changes")) {
                            site.t(Phrase("What changed since the last gathering"))
                        }
                    }
                }
            }
            Node.el("h2") { site.t(Phrase("Reports")) }
            if reports.isEmpty {
                Node.el("p") { site.t(Phrase("No report has been made for this team yet.")) }
            } else {
                Node.el("table") {
                    Node.el("tr") {
                        Node.el("th") { site.t(Phrase("Gathering")) }
                        Node.el("th") { site.t(Phrase("Report")) }
                        Node.el("th") { site.t(Phrase("Made")) }
                        Node.el("th") { site.t(Phrase("Commit")) }
                    }
                    for report in reports {
                        Node.el("tr") {
                            Node.el("td") { report.gathering.map(String.init) ?? "–" }
                            Node.el("td") {
                                Node.el(
                                    "a", attr("href", "\(base)/reports/\(report.commit.hex)/\(report.notebook).html")
                                ) {
                                    report.notebook
                                }
                                if report.printed {
                                    " · "
                                    Node.el(
                                        "a", attr("href", "\(base)/reports/\(report.commit.hex)/\(report.notebook).pdf")
                                    ) { "PDF" }
                                }
                            }
                            Node.el("td") { date(report.time, report.timeZoneOffset) }
                            Node.el("td") { Node.el("code") { report.commit.short } }
                        }
                    }
                }
            }
            Node.el("h2") { site.t(Phrase("Journal")) }
            if let problem = current.problem {
                Node.el("div", attr("class", "problem"), attr("role", "alert")) {
                    Node.el("p") {
                        site.t(
                            Phrase(
                                "The journal file does not read, so it cannot be changed here until it is mended. Ask your facilitator; this is what tavle found:"
                            ))
                    }
                    Node.el("pre") { problem.text(in: site.language) }
                }
            }
            if let journal = current.journal {
                Node.el("h3") { site.t(Phrase("Goals")) }
                if journal.goals.isEmpty { Node.el("p") { site.t(Phrase("No goals yet.")) } }
                Node.el("ul") {
                    for goal in journal.goals {
                        Node.el("li") {
                            Node.el("strong") { goal.statement }
                            " "
                            if site.mayEdit(team.key, session) {
                                Node.el("a", attr("href", "\(base)/journal/goals/\(segment(goal.id))")) {
                                    site.t(Phrase("Change the goal"))
                                }
                            }
                        }
                    }
                }
                if !journal.retiredGoals.isEmpty {
                    Node.el("h3") { site.t(Phrase("Goals set aside")) }
                    Node.el("ul") {
                        for retired in journal.retiredGoals {
                            Node.el("li") {
                                Node.el("strong") { retired.id }
                                " · \(retired.date) · " + retired.reason
                            }
                        }
                    }
                }
                Node.el("h3") { site.t(Phrase("Indicators")) }
                if journal.indicators.isEmpty { Node.el("p") { site.t(Phrase("None yet.")) } }
                Node.el("ul") {
                    for indicator in journal.indicators {
                        Node.el("li") {
                            (indicator.name ?? indicator.id) + " (" + site.t(kindWord(indicator.kind)) + ")"
                            if site.mayEdit(team.key, session) {
                                " "
                                Node.el("a", attr("href", "\(base)/journal/indicators/\(segment(indicator.id))")) {
                                    site.t(Phrase("Change the indicator"))
                                }
                            }
                        }
                    }
                }
                Node.el("h3") { site.t(Phrase("PDSA cycles")) }
                if journal.cycles.isEmpty { Node.el("p") { site.t(Phrase("None yet.")) } }
                Node.el("ul") {
                    for cycle in journal.cycles {
                        Node.el("li") {
                            cycle.title
                            if let decision = cycle.decision {
                                " (" + site.t(Phrase("Decision", context: "PDSA field")) + ": "
                                    + site.t(Self.decisionWord(decision)) + ")"
                            }
                            if site.mayEdit(team.key, session) {
                                " "
                                Node.el("a", attr("href", "\(base)/journal/pdsa/\(cycle.id)")) {
                                    site.t(Phrase("Change the cycle"))
                                }
                            }
                        }
                    }
                }
                Node.el("h3") { site.t(Phrase("Decisions")) }
                if journal.decisions.isEmpty { Node.el("p") { site.t(Phrase("None yet.")) } }
                Node.el("ul") {
                    for (position, decision) in journal.decisions.enumerated() {
                        Node.el("li") {
                            "\(decision.date): \(decision.what)"
                            if site.mayEdit(team.key, session) {
                                " "
                                Node.el("a", attr("href", "\(base)/journal/decision/\(position + 1)")) {
                                    site.t(Phrase("Change the decision"))
                                }
                            }
                        }
                    }
                }
                if site.mayEdit(team.key, session) {
                    Node.el("p") {
                        Node.el("a", attr("href", "\(base)/journal/pdsa")) { site.t(Phrase("Add a PDSA cycle")) }
                        " · "
                        Node.el("a", attr("href", "\(base)/journal/decision")) { site.t(Phrase("Add a decision")) }
                        for prepared in site.preparationForms() {
                            " · "
                            Node.el(
                                "a",
                                attr(
                                    "href",
                                    "\(base)/journal/preparation/\(segment(prepared.entry.notebook.id))/\(segment(prepared.form.id))"
                                )
                            ) { prepared.form.title ?? prepared.form.id }
                        }
                        if let next = site.nextGathering()?.notebook {
                            " · "
                            Node.el("a", attr("href", "\(base)/journal/answers")) {
                                site.t(Phrase("Answer the questions for gathering \(next.gathering ?? 0)"))
                            }
                        }
                    }
                }
            } else if current.problem == nil {
                Node.el("p") { site.t(Phrase("This team has no journal yet.")) }
            }
            if !changes.isEmpty {
                Node.el("h2") { site.t(Phrase("Changes made here")) }
                Node.el("table") {
                    for change in changes {
                        Node.el("tr") {
                            Node.el("td") { date(change.time, change.timeZoneOffset) }
                            Node.el("td") { change.author }
                            Node.el("td") { site.t(formWord(change.form)) }
                            Node.el("td") { Node.el("code") { change.commit.short } }
                        }
                    }
                }
            }
        }
    }

    static func history(
        _ site: Site, team: Team, events: [LedgerEvent], session: Session, since: (gathering: Int, time: Int64)?
    ) -> String {
        let title =
            since.map { Phrase("\(team.name): changes since gathering \($0.gathering)") }
            ?? Phrase("\(team.name): history")
        // One block per commit, newest first, each line as `tavle history` writes it.
        var blocks: [(first: LedgerEvent, lines: String)] = []
        for event in events {
            let line = ReportHistory.lines(for: event, indent: "", language: site.language)
            if let last = blocks.last, last.first.commit == event.commit {
                blocks[blocks.count - 1].lines += line
            } else {
                blocks.append((event, line))
            }
        }
        return layout(site, title: title, session: session) {
            Node.el("p") {
                Node.el("a", attr("href", "/teams/\(segment(team.key))")) { site.t(Phrase("Back to the team's page")) }
            }
            if blocks.isEmpty {
                Node.el("p") { site.t(Phrase("Nothing recorded.")) }
            }
            for block in blocks.reversed() {
                let event = block.first
                Node.el("section") {
                    Node.el("h2") {
                        date(event.time, event.timeZoneOffset) + " · " + event.author
                        if let gathering = event.gathering {
                            " · " + site.t(Phrase("Gathering")) + " " + gathering
                        }
                        " · "
                        Node.el("code") { String(event.commit.prefix(7)) }
                    }
                    Node.el("pre") { block.lines }
                }
            }
        }
    }

    static func goalsFrame(_ site: Site, team: Team, session: Session) -> String {
        layout(site, title: Phrase("\(team.name): goal history"), session: session) {
            Node.el("p") {
                Node.el("a", attr("href", "/teams/\(segment(team.key))")) { site.t(Phrase("Back to the team's page")) }
            }
            Node.el(
                "iframe", attr("title", site.t(Phrase("Goal history, with the run charts"))),
                attr("src", "/teams/\(segment(team.key))/goals/page.html"), attr("class", "preview")
            ) {}
        }
    }

    static func network(
        _ site: Site, team: Team, figures: (notebook: String, figures: [NetworkFigure])?, session: Session
    ) -> String {
        func shown(_ value: Double?, _ unit: String?) -> String {
            guard let value else { return "–" }
            return unit == "%"
                ? site.t(Phrase.number(value * 100, decimals: 1)) + " %" : site.t(Phrase.number(value, decimals: 1))
        }
        return layout(site, title: Phrase("\(team.name): the network's figures"), session: session) {
            Node.el("p") {
                Node.el("a", attr("href", "/teams/\(segment(team.key))")) { site.t(Phrase("Back to the team's page")) }
            }
            Node.el("p") {
                site.t(
                    Phrase(
                        "Your value beside the network's, in the same month, from what every team's report showed. No team is named; values from small counts are left out, and a figure of fewer than three teams is not shown."
                    ))
            }
            if let figures, !figures.figures.isEmpty {
                Node.el("table") {
                    Node.el("tr") {
                        Node.el("th") { site.t(Phrase("Chart")) }
                        Node.el("th") { site.t(Phrase("Month")) }
                        Node.el("th") { site.t(Phrase("Yours")) }
                        Node.el("th") { site.t(Phrase("The network's median")) }
                        Node.el("th") { site.t(Phrase("The middle half of the teams")) }
                        Node.el("th") { site.t(Phrase("Teams")) }
                    }
                    for figure in figures.figures {
                        Node.el("tr") {
                            Node.el("td") { figure.title }
                            Node.el("td") { figure.period }
                            Node.el("td") { shown(figure.own, figure.unit) }
                            if figure.median != nil {
                                Node.el("td") { shown(figure.median, figure.unit) }
                                Node.el("td") {
                                    shown(figure.lowerQuartile, figure.unit) + " – "
                                        + shown(figure.upperQuartile, figure.unit)
                                }
                            } else {
                                Node.el("td", attr("colspan", "2")) { site.t(Phrase("too few teams to show")) }
                            }
                            Node.el("td") { String(figure.teams) }
                        }
                    }
                }
            } else {
                Node.el("p") { site.t(Phrase("No report has been made for this team yet.")) }
            }
        }
    }

    /// What a change made on the web was, in a word or two.
    static func formWord(_ form: String) -> Phrase {
        switch form {
        case "goal": return Phrase("a goal changed")
        case "goal-set-aside": return Phrase("a goal set aside")
        case "indicator": return Phrase("an indicator changed")
        case "preparation": return Phrase("preparation-form numbers sent")
        case "pdsa": return Phrase("a PDSA cycle")
        case "decision": return Phrase("a decision added")
        case "answers": return Phrase("answers to the gathering's questions")
        case "file": return Phrase("the journal file changed by hand")
        default: return Phrase(verbatim: form)
        }
    }

    // MARK: Forms

    /// A field with its label, its problem (if any) beside it, and its input.
    static func field(
        _ site: Site, name: StaticString, label: Phrase, value: String, problem: FormProblem?, multiline: Bool = false,
        type: String = "text", hint: Phrase? = nil
    ) -> Node {
        let id = name.description
        let wrong = problem?.field == id
        let describedBy = wrong ? id + "-problem" : (hint != nil ? id + "-hint" : nil)
        return Node.el("div") {
            Node.el("label", attr("for", id)) { site.t(label) }
            if wrong, let problem {
                Node.el("p", attr("class", "problem"), attr("id", id + "-problem")) {
                    site.t(problem.diagnostic.phrase)
                }
            } else if let hint {
                Node.el("p", attr("class", "hint"), attr("id", id + "-hint")) { site.t(hint) }
            }
            if multiline {
                Node.el(
                    "textarea",
                    attributes: [
                        attr("id", id), attr("name", id), describedBy.map { attr("aria-describedby", $0) },
                        wrong ? attr("aria-invalid", "true") : nil, flag("autofocus", wrong),
                    ]
                ) { value }
            } else {
                Node.void(
                    "input",
                    attributes: [
                        attr("type", type), attr("id", id), attr("name", id), attr("value", value),
                        describedBy.map { attr("aria-describedby", $0) }, wrong ? attr("aria-invalid", "true") : nil,
                        flag("autofocus", wrong),
                    ])
            }
        }
    }

    /// Above the form: a problem that belongs to no one field in full, or, for one beside its
    /// field, a line that says so and leads there (a screen reader hears it first).
    static func formProblem(_ site: Site, _ problem: FormProblem?) -> Node {
        guard let problem else { return .empty }
        return Node.el("div", attr("class", "problem"), attr("role", "alert")) {
            if let field = problem.field {
                Node.el("p") {
                    Node.el("a", attr("href", "#\(field)")) {
                        site.t(Phrase("The form was not saved: see the field marked below."))
                    }
                }
            } else {
                Node.el("p") { site.t(Phrase("The form was not saved:")) + " " + site.t(problem.diagnostic.phrase) }
                if let hint = problem.diagnostic.hintPhrase { Node.el("p") { site.t(hint) } }
                if let location = problem.diagnostic.location {
                    Node.el("p", attr("class", "hint")) { location.description }
                }
            }
        }
    }

    /// The journal reader's warnings about one goal (the SMART parts it lacks).
    static func goalRemarks(_ warnings: [Diagnostic], goal: String) -> [Diagnostic] {
        warnings.filter { $0.phrase.text(in: .en).contains("'\(goal)'") }
    }

    static func goalForm(
        _ site: Site, team: Team, goal: Goal, values: GoalFormValues, version: String, problem: FormProblem?,
        session: Session
    ) -> Node {
        let remarks = goalRemarks(site.currentJournal(team).warnings, goal: goal.id)
        return Node.el(
            "form", attr("method", "post"),
            attr("action", "/teams/\(segment(team.key))/journal/goals/\(segment(goal.id))"),
            attr("id", "goal-form")
        ) {
            tokenField(session)
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            formProblem(site, problem)
            // The SMART check: the journal's warnings about this goal now, and, with the script,
            // what sending the form would meet, as the team types.
            Node.el("div", attr("id", "goal-check"), attr("class", "hint"), attr("aria-live", "polite")) {
                Node.el("ul") {
                    for remark in remarks {
                        Node.el("li") {
                            site.t(remark.phrase)
                            if let hint = remark.hintPhrase { " (" + site.t(hint) + ")" }
                        }
                    }
                }
            }
            field(
                site, name: "statement", label: Phrase("The goal, in one sentence"), value: values.statement,
                problem: problem, multiline: true)
            field(
                site, name: "target", label: Phrase("Target", context: "goal field"), value: values.target,
                problem: problem,
                hint: Phrase("A number, or a share such as 80 %."))
            field(site, name: "due", label: Phrase("Due date"), value: values.due, problem: problem, type: "date")
            field(
                site, name: "reason", label: Phrase("Why the goal changes"), value: values.reason, problem: problem,
                multiline: true,
                hint: Phrase("Required when the goal's sentence, target or due date changes: the history keeps it."))
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Save the change")) }
            Node.el("script", attr("src", "/check.js")) {}
        }
    }

    /// A form of its own under the goal's: the goal leaves `goals:` for `retired_goals:`, with
    /// the day and the reason the team gives (required, as the goal guard requires it).
    static func setAsideForm(
        _ site: Site, team: Team, goal: Goal, reason: String, version: String, problem: FormProblem?,
        session: Session
    ) -> Node {
        Node.el(
            "form", attr("method", "post"),
            attr("action", "/teams/\(segment(team.key))/journal/goals/\(segment(goal.id))/set-aside"),
            attr("class", "removal")
        ) {
            tokenField(session)
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            Node.el("h2") { site.t(Phrase("Set the goal aside")) }
            Node.el("p", attr("class", "hint")) {
                site.t(
                    Phrase(
                        "When the team no longer works toward this goal: reached, replaced or given up. It is listed among the goals set aside with today's date and your reason, and its history stays."
                    ))
            }
            formProblem(site, problem)
            field(
                site, name: "set_aside_reason", label: Phrase("Why the goal is set aside"), value: reason,
                problem: problem, multiline: true)
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Set the goal aside")) }
        }
    }

    static func cycleForm(
        _ site: Site, team: Team, cycle: PDSACycle, values: CycleFormValues, goals: [String], version: String,
        problem: FormProblem?, session: Session
    ) -> Node {
        let form = Node.el(
            "form", attr("method", "post"),
            attr("action", "/teams/\(segment(team.key))/journal/pdsa/\(segment(cycle.id))")
        ) {
            tokenField(session)
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            formProblem(site, problem)
            field(
                site, name: "title", label: Phrase("Title", context: "PDSA field"), value: values["title"],
                problem: problem)
            goalChoice(
                site, goals: goals, chosen: values["goal"],
                setAside: Set(site.currentJournal(team).journal?.retiredGoals.map(\.id) ?? []))
            field(site, name: "plan", label: Phrase("Plan"), value: values["plan"], problem: problem, multiline: true)
            field(
                site, name: "started", label: Phrase("Started", context: "PDSA field"), value: values["started"],
                problem: problem, type: "date")
            field(site, name: "do", label: Phrase("Do"), value: values["do"], problem: problem, multiline: true)
            field(
                site, name: "study", label: Phrase("Study"), value: values["study"], problem: problem, multiline: true)
            field(site, name: "act", label: Phrase("Act"), value: values["act"], problem: problem, multiline: true)
            field(
                site, name: "ended", label: Phrase("Ended", context: "PDSA field"), value: values["ended"],
                problem: problem, type: "date")
            Node.el("div") {
                Node.el("label", attr("for", "decision")) { site.t(Phrase("Decision", context: "PDSA field")) }
                if problem?.field == "decision", let problem {
                    Node.el("p", attr("class", "problem"), attr("id", "decision-problem")) {
                        site.t(problem.diagnostic.phrase)
                    }
                }
                Node.el("select", attr("id", "decision"), attr("name", "decision")) {
                    Node.el("option", attr("value", "")) { "–" }
                    Node.el(
                        "option", attributes: [attr("value", "adopt"), flag("selected", values["decision"] == "adopt")]
                    ) {
                        site.t(Phrase("adopt", context: "PDSA decision"))
                    }
                    Node.el(
                        "option", attributes: [attr("value", "adapt"), flag("selected", values["decision"] == "adapt")]
                    ) {
                        site.t(Phrase("adapt", context: "PDSA decision"))
                    }
                    Node.el(
                        "option",
                        attributes: [attr("value", "abandon"), flag("selected", values["decision"] == "abandon")]
                    ) {
                        site.t(Phrase("abandon", context: "PDSA decision"))
                    }
                }
            }
            field(
                site, name: "decided", label: Phrase("Decided", context: "PDSA field"), value: values["decided"],
                problem: problem, type: "date")
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Save")) }
        }
        let remove = removal(
            site, action: "/teams/\(segment(team.key))/journal/pdsa/\(segment(cycle.id))/remove", version: version,
            session: session)
        return Node(kind: .group([form, remove]))
    }

    static func indicatorForm(
        _ site: Site, team: Team, indicator: JournalIndicator, values: IndicatorFormValues, version: String,
        problem: FormProblem?, session: Session
    ) -> Node {
        Node.el(
            "form", attr("method", "post"),
            attr("action", "/teams/\(segment(team.key))/journal/indicators/\(segment(indicator.id))")
        ) {
            tokenField(session)
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            formProblem(site, problem)
            field(site, name: "name", label: Phrase("Name"), value: values["name"], problem: problem)
            Node.el("div") {
                Node.el("label", attr("for", "kind")) { site.t(Phrase("Kind of indicator")) }
                Node.el("select", attr("id", "kind"), attr("name", "kind")) {
                    for kind in IndicatorKind.allCases {
                        Node.el(
                            "option",
                            attributes: [
                                attr("value", kind.rawValue), flag("selected", values["kind"] == kind.rawValue),
                            ]
                        ) {
                            site.t(kindWord(kind))
                        }
                    }
                }
            }
            field(
                site, name: "definition", label: Phrase("Definition"), value: values["definition"], problem: problem,
                multiline: true)
            field(
                site, name: "caveats", label: Phrase("What the number cannot tell"), value: values["caveats"],
                problem: problem, multiline: true)
            Node.el("h2") { site.t(Phrase("A change of definition")) }
            if !indicator.changes.isEmpty {
                Node.el("ul") {
                    for change in indicator.changes { Node.el("li") { "\(change.date): \(change.change)" } }
                }
            }
            field(
                site, name: "change", label: Phrase("What changed in how it is measured"), value: values["change"],
                problem: problem, multiline: true,
                hint: Phrase("Charts mark the month, so that a jump from the change is not read as improvement."))
            field(
                site, name: "change_date", label: Phrase("When"), value: values["change_date"], problem: problem,
                type: "date")
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Save")) }
        }
    }

    static func kindWord(_ kind: IndicatorKind) -> Phrase {
        switch kind {
        case .result: return Phrase("result indicator")
        case .process: return Phrase("process indicator")
        case .balancing: return Phrase("balancing indicator")
        }
    }

    static func decisionForm(
        _ site: Site, team: Team, position: Int, values: DecisionFormValues, version: String, problem: FormProblem?,
        session: Session
    ) -> Node {
        let form = Node.el(
            "form", attr("method", "post"),
            attr("action", "/teams/\(segment(team.key))/journal/decision/\(position + 1)")
        ) {
            tokenField(session)
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            formProblem(site, problem)
            field(site, name: "date", label: Phrase("Date"), value: values.date, problem: problem, type: "date")
            field(
                site, name: "what", label: Phrase("What was decided"), value: values.what, problem: problem,
                multiline: true)
            field(site, name: "why", label: Phrase("Why"), value: values.why, problem: problem, multiline: true)
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Save")) }
        }
        return Node(
            kind: .group([
                form,
                removal(
                    site, action: "/teams/\(segment(team.key))/journal/decision/\(position + 1)/remove",
                    version: version,
                    session: session),
            ]))
    }

    /// A form of its own under an entry's form: a box to tick and a button that takes the
    /// entry out (its history stays in the report repository).
    static func removal(_ site: Site, action: String, version: String, session: Session) -> Node {
        Node.el("form", attr("method", "post"), attr("action", action), attr("class", "removal")) {
            tokenField(session)
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            Node.el("h2") { site.t(Phrase("Remove it")) }
            Node.el("p", attr("class", "hint")) {
                site.t(Phrase("For an entry written by mistake. The report repository keeps it in its history."))
            }
            Node.el("label") {
                Node.void(
                    "input", attr("type", "checkbox"), attr("name", "confirm"), attr("value", "yes"), flag("required"))
                " " + site.t(Phrase("Yes, remove it from the journal"))
            }
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Remove")) }
        }
    }

    /// - Parameter setAside: the journal's goals set aside (a cycle may still belong to one).
    static func goalChoice(_ site: Site, goals: [String], chosen: String?, setAside: Set<String> = []) -> Node {
        Node.el("div") {
            Node.el("label", attr("for", "goal")) { site.t(Phrase("The goal it serves")) }
            Node.el("select", attr("id", "goal"), attr("name", "goal")) {
                Node.el("option", attr("value", "")) { "–" }
                for goal in goals {
                    Node.el("option", attributes: [attr("value", goal), flag("selected", chosen == goal)]) { goal }
                }
                // A cycle of a goal set aside since keeps its goal when the form is sent again.
                if let chosen, !chosen.isEmpty, !goals.contains(chosen) {
                    Node.el("option", attr("value", chosen), flag("selected")) {
                        setAside.contains(chosen) ? site.t(Phrase("\(chosen) (set aside)")) : chosen
                    }
                }
            }
        }
    }

    static func entryForm(
        _ site: Site, team: Team, kind: EntryKind, values: FormFields, version: String, goals: [String],
        problem: FormProblem?, session: Session
    ) -> Node {
        let today = JournalDate.today().description
        return Node.el(
            "form", attr("method", "post"), attr("action", "/teams/\(segment(team.key))/journal/\(kind.rawValue)")
        ) {
            tokenField(session)
            Node.void("input", attr("type", "hidden"), attr("name", "version"), attr("value", version))
            formProblem(site, problem)
            switch kind {
            case .decision:
                field(
                    site, name: "date", label: Phrase("Date"), value: values["date"] ?? today, problem: problem,
                    type: "date")
                field(
                    site, name: "what", label: Phrase("What was decided"), value: values["what"] ?? "",
                    problem: problem, multiline: true)
                field(
                    site, name: "why", label: Phrase("Why"), value: values["why"] ?? "", problem: problem,
                    multiline: true)
            case .pdsa:
                field(
                    site, name: "id", label: Phrase("A short name for the cycle"), value: values["id"] ?? "",
                    problem: problem,
                    hint: Phrase("Letters, digits and dashes, without spaces."))
                field(site, name: "title", label: Phrase("Title"), value: values["title"] ?? "", problem: problem)
                Node.el("div") {
                    Node.el("label", attr("for", "goal")) { site.t(Phrase("The goal it serves")) }
                    Node.el("select", attr("id", "goal"), attr("name", "goal")) {
                        Node.el("option", attr("value", "")) { "–" }
                        for goal in goals {
                            Node.el(
                                "option", attributes: [attr("value", goal), flag("selected", values["goal"] == goal)]
                            ) { goal }
                        }
                    }
                }
                field(
                    site, name: "plan", label: Phrase("Plan"), value: values["plan"] ?? "", problem: problem,
                    multiline: true)
                field(
                    site, name: "started", label: Phrase("Started"), value: values["started"] ?? today,
                    problem: problem, type: "date")
            }
            Node.el("button", attr("type", "submit")) { site.t(Phrase("Save")) }
        }
    }

    static func formPage(_ site: Site, team: Team, title: Phrase, form: Node, session: Session) -> String {
        layout(site, title: title, session: session) {
            Node.el("p") {
                Node.el("a", attr("href", "/teams/\(segment(team.key))")) { site.t(Phrase("Back to the team's page")) }
            }
            form
        }
    }

    static func conflict(
        _ site: Site, team: Team, base: String?, current: JournalEditor.Current, proposed: String?, form: Node,
        session: Session
    ) -> String {
        layout(site, title: Phrase("Someone else changed the journal"), session: session) {
            Node.el("p") {
                Node.el("a", attr("href", "/teams/\(segment(team.key))")) { site.t(Phrase("Back to the team's page")) }
            }
            Node.el("p", attr("class", "banner"), attr("role", "alert")) {
                site.t(
                    Phrase(
                        "The journal was changed after you opened this form, so your change was not saved. Nothing is lost: compare the two versions below, then send the form again to save yours on top of theirs."
                    ))
            }
            if let base {
                Node.el("h2") { site.t(Phrase("What the other change did")) }
                diff(site, old: base, new: current.text)
            }
            if base == nil {
                // Without the version the form was opened on, the form below holds what was typed
                // as it was: this is what sending it again would do.
                Node.el("h2") { site.t(Phrase("What your change does to the journal as it is now")) }
                if let proposed {
                    diff(site, old: current.text, new: proposed)
                } else {
                    Node.el("p") { site.t(Phrase("(your change cannot be placed in the journal as it is now)")) }
                }
            }
            Node.el("h2") { site.t(Phrase("Your change")) }
            if base != nil {
                Node.el("p", attr("class", "hint")) {
                    site.t(
                        Phrase(
                            "The form keeps what you changed; every field you left as it was shows what the journal holds now. Check it, then send it again."
                        ))
                }
            }
            form
        }
    }

    /// The lines that differ, with two lines around each change; removed lines struck through
    /// (`del`) and added ones marked (`ins`), each also with its sign, for any reader.
    static func diff(_ site: Site, old: String, new: String) -> Node {
        let hunks = LineDiff.hunks(old: old, new: new)
        return Node.el("div", attr("class", "diff")) {
            if hunks.isEmpty { Node.el("p") { site.t(Phrase("No difference.")) } }
            for hunk in hunks {
                Node.el("pre") {
                    for line in hunk.lines {
                        switch line.kind {
                        case .same: Node.el("span") { "  " + line.text + "\n" }
                        case .removed: Node.el("del") { "− " + line.text + "\n" }
                        case .added: Node.el("ins") { "+ " + line.text + "\n" }
                        }
                    }
                }
            }
        }
    }

    // MARK: Facilitator and researchers

    static func facilitator(_ site: Site, session: Session) throws(Diagnostic) -> String {
        let table = try site.overviewTable()
        return layout(site, title: Phrase("The network's teams"), session: session) {
            Node.rendered(table)
            Node.el("ul") {
                Node.el("li") {
                    Node.el("a", attr("href", "/facilitator/preview")) { site.t(Phrase("Preview a report")) }
                }
                Node.el("li") { Node.el("a", attr("href", "/facilitator/handouts")) { site.t(Phrase("Handouts")) } }
                Node.el("li") {
                    Node.el("a", attr("href", "/research")) { site.t(Phrase("History and trace of every team")) }
                }
            }
        }
    }

    /// The overview's table of teams: the same for every facilitator until the branch, a
    /// journal or a notebook changes, so it is written once for each state of those.
    static func overviewTable(_ site: Site) throws(Diagnostic) -> Node {
        let snapshot = try site.index.snapshot()
        let since = snapshot.lastGatheringRun
        let next = site.nextGathering()?.notebook
        let prompts = Set(next.map { WorkspaceNotebooks.prompts(of: $0).map(\.id) } ?? [])
        return Node.group {
            if let since {
                Node.el("p") {
                    site.t(
                        Phrase(
                            "Changes since the reports of gathering \(since.gathering) (\(date(since.time, 0)) UTC)."))
                }
            }
            Node.el("table") {
                Node.el("tr") {
                    Node.el("th") { site.t(Phrase("Team")) }
                    Node.el("th") { site.t(Phrase("Journal changed on the web since then")) }
                    Node.el("th") { site.t(Phrase("Last change")) }
                    if let next {
                        Node.el("th") { site.t(Phrase("Answers for gathering \(next.gathering ?? 0)")) }
                    }
                }
                for team in site.teams {
                    let changes = snapshot.journalChanges[team.key] ?? []
                    let recent = changes.filter { since == nil || $0.time > since!.time }
                    Node.el("tr") {
                        Node.el("td") { Node.el("a", attr("href", "/teams/\(segment(team.key))")) { team.name } }
                        Node.el("td") {
                            recent.isEmpty ? site.t(Phrase("no")) : site.t(Phrase("yes (\(recent.count))"))
                        }
                        Node.el("td") {
                            changes.last.map {
                                date($0.time, $0.timeZoneOffset) + " · " + $0.author + " · " + site.t(formWord($0.form))
                            } ?? "–"
                        }
                        if let next {
                            let answered = Set(
                                (site.currentJournal(team).journal?.answers ?? []).filter {
                                    $0.gathering == next.gathering
                                }.map(\.prompt)
                            ).intersection(prompts).count
                            Node.el("td") { "\(answered) / \(prompts.count)" }
                        }
                    }
                }
            }
        }
    }

    static func research(_ site: Site, session: Session) -> String {
        layout(site, title: Phrase("History of the network"), session: session) {
            Node.el("p") {
                site.t(Phrase("Every change to goals, PDSA cycles, decisions, answers and measurements, one row each:"))
                    + " "
                Node.el("a", attr("href", "/research/trace.csv")) { "trace.csv" }
                " · "
                Node.el("a", attr("href", "/research/trace.json")) { "trace.json" }
            }
            Node.el("ul") {
                for team in site.teams {
                    Node.el("li") {
                        Node.el("a", attr("href", "/teams/\(segment(team.key))/history")) { team.name }
                        " · "
                        Node.el("a", attr("href", "/teams/\(segment(team.key))/goals")) {
                            site.t(Phrase("Goal history, with the run charts"))
                        }
                    }
                }
            }
        }
    }
}
