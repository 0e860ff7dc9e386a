import Foundation
import TavleModel
import TavleStats

/// The words a report itself adds around the notebook's own text.
public struct Strings: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    func pick(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    var team: String { pick("Team", "Team") }
    var gathering: String { pick("Samling", "Gathering") }
    var phase: String { pick("Fase", "Phase") }
    var answer: String { pick("Svar", "Answer") }
    var noRows: String { pick("Spørringen ga ingen rader for dette utvalget.", "The query returned no rows for this selection.") }
    var median: String { pick("Median", "Median") }
    var data: String { pick("Data", "Data") }
    func rows(_ count: Int) -> String { pick("\(count) rader", "\(count) rows") }
    var upperLimit: String { pick("Øvre grense", "Upper limit") }
    var lowerLimit: String { pick("Nedre grense", "Lower limit") }
    /// The label of a goal's target line on a chart.
    var targetName: String { pick("Mål", "Target") }
    /// The centre line's name on the chart: the median of a run chart, the mean otherwise.
    func centreName(_ kind: ChartKind) -> String { kind == .run ? median : pick("Snitt", "Mean") }
    /// "the median" / "the centre line", inside a sentence.
    func centreInSentence(_ kind: ChartKind) -> String {
        kind == .run ? pick("medianen", "the median") : pick("midtlinjen", "the centre line")
    }
    func chartName(_ kind: ChartKind) -> String {
        switch kind {
        case .run: pick("Seriediagram", "Run chart")
        case .i: pick("Kontrolldiagram for enkeltmålinger (I)", "Control chart of individual values (I)")
        case .p: pick("Kontrolldiagram for andeler (P)", "Control chart of proportions (P)")
        case .u: pick("Kontrolldiagram for rater (U)", "Control chart of rates (U)")
        case .c: pick("Kontrolldiagram for antall (C)", "Control chart of counts (C)")
        }
    }
    func chartDescription(kind: ChartKind, points: Int, first: String, last: String, centre: String) -> String {
        let what = kind == .run ? pick("Medianen", "The median") : pick("Snittet", "The mean")
        return pick(
            "\(chartName(kind)) med \(points) målinger fra \(first) til \(last). \(what) er \(centre).",
            "\(chartName(kind)) of \(points) measurements from \(first) to \(last). \(what) is \(centre).")
    }

    // MARK: Variation in plain words. Each sentence describes the pattern and what it may
    // point to; none judges the quality of the service.

    func tooFewToJudge(useful: Int, kind: ChartKind) -> String {
        pick(
            "Det er for få målinger utenfor \(centreInSentence(kind)) (\(useful)) til å bruke reglene for ikke-tilfeldig variasjon; det trengs minst \(RunsAnalysis.minimumUseful).",
            "There are too few measurements off \(centreInSentence(kind)) (\(useful)) to apply the rules for non-random variation; at least \(RunsAnalysis.minimumUseful) are needed.")
    }
    func longRun(length: Int, limit: Int, kind: ChartKind) -> String {
        pick(
            "\(length) målinger på rad ligger på samme side av \(centreInSentence(kind)) (flere enn \(limit) er uvanlig): tegn på et skifte, altså ikke-tilfeldig variasjon.",
            "\(length) measurements in a row lie on the same side of \(centreInSentence(kind)) (more than \(limit) is unusual): a sign of a shift, that is, non-random variation.")
    }
    func fewCrossings(crossings: Int, minimum: Int, kind: ChartKind) -> String {
        pick(
            "Kurven krysser \(centreInSentence(kind)) bare \(crossings) \(crossings == 1 ? "gang" : "ganger") (færre enn \(minimum) er uvanlig): tegn på ikke-tilfeldig variasjon.",
            "The line crosses \(centreInSentence(kind)) only \(crossings) \(crossings == 1 ? "time" : "times") (fewer than \(minimum) is unusual): a sign of non-random variation.")
    }
    func outsideLimits(_ periods: [String]) -> String {
        let list = periods.joined(separator: ", ")
        return periods.count == 1
            ? pick("Én måling ligger utenfor kontrollgrensene (\(list)): tegn på spesiell variasjon som er verdt å se nærmere på.", "One measurement lies outside the control limits (\(list)): a sign of special-cause variation worth looking into.")
            : pick("\(periods.count) målinger ligger utenfor kontrollgrensene (\(list)): tegn på spesiell variasjon som er verdt å se nærmere på.", "\(periods.count) measurements lie outside the control limits (\(list)): a sign of special-cause variation worth looking into.")
    }
    /// Said first under a chart split into phases: what the verdict that follows is about.
    func lastPhase(from month: String, change: String, kind: ChartKind) -> String {
        let line = centreInSentence(kind)
        return pick(
            "Diagrammet er delt ved endringene teamet har prøvd ut; \(line) er regnet på nytt fra \(month) (\(change)). Det som følger, gjelder tiden etter.",
            "The chart is split at the changes the team tested; \(line) is computed afresh from \(month) (\(change)). What follows is about the time since.")
    }
    func noSignal(kind: ChartKind) -> String {
        kind == .run
            ? pick("Ingen tegn til ikke-tilfeldig variasjon: målingene varierer rundt medianen slik naturlig (tilfeldig) variasjon gjør.", "No sign of non-random variation: the measurements vary around the median as natural (random) variation does.")
            : pick("Ingen tegn til ikke-tilfeldig variasjon: målingene holder seg innenfor kontrollgrensene og varierer rundt midtlinjen slik naturlig variasjon gjør.", "No sign of non-random variation: the measurements stay within the control limits and vary around the centre line as natural variation does.")
    }
    // MARK: Comparison between teams (funnel plot)

    var funnelAxis: String { pick("Antall i nevneren (for eksempel brukere eller døgn)", "Size of the denominator (for example users or days)") }
    var funnelAll: String { pick("Alle", "All") }
    func funnelDescription(teams: Int, target: String) -> String {
        pick(
            "Traktdiagram som sammenligner \(teams) team med snittet for alle, \(target), med 95 %- og 99,8 %-grenser. Teamet ditt er navngitt, de andre er anonyme.",
            "Funnel plot comparing \(teams) teams with the overall value, \(target), with 95 % and 99.8 % limits. Your team is named; the others are anonymous.")
    }
    func funnelInside(team: String, value: String) -> String {
        pick(
            "\(team) (\(value)) ligger innenfor 95 %-grensene: forskjellen fra snittet for alle kan godt være tilfeldig.",
            "\(team) (\(value)) lies within the 95 % limits: the difference from the overall value may well be chance.")
    }
    func funnelBetween(team: String, value: String, above: Bool) -> String {
        let side = above ? pick("over", "above") : pick("under", "below")
        return pick(
            "\(team) (\(value)) ligger \(side) snittet, mellom 95 %- og 99,8 %-grensen: det kan være tilfeldig, men er verdt å følge med på.",
            "\(team) (\(value)) lies \(side) the overall value, between the 95 % and the 99.8 % limit: it may be chance, but is worth following.")
    }
    func funnelOutside998(team: String, value: String, above: Bool) -> String {
        let side = above ? pick("over", "above") : pick("under", "below")
        return pick(
            "\(team) (\(value)) ligger \(side) 99,8 %-grensen: trolig mer enn tilfeldig variasjon. Se først etter tekniske årsaker, som ulik registrering eller ulike brukergrupper.",
            "\(team) (\(value)) lies \(side) the 99.8 % limit: probably more than chance. Look first for technical causes, such as different recording or different groups of users.")
    }
    func funnelHidden(_ count: Int) -> String {
        pick(
            "\(count) team er ikke vist: tallene er for små til å vises uten at noen kan kjennes igjen, eller nevneren mangler.",
            "\(count) \(count == 1 ? "team is" : "teams are") not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing.")
    }
    var funnelCaveat: String {
        pick(
            "Sammenligningen er anonym og ingen rangering: de andre teamene har nye bokstaver i hvert hefte.",
            "The comparison is anonymous and no ranking: the other teams have new letters in every handout.")
    }

    var technicalCauses: String { pick("Mulige tekniske årsaker:", "Possible technical causes:") }
    func lastMeasurementBefore(_ last: String, period: String) -> String {
        pick("Siste måling er fra \(last); rapporten gjelder \(period).", "The last measurement is from \(last); the report is for \(period).")
    }
    func missingPeriods(_ periods: [String]) -> String {
        pick("ingen måling for \(periods.joined(separator: ", "))", "no measurement for \(periods.joined(separator: ", "))")
    }
    func definitionChanged(from month: String, change: String) -> String {
        // The journal's own sentence, without its full stop: it is one cause in a list.
        var change = Substring(change)
        while let last = change.last, last == "." || last.isWhitespace { change.removeLast() }
        while let first = change.first, first.isWhitespace { change.removeFirst() }
        return pick("indikatoren måles på en ny måte fra \(month) (\(change))", "the indicator is measured a new way from \(month) (\(change))")
    }
    var worksheetSource: String { pick("Kilde", "Source") }

    // Preparation forms.
    var preparationForm: String { pick("Forberedelsesskjema", "Preparation form") }
    var formPeriod: String { pick("Periode", "Period") }
    /// The values that make sense, e.g. "0–100", or nil when the form sets no bounds.
    func formRange(_ field: FormField, format: Format) -> String? {
        // As few decimals as the bound needs: 0.5 is written 0,5, not 0,50.
        let decimals = { (value: Double) in (0...3).first { places in
            let scale = pow(10, Double(places))
            return (value * scale).rounded() / scale == value
        } ?? 3 }
        switch (field.minimum, field.maximum) {
        case let (low?, high?): return "\(format.number(low, decimals: decimals(low)))–\(format.number(high, decimals: decimals(high)))"
        case let (low?, nil): return pick("minst \(format.number(low, decimals: decimals(low)))", "at least \(format.number(low, decimals: decimals(low)))")
        case let (nil, high?): return pick("høyst \(format.number(high, decimals: decimals(high)))", "at most \(format.number(high, decimals: decimals(high)))")
        case (nil, nil): return nil
        }
    }
    func formReturn(_ id: String) -> String {
        pick(
            "Gi skjemaet til veilederen før møtet. Veilederen leser tallene inn med «tavle import» (skjema «\(id)»).",
            "Give the form to the facilitator before the meeting, who reads the numbers in with 'tavle import' (form '\(id)').")
    }

    // The facilitator's overview and the index of a gathering's handouts.
    func overviewTitle(_ notebook: String) -> String { pick("Oversikt for fasilitator – \(notebook)", "Facilitator's overview – \(notebook)") }
    func handoutsTitle(_ notebook: String) -> String { pick("Utdelinger – \(notebook)", "Handouts – \(notebook)") }
    func teamCount(_ count: Int) -> String { pick("\(count) team", "\(count) \(count == 1 ? "team" : "teams")") }
    var overviewCaveat: String {
        pick(
            "Til fasilitatoren, ikke til utdeling: siden navngir alle team. Teamene står i fast rekkefølge, ikke etter verdi. ▲ betyr tegn til ikke-tilfeldig variasjon, ikke god eller dårlig kvalitet.",
            "For the facilitator, not for handing out: this page names every team. Teams stand in a fixed order, not by value. ▲ marks a sign of non-random variation, not good or bad quality.")
    }
    var answersColumn: String { pick("Svar", "Answers") }
    func goalChangesColumn(_ gathering: Int?) -> String {
        guard let gathering, gathering > 1 else { return pick("Endringer i mål", "Changes to goals") }
        return pick("Endringer i mål siden samling \(gathering - 1)", "Changes to goals since gathering \(gathering - 1)")
    }
    func answeredOf(_ answered: Int, _ prompts: Int) -> String { pick("\(answered) av \(prompts)", "\(answered) of \(prompts)") }
    var noJournal: String { pick("ingen journal", "no journal") }
    var noGoalChanges: String { pick("ingen", "none") }
    var overviewLink: String { pick("Oversikt over alle team (for fasilitator)", "Overview of every team (for the facilitator)") }
    var handoutsHeading: String { pick("Utdeling per team", "A handout per team") }
    func smallChartLabel(title: String, last: String, signal: Bool) -> String {
        pick(
            "\(title): siste måling \(last)\(signal ? "; tegn til ikke-tilfeldig variasjon" : "")",
            "\(title): last measurement \(last)\(signal ? "; a sign of non-random variation" : "")")
    }
    func newGoal(_ statement: String) -> String { pick("nytt mål: \(statement)", "new goal: \(statement)") }
    func goalRemoved(_ id: String) -> String { pick("målet '\(id)' er fjernet", "the goal '\(id)' was removed") }
    func goalChanged(_ id: String, changes: [String], reason: String?) -> String {
        let text = "'\(id)': " + changes.joined(separator: ", ")
        return reason.map { text + " (\($0))" } ?? text
    }
    func targetChange(_ old: String, _ new: String) -> String { pick("mål \(old) → \(new)", "target \(old) → \(new)") }
    func dueChange(_ old: String, _ new: String) -> String { pick("frist \(old) → \(new)", "due \(old) → \(new)") }
    var statementChange: String { pick("ny formulering", "reworded") }
    var definitionChangeMark: String { pick("ny def.", "new def.") }
    func missingValues(_ count: Int) -> String {
        pick("\(count) \(count == 1 ? "periode" : "perioder") uten verdi", "\(count) \(count == 1 ? "period" : "periods") without a value")
    }
    func missingDenominators(_ count: Int) -> String {
        pick("\(count) \(count == 1 ? "periode" : "perioder") der nevneren er 0 eller mangler (ikke tegnet)", "\(count) \(count == 1 ? "period" : "periods") where the denominator is 0 or missing (not drawn)")
    }
    func impossibleValues(_ count: Int) -> String {
        pick("\(count) \(count == 1 ? "verdi" : "verdier") utenfor det mulige (under 0, eller telleren større enn nevneren)", "\(count) \(count == 1 ? "value" : "values") outside what is possible (below 0, or the count above its denominator)")
    }
    var chartCaveat: String {
        pick(
            "Diagrammet viser variasjon over tid; det sier ikke alene noe om kvaliteten på tjenesten.",
            "The chart shows variation over time; on its own it says nothing about the quality of care.")
    }
    func footer(notebook: String, version: Int) -> String {
        pick("Laget med Tavle fra notatboken \(notebook), versjon \(version).", "Made with Tavle from the notebook \(notebook), version \(version).")
    }
}

/// The words around a team's journal: goals, PDSA cycles, decisions and answers.
extension Strings {
    var noGoals: String { pick("Teamet har ikke skrevet noen mål i journalen ennå.", "The team has not written any goals in its journal yet.") }
    var noCycles: String { pick("Teamet har ikke skrevet noen PDSA-sykluser i journalen ennå.", "The team has not written any PDSA cycles in its journal yet.") }
    var noDecisions: String { pick("Teamet har ikke skrevet noen beslutninger i journalen ennå.", "The team has not written any decisions in its journal yet.") }
    var what: String { pick("Hva", "What") }
    var forWhom: String { pick("For hvem", "For whom") }
    var howMuch: String { pick("Hvor mye", "How much") }
    var byWhen: String { pick("Innen", "By") }
    var indicator: String { pick("Indikator", "Indicator") }
    var baseline: String { pick("Utgangspunkt", "Baseline") }
    var revised: String { pick("Endret", "Revised") }
    var why: String { pick("Hvorfor", "Why") }
    var plan: String { pick("Planlegge", "Plan") }
    var doStep: String { pick("Utføre", "Do") }
    var study: String { pick("Studere", "Study") }
    var act: String { pick("Handle", "Act") }
    func answer(beforeGathering gathering: Int) -> String { pick("Teamets svar før samling \(gathering)", "The team's answer before gathering \(gathering)") }

    func target(_ value: String, direction: GoalDirection) -> String {
        switch direction {
        case .down: pick("\(value) eller lavere", "\(value) or lower")
        case .up: pick("\(value) eller høyere", "\(value) or higher")
        }
    }

    func measured(_ value: String, month: String, reaches: Bool?) -> String {
        let base = pick("Siste måling (\(month)): \(value).", "Last measurement (\(month)): \(value).")
        switch reaches {
        case .some(true): return base + pick(" Den når målet.", " It reaches the target.")
        case .some(false): return base + pick(" Den når ikke målet ennå.", " It does not reach the target yet.")
        case .none: return base
        }
    }

    func measuredAtDue(_ value: String, month: String, due: String, reached: Bool?) -> String {
        let base = pick("Fristen var \(due); målingen da (\(month)) var \(value).", "The goal was due \(due); the measurement then (\(month)) was \(value).")
        switch reached {
        case .some(true): return base + pick(" Målet var nådd innen fristen.", " The target was reached by then.")
        case .some(false): return base + pick(" Målet var ikke nådd innen fristen.", " The target was not reached by then.")
        case .none: return base
        }
    }

    var notMeasuredHere: String { pick("Denne rapporten viser ingen målinger av indikatoren.", "This report shows no measurements of the indicator.") }

    func decision(_ decision: PDSADecision) -> String {
        switch decision {
        case .adopt: pick("Beslutning: videreføre", "Decision: adopt")
        case .adapt: pick("Beslutning: endre", "Decision: adapt")
        case .abandon: pick("Beslutning: forkaste", "Decision: abandon")
        }
    }
}
