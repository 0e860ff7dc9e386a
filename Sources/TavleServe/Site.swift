import Foundation
import TavleArchive
import TavleAudit
import TavleConcurrency
import TavleEdit
import TavleGit
import TavleHistory
import TavleModel
import TavleRun
import TavleWorkspace

/// An answer before it is put on the wire: status, headers and body.
struct Reply: Sendable {
    var status: Int
    var headers: [(String, String)] = []
    var body: Data
    var contentType: String = "text/html; charset=utf-8"
    var policy: ContentPolicy = .page

    /// What a response's page may load (its Content-Security-Policy).
    enum ContentPolicy: Sendable {
        /// A page of this site: its style sheet and script, nothing from elsewhere, no inline code.
        case page
        /// A report made by tavle (self-contained: inline styles and pictures), not in a frame.
        case report
        /// A report previewed in a frame of the facilitator's page.
        case preview

        var header: String {
            switch self {
            case .page:
                return
                    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            case .report:
                return
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
            case .preview:
                return
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'self'; base-uri 'none'"
            }
        }
    }

    static func page(_ status: Int, _ document: String) -> Reply {
        Reply(status: status, body: Data(document.utf8))
    }

    static func page(_ document: String) -> Reply { page(200, document) }

    static func redirect(_ location: String) -> Reply {
        Reply(status: 303, headers: [("Location", location)], body: Data())
    }
}

/// What the server knows of one request, parsed once.
struct Visit: Sendable {
    var method: String
    var path: RequestPath
    var query: [String: String]
    var cookieHeader: String?
    var client: String
    var overTLS: Bool
    var contentLength: Int?
    var contentType: String?
    /// `Sec-Fetch-Site` (`same-origin`, `same-site`, `cross-site`, `none`), which browsers send.
    var fetchSite: String? = nil
    /// Reads the body, at most `limit` bytes.
    var body: @Sendable (_ limit: Int) async throws -> Data?
}

/// A value, or the page that answers the request instead (a form that could not be read).
enum ValueOrReply<Value: Sendable>: Sendable {
    case value(Value)
    case reply(Reply)
}

/// The web place of one network: who is signed in, what they may see, and the pages.
public final class Site: Sendable {
    let workspace: Workspace
    let language: Language
    let access: AccessStore
    let sessions = SessionStore()
    let limiter = SignInLimiter()
    let pendingSignIns = PendingSignIns()
    let index: ReportIndex
    let editor: JournalEditor
    let handoutJobs = HandoutJobs()
    let previews = PreviewCache()
    /// The notebooks and journals as last read, with the stamps of their files.
    let notebooksRead = Locked<(stamp: String, notebooks: [WorkspaceNotebooks.Entry])?>(nil)
    let journalsRead = Locked<[String: (stamp: String, current: JournalEditor.Current)]>([:])
    let overviewKept = Locked<(stamp: String, table: RenderedHTML)?>(nil)
    /// Journal texts by team and version, as the forms were opened on them (see currentJournal).
    let versionsSeen = Locked<[String: String]>([:])
    let teams: [Team]
    /// The grants as last read, with the file's modification time: `tavle access revoke` in
    /// another process takes effect on the next request.
    private let grantsRead = Locked<(stamp: String, grants: [AccessGrant])?>(nil)
    /// Journal changes, one at a time within this process (the report repository's lock
    /// serialises them with runs and other processes).
    let writeQueue = DispatchQueue(label: "tavle.serve.write")

    public static let cookieName = "tavle_session"
    /// The cookie of a sign-in link opened, sent back only to `/signin`.
    static let signInCookieName = "tavle_signin"
    static let bodyLimit = 64 * 1024

    public init(workspace: Workspace) throws(Diagnostic) {
        self.workspace = workspace
        language = workspace.language
        access = AccessStore(workspace: workspace)
        index = ReportIndex(folder: workspace.output)
        editor = JournalEditor(workspace: workspace)
        teams = try WorkspaceTeams.list(workspace)
        // A team's pages, journal and report folder are found by its id: two ids that name the
        // same folder would let one team read the other's.
        var folders: [String: String] = [:]
        for team in teams {
            let folder = ReportLayout.teamFolder(team.key)
            if let other = folders[folder] {
                throw .error(
                    at: workspace.teams.location,
                    Phrase("the teams '\(other)' and '\(team.key)' share the report folder '\(folder)'"),
                    hint: Phrase("give teams ids that differ in letters and digits, not only in punctuation"))
            }
            folders[folder] = team.key
        }
    }

    func t(_ phrase: Phrase) -> String { phrase.text(in: language) }

    func grantsInUse() -> [AccessGrant] {
        var info = stat()
        let stamp =
            stat(access.path, &info) == 0 ? "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec).\(info.st_size)" : "-"
        if let read = grantsRead.withLock({ $0 }), read.stamp == stamp { return read.grants }
        // A file that cannot be read signs no one in (and the facilitator sees why in the log).
        let grants = ((try? access.grants()) ?? []).filter { $0.revoked == nil }
        grantsRead.withLock { $0 = (stamp, grants) }
        return grants
    }

    func session(of visit: Visit) -> Session? {
        guard let id = cookie(Self.cookieName, in: visit.cookieHeader) else { return nil }
        return sessions.session(id, grantsInUse: Set(grantsInUse().map(\.id)))
    }

    func team(_ id: String) -> Team? { teams.first { $0.key == id } }

    /// Who a session is, as its pages say it: a team by its name.
    func displayName(of session: Session) -> String {
        session.role == .team ? team(session.name)?.name ?? session.name : session.name
    }

    // MARK: Routing

    func respond(_ visit: Visit) async -> Reply {
        let segments = visit.path.segments
        let session = session(of: visit)
        if visit.method == "GET" || visit.method == "HEAD" {
            switch segments.first {
            case nil:
                guard let session else { return .page(Pages.welcome(self)) }
                return .redirect(home(of: session))
            case "signin" where segments.count == 2:
                return signIn(secret: segments[1], visit: visit)
            case "style.css" where segments.count == 1:
                return Reply(status: 200, body: Data(Pages.styleSheet.utf8), contentType: "text/css; charset=utf-8")
            case "favicon.ico" where segments.count == 1:
                return Reply(status: 204, body: Data(), contentType: "image/x-icon")
            case "check.js" where segments.count == 1:
                return Reply(
                    status: 200, body: Data(Pages.checkScript.utf8), contentType: "text/javascript; charset=utf-8")
            case "reload.js" where segments.count == 1:
                return Reply(
                    status: 200, body: Data(Pages.reloadScript.utf8), contentType: "text/javascript; charset=utf-8")
            default: break
            }
        }
        if visit.method == "POST", segments == ["signin"] {
            return await confirmSignIn(visit)
        }
        guard let session else {
            return .page(
                401,
                Pages.message(
                    self, title: Phrase("Sign in first"),
                    text: Phrase(
                        "This page is for signed-in users. Open the sign-in link your facilitator gave you."),
                    session: nil))
        }
        if visit.method == "POST" {
            return await post(visit, session: session)
        }
        if segments.count == 5, segments[0] == "facilitator", segments[1] == "preview", segments[4] == "changes" {
            guard session.role == .facilitator else { return notFound(session) }
            let now = await changes(since: visit.query["since"] ?? "")
            // The frame asks for the new preview once it has the answer: it is started now, so
            // that the browser's turn and the rendering overlap.
            if now != visit.query["since"], let entry = teamNotebooks().first(where: { $0.notebook.id == segments[2] }),
                let team = team(segments[3])
            {
                readQueue.async { _ = self.preview(entry, team: team) }
            }
            return Reply(status: 200, body: Data(now.utf8), contentType: "text/plain; charset=utf-8")
        }
        guard visit.method == "GET" || visit.method == "HEAD" else {
            return .page(
                405,
                Pages.message(
                    self, title: Phrase("Not allowed"), text: Phrase("This address only reads."), session: session))
        }
        // Pages that walk the history or run a report block for a while: they are made on
        // threads of their own, so that Swift's few cooperative threads stay free to take
        // requests. The others read caches; moving them would only cost a thread's hop.
        let slow: Set<String> = ["preview", "history", "changes", "page.html", "trace.csv", "trace.json", "files"]
        guard segments.contains(where: slow.contains) else { return get(segments, visit: visit, session: session) }
        return await offload { self.get(segments, visit: visit, session: session) }
    }

    let readQueue = DispatchQueue(label: "tavle.serve.read", attributes: .concurrent)

    func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            readQueue.async { continuation.resume(returning: work()) }
        }
    }

    func home(of session: Session) -> String {
        switch session.role {
        case .team: return "/teams/\(segment(session.name))"
        case .facilitator: return "/facilitator"
        case .researcher: return "/research"
        }
    }

    /// Whether this session may read the pages of `team`; a team reaches only its own.
    func mayRead(_ team: String, _ session: Session) -> Bool {
        session.role != .team || session.name == team
    }

    func mayEdit(_ team: String, _ session: Session) -> Bool {
        switch session.role {
        case .team: return session.name == team
        case .facilitator: return true
        case .researcher: return false
        }
    }

    /// Every refusal of another team's page reads the same as a page that does not exist, so
    /// a team learns nothing of which teams there are.
    func notFound(_ session: Session?) -> Reply {
        .page(
            404,
            Pages.message(
                self, title: Phrase("Not found"), text: Phrase("There is no page at this address."), session: session))
    }

    func get(_ segments: [String], visit: Visit, session: Session) -> Reply {
        switch (segments.first, segments.count) {
        case ("facilitator", 1):
            guard session.role == .facilitator else { return notFound(session) }
            return guarded(session) { () throws(Diagnostic) in .page(try Pages.facilitator(self, session: session)) }
        case ("facilitator", _):
            guard session.role == .facilitator else { return notFound(session) }
            return facilitatorPage(Array(segments.dropFirst()), session: session)
        case ("research", 1):
            guard session.role != .team else { return notFound(session) }
            return .page(Pages.research(self, session: session))
        case ("research", 2) where segments[1] == "trace.csv" || segments[1] == "trace.json":
            guard session.role != .team else { return notFound(session) }
            return guarded(session) { () throws(Diagnostic) in
                let events = try ReportHistory.events(outputFolder: workspace.output, team: nil)
                let csv = segments[1] == "trace.csv"
                return Reply(
                    status: 200,
                    headers: [("Content-Disposition", "attachment; filename=\"\(segments[1])\"")],
                    body: Data((csv ? ReportHistory.csv(events) : ReportHistory.json(events)).utf8),
                    contentType: csv ? "text/csv; charset=utf-8" : "application/json")
            }
        case ("teams", _) where segments.count >= 2:
            let id = segments[1]
            guard let team = team(id), mayRead(id, session) else { return notFound(session) }
            return teamPage(team, Array(segments.dropFirst(2)), visit: visit, session: session)
        default:
            return notFound(session)
        }
    }

    func teamPage(_ team: Team, _ rest: [String], visit: Visit, session: Session) -> Reply {
        switch (rest.first, rest.count) {
        case (nil, 0):
            return guarded(session) { () throws(Diagnostic) in
                .page(try Pages.team(self, team: team, session: session, saved: visit.query["saved"]))
            }
        case ("goals", 1):
            // The goal timeline is a page of its own (it prints alone too); here it stands in a
            // frame under the site's header, with the way back.
            return .page(Pages.goalsFrame(self, team: team, session: session))
        case ("goals", 2) where rest[1] == "page.html":
            return guarded(session) { () throws(Diagnostic) in
                var reply = Reply.page(try ReportHistory.goalsPage(outputFolder: workspace.output, team: team.key))
                reply.policy = .preview
                return reply
            }
        case ("network", 1):
            return guarded(session) { () throws(Diagnostic) in
                .page(Pages.network(self, team: team, figures: try networkFigures(for: team), session: session))
            }
        case ("history", 1):
            return guarded(session) { () throws(Diagnostic) in
                let events = try ReportHistory.events(outputFolder: workspace.output, team: team.key)
                return .page(Pages.history(self, team: team, events: events, session: session, since: nil))
            }
        case ("changes", 1):
            return guarded(session) { () throws(Diagnostic) in
                let snapshot = try index.snapshot()
                let events = try ReportHistory.events(outputFolder: workspace.output, team: team.key)
                let since = snapshot.lastGatheringRun
                return .page(
                    Pages.history(
                        self, team: team, events: events.filter { since == nil || $0.time > since!.time },
                        session: session, since: since.map { ($0.gathering, $0.time) }))
            }
        case ("reports", 3):
            // /teams/<id>/reports/<commit>/<notebook>.html: the report as that commit holds it.
            let name = rest[2]
            let isPDF = name.hasSuffix(".pdf")
            guard let commit = ObjectID(hex: rest[1]), name.hasSuffix(".html") || isPDF,
                ReportWriter.safeName(String(name.dropLast(isPDF ? 4 : 5))) == String(name.dropLast(isPDF ? 4 : 5))
            else { return notFound(session) }
            return guarded(session) { () throws(Diagnostic) in
                let path = ReportLayout.teamFolder(team.key) + "/" + name
                guard let data = try? index.blob(atPath: path, commit: commit) else { return notFound(session) }
                return Reply(
                    status: 200, headers: [("X-Tavle-Commit", commit.hex)], body: data,
                    contentType: isPDF ? "application/pdf" : "text/html; charset=utf-8", policy: .report)
            }
        case ("journal", 3) where rest[1] == "goals":
            guard mayEdit(team.key, session) else { return notFound(session) }
            let current = currentJournal(team)
            guard let goal = current.journal?.goals.first(where: { $0.id == rest[2] }) else { return notFound(session) }
            let form = Node.group {
                Pages.goalForm(
                    self, team: team, goal: goal, values: GoalFormValues(goal, text: JournalText(current.text)),
                    version: current.version, problem: nil, session: session)
                Pages.setAsideForm(
                    self, team: team, goal: goal, reason: "", version: current.version, problem: nil, session: session)
            }
            return .page(
                Pages.formPage(self, team: team, title: Phrase("Change the goal"), form: form, session: session))
        case ("journal", 3) where rest[1] == "indicators":
            guard mayEdit(team.key, session) else { return notFound(session) }
            let current = currentJournal(team)
            guard let indicator = current.journal?.indicators.first(where: { $0.id == rest[2] }) else {
                return notFound(session)
            }
            let form = Pages.indicatorForm(
                self, team: team, indicator: indicator,
                values: IndicatorFormValues(indicator, today: JournalDate.today().description),
                version: current.version, problem: nil, session: session)
            return .page(
                Pages.formPage(
                    self, team: team, title: Phrase(verbatim: indicator.name ?? indicator.id), form: form,
                    session: session))
        case ("journal", 3) where rest[1] == "decision":
            guard mayEdit(team.key, session), let position = Int(rest[2]).map({ $0 - 1 }) else {
                return notFound(session)
            }
            let current = currentJournal(team)
            guard let decisions = current.journal?.decisions, decisions.indices.contains(position) else {
                return notFound(session)
            }
            let form = Pages.decisionForm(
                self, team: team, position: position, values: DecisionFormValues(decisions[position]),
                version: current.version, problem: nil, session: session)
            return .page(
                Pages.formPage(self, team: team, title: Phrase("Change the decision"), form: form, session: session))
        case ("journal", 3) where rest[1] == "pdsa":
            guard mayEdit(team.key, session) else { return notFound(session) }
            let current = currentJournal(team)
            guard let cycle = current.journal?.cycles.first(where: { $0.id == rest[2] }) else {
                return notFound(session)
            }
            let form = Pages.cycleForm(
                self, team: team, cycle: cycle, values: CycleFormValues(cycle),
                goals: current.journal?.goals.map(\.id) ?? [], version: current.version, problem: nil,
                session: session)
            return .page(
                Pages.formPage(self, team: team, title: Phrase(verbatim: cycle.title), form: form, session: session))
        case ("journal", 4) where rest[1] == "preparation":
            guard mayEdit(team.key, session), let prepared = preparationForm(notebook: rest[2], form: rest[3]) else {
                return notFound(session)
            }
            let form = Pages.preparationForm(
                self, team: team, prepared: prepared, values: FormFields(["period": prepared.defaultPeriod]),
                problems: [], session: session)
            return .page(
                Pages.formPage(
                    self, team: team, title: Phrase(verbatim: prepared.form.title ?? prepared.form.id), form: form,
                    session: session))
        case ("journal", 2) where rest[1] == "answers":
            guard mayEdit(team.key, session) else { return notFound(session) }
            guard let gathering = nextGathering() else {
                return .page(
                    Pages.message(
                        self, title: Phrase("No gathering to answer for"),
                        text: Phrase("The workspace has no notebook for a gathering yet."), session: session))
            }
            let current = currentJournal(team)
            let form = Pages.answersForm(
                self, team: team, gathering: gathering.notebook,
                values: AnswerFormValues(current.journal, gathering: gathering.notebook),
                version: current.version, problem: nil, session: session)
            return .page(
                Pages.formPage(
                    self, team: team, title: AnswerFormValues.title(gathering.notebook), form: form, session: session))
        case ("journal", 2) where rest[1] == "decision" || rest[1] == "pdsa":
            guard mayEdit(team.key, session) else { return notFound(session) }
            let current = currentJournal(team)
            let kind: EntryKind = rest[1] == "pdsa" ? .pdsa : .decision
            let form = Pages.entryForm(
                self, team: team, kind: kind, values: FormFields([:]), version: current.version,
                goals: current.journal?.goals.map(\.id) ?? [], problem: nil, session: session)
            return .page(Pages.formPage(self, team: team, title: kind.title, form: form, session: session))
        default:
            return notFound(session)
        }
    }

    /// A page that reads the repository: a problem there is a page that says so, not a crash.
    func guarded(_ session: Session?, _ make: () throws(Diagnostic) -> Reply) -> Reply {
        do {
            return try make()
        } catch {
            return .page(
                500,
                Pages.message(self, title: Phrase("This page could not be made"), text: error.phrase, session: session))
        }
    }

    // MARK: Signing in and out

    /// The grant of a sign-in secret, or the page that says why there is none. Only failures
    /// count towards the limit, so that guessing from many addresses cannot lock the
    /// network's people out: a link in use always works.
    func grant(forSecret secret: String, visit: Visit) -> ValueOrReply<AccessGrant> {
        let grant = access.grant(forSecret: secret, among: grantsInUse())
        if grant == nil, let wait = limiter.wait(for: visit.client) {
            var reply = Reply.page(
                429,
                Pages.message(
                    self, title: Phrase("Too many attempts"),
                    text: Phrase(
                        "Too many sign-in links that did not work came from here. Try again in \(wait / 60 + 1) minutes."
                    ),
                    session: nil))
            reply.headers.append(("Retry-After", String(wait)))
            return .reply(reply)
        }
        guard let grant else {
            limiter.failed(visit.client)
            return .reply(
                .page(
                    403,
                    Pages.message(
                        self, title: Phrase("This sign-in link does not work"),
                        text: Phrase(
                            "The link may have been revoked, or copied only in part. Ask your facilitator for a new link."
                        ),
                        session: nil)))
        }
        if grant.role == .team && team(grant.name) == nil {
            return .reply(
                .page(
                    403,
                    Pages.message(
                        self, title: Phrase("This team is not in the network"),
                        text: Phrase(
                            "The team '\(grant.name)' of this link is not among the network's teams any more. Ask your facilitator."
                        ),
                        session: nil)))
        }
        return .value(grant)
    }

    /// A sign-in link opened: a page that says who it signs in as, with a button. Opening the
    /// link signs no one in by itself, so that another site cannot sign a visitor in under
    /// its own link (login CSRF): the button's form carries a one-time token that this page
    /// also gave the browser as a cookie, and only a form sent from this site has both.
    func signIn(secret: String, visit: Visit) -> Reply {
        switch grant(forSecret: secret, visit: visit) {
        case .reply(let reply): return reply
        case .value(let grant):
            let name = grant.role == .team ? team(grant.name)?.name ?? grant.name : grant.name
            let token = pendingSignIns.open(for: grant)
            var reply = Reply.page(200, Pages.signIn(self, as: name, role: grant.role, token: token))
            var cookie = "\(Self.signInCookieName)=\(token); Path=/signin; HttpOnly; SameSite=Strict; Max-Age=600"
            if visit.overTLS { cookie += "; Secure" }
            reply.headers.append(("Set-Cookie", cookie))
            return reply
        }
    }

    /// The sign-in page's button: a session, its cookie, and on to the start page.
    func confirmSignIn(_ visit: Visit) async -> Reply {
        let refused = Reply.page(
            403,
            Pages.message(
                self, title: Phrase("Sign in from your link"),
                text: Phrase(
                    "This sign-in did not come from the page of your sign-in link, or that page was open too long. Open the link your facilitator gave you again, and press the button on its page."
                ),
                session: nil))
        // Browsers say where a form came from: one from another site is refused at once.
        if let site = visit.fetchSite, site != "same-origin" { return refused }
        let fields: FormFields
        switch await readForm(visit, session: nil) {
        case .reply(let reply): return reply
        case .value(let read): fields = read
        }
        let unknown = fields.unknown(allowed: ["token"])
        guard unknown.isEmpty else { return unknownFields(unknown, session: nil) }
        guard let token = fields["token"], let given = cookie(Self.signInCookieName, in: visit.cookieHeader),
            Secrets.equal(token, given), let grantID = pendingSignIns.take(token),
            let grant = grantsInUse().first(where: { $0.id == grantID })
        else {
            limiter.failed(visit.client)
            return refused
        }
        // A browser signed in as someone else is signed out of that first.
        if let earlier = cookie(Self.cookieName, in: visit.cookieHeader) { sessions.close(earlier) }
        let session = sessions.open(for: grant)
        // A redirect after a form of this site: the browser sends the new cookie with the page
        // it leads to (the whole way is same-site).
        var reply = Reply.redirect(home(of: session))
        reply.headers.append(("Set-Cookie", sessionCookie(session.id, secure: visit.overTLS)))
        var used = "\(Self.signInCookieName)=; Path=/signin; HttpOnly; SameSite=Strict; Max-Age=0"
        if visit.overTLS { used += "; Secure" }
        reply.headers.append(("Set-Cookie", used))
        return reply
    }

    func sessionCookie(_ value: String, secure: Bool, expire: Bool = false) -> String {
        var cookie = "\(Self.cookieName)=\(value); Path=/; HttpOnly; SameSite=Strict"
        if secure { cookie += "; Secure" }
        if expire { cookie += "; Max-Age=0" }
        return cookie
    }

    // MARK: Forms

    /// A web form's fields, or the page that says why it could not be read.
    func readForm(_ visit: Visit, session: Session?) async -> ValueOrReply<FormFields> {
        guard let length = visit.contentLength else {
            return .reply(
                .page(
                    411,
                    Pages.message(
                        self, title: Phrase("The form could not be read"),
                        text: Phrase("The browser sent the form without its length."), session: session)))
        }
        let tooLarge = Reply.page(
            413,
            Pages.message(
                self, title: Phrase("The form is too large"),
                text: Phrase("A form may hold at most 64 KB of text. Shorten the longest field and send it again."),
                session: session))
        guard length <= Self.bodyLimit else { return .reply(tooLarge) }
        guard visit.contentType?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false else {
            return .reply(
                .page(
                    415,
                    Pages.message(
                        self, title: Phrase("The form could not be read"),
                        text: Phrase("The form was not sent as a web form."), session: session)))
        }
        do {
            guard let body = try await visit.body(Self.bodyLimit) else { return .reply(tooLarge) }
            return .value(try FormFields(body: body))
        } catch {
            return .reply(
                .page(
                    400,
                    Pages.message(
                        self, title: Phrase("The form could not be read"),
                        text: Phrase(
                            "The form's data is malformed. Open the page again and send the form from there."),
                        session: session)))
        }
    }

    func post(_ visit: Visit, session: Session) async -> Reply {
        let fields: FormFields
        switch await readForm(visit, session: session) {
        case .reply(let reply): return reply
        case .value(let read): fields = read
        }
        // Every form carries the session's token: a form sent from another site has not got it.
        guard let token = fields["form_token"], Secrets.equal(token, session.formToken) else {
            return .page(
                403,
                Pages.message(
                    self, title: Phrase("The form has expired"),
                    text: Phrase(
                        "The form did not carry this session's token (it may be from an earlier sign-in). Open the page again and send the form from there."
                    ), session: session))
        }
        let segments = visit.path.segments
        if segments == ["signout"] {
            sessions.close(session.id)
            var reply = Reply.redirect("/")
            reply.headers.append(("Set-Cookie", sessionCookie("", secure: visit.overTLS, expire: true)))
            return reply
        }
        if segments.count == 3, segments[0] == "facilitator", segments[1] == "handouts" {
            guard session.role == .facilitator else { return notFound(session) }
            guard let entry = teamNotebooks().first(where: { $0.notebook.id == segments[2] }) else {
                return notFound(session)
            }
            guard handoutJobs.start(entry, author: author(of: session, team: nil))
            else {
                return .page(
                    409,
                    Pages.message(
                        self, title: Phrase("Handouts are being made"),
                        text: Phrase("Other handouts are being made; wait until they are done."), session: session))
            }
            return .redirect("/facilitator/handouts/\(segment(entry.notebook.id))")
        }
        guard segments.count >= 4, segments[0] == "teams", segments[2] == "journal", let team = team(segments[1]),
            mayRead(team.key, session)
        else { return notFound(session) }
        guard mayEdit(team.key, session) else {
            return .page(
                403,
                Pages.message(
                    self, title: Phrase("Read only"),
                    text: Phrase("A researcher's link reads the network's history; it does not change journals."),
                    session: session))
        }
        switch (segments[3], segments.count) {
        case ("goals", 5):
            return await submitGoal(team: team, goalID: segments[4], fields: fields, session: session)
        case ("goals", 6) where segments[5] == "check":
            return await offload { self.checkGoal(team: team, goalID: segments[4], fields: fields) }
        case ("goals", 6) where segments[5] == "set-aside":
            return await setGoalAside(team: team, goalID: segments[4], fields: fields, session: session)
        case ("answers", 4):
            return await submitAnswers(team: team, fields: fields, session: session)
        case ("preparation", 6):
            guard let prepared = preparationForm(notebook: segments[4], form: segments[5]) else {
                return notFound(session)
            }
            return await submitPreparation(team: team, prepared: prepared, fields: fields, session: session)
        case ("indicators", 5):
            return await submitIndicator(team: team, indicatorID: segments[4], fields: fields, session: session)
        case ("decision", 6) where segments[5] == "remove", ("pdsa", 6) where segments[5] == "remove":
            return await removeEntry(team: team, kind: segments[3], key: segments[4], fields: fields, session: session)
        case ("decision", 5):
            guard let position = Int(segments[4]).map({ $0 - 1 }) else { return notFound(session) }
            return await submitDecision(team: team, position: position, fields: fields, session: session)
        case ("pdsa", 5):
            return await submitCycle(team: team, cycleID: segments[4], fields: fields, session: session)
        case ("decision", 4), ("pdsa", 4):
            return await submitEntry(
                team: team, kind: segments[3] == "pdsa" ? .pdsa : .decision, fields: fields, session: session)
        default:
            return notFound(session)
        }
    }

    /// Who a session's commits are by: a team by its name, others by theirs.
    func author(of session: Session, team: Team?) -> Author {
        if session.role == .team, let team {
            return Author(name: team.name, email: "\(team.key)@team.tavle.invalid")
        }
        return Author(name: session.name, email: "\(session.role.rawValue)@tavle.invalid")
    }

    /// Runs a change on the write queue (off the server's threads), one at a time.
    func write(_ change: JournalEditor.Change, team: Team, session: Session) async -> Result<
        JournalEditor.Outcome, Diagnostic
    > {
        let editor = editor, author = author(of: session, team: team)
        return await withCheckedContinuation { continuation in
            writeQueue.async {
                do throws(Diagnostic) {
                    continuation.resume(returning: .success(try editor.submit(change, team: team, by: author)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
    }

    func submitGoal(team: Team, goalID: String, fields: FormFields, session: Session) async -> Reply {
        let unknown = fields.unknown(allowed: GoalFormValues.fieldNames.union(["form_token", "version"]))
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let current = currentJournal(team)
        guard let goal = current.journal?.goals.first(where: { $0.id == goalID }) else {
            return goneMeanwhile(
                fields, names: ["statement", "target", "due", "reason"], current: current, session: session)
        }
        let values = GoalFormValues(fields)
        let version = fields["version"] ?? ""
        let change = values.change(
            goal: goalID, original: GoalFormValues(goal, text: JournalText(current.text)), basedOn: version,
            today: JournalDate.today().description)
        return await finish(
            change, team: team, title: Phrase("Change the goal"), session: session,
            again: { problem, version, conflict in
                func asWritten(in journal: JournalEditor.Current?) -> GoalFormValues? {
                    journal.flatMap { current in
                        current.journal?.goals.first { $0.id == goalID }.map {
                            GoalFormValues($0, text: JournalText(current.text))
                        }
                    }
                }
                let shown = conflict.shown(values, asWritten(in:))
                return Pages.goalForm(
                    self, team: team, goal: goal, values: shown, version: version, problem: problem, session: session)
            })
    }

    /// Moves a goal from `goals:` to `retired_goals:` with today's date and the team's reason.
    func setGoalAside(team: Team, goalID: String, fields: FormFields, session: Session) async -> Reply {
        let unknown = fields.unknown(allowed: ["form_token", "version", "set_aside_reason"])
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let current = currentJournal(team)
        guard let goal = current.journal?.goals.first(where: { $0.id == goalID }) else {
            return notFound(session)
        }
        let typed = trimmedField(fields["set_aside_reason"] ?? "")
        let reason = typed.isEmpty ? nil : typed
        let version = fields["version"] ?? ""
        func forms(_ problem: FormProblem?, _ version: String, _: ConflictVersions? = nil) -> Node {
            Node.group {
                Pages.goalForm(
                    self, team: team, goal: goal, values: GoalFormValues(goal, text: JournalText(current.text)),
                    version: version, problem: nil, session: session)
                Pages.setAsideForm(
                    self, team: team, goal: goal, reason: typed, version: version, problem: problem,
                    session: session)
            }
        }
        guard let reason else {
            let problem = FormProblem(
                field: "set_aside_reason",
                diagnostic: .error(
                    at: nil, Phrase("the goal '\(goalID)' is set aside without a reason"),
                    hint: Phrase("say why the team no longer works toward it: the history keeps it")))
            return .page(
                422,
                Pages.formPage(
                    self, team: team, title: Phrase("Change the goal"), form: forms(problem, version), session: session)
            )
        }
        let change = GoalSetAside.change(
            goal: goalID, reason: reason, basedOn: version, today: JournalDate.today().description)
        return await finish(change, team: team, title: Phrase("Change the goal"), session: session, again: forms)
    }

    /// The goal form's check as the team types: what sending the form now would meet, one
    /// message a line (none when all is well), in the words of the command line.
    func checkGoal(team: Team, goalID: String, fields: FormFields) -> Reply {
        let current = currentJournal(team)
        guard let goal = current.journal?.goals.first(where: { $0.id == goalID }) else {
            return Reply(status: 404, body: Data(), contentType: "text/plain; charset=utf-8")
        }
        let values = GoalFormValues(fields)
        var lines: [String] = []
        if let change = values.change(
            goal: goalID, original: GoalFormValues(goal, text: JournalText(current.text)),
            basedOn: current.version, today: JournalDate.today().description)
        {
            let checked = editor.check(change, team: team)
            lines =
                (checked.problem.map { [$0] } ?? []).map { t($0.phrase) }
                + Pages.goalRemarks(checked.warnings, goal: goalID).map { t($0.phrase) }
        } else {
            lines = Pages.goalRemarks(current.warnings, goal: goalID).map { t($0.phrase) }
        }
        return Reply(
            status: 200, body: Data(lines.joined(separator: "\n").utf8), contentType: "text/plain; charset=utf-8")
    }

    /// A form of an entry that is no longer in the journal: when the form was opened on an
    /// earlier version, the entry was taken out (or renamed) meanwhile, and the page says so and
    /// shows what was typed, so that nothing typed is lost; otherwise there is no such page.
    func goneMeanwhile(_ fields: FormFields, names: [String], current: JournalEditor.Current, session: Session)
        -> Reply
    {
        guard let version = fields["version"], !version.isEmpty, version != current.version, current.journal != nil
        else {
            return notFound(session)
        }
        return .page(
            409,
            Pages.layout(self, title: Phrase("Someone else changed the journal"), session: session) {
                Node.el("p", attr("class", "banner"), attr("role", "alert")) {
                    self.t(
                        Phrase(
                            "What this form changes was taken out of the journal, or renamed, after you opened it, so nothing was saved. This is what you typed:"
                        ))
                }
                Node.el("dl") {
                    for name in names {
                        if let value = fields.trimmed(name) {
                            Node.el("dt") { name }
                            Node.el("dd") { Node.el("pre") { value } }
                        }
                    }
                }
            })
    }

    /// Takes a decision (by its place) or a PDSA cycle (by its id) out of the journal, when the
    /// person has ticked that they mean it.
    func removeEntry(team: Team, kind: String, key: String, fields: FormFields, session: Session) async -> Reply {
        let unknown = fields.unknown(allowed: ["form_token", "version", "confirm"])
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let current = currentJournal(team)
        let position: Int?
        let what: String
        if kind == "pdsa" {
            position = current.journal?.cycles.firstIndex { $0.id == key }
            what = "PDSA cycle \(key)"
        } else {
            position = Int(key).map { $0 - 1 }.flatMap {
                (current.journal?.decisions.indices.contains($0) ?? false) ? $0 : nil
            }
            what = "decision \(key)"
        }
        guard let position else { return notFound(session) }
        guard fields["confirm"] == "yes" else {
            return .page(
                422,
                Pages.message(
                    self, title: Phrase("Nothing was removed"),
                    text: Phrase("Tick the box that says you mean it, then press the button again."), session: session))
        }
        let change = EntryRemoval.change(
            list: kind == "pdsa" ? "pdsa" : "decisions", position: position, what: what,
            basedOn: fields["version"] ?? "")
        return await finish(
            change, team: team, title: Phrase("Nothing was removed"), session: session,
            again: { problem, _, _ in
                Node.el("div", attr("class", "problem"), attr("role", "alert")) { self.t(problem.diagnostic.phrase) }
            })
    }

    func submitIndicator(team: Team, indicatorID: String, fields: FormFields, session: Session) async -> Reply {
        let unknown = fields.unknown(allowed: Set(IndicatorFormValues.fieldNames).union(["form_token", "version"]))
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let current = currentJournal(team)
        guard let indicator = current.journal?.indicators.first(where: { $0.id == indicatorID }) else {
            return goneMeanwhile(fields, names: IndicatorFormValues.fieldNames, current: current, session: session)
        }
        let values = IndicatorFormValues(fields)
        let change = values.change(
            indicator: indicatorID, original: IndicatorFormValues(indicator, today: ""),
            basedOn: fields["version"] ?? "")
        return await finish(
            change, team: team, title: Phrase(verbatim: indicator.name ?? indicator.id), session: session,
            again: { problem, version, conflict in
                func asWritten(in journal: JournalEditor.Current?) -> IndicatorFormValues? {
                    journal?.journal?.indicators.first { $0.id == indicatorID }.map {
                        IndicatorFormValues($0, today: "")
                    }
                }
                let shown = conflict.shown(values, asWritten(in:))
                return Pages.indicatorForm(
                    self, team: team, indicator: indicator, values: shown, version: version, problem: problem,
                    session: session)
            })
    }

    func submitDecision(team: Team, position: Int, fields: FormFields, session: Session) async -> Reply {
        let unknown = fields.unknown(allowed: DecisionFormValues.fieldNames.union(["form_token", "version"]))
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let current = currentJournal(team)
        let values = DecisionFormValues(fields)
        let change: JournalEditor.Change?
        if let decisions = current.journal?.decisions, decisions.indices.contains(position) {
            change = values.change(
                at: position, original: DecisionFormValues(decisions[position]), basedOn: fields["version"] ?? "")
        } else if let version = fields["version"], version != current.version, current.journal != nil {
            // Its place is gone (a decision above it was taken out): a stale form, shown as the
            // conflict it is, with the decision found where it went and what was typed kept.
            change = JournalEditor.Change(form: "decision", basedOn: version, summary: "decision \(position + 1)") {
                _ throws(JournalText.LayoutError) in
            }
        } else {
            return notFound(session)
        }
        return await finish(
            change, team: team, title: Phrase("Change the decision"), session: session,
            again: { problem, version, conflict in
                func asWritten(in journal: JournalEditor.Current?, at place: Int) -> DecisionFormValues? {
                    guard let decisions = journal?.journal?.decisions, decisions.indices.contains(place) else {
                        return nil
                    }
                    return DecisionFormValues(decisions[place])
                }
                // Decisions are found by their place: one taken out or added above meanwhile
                // moves this one, which is then found by what it said.
                var place = position
                if let conflict, let opened = asWritten(in: conflict.base, at: position),
                    let moved = conflict.now.journal?.decisions.firstIndex(where: { DecisionFormValues($0) == opened })
                {
                    place = moved
                }
                let shown =
                    conflict.map {
                        values.merged(base: asWritten(in: $0.base, at: position), now: asWritten(in: $0.now, at: place))
                    } ?? values
                return Pages.decisionForm(
                    self, team: team, position: place, values: shown, version: version, problem: problem,
                    session: session)
            })
    }

    func submitCycle(team: Team, cycleID: String, fields: FormFields, session: Session) async -> Reply {
        let unknown = fields.unknown(allowed: Set(CycleFormValues.fieldNames).union(["form_token", "version"]))
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let current = currentJournal(team)
        guard let cycle = current.journal?.cycles.first(where: { $0.id == cycleID }) else {
            return goneMeanwhile(fields, names: CycleFormValues.fieldNames, current: current, session: session)
        }
        let values = CycleFormValues(fields)
        let goals = current.journal?.goals.map(\.id) ?? []
        let change = values.change(cycle: cycleID, original: CycleFormValues(cycle), basedOn: fields["version"] ?? "")
        return await finish(
            change, team: team, title: Phrase(verbatim: cycle.title), session: session,
            again: { problem, version, conflict in
                func asWritten(in journal: JournalEditor.Current?) -> CycleFormValues? {
                    journal?.journal?.cycles.first { $0.id == cycleID }.map(CycleFormValues.init)
                }
                let shown = conflict.shown(values, asWritten(in:))
                return Pages.cycleForm(
                    self, team: team, cycle: cycle, values: shown, goals: goals, version: version, problem: problem,
                    session: session)
            })
    }

    func submitEntry(team: Team, kind: EntryKind, fields: FormFields, session: Session) async -> Reply {
        let unknown = fields.unknown(allowed: Set(kind.fieldNames).union(["form_token", "version"]))
        guard unknown.isEmpty else { return unknownFields(unknown, session: session) }
        let goals = currentJournal(team).journal?.goals.map(\.id) ?? []
        // A cycle's id names it in history and in `follows:`: one word, as the form says.
        if kind == .pdsa, let id = fields.trimmed("id"),
            !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        {
            let problem = FormProblem(
                field: "id",
                diagnostic: .error(
                    at: nil, Phrase("the id '\(id)' has spaces or other signs; use letters, digits and dashes")))
            let form = Pages.entryForm(
                self, team: team, kind: kind, values: fields, version: fields["version"] ?? "", goals: goals,
                problem: problem, session: session)
            return .page(422, Pages.formPage(self, team: team, title: kind.title, form: form, session: session))
        }
        let change = kind.change(fields, basedOn: fields["version"] ?? "")
        return await finish(
            change, team: team, title: kind.title, session: session,
            again: { problem, version, _ in
                Pages.entryForm(
                    self, team: team, kind: kind, values: fields, version: version, goals: goals, problem: problem,
                    session: session)
            })
    }

    func unknownFields(_ names: [String], session: Session?) -> Reply {
        .page(
            400,
            Pages.message(
                self, title: Phrase("The form could not be read"),
                text: Phrase(
                    "The form has fields this page does not have (\(Phrase.quotedList(names))). Open the page again and send the form from there."
                ), session: session))
    }

    /// The outcome of a change as a reply: on to the team's page, or the form again with the
    /// problem beside its field, or the conflict with both versions.
    /// The journal a stale form was opened on (when the report repository holds it) and the
    /// journal as it is now: the form shown again merges the two (see `mergedField`).
    struct ConflictVersions {
        var base: JournalEditor.Current?
        var now: JournalEditor.Current
    }

    func finish(
        _ change: JournalEditor.Change?, team: Team, title: Phrase, session: Session,
        again: (FormProblem, String, ConflictVersions?) -> Node
    ) async -> Reply {
        func page(_ form: Node) -> String {
            Pages.formPage(self, team: team, title: title, form: form, session: session)
        }
        guard let change else {
            return .page(
                422,
                page(
                    again(
                        FormProblem(field: nil, diagnostic: .error(at: nil, Phrase("Nothing was filled in."))),
                        currentJournal(team).version, nil)))
        }
        switch await write(change, team: team, session: session) {
        case .failure(let error):
            return .page(
                500,
                Pages.message(self, title: Phrase("The change was not saved"), text: error.phrase, session: session))
        case .success(.committed(let commit, _)):
            return .redirect("/teams/\(segment(team.key))?saved=\(commit.short)")
        case .success(.unchanged):
            return .redirect("/teams/\(segment(team.key))")
        case .success(.refused(let diagnostic, let proposed)):
            let problem = FormProblem(diagnostic: diagnostic, proposed: proposed, form: change.form)
            return .page(422, page(again(problem, change.basedOn, nil)))
        case .success(.conflict(let now, let proposed)):
            // The version the form was opened on, when the repository holds it: then the page
            // shows what the other person changed, not only the two files.
            // Only a version of this team's own journal: the id comes from the form.
            let folder = ReportLayout.teamFolder(team.key)
            let base =
                ObjectID(hex: change.basedOn).flatMap { id in
                    ((try? index.snapshot())?.journalVersions[folder]?.contains(id) ?? false) ? index.blob(id: id) : nil
                }.map { String(decoding: $0, as: UTF8.self) }
                ?? versionsSeen.withLock { $0[team.key + "/" + change.basedOn] }
            return .page(
                409,
                Pages.conflict(
                    self, team: team, base: base, current: now, proposed: proposed,
                    form: again(
                        FormProblem(
                            field: nil,
                            diagnostic: .error(
                                at: nil,
                                Phrase(
                                    "The journal was changed by someone else after you opened this form. Compare the two versions; send the form again to save your change on top of theirs."
                                ))), now.version,
                        ConflictVersions(base: base.map { editor.current(text: $0, team: team) }, now: now)),
                    session: session))
        }
    }
}

/// A problem with a form, placed beside the field it concerns when it is one field's.
struct FormProblem: Sendable {
    var field: String?
    var diagnostic: Diagnostic

    init(field: String?, diagnostic: Diagnostic) {
        self.field = field
        self.diagnostic = diagnostic
    }

    /// Finds the field of a journal problem by its line in the journal the change made.
    init(diagnostic: Diagnostic, proposed: String?, form: String) {
        self.diagnostic = diagnostic
        field = nil
        let message = diagnostic.phrase.text(in: .en)
        // A hand edit that cannot be recorded is the file's problem, not a field's (see
        // JournalEditor.submit): it stands at the top with what to do.
        if diagnostic.hintPhrase?.text(in: .en).contains("changed by hand") == true { return }
        if form == "goal", message.contains("gives no reason") {
            field = "reason"
            return
        }
        guard let line = diagnostic.location?.line, let proposed else { return }
        let text = JournalText(proposed)
        let lines = text.lines
        guard line >= 1, line <= lines.count else { return }
        let content = lines[line - 1].trimmingCharacters(in: .whitespaces)
        let key = content.hasPrefix("- ") ? String(content.dropFirst(2)) : content
        if let colon = key.firstIndex(of: ":") {
            let name = String(key[..<colon])
            if form == "goal-set-aside" {
                // Its one field; the goal form above it has a field named `reason` of its own.
                field = name == "reason" ? "set_aside_reason" : nil
            } else {
                field = name == "date" && form == "goal" ? "reason" : name
            }
        }
        // A line of the journal that is no field of this form (another entry, a hand edit):
        // the problem stands at the top of the form, in full.
        if let placed = field, !Self.fields(of: form).contains(placed) { field = nil }
    }

    /// The fields a form has, by the form's name in the commit.
    static func fields(of form: String) -> Set<String> {
        switch form {
        case "goal": return GoalFormValues.fieldNames
        case "goal-set-aside": return ["set_aside_reason"]
        case "indicator": return Set(IndicatorFormValues.fieldNames)
        case "decision": return DecisionFormValues.fieldNames
        case "pdsa": return Set(CycleFormValues.fieldNames + EntryKind.pdsa.fieldNames)
        default: return []
        }
    }
}

/// A form's values that merge after a conflict (see `mergedField`).
protocol MergeableFormValues {
    func merged(base: Self?, now: Self?) -> Self
}

extension GoalFormValues: MergeableFormValues {}
extension IndicatorFormValues: MergeableFormValues {}
extension DecisionFormValues: MergeableFormValues {}
extension CycleFormValues: MergeableFormValues {}
extension AnswerFormValues: MergeableFormValues {}

extension Optional where Wrapped == Site.ConflictVersions {
    /// The values a form shows again: after a conflict, merged with the version it was opened
    /// on and the journal now (each read by `asWritten`); otherwise as they were typed.
    func shown<Values: MergeableFormValues>(
        _ values: Values, _ asWritten: (JournalEditor.Current?) -> Values?
    ) -> Values {
        map { values.merged(base: asWritten($0.base), now: asWritten($0.now)) } ?? values
    }
}
