import Foundation
import TavleConcurrency
import TavleGit
import TavleModel
import TavleParse

/// One change to one field of one entry of a team's ledger, in the commit that made it.
public struct LedgerEvent: Sendable, Hashable, Codable {
    public enum Entity: String, Sendable, Hashable, Codable, CaseIterable {
        case goal, indicator, pdsa, decision, answer, measurement, correction
    }

    public enum Change: String, Sendable, Hashable, Codable {
        case added, changed, removed
    }

    /// The indicator's last value in the ledger when the event was committed.
    public struct Measured: Sendable, Hashable, Codable {
        public var period: String
        public var value: Double
        /// `%` when the value is a share a report showed in per cent.
        public var unit: String?
    }

    public var commit: String
    /// Seconds since 1970 (UTC).
    public var time: Int64
    /// The committer's offset from UTC, in minutes.
    public var timeZoneOffset: Int
    public var author: String
    /// The team's folder in the report repository (its id).
    public var team: String
    public var gathering: String?
    public var notebook: String?
    public var notebookVersion: String?
    public var entity: Entity
    public var id: String
    public var field: String
    public var change: Change
    public var old: String?
    public var new: String?
    /// For goals: the reason the journal gave in the same commit (a new revision).
    public var reason: String?
    /// For goals with an indicator: its value at that time.
    public var measured: Measured?
    /// `%` when `old`, `new` and `measured` are shares a report showed in per cent (a goal's
    /// target or baseline written in per cent, a point of a chart of shares).
    public var unit: String?
}

/// Reads the ledger files of every commit, oldest first, and turns what changed between one
/// commit and the next into events. Folders whose git id did not change are skipped without
/// being read, so a walk costs about one tree read per commit and team.
public struct LedgerHistory {
    let repository: GitRepository

    public init(repository: GitRepository) {
        self.repository = repository
    }

    /// - Parameters:
    ///   - teamFolder: only this team's folder; every team's when `nil`.
    ///   - since: only events committed at or after this time (seconds since 1970).
    public func events(
        teamFolder: String? = nil, entities: Set<LedgerEvent.Entity> = Set(LedgerEvent.Entity.allCases),
        since: Int64? = nil
    ) throws(GitError) -> [LedgerEvent] {
        let commits = try repository.commitTrees()
        // Teams are independent of one another: with several, each core walks its share of
        // them on its own libgit2 handle, and the events are put back in commit order.
        let workers = teamFolder == nil ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4)) : 1
        let path = repository.path
        let belongs = { @Sendable (worker: Int) in
            { (name: String) -> Bool in
                if let teamFolder { return name == teamFolder }
                var hash = FNV1a64()
                hash.combine(name)
                return Int(hash.value % UInt64(workers)) == worker
            }
        }
        guard workers > 1 else {
            // One worker: this thread and this handle, which no other thread touches.
            let found = try LedgerHistory.walk(
                commits, in: repository, entities: entities, since: since, teams: belongs(0))
            return found.sorted { ($0.commit, $0.team, $0.order) < ($1.commit, $1.team, $1.order) }.map(\.event)
        }
        // A libgit2 handle is not for two threads: each worker opens its own.
        let shares = Array(0..<workers).concurrentMap { worker -> Result<[Found], GitError> in
            do throws(GitError) {
                return .success(
                    try LedgerHistory.walk(
                        commits, in: try GitRepository.open(at: path), entities: entities, since: since,
                        teams: belongs(worker)))
            } catch {
                return .failure(error)
            }
        }
        var found: [Found] = []
        for share in shares {
            switch share {
            case .success(let events): found += events
            case .failure(let error): throw error
            }
        }
        found.sort { ($0.commit, $0.team, $0.order) < ($1.commit, $1.team, $1.order) }
        return found.map(\.event)
    }

    /// What changed in one team's ledger from one commit to another, as if `new` were the
    /// next commit after `old` (for `tavle diff`); the events carry `new`'s details.
    public func changes(teamFolder: String, from old: ObjectID, to new: ObjectID) throws(GitError) -> [LedgerEvent] {
        var state = TeamState()
        if let folder = try repository.entryID(atPath: teamFolder, inCommit: old) {
            _ = try state.advance(
                to: folder, team: teamFolder, in: repository,
                context: CommitContext(commit: old, repository: repository))
        }
        guard let folder = try repository.entryID(atPath: teamFolder, inCommit: new) else { return [] }
        return try state.advance(
            to: folder, team: teamFolder, in: repository, context: CommitContext(commit: new, repository: repository))
    }

    /// An event with where it stood in the walk, for putting the workers' shares together.
    struct Found: Sendable {
        var commit: Int
        var team: String
        var order: Int
        var event: LedgerEvent
    }

    static func walk(
        _ commits: [(commit: ObjectID, tree: ObjectID)], in repository: GitRepository,
        entities: Set<LedgerEvent.Entity>, since: Int64?,
        teams accept: (String) -> Bool
    ) throws(GitError) -> [Found] {
        var teams: [String: TeamState] = [:]
        var found: [Found] = []
        var previousRoot: ObjectID?
        for (index, (commit, root)) in commits.enumerated() {
            if root == previousRoot { continue }
            previousRoot = root
            let context = CommitContext(commit: commit, repository: repository)
            for folder in try repository.entries(ofTree: root)
            where folder.isFolder && folder.name != "notebooks" && accept(folder.name) {
                // Mutated in place: a copy taken out of the dictionary would make every change
                // copy the team's ledger state.
                let events = try teams[folder.name, default: TeamState()].advance(
                    to: folder.id, team: folder.name, in: repository, context: context)
                if events.isEmpty { continue }
                if let since, try context.info().time < since { continue }
                for event in events where entities.contains(event.entity) {
                    found.append(Found(commit: index, team: folder.name, order: found.count, event: event))
                }
            }
        }
        return found
    }
}

/// What the events of one commit share. The trailers are read only for a commit that has
/// events to show: most commits change no ledger entry of the team asked about.
final class CommitContext {
    let id: ObjectID
    let repository: GitRepository
    private var read: (commit: CommitInfo, trailers: [String: String])?

    init(commit: ObjectID, repository: GitRepository) {
        id = commit
        self.repository = repository
    }

    func info() throws(GitError) -> CommitInfo { try details().commit }

    private func details() throws(GitError) -> (commit: CommitInfo, trailers: [String: String]) {
        if let read { return read }
        let commit = try repository.commitInfo(id)
        let details = (
            commit, Dictionary(commit.trailers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        )
        read = details
        return details
    }

    func event(
        team: String, entity: LedgerEvent.Entity, id: String, field: String, change: LedgerEvent.Change, old: String?,
        new: String?
    ) throws(GitError) -> LedgerEvent {
        let (commit, trailers) = try details()
        return LedgerEvent(
            commit: commit.id.hex, time: commit.time, timeZoneOffset: commit.timeZoneOffset, author: commit.author.name,
            team: team,
            gathering: trailers["Gathering"], notebook: trailers["Notebook"],
            notebookVersion: trailers["Notebook-Version"],
            entity: entity, id: id, field: field, change: change, old: old, new: new)
    }
}

/// One team's ledger as last seen in the walk.
struct TeamState {
    /// Entry id → the entry as written; fields are only spelt out for entries that changed.
    typealias Entries = [String: LedgerJSON]

    var folderID: ObjectID?
    var ledgerID: ObjectID?
    var measurementsID: ObjectID?
    var formsID: ObjectID?
    /// Preparation-form records by form and file, and each number sent, by indicator/month.
    var formFiles: [String: ObjectID] = [:]
    var sent: [String: String] = [:]
    var fileIDs: [String: ObjectID] = [:]
    var entries: [String: Entries] = [:]
    /// Measurement file → series → its points, in order.
    var measurements: [String: [String: [LedgerJSON]]] = [:]
    var revisions: [String: [LedgerRevision]] = [:]
    var goalIndicators: [String: String] = [:]
    /// Per goal set aside: the day and reason of its retirement, as last committed.
    var retirements: [String: LedgerRevision] = [:]
    /// Per measured series (indicator, else query): its last point with a value.
    var latest: [String: LedgerEvent.Measured] = [:]
    /// Per measured series: `%` when its values are shares shown in per cent.
    var units: [String: String?] = [:]

    mutating func advance(to folder: ObjectID, team: String, in repository: GitRepository, context: CommitContext)
        throws(GitError) -> [LedgerEvent]
    {
        guard folder != folderID else { return [] }
        folderID = folder
        let entries = try repository.entries(ofTree: folder)
        var events: [LedgerEvent] = []
        // Numbers a team sent in a preparation form (tavle serve): who sent what, when, before
        // any report shows them.
        if let forms = entries.first(where: { $0.name == Ledger.formsFolder && $0.isFolder }), forms.id != formsID {
            formsID = forms.id
            events += try sentEvents(forms.id, team: team, in: repository, context: context)
        }
        guard let ledger = entries.first(where: { $0.name == Ledger.folder && $0.isFolder }), ledger.id != ledgerID
        else { return events }
        ledgerID = ledger.id
        let files = try repository.entries(ofTree: ledger.id)
        // Measurements first, so that a goal changed in the same commit is shown beside the
        // values that report showed.
        if let folder = files.first(where: { $0.name == Ledger.measurementsFolder && $0.isFolder }),
            folder.id != measurementsID
        {
            measurementsID = folder.id
            for file in try repository.entries(ofTree: folder.id) where !file.isFolder && file.name.hasSuffix(".json") {
                events += try read(
                    file, key: "\(Ledger.measurementsFolder)/\(file.name)", entity: .measurement, team: team,
                    in: repository, context: context)
            }
        }
        let entities: [Ledger.Kind: LedgerEvent.Entity] = [
            .goals: .goal, .retiredGoals: .goal, .indicators: .indicator, .pdsa: .pdsa, .decisions: .decision,
            .answers: .answer,
            .corrections: .correction,
        ]
        // Retirements before goals, so that a goal's removal carries the reason given with it.
        for kind in [Ledger.Kind.retiredGoals] + Ledger.Kind.allCases.filter({ $0 != .retiredGoals }) {
            guard let file = files.first(where: { $0.name == kind.fileName && !$0.isFolder }) else { continue }
            events += try read(
                file, key: kind.fileName, entity: entities[kind]!, team: team, in: repository, context: context)
        }
        return events
    }

    /// A preparation form's record (`forms/<form>/<month>.yaml`, read as `tavle import` reads
    /// it): each number an event of its indicator and month, field `sent`, as the team typed it.
    private mutating func sentEvents(
        _ forms: ObjectID, team: String, in repository: GitRepository, context: CommitContext
    ) throws(GitError) -> [LedgerEvent] {
        var events: [LedgerEvent] = []
        for form in try repository.entries(ofTree: forms) where form.isFolder {
            for file in try repository.entries(ofTree: form.id) where !file.isFolder && file.name.hasSuffix(".yaml") {
                let key = "\(form.name)/\(file.name)"
                guard formFiles[key] != file.id else { continue }
                formFiles[key] = file.id
                let text = String(decoding: try repository.blob(file.id), as: UTF8.self)
                // A record edited by hand into something unreadable says nothing; verify and
                // git log show the edit.
                guard let reading = try? FilledFormReader.yaml(text, file: key, period: nil) else { continue }
                for value in reading.values {
                    let id = "\(value.indicator)/\(value.period)"
                    let old = sent[id]
                    guard old != value.text else { continue }
                    sent[id] = value.text
                    events.append(
                        try context.event(
                            team: team, entity: .measurement, id: id, field: "sent",
                            change: old == nil ? .added : .changed, old: old, new: value.text))
                }
            }
        }
        return events
    }

    private mutating func read(
        _ file: TreeEntry, key: String, entity: LedgerEvent.Entity, team: String, in repository: GitRepository,
        context: CommitContext
    ) throws(GitError) -> [LedgerEvent] {
        guard fileIDs[key] != file.id else { return [] }
        fileIDs[key] = file.id
        let document = LedgerJSON.parse([UInt8](try repository.blob(file.id)))
        guard case .array(let items)? = document else { return [] }
        if entity == .measurement {
            return try measurementEvents(items, key: key, team: team, context: context)
        }
        if key == Ledger.Kind.retiredGoals.fileName {
            return try retirementEvents(items, team: team, context: context)
        }
        var new: Entries = [:]
        var reasons: [String: String] = [:]
        for item in items {
            guard let id = item["id"]?.text else { continue }
            new[id] = item
            guard entity == .goal else { continue }
            var written: [LedgerRevision] = []
            if case .array(let list)? = item["revisions"] {
                for revision in list {
                    if let date = revision["date"]?.text, let reason = revision["reason"]?.text {
                        written.append(LedgerRevision(date: date, reason: reason))
                    }
                }
            }
            let added = written.filter { !(revisions[id] ?? []).contains($0) }
            if !added.isEmpty { reasons[id] = added.map(\.reason).joined(separator: " ") }
            revisions[id] = written
            goalIndicators[id] = item["indicator"]?.text
        }
        let old = entries[key] ?? [:]
        entries[key] = new
        var events: [LedgerEvent] = []
        for id in reasons.keys.sorted() {
            // A revision is an event of its own, so the reason stands in the trail even when
            // the goal's fields changed in an earlier commit.
            for revision in revisions[id] ?? [] where reasons[id]?.contains(revision.reason) == true {
                var event = try context.event(
                    team: team, entity: .goal, id: id, field: "revision", change: .added, old: nil,
                    new: "\(revision.date): \(revision.reason)")
                event.reason = revision.reason
                events.append(event)
            }
        }
        // Most entries are unchanged from one run to the next: find the few that differ
        // before sorting anything.
        var changed = new.compactMap { id, item in old[id] == item ? nil : id }
        changed += old.keys.filter { new[$0] == nil }
        for id in changed.sorted() {
            events += try fieldEvents(
                id: id, before: old[id], after: new[id], entity: entity, team: team, context: context
            ) { event in
                if entity == .goal {
                    event.reason = reasons[id] ?? (new[id] == nil ? retirements[id]?.reason : nil)
                    event.measured = goalIndicators[id].flatMap { latest[$0] }
                    if ["target", "baseline"].contains(event.field) {
                        event.unit = (new[id] ?? old[id])?["unit"]?.text
                    }
                }
            }
        }
        return events
    }

    /// A goal set aside is an event of its own, with the day and reason the journal gave; the
    /// goal's removal in the same commit carries the reason too.
    private mutating func retirementEvents(_ items: [LedgerJSON], team: String, context: CommitContext) throws(GitError)
        -> [LedgerEvent]
    {
        var current: [String: LedgerRevision] = [:]
        for item in items {
            guard let id = item["id"]?.text, let date = item["date"]?.text, let reason = item["reason"]?.text else {
                continue
            }
            current[id] = LedgerRevision(date: date, reason: reason)
        }
        var events: [LedgerEvent] = []
        for id in current.keys.sorted() where retirements[id] != current[id] {
            let retirement = current[id]!
            var event = try context.event(
                team: team, entity: .goal, id: id, field: "retired", change: retirements[id] == nil ? .added : .changed,
                old: retirements[id].map { "\($0.date): \($0.reason)" }, new: "\(retirement.date): \(retirement.reason)"
            )
            event.reason = retirement.reason
            events.append(event)
        }
        for id in retirements.keys.sorted() where current[id] == nil {
            let old = retirements[id]!
            events.append(
                try context.event(
                    team: team, entity: .goal, id: id, field: "retired", change: .removed,
                    old: "\(old.date): \(old.reason)", new: nil))
        }
        retirements = current
        return events
    }

    /// Measurement files grow by a point per series and run, and earlier points rarely change:
    /// points are compared in order, so the common case costs one comparison per point and no
    /// hashing; only where the periods no longer line up are the rest matched by period.
    private mutating func measurementEvents(_ items: [LedgerJSON], key: String, team: String, context: CommitContext)
        throws(GitError) -> [LedgerEvent]
    {
        var newSeries: [String: [LedgerJSON]] = [:]
        var names: [String] = []
        for series in items {
            guard let name = series["indicator"]?.text ?? series["query"]?.text,
                case .array(let points)? = series["points"]
            else { continue }
            units[name] = series["unit"]?.text
            if newSeries[name] == nil { names.append(name) }
            newSeries[name] = points
            if let last = points.last(where: { $0["value"]?.text.flatMap(Double.init) != nil }),
                let period = last["period"]?.text,
                let value = last["value"]?.text.flatMap(Double.init)
            {
                latest[name] = LedgerEvent.Measured(period: period, value: value, unit: series["unit"]?.text)
            }
        }
        let oldSeries = measurements[key] ?? [:]
        measurements[key] = newSeries
        var changed: [(id: String, before: LedgerJSON?, after: LedgerJSON?)] = []
        for name in names + oldSeries.keys.filter({ newSeries[$0] == nil }).sorted() {
            let before = oldSeries[name] ?? [], after = newSeries[name] ?? []
            // A chart that shows the last N months drops its first point as it gains one:
            // line the two up on the new first period before comparing in order.
            var start = 0
            if let first = after.first?["period"], let at = before.firstIndex(where: { $0["period"] == first }) {
                start = at
            }
            var same = 0
            while start + same < before.count, same < after.count, before[start + same] == after[same] { same += 1 }
            guard start > 0 || start + same < before.count || same < after.count else { continue }
            func byPeriod<Points: Sequence<LedgerJSON>>(_ points: Points) -> [String: LedgerJSON] {
                var found: [String: LedgerJSON] = [:]
                for point in points { if let period = point["period"]?.text { found[period] = point } }
                return found
            }
            let old = byPeriod(before[..<start] + before[(start + same)...]), new = byPeriod(after[same...])
            for (period, point) in new where old[period] != point {
                changed.append(("\(name)/\(period)", old[period], point))
            }
            for (period, point) in old where new[period] == nil { changed.append(("\(name)/\(period)", point, nil)) }
        }
        var events: [LedgerEvent] = []
        for change in changed.sorted(by: { $0.id < $1.id }) {
            let series = String(change.id[..<(change.id.lastIndex(of: "/") ?? change.id.endIndex)])
            events += try fieldEvents(
                id: change.id, before: change.before, after: change.after, entity: .measurement, team: team,
                context: context
            ) { event in
                if event.field == "value" { event.unit = units[series] ?? nil }
            }
        }
        return events
    }

    /// One event per field that differs between an entry's two versions.
    private func fieldEvents(
        id: String, before: LedgerJSON?, after: LedgerJSON?, entity: LedgerEvent.Entity, team: String,
        context: CommitContext,
        completing complete: (inout LedgerEvent) -> Void
    ) throws(GitError) -> [LedgerEvent] {
        let old = before.map(Self.fields), new = after.map(Self.fields)
        let change: LedgerEvent.Change = old == nil ? .added : new == nil ? .removed : .changed
        var events: [LedgerEvent] = []
        for field in Set((old ?? [:]).keys).union((new ?? [:]).keys).sorted() where old?[field] != new?[field] {
            var event = try context.event(
                team: team, entity: entity, id: id, field: field, change: change, old: old?[field], new: new?[field])
            complete(&event)
            events.append(event)
        }
        return events
    }

    /// An entry's fields as text: everything but what identifies it (and a goal's revisions,
    /// which are events of their own).
    static func fields(_ item: LedgerJSON) -> [String: String] {
        guard case .object(let members) = item else { return [:] }
        var fields: [String: String] = [:]
        for (name, value) in members where !["id", "revisions", "period"].contains(name) {
            if case .array(let items) = value {
                // A list of dated entries (an indicator's definition changes) reads as one field.
                fields[name] = items.map { item in
                    [item["date"]?.text, item["change"]?.text ?? item.text].compactMap { $0 }.joined(separator: ": ")
                }
                .joined(separator: "; ")
            } else {
                fields[name] = value.text
            }
        }
        return fields
    }
}
