import Foundation
import TavleModel

/// Reads a team journal (`journals/<team>.yaml`). Errors stop the run with the place in the
/// file; goals that lack SMART parts only warn, in the journal's language, since a team may
/// still be working its goal out.
public struct JournalParser: Sendable {
    public struct Parsed: Sendable {
        public var journal: Journal
        public var warnings: [Diagnostic]
    }

    static let keys = ["team", "language", "goals", "retired_goals", "indicators", "pdsa", "decisions", "answers"]
    static let goalKeys = ["id", "statement", "what", "for_whom", "how_much", "indicator", "baseline", "target", "direction", "due", "revisions"]
    static let indicatorKeys = ["id", "name", "kind", "definition", "caveats", "changes"]
    static let cycleKeys = ["id", "title", "goal", "plan", "do", "study", "act", "decision", "started", "ended"]
    static let decisionKeys = ["id", "date", "what", "why"]
    static let answerKeys = ["prompt", "gathering", "date", "text"]

    public init() {}

    /// - Parameters:
    ///   - team: the team the file is named after; a `team:` inside must agree.
    ///   - defaultLanguage: the workspace's language, for warnings when the journal names none.
    public func parse(_ text: String, file: String, team: String, defaultLanguage: Language) throws(Diagnostic) -> Parsed {
        try ControlCharacters.requireNone(in: text, file: file)
        let reader = YAMLReader(file: file, lineOffset: 0)
        let root = try reader.root(text)
        let fields = try root.fields(Phrase("the journal", nb: "journalen"), known: Self.keys)
        if let field = fields["team"] {
            let named = try field.value.string(Phrase("the team", nb: "teamet"))
            guard named == team else {
                throw .error(
                    at: field.value.location, Phrase("this journal says it belongs to team '\(named)', but its file is named after '\(team)'", nb: "denne journalen sier at den tilhører teamet «\(named)», men filen er oppkalt etter «\(team)»"),
                    hint: Phrase("rename the file to journals/\(named).yaml, or correct 'team:'", nb: "gi filen navnet journals/\(named).yaml, eller rett «team:»"))
            }
        }
        let language = try fields["language"].map { field throws(Diagnostic) in try field.value.oneOf(Phrase("the language", nb: "språket"), Language.self) }
        let goals = try list(fields["goals"], Phrase("goals", nb: "«goals»")) { node throws(Diagnostic) in try goal(node) }
        let indicators = try list(fields["indicators"], Phrase("indicators", nb: "«indicators»")) { node throws(Diagnostic) in try indicator(node) }
        let cycles = try list(fields["pdsa"], Phrase("pdsa", nb: "«pdsa»")) { node throws(Diagnostic) in try cycle(node) }
        var decisions = try list(fields["decisions"], Phrase("decisions", nb: "«decisions»")) { node throws(Diagnostic) in try decision(node) }
        let answers = try list(fields["answers"], Phrase("answers", nb: "«answers»")) { node throws(Diagnostic) in try answer(node) }
        let retired = try list(fields["retired_goals"], Phrase("retired_goals", nb: "«retired_goals»")) { node throws(Diagnostic) in
            let entry = try node.fields(Phrase("a retired goal", nb: "et avsluttet mål"), known: ["id", "date", "reason"])
            let id = try required(entry, "id", in: node, Phrase("a retired goal", nb: "et avsluttet mål"), example: "id: faerre-fall")
            guard let dateField = entry["date"] else {
                throw .error(at: node.location, Phrase("the retired goal '\(id)' has no date", nb: "det avsluttede målet «\(id)» har ingen dato"), hint: Phrase("add 'date: YYYY-MM-DD', the day it was set aside", nb: "legg til «date: ÅÅÅÅ-MM-DD», dagen det ble lagt bort"))
            }
            let reason = try required(entry, "reason", in: node, Phrase("the retired goal '\(id)'", nb: "det avsluttede målet «\(id)»"), example: "reason: Why the goal was set aside")
            return GoalRetirement(id: id, date: try date(dateField.value, Phrase("the date of a retired goal", nb: "datoen for et avsluttet mål")), reason: reason, location: node.location)
        }
        for retirement in retired where goals.contains(where: { $0.id == retirement.id }) {
            throw .error(
                at: retirement.location, Phrase("the goal '\(retirement.id)' is both among the goals and retired", nb: "målet «\(retirement.id)» står både blant målene og som avsluttet"),
                hint: Phrase("remove it from 'goals' if it is set aside, or from 'retired_goals' if it is still pursued", nb: "fjern det fra «goals» hvis det er lagt bort, eller fra «retired_goals» hvis det fortsatt gjelder"))
        }

        try requireUnique(goals.map { ($0.id, $0.location) }, Phrase("goal", nb: "målet"))
        try requireUnique(indicators.map { ($0.id, $0.location) }, Phrase("indicator", nb: "indikatoren"))
        try requireUnique(cycles.map { ($0.id, $0.location) }, Phrase("PDSA cycle", nb: "PDSA-sirkelen"))
        decisions = Self.namingDecisions(decisions)
        try requireUnique(decisions.map { ($0.id, $0.location) }, Phrase("decision", nb: "beslutningen"))
        var answered: [String: SourceLocation] = [:]
        for answer in answers {
            let key = "\(answer.prompt)@\(answer.gathering)"
            if let first = answered[key] {
                throw .error(
                    at: answer.location, Phrase("the prompt '\(answer.prompt)' is answered twice for gathering \(answer.gathering) (the first at line \(first.line))", nb: "spørsmålet «\(answer.prompt)» er besvart to ganger for samling \(answer.gathering) (første gang på linje \(first.line))"),
                    hint: Phrase("keep one answer per prompt and gathering; edit the first, and the report repository keeps the earlier wording", nb: "behold ett svar per spørsmål og samling; rediger det første, så tar rapportarkivet vare på den tidligere ordlyden"))
            }
            answered[key] = answer.location
        }
        let goalIDs = Set(goals.map(\.id))
        for cycle in cycles {
            if let goal = cycle.goal, !goalIDs.contains(goal) {
                throw .error(
                    at: cycle.location, Phrase("the PDSA cycle '\(cycle.id)' belongs to the goal '\(goal)', which the journal does not have", nb: "PDSA-sirkelen «\(cycle.id)» hører til målet «\(goal)», som journalen ikke har"),
                    hint: Suggestions.hint(for: goal, among: goals.map(\.id), noun: Phrase("goal ids", nb: "mål-id-er")))
            }
            if let started = cycle.started, let ended = cycle.ended, ended < started {
                throw .error(at: cycle.location, Phrase("the PDSA cycle '\(cycle.id)' ends (\(ended)) before it starts (\(started))", nb: "PDSA-sirkelen «\(cycle.id)» slutter (\(ended)) før den begynner (\(started))"), hint: Phrase("correct 'started' or 'ended'", nb: "rett «started» eller «ended»"))
            }
        }
        var journal = Journal(
            team: team, language: language, goals: goals, indicators: indicators, cycles: cycles, decisions: decisions,
            answers: answers, file: file)
        journal.retiredGoals = retired
        let warnings = goals.compactMap { goal in
            Self.smartWarning(goal)
        }
        return Parsed(journal: journal, warnings: warnings)
    }

    // MARK: - Entries

    private func goal(_ node: YAMLNode) throws(Diagnostic) -> Goal {
        let fields = try node.fields(Phrase("a goal", nb: "et mål"), known: Self.goalKeys)
        let id = try required(fields, "id", in: node, Phrase("a goal", nb: "et mål"), example: "id: faerre-fall")
        let statement = try required(fields, "statement", in: node, Phrase("the goal '\(id)'", nb: "målet «\(id)»"), example: "statement: Færre fall blant brukerne")
        var goal = Goal(id: id, statement: statement, location: node.location)
        goal.fieldLocations = fields.mapValues(\.value.location)
        goal.what = try optionalText(fields["what"], Phrase("what the goal '\(id)' is about", nb: "hva målet «\(id)» handler om"))
        goal.forWhom = try optionalText(fields["for_whom"], Phrase("who the goal '\(id)' is for", nb: "hvem målet «\(id)» er for"))
        goal.howMuch = try optionalText(fields["how_much"], Phrase("how much the goal '\(id)' aims for", nb: "hvor mye målet «\(id)» sikter mot"))
        goal.indicator = try optionalText(fields["indicator"], Phrase("the indicator of the goal '\(id)'", nb: "indikatoren til målet «\(id)»"))
        goal.baseline = try fields["baseline"].map { field throws(Diagnostic) in try share(field.value, Phrase("the baseline of the goal '\(id)'", nb: "utgangspunktet for målet «\(id)»")) }
        goal.target = try fields["target"].map { field throws(Diagnostic) in try share(field.value, Phrase("the target of the goal '\(id)'", nb: "målnivået for målet «\(id)»")) }
        goal.baselineInPercent = fields["baseline"].map { Self.writtenInPercent($0.value) } ?? false
        goal.targetInPercent = fields["target"].map { Self.writtenInPercent($0.value) } ?? false
        goal.direction = try fields["direction"].map { field throws(Diagnostic) in try field.value.oneOf(Phrase("the direction of the goal '\(id)'", nb: "retningen til målet «\(id)»"), GoalDirection.self) }
        goal.due = try fields["due"].map { field throws(Diagnostic) in try date(field.value, Phrase("the due date of the goal '\(id)'", nb: "fristen for målet «\(id)»")) }
        goal.revisions = try list(fields["revisions"], Phrase("the revisions of the goal '\(id)'", nb: "revisjonene av målet «\(id)»")) { node throws(Diagnostic) in
            let revision = try node.fields(Phrase("a revision", nb: "en revisjon"), known: ["date", "reason"])
            guard let dateField = revision["date"] else {
                throw .error(at: node.location, Phrase("a revision of the goal '\(id)' has no date", nb: "en revisjon av målet «\(id)» har ingen dato"), hint: Phrase("add 'date: YYYY-MM-DD', the day the goal was changed", nb: "legg til «date: ÅÅÅÅ-MM-DD», dagen målet ble endret"))
            }
            let reason = try required(revision, "reason", in: node, Phrase("a revision of the goal '\(id)'", nb: "en revisjon av målet «\(id)»"), example: "reason: Why the goal was changed")
            return Revision(date: try date(dateField.value, Phrase("the date of a revision", nb: "datoen for en revisjon")), reason: reason, location: node.location)
        }
        if goal.target != nil && goal.direction == nil {
            throw .error(
                at: node.location, Phrase("the goal '\(id)' has a target but does not say whether higher or lower is better", nb: "målet «\(id)» har et målnivå, men sier ikke om høyere eller lavere er bedre"),
                hint: Phrase("add 'direction: down' (lower is better, e.g. falls) or 'direction: up' (higher is better, e.g. share screened)", nb: "legg til «direction: down» (lavere er bedre, f.eks. fall) eller «direction: up» (høyere er bedre, f.eks. andel screenet)"))
        }
        return goal
    }

    private func indicator(_ node: YAMLNode) throws(Diagnostic) -> JournalIndicator {
        let fields = try node.fields(Phrase("an indicator", nb: "en indikator"), known: Self.indicatorKeys)
        let id = try required(fields, "id", in: node, Phrase("an indicator", nb: "en indikator"), example: "id: fall")
        guard let kind = fields["kind"] else {
            throw .error(
                at: node.location, Phrase("the indicator '\(id)' does not say what kind it is", nb: "indikatoren «\(id)» sier ikke hva slags indikator den er"),
                hint: Phrase("add 'kind: result', 'kind: process' or 'kind: balancing'", nb: "legg til «kind: result», «kind: process» eller «kind: balancing»"))
        }
        return JournalIndicator(
            id: id, name: try optionalText(fields["name"], Phrase("the name of the indicator '\(id)'", nb: "navnet på indikatoren «\(id)»")),
            kind: try kind.value.oneOf(Phrase("the kind of the indicator '\(id)'", nb: "typen til indikatoren «\(id)»"), IndicatorKind.self),
            definition: try optionalText(fields["definition"], Phrase("the definition of the indicator '\(id)'", nb: "definisjonen av indikatoren «\(id)»")),
            caveats: try optionalText(fields["caveats"], Phrase("the caveats of the indicator '\(id)'", nb: "forbeholdene for indikatoren «\(id)»")),
            changes: try list(fields["changes"], Phrase("the definition changes of the indicator '\(id)'", nb: "definisjonsendringene for indikatoren «\(id)»")) { node throws(Diagnostic) in
                let change = try node.fields(Phrase("a definition change", nb: "en definisjonsendring"), known: ["date", "change"])
                guard let dateField = change["date"] else {
                    throw .error(
                        at: node.location, Phrase("a definition change of the indicator '\(id)' has no date", nb: "en definisjonsendring for indikatoren «\(id)» har ingen dato"),
                        hint: Phrase("add 'date: YYYY-MM-DD', the first day counted the new way", nb: "legg til «date: ÅÅÅÅ-MM-DD», den første dagen det ble talt på den nye måten"))
                }
                let what = try required(change, "change", in: node, Phrase("a definition change of the indicator '\(id)'", nb: "en definisjonsendring for indikatoren «\(id)»"), example: "change: What is counted differently now")
                return DefinitionChange(date: try date(dateField.value, Phrase("the date of a definition change", nb: "datoen for en definisjonsendring")), change: what, location: node.location)
            },
            location: node.location)
    }

    private func cycle(_ node: YAMLNode) throws(Diagnostic) -> PDSACycle {
        let fields = try node.fields(Phrase("a PDSA cycle", nb: "en PDSA-sirkel"), known: Self.cycleKeys)
        let id = try required(fields, "id", in: node, Phrase("a PDSA cycle", nb: "en PDSA-sirkel"), example: "id: fallrisiko-ved-oppstart")
        let title = try required(fields, "title", in: node, Phrase("the PDSA cycle '\(id)'", nb: "PDSA-sirkelen «\(id)»"), example: "title: The change idea being tested")
        return PDSACycle(
            id: id, title: title, goal: try optionalText(fields["goal"], Phrase("the goal of the PDSA cycle '\(id)'", nb: "målet til PDSA-sirkelen «\(id)»")),
            plan: try optionalText(fields["plan"], Phrase("the plan of '\(id)'", nb: "planen (plan) for «\(id)»")), do: try optionalText(fields["do"], Phrase("the do of '\(id)'", nb: "utførelsen (do) av «\(id)»")),
            study: try optionalText(fields["study"], Phrase("the study of '\(id)'", nb: "vurderingen (study) av «\(id)»")), act: try optionalText(fields["act"], Phrase("the act of '\(id)'", nb: "beslutningen (act) for «\(id)»")),
            decision: try fields["decision"].map { field throws(Diagnostic) in try field.value.oneOf(Phrase("the decision of the PDSA cycle '\(id)'", nb: "beslutningen i PDSA-sirkelen «\(id)»"), PDSADecision.self) },
            started: try fields["started"].map { field throws(Diagnostic) in try date(field.value, Phrase("the start of the PDSA cycle '\(id)'", nb: "starten på PDSA-sirkelen «\(id)»")) },
            ended: try fields["ended"].map { field throws(Diagnostic) in try date(field.value, Phrase("the end of the PDSA cycle '\(id)'", nb: "slutten på PDSA-sirkelen «\(id)»")) },
            location: node.location)
    }

    private func decision(_ node: YAMLNode) throws(Diagnostic) -> Decision {
        let fields = try node.fields(Phrase("a decision", nb: "en beslutning"), known: Self.decisionKeys)
        guard let dateField = fields["date"] else {
            throw .error(at: node.location, Phrase("a decision has no date", nb: "en beslutning har ingen dato"), hint: Phrase("add 'date: YYYY-MM-DD', the day it was decided", nb: "legg til «date: ÅÅÅÅ-MM-DD», dagen det ble bestemt"))
        }
        let what = try required(fields, "what", in: node, Phrase("a decision", nb: "en beslutning"), example: "what: What was decided")
        return Decision(
            id: try optionalText(fields["id"], Phrase("the id of a decision", nb: "id-en til en beslutning")) ?? "",
            date: try date(dateField.value, Phrase("the date of a decision", nb: "datoen for en beslutning")), what: what,
            why: try optionalText(fields["why"], Phrase("why it was decided", nb: "hvorfor det ble bestemt")), location: node.location)
    }

    private func answer(_ node: YAMLNode) throws(Diagnostic) -> Answer {
        let fields = try node.fields(Phrase("an answer", nb: "et svar"), known: Self.answerKeys)
        let prompt = try required(fields, "prompt", in: node, Phrase("an answer", nb: "et svar"), example: "prompt: tema")
        guard let gathering = fields["gathering"] else {
            throw .error(at: node.location, Phrase("the answer to '\(prompt)' does not say before which gathering it was given", nb: "svaret på «\(prompt)» sier ikke før hvilken samling det ble gitt"), hint: Phrase("add for example 'gathering: 3'", nb: "legg for eksempel til «gathering: 3»"))
        }
        let text = try required(fields, "text", in: node, Phrase("the answer to '\(prompt)'", nb: "svaret på «\(prompt)»"), example: "text: What the team answered")
        return Answer(
            prompt: prompt, gathering: try gathering.value.integer(Phrase("the gathering of an answer", nb: "samlingen til et svar"), in: 0...99),
            date: try fields["date"].map { field throws(Diagnostic) in try date(field.value, Phrase("the date of an answer", nb: "datoen for et svar")) },
            text: text, location: node.location)
    }

    // MARK: - Helpers

    private func list<T>(_ field: (keyLocation: SourceLocation, value: YAMLNode)?, _ what: Phrase, _ entry: (YAMLNode) throws(Diagnostic) -> T) throws(Diagnostic) -> [T] {
        guard let field, !field.value.isNull else { return [] }
        guard case .sequence(let sequence) = field.value.node else {
            throw .error(
                at: field.value.location, Phrase("\(what) should be a list (lines starting with '- '), but it is \(field.value.kindDescription)", nb: "\(what.nb) skal være en liste (linjer som begynner med «- »), men er \(field.value.kindDescription.nb)"),
                hint: Phrase("write each entry on its own line starting with '- '", nb: "skriv hver oppføring på en egen linje som begynner med «- »"))
        }
        var entries: [T] = []
        for node in sequence { entries.append(try entry(YAMLNode(node: node, reader: field.value.reader))) }
        return entries
    }

    private func required(
        _ fields: [String: (keyLocation: SourceLocation, value: YAMLNode)], _ key: String, in node: YAMLNode, _ what: Phrase, example: String
    ) throws(Diagnostic) -> String {
        guard let field = fields[key], !field.value.isNull else {
            throw .error(at: node.location, Phrase("\(what) has no '\(key)'", nb: "\(what.nb) mangler «\(key)»"), hint: Phrase("add '\(example)'", nb: "legg til «\(example)»"))
        }
        let text = try field.value.string(Phrase("'\(key)' of \(what)", nb: "«\(key)» i \(what.nb)")).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .error(at: field.value.location, Phrase("'\(key)' of \(what) is empty", nb: "«\(key)» i \(what.nb) er tom"), hint: Phrase("add '\(example)'", nb: "legg til «\(example)»")) }
        return text
    }

    private func optionalText(_ field: (keyLocation: SourceLocation, value: YAMLNode)?, _ what: Phrase) throws(Diagnostic) -> String? {
        guard let field, !field.value.isNull else { return nil }
        let text = try field.value.string(what).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Whether a number was written with `%` (and so is kept as a share).
    private static func writtenInPercent(_ node: YAMLNode) -> Bool {
        (try? node.string(Phrase("", nb: "")))?.trimmingCharacters(in: .whitespaces).hasSuffix("%") == true
    }

    /// A number, or a share written in per cent ("80 %" is 0.8, as a p chart plots it).
    private func share(_ node: YAMLNode, _ what: Phrase) throws(Diagnostic) -> Double {
        let text = try node.string(what).trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("%") else { return try node.number(what) }
        let digits = text.dropLast().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let percent = Double(digits), percent.isFinite else {
            throw .error(at: node.location, Phrase("\(what) should be a number or a percentage such as '80 %', but it is '\(text)'", nb: "\(what.nb) skal være et tall eller en prosent som «80 %», men er «\(text)»"))
        }
        return percent / 100
    }

    private func date(_ node: YAMLNode, _ what: Phrase) throws(Diagnostic) -> JournalDate {
        let text = try node.string(what)
        guard let date = JournalDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw .error(at: node.location, Phrase("\(what) should be a date written YYYY-MM-DD, but it is '\(text)'", nb: "\(what.nb) skal være en dato skrevet ÅÅÅÅ-MM-DD, men er «\(text)»"), hint: Phrase("for example 2021-10-15", nb: "for eksempel 2021-10-15"))
        }
        return date
    }

    private func requireUnique(_ ids: [(String, SourceLocation)], _ noun: Phrase) throws(Diagnostic) {
        var seen: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let first = seen[id] {
                throw .error(
                    at: location, Phrase("two entries are the \(noun) '\(id)' (the first at line \(first.line))", nb: "to oppføringer er \(noun.nb) «\(id)» (første gang på linje \(first.line))"),
                    hint: Phrase("give each \(noun) its own id; history follows a \(noun) by its id", nb: "gi hver oppføring sin egen id; historikken følger den ved id-en"))
            }
            seen[id] = location
        }
    }

    /// A decision without an id is known by its date (and `-2`, `-3` … for later ones on the same day).
    static func namingDecisions(_ decisions: [Decision]) -> [Decision] {
        var count: [String: Int] = [:]
        return decisions.map { decision in
            guard decision.id.isEmpty else { return decision }
            var named = decision
            let base = decision.date.description
            count[base, default: 0] += 1
            named.id = count[base]! == 1 ? base : "\(base)-\(count[base]!)"
            return named
        }
    }

    /// A goal that lacks SMART parts: which ones, in words the team uses.
    static func smartWarning(_ goal: Goal) -> Diagnostic? {
        let missing = goal.missingSMARTParts
        guard !missing.isEmpty else { return nil }
        let keys: [SMARTPart: String] = [.what: "what", .howMuch: "target (or how_much)", .byWhen: "due", .forWhom: "for_whom"]
        let add = missing.map { keys[$0]! }.joined(separator: ", ")
        let names: [SMARTPart: Phrase] = [
            .what: Phrase("what (specific)", nb: "hva (spesifikt)"), .howMuch: Phrase("how much", nb: "hvor mye"),
            .byWhen: Phrase("by when", nb: "innen når"), .forWhom: Phrase("for whom", nb: "for hvem"),
        ]
        return .warning(
            at: goal.location,
            Phrase(
                "the goal '\(goal.id)' does not say \(missing.map { names[$0]!.en }.joined(separator: ", "))",
                nb: "målet «\(goal.id)» sier ikke \(missing.map { names[$0]!.nb }.joined(separator: ", "))"),
            hint: Phrase(
                "a SMART goal says what, how much, by when and for whom; add \(add)",
                nb: "et SMART-mål sier hva, hvor mye, innen når og for hvem; legg til \(add)"))
    }
}
