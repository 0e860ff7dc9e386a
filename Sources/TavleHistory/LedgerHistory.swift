import Foundation
import TavleGit
import TavleModel

/// One change to one field of one entry of a team's ledger, in the commit that made it.
public struct LedgerEvent: Sendable, Hashable, Codable {
    public enum Entity: String, Sendable, Hashable, Codable, CaseIterable {
        case goal, indicator, pdsa, decision, answer, measurement
    }

    public enum Change: String, Sendable, Hashable, Codable {
        case added, changed, removed
    }

    /// The indicator's last value in the ledger when the event was committed.
    public struct Measured: Sendable, Hashable, Codable {
        public var period: String
        public var value: Double
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
    public func events(teamFolder: String? = nil, entities: Set<LedgerEvent.Entity> = Set(LedgerEvent.Entity.allCases), since: Int64? = nil) throws(GitError) -> [LedgerEvent] {
        var teams: [String: TeamState] = [:]
        var events: [LedgerEvent] = []
        var previousRoot: ObjectID?
        for commit in try repository.history().reversed() {
            let root = try repository.tree(ofCommit: commit.id)
            if root == previousRoot { continue }
            previousRoot = root
            let trailers = Dictionary(commit.trailers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let context = CommitContext(commit: commit, trailers: trailers)
            for folder in try repository.entries(ofTree: root) where folder.isFolder && folder.name != "notebooks" {
                if let teamFolder, folder.name != teamFolder { continue }
                var state = teams[folder.name] ?? TeamState()
                let found = try state.advance(to: folder.id, team: folder.name, in: repository, context: context)
                teams[folder.name] = state
                if let since, commit.time < since { continue }
                events += found.filter { entities.contains($0.entity) }
            }
        }
        return events
    }
}

/// What the events of one commit share.
struct CommitContext {
    var commit: CommitInfo
    var trailers: [String: String]

    func event(team: String, entity: LedgerEvent.Entity, id: String, field: String, change: LedgerEvent.Change, old: String?, new: String?) -> LedgerEvent {
        LedgerEvent(
            commit: commit.id.hex, time: commit.time, timeZoneOffset: commit.timeZoneOffset, author: commit.author.name, team: team,
            gathering: trailers["Gathering"], notebook: trailers["Notebook"], notebookVersion: trailers["Notebook-Version"],
            entity: entity, id: id, field: field, change: change, old: old, new: new)
    }
}

/// One team's ledger as last seen in the walk.
struct TeamState {
    typealias Entries = [String: [String: String]]

    var folderID: ObjectID?
    var ledgerID: ObjectID?
    var measurementsID: ObjectID?
    var fileIDs: [String: ObjectID] = [:]
    var entries: [String: Entries] = [:]
    var revisions: [String: [LedgerRevision]] = [:]
    var goalIndicators: [String: String] = [:]
    /// Per measured series (indicator, else query): its last point with a value.
    var latest: [String: LedgerEvent.Measured] = [:]

    mutating func advance(to folder: ObjectID, team: String, in repository: GitRepository, context: CommitContext) throws(GitError) -> [LedgerEvent] {
        guard folder != folderID else { return [] }
        folderID = folder
        guard let ledger = try repository.entries(ofTree: folder).first(where: { $0.name == Ledger.folder && $0.isFolder }), ledger.id != ledgerID else { return [] }
        ledgerID = ledger.id
        let files = try repository.entries(ofTree: ledger.id)
        var events: [LedgerEvent] = []
        // Measurements first, so that a goal changed in the same commit is shown beside the
        // values that report showed.
        if let folder = files.first(where: { $0.name == "measurements" && $0.isFolder }), folder.id != measurementsID {
            measurementsID = folder.id
            for file in try repository.entries(ofTree: folder.id) where !file.isFolder && file.name.hasSuffix(".json") {
                events += try read(file, key: "measurements/" + file.name, entity: .measurement, team: team, in: repository, context: context)
            }
        }
        let kinds: [(String, LedgerEvent.Entity)] = [
            ("goals.json", .goal), ("indicators.json", .indicator), ("pdsa.json", .pdsa), ("decisions.json", .decision), ("answers.json", .answer),
        ]
        for (name, entity) in kinds {
            guard let file = files.first(where: { $0.name == name && !$0.isFolder }) else { continue }
            events += try read(file, key: name, entity: entity, team: team, in: repository, context: context)
        }
        return events
    }

    private mutating func read(
        _ file: TreeEntry, key: String, entity: LedgerEvent.Entity, team: String, in repository: GitRepository, context: CommitContext
    ) throws(GitError) -> [LedgerEvent] {
        guard fileIDs[key] != file.id else { return [] }
        fileIDs[key] = file.id
        let data = try repository.blob(file.id)
        let new: Entries
        var reasons: [String: String] = [:]
        switch entity {
        case .goal:
            let goals = Ledger.decode([LedgerGoal].self, from: data) ?? []
            new = Self.table(goals)
            for goal in goals {
                let added = goal.revisions.filter { !(revisions[goal.id] ?? []).contains($0) }
                if !added.isEmpty { reasons[goal.id] = added.map(\.reason).joined(separator: " ") }
                revisions[goal.id] = goal.revisions
                goalIndicators[goal.id] = goal.indicator
            }
        case .indicator: new = Self.table(Ledger.decode([LedgerIndicator].self, from: data) ?? [])
        case .pdsa: new = Self.table(Ledger.decode([LedgerCycle].self, from: data) ?? [])
        case .decision: new = Self.table(Ledger.decode([LedgerDecision].self, from: data) ?? [])
        case .answer: new = Self.table(Ledger.decode([LedgerAnswer].self, from: data) ?? [])
        case .measurement:
            var points: Entries = [:]
            for series in Ledger.decode([LedgerSeries].self, from: data) ?? [] {
                for point in series.points {
                    var fields: [String: String] = [:]
                    fields["value"] = point.value.map(LedgerNumber.text)
                    fields["y"] = point.y.map(LedgerNumber.text)
                    fields["n"] = point.n.map(LedgerNumber.text)
                    points["\(series.id)/\(point.period)"] = fields
                }
                if let last = series.points.last(where: { $0.value != nil }) {
                    latest[series.id] = LedgerEvent.Measured(period: last.period, value: last.value!)
                }
            }
            new = points
        }
        let old = entries[key] ?? [:]
        entries[key] = new
        var events: [LedgerEvent] = []
        for id in reasons.keys.sorted() {
            // A revision is an event of its own, so the reason stands in the trail even when
            // the goal's fields changed in an earlier commit.
            for revision in revisions[id] ?? [] where reasons[id]?.contains(revision.reason) == true {
                var event = context.event(team: team, entity: .goal, id: id, field: "revision", change: .added, old: nil, new: "\(revision.date): \(revision.reason)")
                event.reason = revision.reason
                events.append(event)
            }
        }
        for id in Set(old.keys).union(new.keys).sorted() {
            let before = old[id], after = new[id]
            let change: LedgerEvent.Change = before == nil ? .added : after == nil ? .removed : .changed
            for field in Set((before ?? [:]).keys).union((after ?? [:]).keys).sorted() where before?[field] != after?[field] {
                var event = context.event(team: team, entity: entity, id: id, field: field, change: change, old: before?[field], new: after?[field])
                if entity == .goal {
                    event.reason = reasons[id]
                    event.measured = goalIndicators[id].flatMap { latest[$0] }
                }
                events.append(event)
            }
        }
        return events
    }

    static func table<Entry: LedgerEntry>(_ entries: [Entry]) -> Entries {
        Dictionary(entries.map { ($0.id, $0.fields) }, uniquingKeysWith: { first, _ in first })
    }
}
