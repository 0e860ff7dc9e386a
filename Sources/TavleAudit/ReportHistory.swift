import Foundation
import TavleArchive
import TavleGit
import TavleHistory
import TavleModel
import TavleParse
import TavleRender
import TavleRun

/// `tavle history` and `tavle trace`: the ledger's events read back from the report
/// repository, as a timeline for a team or as tidy rows for research.
public enum ReportHistory {
    public static func events(
        outputFolder: String, team: String?, entities: Set<LedgerEvent.Entity> = Set(LedgerEvent.Entity.allCases),
        since: JournalDate? = nil
    ) throws(Diagnostic) -> [LedgerEvent] {
        try ReportRepository.requireExists(outputFolder)
        let start = since.map { date -> Int64 in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let day = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
            return Int64(day.timeIntervalSince1970)
        }
        let repository = try ReportRepository.openForReading(outputFolder)
        if let team { try requireTeam(team, in: repository, outputFolder: outputFolder) }
        return try ReportRepository.reading(outputFolder) { () throws(GitError) in
            try LedgerHistory(repository: repository).events(
                teamFolder: team.map(ReportWriter.safeName), entities: entities, since: start)
        }
    }

    /// A team the repository never had a folder for is a mistyped id, not a team without
    /// history: said so, with the nearest ids.
    package static func requireTeam(_ team: String, in repository: GitRepository, outputFolder: String)
        throws(Diagnostic)
    {
        let folder = ReportWriter.safeName(team)
        let known = try ReportRepository.reading(outputFolder) { () throws(GitError) -> [String]? in
            guard let head = try repository.headCommit() else { return nil }
            return try repository.entries(ofTree: repository.tree(ofCommit: head)).filter { entry in
                entry.isFolder && entry.name != ReportLayout.notebooksFolder
                    && entry.name != ReportLayout.handoutsFolder
            }.map(\.name)
        }
        guard let known, !known.contains(folder) else { return }
        // A team whose folder was taken out later still has its reports in the history.
        let everHad = try ReportRepository.reading(outputFolder) { () throws(GitError) -> Bool in
            for (_, root) in try repository.commitTrees()
            where try repository.entries(ofTree: root).contains(where: { $0.name == folder && $0.isFolder }) {
                return true
            }
            return false
        }
        guard !everHad else { return }
        throw .error(
            at: nil, Phrase("the report repository has no reports for the team '\(team)'"),
            hint: Suggestions.hint(for: team, among: known.sorted(), noun: Phrase("teams")))
    }

    /// A notebook the repository never ran is a mistyped id, not a notebook without runs.
    package static func requireNotebook(_ notebook: String, in repository: GitRepository, outputFolder: String)
        throws(Diagnostic)
    {
        let known = try ReportRepository.reading(outputFolder) { () throws(GitError) -> [String]? in
            guard let head = try repository.headCommit(),
                let folder = try repository.entryID(atPath: ReportLayout.notebooksFolder, inCommit: head)
            else { return nil }
            return try repository.entries(ofTree: folder).filter { $0.name.hasSuffix(".md") }.map {
                String($0.name.dropLast(3))
            }
        }
        guard let known, !known.contains(notebook) else { return }
        throw .error(
            at: nil, Phrase("the report repository has no runs of the notebook '\(notebook)'"),
            hint: Suggestions.hint(for: notebook, among: known.sorted(), noun: Phrase("notebooks")))
    }

    /// One tidy row per event; the columns are documented in the README.
    public struct Row: Codable, Sendable, Hashable {
        public var commit: String
        public var time: String
        public var author: String
        public var team: String
        public var gathering: String?
        public var notebook: String?
        public var notebook_version: String?
        public var entity: String
        public var id: String
        public var field: String
        public var change: String
        public var old: String?
        public var new: String?
        public var reason: String?
        public var measured_period: String?
        public var measured_value: Double?
        /// `%` when old and new are shares shown in per cent.
        public var unit: String?
        /// `%` when measured_value is a share shown in per cent.
        public var measured_unit: String?

        public static let columns = [
            "commit", "time", "author", "team", "gathering", "notebook", "notebook_version", "entity", "id", "field",
            "change", "old", "new",
            "reason", "measured_period", "measured_value", "measured_unit", "unit",
        ]

        init(_ event: LedgerEvent) {
            commit = event.commit
            time = Timestamp.iso8601(event.time, offsetMinutes: event.timeZoneOffset)
            author = event.author
            team = event.team
            gathering = event.gathering
            notebook = event.notebook
            notebook_version = event.notebookVersion
            entity = event.entity.rawValue
            id = event.id
            field = event.field
            change = event.change.rawValue
            old = event.old
            new = event.new
            reason = event.reason
            measured_period = event.measured?.period
            measured_value = event.measured?.value
            unit = event.unit
            measured_unit = event.measured?.unit
        }

        var fields: [String] {
            [
                commit, time, author, team, gathering ?? "", notebook ?? "", notebook_version ?? "", entity, id, field,
                change, old ?? "", new ?? "",
                reason ?? "", measured_period ?? "", measured_value.map(LedgerNumber.text) ?? "", measured_unit ?? "",
                unit ?? "",
            ]
        }
    }

    public static func csv(_ events: [LedgerEvent]) -> String {
        ([Row.columns] + events.map { Row($0).fields }).map { $0.map(ResultCSV.field).joined(separator: ",") }.joined(
            separator: "\n") + "\n"
    }

    /// A timeline a person reads: one paragraph per run, oldest first.
    public static func text(_ events: [LedgerEvent], what: String, team: String, language: Language = .en) -> String {
        guard !events.isEmpty else {
            return Phrase("No \(what) recorded for team \(team).\n").text(in: language)
        }
        var text = ""
        var commit = ""
        for event in events {
            if event.commit != commit {
                commit = event.commit
                var run = [
                    event.notebook.map { "\($0)\(event.notebookVersion.map { " v\($0)" } ?? "")" },
                    event.gathering.map { "\(Phrase("gathering").text(in: language)) \($0)" },
                ].compactMap { $0 }
                run.append(String(commit.prefix(7)))
                run.append(event.author)
                text +=
                    "\n"
                    + Timestamp.iso8601(event.time, offsetMinutes: event.timeZoneOffset).prefix(16)
                    .replacingOccurrences(of: "T", with: " ")
                text += "  " + run.joined(separator: " · ") + "\n"
            }
            text += lines(for: event, indent: "  ", language: language)
        }
        return String(text.dropFirst())
    }

    /// One event as a line (two for a goal's target, with the indicator's value beside it).
    public static func lines(for event: LedgerEvent, indent: String, language: Language = .en) -> String {
        let subject = "\(entityName(event.entity).text(in: language)) \(event.id)"
        let word = { (phrase: Phrase) in phrase.text(in: language) }
        // A value over several lines (an answer) keeps to its indentation.
        var event = event
        // Shares a report showed in per cent read as per cent: 75 % → 85 %, not 0.75 → 0.85.
        if event.unit == "%" {
            event.old = event.old.map { percent($0, language: language) }
            event.new = event.new.map { percent($0, language: language) }
        } else if numericFields.contains(event.field) {
            // Numbers as the reader writes them (8,6 in Swedish), at the precision recorded.
            event.old = event.old.map { number($0, language: language) }
            event.new = event.new.map { number($0, language: language) }
        }
        // Control characters (an escape sequence in a journal's text) are shown, not obeyed.
        event.old = event.old.map(Self.printable)
        event.new = event.new.map(Self.printable)
        let continuation = "\n" + indent + "    "
        event.old = event.old.map {
            $0.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: continuation)
        }
        event.new = event.new.map {
            $0.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: continuation)
        }
        // In the reader's language: the field as the reports name it and its fixed values
        // (a direction, a decision) in words; in English, the journal's own keys.
        let strings = Strings(language: language)
        let field = language == .en ? event.field : Self.fieldName(event.entity, event.field, strings)
        event.old = event.old.map { Self.valueName(event.field, $0, strings, language) }
        event.new = event.new.map { Self.valueName(event.field, $0, strings, language) }
        var text: String
        switch event.change {
        case .added where event.field == "revision":
            text = "\(indent)\(subject) \(word(Phrase("revised"))): \(event.new ?? "")\n"
        case .added where event.field == "retired":
            text = "\(indent)\(subject) \(word(Phrase("set aside"))): \(event.new ?? "")\n"
        case .added: text = "\(indent)\(subject) \(field): \(event.new ?? "")\n"
        case .removed: text = "\(indent)\(subject) \(field) \(word(Phrase("removed (was"))) \(event.old ?? ""))\n"
        case .changed: text = "\(indent)\(subject) \(field): \(event.old ?? "–") → \(event.new ?? "–")\n"
        }
        if let measured = event.measured, event.field == "target" || event.field == "revision" {
            let value =
                measured.unit == "%"
                ? percent(String(measured.value), language: language)
                : DecimalText.plain((measured.value * 100).rounded() / 100, in: language)
            text += "\(indent)    \(word(Phrase("indicator at that time"))): \(value) (\(measured.period))\n"
        }
        return text
    }

    /// Text with every control character but line breaks and tabs written as `\u{…}`, and the
    /// marks that reorder text on screen (U+202A–202E, U+2066–2069), which could make a
    /// line read as something else than it holds.
    static func printable(_ text: String) -> String {
        func hidden(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
        guard text.unicodeScalars.contains(where: hidden) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if hidden(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// A share as per cent for a reader: "0.75" → "75 %" (nb) or "75%" (en), to at most one
    /// decimal; text that is not a number stays as it is.
    /// A ledger field as the reports name it, in lower case: a goal's SMART parts, a PDSA
    /// cycle's steps; other fields keep the journal's key.
    static func fieldName(_ entity: LedgerEvent.Entity, _ field: String, _ strings: Strings) -> String {
        let name: String
        switch (entity, field) {
        case (.goal, _): name = strings.goalField(field)
        case (.pdsa, "plan"): name = strings.plan
        case (.pdsa, "do"): name = strings.doStep
        case (.pdsa, "study"): name = strings.study
        case (.pdsa, "act"): name = strings.act
        case (.pdsa, "decision"): name = strings.decisionField
        case (.pdsa, "goal"): name = strings.goalField("statement")
        case (.pdsa, _): name = strings.cycleField(field) ?? strings.ledgerField(field) ?? field
        default: name = strings.ledgerField(field) ?? field
        }
        return name.lowercased()
    }

    /// A fixed value in words: a direction, a decision.
    static func valueName(_ field: String, _ value: String, _ strings: Strings, _ language: Language) -> String {
        guard language != .en else { return value }
        switch field {
        case "direction": return GoalDirection(rawValue: value).map(strings.directionName) ?? value
        case "decision": return PDSADecision(rawValue: value).map(strings.decisionName) ?? value
        default: return value
        }
    }

    /// The fields whose values are numbers: a goal's baseline and target, a measurement.
    static let numericFields: Set<String> = ["baseline", "target", "value", "numerator", "denominator"]

    static func number(_ text: String, language: Language) -> String {
        guard let value = Double(text), value.isFinite else { return text }
        return DecimalText.plain(value, in: language)
    }

    static func percent(_ text: String, language: Language) -> String {
        guard let share = Double(text), share.isFinite else { return text }
        let shown = DecimalText.plain((share * 1000).rounded() / 10, in: language)
        return shown + language.percentSuffix
    }

    /// What a ledger event is about, as the reader calls it.
    static func entityName(_ entity: LedgerEvent.Entity) -> Phrase {
        switch entity {
        case .goal: Phrase("goal")
        case .indicator: Phrase("indicator")
        case .pdsa: Phrase("pdsa")
        case .decision: Phrase("decision")
        case .answer: Phrase("answer")
        case .measurement: Phrase("measurement")
        case .correction: Phrase("correction")
        }
    }
}
