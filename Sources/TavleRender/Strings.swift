import TavleModel

/// The words a report itself adds around the notebook's own text.
public struct Strings: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private func pick(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    var team: String { pick("Team", "Team") }
    var gathering: String { pick("Samling", "Gathering") }
    var phase: String { pick("Fase", "Phase") }
    var answer: String { pick("Svar", "Answer") }
    var noRows: String { pick("Spørringen ga ingen rader for dette utvalget.", "The query returned no rows for this selection.") }
    var median: String { pick("Median", "Median") }
    var data: String { pick("Data", "Data") }
    func rows(_ count: Int) -> String { pick("\(count) rader", "\(count) rows") }
    func chartDescription(points: Int, first: String, last: String, median: String) -> String {
        pick(
            "Seriediagram med \(points) målinger fra \(first) til \(last). Medianen er \(median).",
            "Run chart of \(points) measurements from \(first) to \(last). The median is \(median).")
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
