import Foundation
import TavleModel
import TavleStats

/// The words a report itself adds around the notebook's own text.
public struct Strings: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    func say(_ phrase: Phrase) -> String { phrase.text(in: language) }

    var team: String { say(Phrase("Team", nb: "Team")) }
    var gathering: String { say(Phrase("Gathering", nb: "Samling")) }
    var phase: String { say(Phrase("Phase", nb: "Fase")) }
    var answer: String { say(Phrase("Answer", nb: "Svar")) }
    var noRows: String { say(Phrase("The query returned no rows for this selection.", nb: "Spørringen ga ingen rader for dette utvalget.")) }
    var median: String { say(Phrase("Median", nb: "Median")) }
    var data: String { say(Phrase("Data", nb: "Data")) }
    func rows(_ count: Int) -> String { say(Phrase("\(count) rows", nb: "\(count) rader")) }
    var upperLimit: String { say(Phrase("Upper limit", nb: "Øvre grense")) }
    var lowerLimit: String { say(Phrase("Lower limit", nb: "Nedre grense")) }
    /// The label of a goal's target line on a chart.
    var targetName: String { say(Phrase("Target", nb: "Mål")) }
    /// The centre line's name on the chart: the median of a run chart, the mean otherwise.
    func centreName(_ kind: ChartKind) -> String { kind == .run ? median : say(Phrase("Mean", nb: "Snitt")) }
    /// "the median" / "the centre line", inside a sentence.
    func centreInSentence(_ kind: ChartKind) -> String {
        kind == .run ? say(Phrase("the median", nb: "medianen")) : say(Phrase("the centre line", nb: "midtlinjen"))
    }
    func chartName(_ kind: ChartKind) -> String {
        switch kind {
        case .run: say(Phrase("Run chart", nb: "Seriediagram"))
        case .i: say(Phrase("Control chart of individual values (I)", nb: "Kontrolldiagram for enkeltmålinger (I)"))
        case .p: say(Phrase("Control chart of proportions (P)", nb: "Kontrolldiagram for andeler (P)"))
        case .u: say(Phrase("Control chart of rates (U)", nb: "Kontrolldiagram for rater (U)"))
        case .c: say(Phrase("Control chart of counts (C)", nb: "Kontrolldiagram for antall (C)"))
        }
    }
    func chartDescription(kind: ChartKind, points: Int, first: String, last: String, centre: String) -> String {
        let what = kind == .run ? say(Phrase("The median", nb: "Medianen")) : say(Phrase("The mean", nb: "Snittet"))
        return say(Phrase(
            "\(chartName(kind)) of \(points) measurements from \(first) to \(last). \(what) is \(centre).",
            nb: "\(chartName(kind)) med \(points) målinger fra \(first) til \(last). \(what) er \(centre)."))
    }

    // MARK: Variation in plain words. Each sentence describes the pattern and what it may
    // point to; none judges the quality of the service.

    func tooFewToJudge(useful: Int, kind: ChartKind) -> String {
        say(Phrase(
            "There are too few measurements off \(centreInSentence(kind)) (\(useful)) to apply the rules for non-random variation; at least \(RunsAnalysis.minimumUseful) are needed.",
            nb: "Det er for få målinger utenfor \(centreInSentence(kind)) (\(useful)) til å bruke reglene for ikke-tilfeldig variasjon; det trengs minst \(RunsAnalysis.minimumUseful)."))
    }
    func longRun(length: Int, limit: Int, kind: ChartKind) -> String {
        say(Phrase(
            "\(length) measurements in a row lie on the same side of \(centreInSentence(kind)) (more than \(limit) is unusual): a sign of a shift, that is, non-random variation.",
            nb: "\(length) målinger på rad ligger på samme side av \(centreInSentence(kind)) (flere enn \(limit) er uvanlig): tegn på et skifte, altså ikke-tilfeldig variasjon."))
    }
    func fewCrossings(crossings: Int, minimum: Int, kind: ChartKind) -> String {
        say(Phrase(
            "The line crosses \(centreInSentence(kind)) only \(crossings) \(crossings == 1 ? "time" : "times") (fewer than \(minimum) is unusual): a sign of non-random variation.",
            nb: "Kurven krysser \(centreInSentence(kind)) bare \(crossings) \(crossings == 1 ? "gang" : "ganger") (færre enn \(minimum) er uvanlig): tegn på ikke-tilfeldig variasjon."))
    }
    func outsideLimits(_ periods: [String]) -> String {
        let list = periods.joined(separator: ", ")
        return periods.count == 1
            ? say(Phrase("One measurement lies outside the control limits (\(list)): a sign of special-cause variation worth looking into.", nb: "Én måling ligger utenfor kontrollgrensene (\(list)): tegn på spesiell variasjon som er verdt å se nærmere på."))
            : say(Phrase("\(periods.count) measurements lie outside the control limits (\(list)): a sign of special-cause variation worth looking into.", nb: "\(periods.count) målinger ligger utenfor kontrollgrensene (\(list)): tegn på spesiell variasjon som er verdt å se nærmere på."))
    }
    /// Said first under a chart split into phases: what the verdict that follows is about.
    func lastPhase(from month: String, change: String, kind: ChartKind) -> String {
        let line = centreInSentence(kind)
        return say(Phrase(
            "The chart is split at the changes the team tested; \(line) is computed afresh from \(month) (\(change)). What follows is about the time since.",
            nb: "Diagrammet er delt ved endringene teamet har prøvd ut; \(line) er regnet på nytt fra \(month) (\(change)). Det som følger, gjelder tiden etter."))
    }
    func noSignal(kind: ChartKind) -> String {
        kind == .run
            ? say(Phrase("No sign of non-random variation: the measurements vary around the median as natural (random) variation does.", nb: "Ingen tegn til ikke-tilfeldig variasjon: målingene varierer rundt medianen slik naturlig (tilfeldig) variasjon gjør."))
            : say(Phrase("No sign of non-random variation: the measurements stay within the control limits and vary around the centre line as natural variation does.", nb: "Ingen tegn til ikke-tilfeldig variasjon: målingene holder seg innenfor kontrollgrensene og varierer rundt midtlinjen slik naturlig variasjon gjør."))
    }
    // MARK: Comparison between teams (funnel plot)

    var funnelAxis: String { say(Phrase("Size of the denominator (for example users or days)", nb: "Antall i nevneren (for eksempel brukere eller døgn)")) }
    var funnelAll: String { say(Phrase("All", nb: "Alle")) }
    func funnelDescription(teams: Int, target: String) -> String {
        say(Phrase(
            "Funnel plot comparing \(teams) teams with the overall value, \(target), with 95 % and 99.8 % limits. Your team is named; the others are anonymous.",
            nb: "Traktdiagram som sammenligner \(teams) team med snittet for alle, \(target), med 95 %- og 99,8 %-grenser. Teamet ditt er navngitt, de andre er anonyme."))
    }
    func funnelInside(team: String, value: String) -> String {
        say(Phrase(
            "\(team) (\(value)) lies within the 95 % limits: the difference from the overall value may well be chance.",
            nb: "\(team) (\(value)) ligger innenfor 95 %-grensene: forskjellen fra snittet for alle kan godt være tilfeldig."))
    }
    func funnelBetween(team: String, value: String, above: Bool) -> String {
        let side = above ? say(Phrase("above", nb: "over")) : say(Phrase("below", nb: "under"))
        return say(Phrase(
            "\(team) (\(value)) lies \(side) the overall value, between the 95 % and the 99.8 % limit: it may be chance, but is worth following.",
            nb: "\(team) (\(value)) ligger \(side) snittet, mellom 95 %- og 99,8 %-grensen: det kan være tilfeldig, men er verdt å følge med på."))
    }
    func funnelOutside998(team: String, value: String, above: Bool) -> String {
        let side = above ? say(Phrase("above", nb: "over")) : say(Phrase("below", nb: "under"))
        return say(Phrase(
            "\(team) (\(value)) lies \(side) the 99.8 % limit: probably more than chance. Look first for technical causes, such as different recording or different groups of users.",
            nb: "\(team) (\(value)) ligger \(side) 99,8 %-grensen: trolig mer enn tilfeldig variasjon. Se først etter tekniske årsaker, som ulik registrering eller ulike brukergrupper."))
    }
    func funnelHidden(_ count: Int) -> String {
        say(Phrase(
            "\(count) \(count == 1 ? "team is" : "teams are") not shown: the numbers are too small to show without someone being recognisable, or the denominator is missing.",
            nb: "\(count) team er ikke vist: tallene er for små til å vises uten at noen kan kjennes igjen, eller nevneren mangler."))
    }
    var funnelCaveat: String {
        say(Phrase(
            "The comparison is anonymous and no ranking: the other teams have new letters in every handout.",
            nb: "Sammenligningen er anonym og ingen rangering: de andre teamene har nye bokstaver i hvert hefte."))
    }

    var technicalCauses: String { say(Phrase("Possible technical causes:", nb: "Mulige tekniske årsaker:")) }
    func lastMeasurementBefore(_ last: String, period: String) -> String {
        say(Phrase("The last measurement is from \(last); the report is for \(period).", nb: "Siste måling er fra \(last); rapporten gjelder \(period)."))
    }
    func missingPeriods(_ periods: [String]) -> String {
        say(Phrase("no measurement for \(periods.joined(separator: ", "))", nb: "ingen måling for \(periods.joined(separator: ", "))"))
    }
    func definitionChanged(from month: String, change: String) -> String {
        // The journal's own sentence, without its full stop: it is one cause in a list.
        var change = Substring(change)
        while let last = change.last, last == "." || last.isWhitespace { change.removeLast() }
        while let first = change.first, first.isWhitespace { change.removeFirst() }
        return say(Phrase("the indicator is measured a new way from \(month) (\(change))", nb: "indikatoren måles på en ny måte fra \(month) (\(change))"))
    }
    var worksheetSource: String { say(Phrase("Source", nb: "Kilde")) }

    // Preparation forms.
    var preparationForm: String { say(Phrase("Preparation form", nb: "Forberedelsesskjema")) }
    var formPeriod: String { say(Phrase("Period", nb: "Periode")) }
    /// The values that make sense, e.g. "0–100", or nil when the form sets no bounds.
    func formRange(_ field: FormField, format: Format) -> String? {
        // As few decimals as the bound needs: 0.5 is written 0,5, not 0,50.
        let decimals = { (value: Double) in (0...3).first { places in
            let scale = pow(10, Double(places))
            return (value * scale).rounded() / scale == value
        } ?? 3 }
        switch (field.minimum, field.maximum) {
        case let (low?, high?): return "\(format.number(low, decimals: decimals(low)))–\(format.number(high, decimals: decimals(high)))"
        case let (low?, nil): return say(Phrase("at least \(format.number(low, decimals: decimals(low)))", nb: "minst \(format.number(low, decimals: decimals(low)))"))
        case let (nil, high?): return say(Phrase("at most \(format.number(high, decimals: decimals(high)))", nb: "høyst \(format.number(high, decimals: decimals(high)))"))
        case (nil, nil): return nil
        }
    }
    func formReturn(_ id: String) -> String {
        say(Phrase(
            "Give the form to the facilitator before the meeting, who reads the numbers in with 'tavle import' (form '\(id)').",
            nb: "Gi skjemaet til veilederen før møtet. Veilederen leser tallene inn med «tavle import» (skjema «\(id)»)."))
    }

    // The facilitator's overview and the index of a gathering's handouts.
    func overviewTitle(_ notebook: String) -> String { say(Phrase("Facilitator's overview – \(notebook)", nb: "Oversikt for fasilitator – \(notebook)")) }
    func handoutsTitle(_ notebook: String) -> String { say(Phrase("Handouts – \(notebook)", nb: "Utdelinger – \(notebook)")) }
    func teamCount(_ count: Int) -> String { say(Phrase("\(count) \(count == 1 ? "team" : "teams")", nb: "\(count) team")) }
    var overviewCaveat: String {
        say(Phrase(
            "For the facilitator, not for handing out: this page names every team. Teams stand in a fixed order, not by value. ▲ marks a sign of non-random variation, not good or bad quality.",
            nb: "Til fasilitatoren, ikke til utdeling: siden navngir alle team. Teamene står i fast rekkefølge, ikke etter verdi. ▲ betyr tegn til ikke-tilfeldig variasjon, ikke god eller dårlig kvalitet."))
    }
    var answersColumn: String { say(Phrase("Answers", nb: "Svar")) }
    func goalChangesColumn(_ gathering: Int?) -> String {
        guard let gathering, gathering > 1 else { return say(Phrase("Changes to goals", nb: "Endringer i mål")) }
        return say(Phrase("Changes to goals since gathering \(gathering - 1)", nb: "Endringer i mål siden samling \(gathering - 1)"))
    }
    func answeredOf(_ answered: Int, _ prompts: Int) -> String { say(Phrase("\(answered) of \(prompts)", nb: "\(answered) av \(prompts)")) }
    var noJournal: String { say(Phrase("no journal", nb: "ingen journal")) }
    var noGoalChanges: String { say(Phrase("none", nb: "ingen")) }
    var overviewLink: String { say(Phrase("Overview of every team (for the facilitator)", nb: "Oversikt over alle team (for fasilitator)")) }
    var handoutsHeading: String { say(Phrase("A handout per team", nb: "Utdeling per team")) }
    func smallChartLabel(title: String, last: String, signal: Bool) -> String {
        say(Phrase(
            "\(title): last measurement \(last)\(signal ? "; a sign of non-random variation" : "")",
            nb: "\(title): siste måling \(last)\(signal ? "; tegn til ikke-tilfeldig variasjon" : "")"))
    }
    func newGoal(_ statement: String) -> String { say(Phrase("new goal: \(statement)", nb: "nytt mål: \(statement)")) }
    func goalRemoved(_ id: String) -> String { say(Phrase("the goal '\(id)' was removed", nb: "målet '\(id)' er fjernet")) }
    func goalChanged(_ id: String, changes: [String], reason: String?) -> String {
        let text = "'\(id)': " + changes.joined(separator: ", ")
        return reason.map { text + " (\($0))" } ?? text
    }
    func targetChange(_ old: String, _ new: String) -> String { say(Phrase("target \(old) → \(new)", nb: "mål \(old) → \(new)")) }
    func dueChange(_ old: String, _ new: String) -> String { say(Phrase("due \(old) → \(new)", nb: "frist \(old) → \(new)")) }
    var statementChange: String { say(Phrase("reworded", nb: "ny formulering")) }
    var definitionChangeMark: String { say(Phrase("new def.", nb: "ny def.")) }
    func missingValues(_ count: Int) -> String {
        say(Phrase("\(count) \(count == 1 ? "period" : "periods") without a value", nb: "\(count) \(count == 1 ? "periode" : "perioder") uten verdi"))
    }
    func missingDenominators(_ count: Int) -> String {
        say(Phrase("\(count) \(count == 1 ? "period" : "periods") where the denominator is 0 or missing (not drawn)", nb: "\(count) \(count == 1 ? "periode" : "perioder") der nevneren er 0 eller mangler (ikke tegnet)"))
    }
    func impossibleValues(_ count: Int) -> String {
        say(Phrase("\(count) \(count == 1 ? "value" : "values") outside what is possible (below 0, or the count above its denominator)", nb: "\(count) \(count == 1 ? "verdi" : "verdier") utenfor det mulige (under 0, eller telleren større enn nevneren)"))
    }
    var chartCaveat: String {
        say(Phrase(
            "The chart shows variation over time; on its own it says nothing about the quality of care.",
            nb: "Diagrammet viser variasjon over tid; det sier ikke alene noe om kvaliteten på tjenesten."))
    }
    func footer(notebook: String, version: Int) -> String {
        say(Phrase("Made with Tavle from the notebook \(notebook), version \(version).", nb: "Laget med Tavle fra notatboken \(notebook), versjon \(version)."))
    }
}

/// The words around a team's journal: goals, PDSA cycles, decisions and answers.
extension Strings {
    var noGoals: String { say(Phrase("The team has not written any goals in its journal yet.", nb: "Teamet har ikke skrevet noen mål i journalen ennå.")) }
    var noCycles: String { say(Phrase("The team has not written any PDSA cycles in its journal yet.", nb: "Teamet har ikke skrevet noen PDSA-sykluser i journalen ennå.")) }
    var noDecisions: String { say(Phrase("The team has not written any decisions in its journal yet.", nb: "Teamet har ikke skrevet noen beslutninger i journalen ennå.")) }
    var what: String { say(Phrase("What", nb: "Hva")) }
    var forWhom: String { say(Phrase("For whom", nb: "For hvem")) }
    var howMuch: String { say(Phrase("How much", nb: "Hvor mye")) }
    var byWhen: String { say(Phrase("By", nb: "Innen")) }
    var indicator: String { say(Phrase("Indicator", nb: "Indikator")) }
    var baseline: String { say(Phrase("Baseline", nb: "Utgangspunkt")) }
    var revised: String { say(Phrase("Revised", nb: "Endret")) }
    var why: String { say(Phrase("Why", nb: "Hvorfor")) }
    var plan: String { say(Phrase("Plan", nb: "Planlegge")) }
    var doStep: String { say(Phrase("Do", nb: "Utføre")) }
    var study: String { say(Phrase("Study", nb: "Studere")) }
    var act: String { say(Phrase("Act", nb: "Handle")) }
    func answer(beforeGathering gathering: Int) -> String { say(Phrase("The team's answer before gathering \(gathering)", nb: "Teamets svar før samling \(gathering)")) }

    func target(_ value: String, direction: GoalDirection) -> String {
        switch direction {
        case .down: say(Phrase("\(value) or lower", nb: "\(value) eller lavere"))
        case .up: say(Phrase("\(value) or higher", nb: "\(value) eller høyere"))
        }
    }

    func measured(_ value: String, month: String, reaches: Bool?) -> String {
        let base = say(Phrase("Last measurement (\(month)): \(value).", nb: "Siste måling (\(month)): \(value)."))
        switch reaches {
        case .some(true): return base + say(Phrase(" It reaches the target.", nb: " Den når målet."))
        case .some(false): return base + say(Phrase(" It does not reach the target yet.", nb: " Den når ikke målet ennå."))
        case .none: return base
        }
    }

    func measuredAtDue(_ value: String, month: String, due: String, reached: Bool?) -> String {
        let base = say(Phrase("The goal was due \(due); the measurement then (\(month)) was \(value).", nb: "Fristen var \(due); målingen da (\(month)) var \(value)."))
        switch reached {
        case .some(true): return base + say(Phrase(" The target was reached by then.", nb: " Målet var nådd innen fristen."))
        case .some(false): return base + say(Phrase(" The target was not reached by then.", nb: " Målet var ikke nådd innen fristen."))
        case .none: return base
        }
    }

    var notMeasuredHere: String { say(Phrase("This report shows no measurements of the indicator.", nb: "Denne rapporten viser ingen målinger av indikatoren.")) }

    func decision(_ decision: PDSADecision) -> String {
        switch decision {
        case .adopt: say(Phrase("Decision: adopt", nb: "Beslutning: videreføre"))
        case .adapt: say(Phrase("Decision: adapt", nb: "Beslutning: endre"))
        case .abandon: say(Phrase("Decision: abandon", nb: "Beslutning: forkaste"))
        }
    }
}
