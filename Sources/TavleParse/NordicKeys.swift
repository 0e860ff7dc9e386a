import TavleModel

/// The keys of tavle's files are English in every language, so that a notebook or journal
/// reads the same to tavle wherever it was written. A Norwegian, Swedish or Danish writer who
/// types the key in their own language (`for_vem`, `hvor_mye`, `målverdi`) is told the English
/// key, which edit distance alone would not find.
enum NordicKeys {
    /// The English key among `known` that a word in nb, sv or da stands for, if any. One word
    /// may stand for several keys (`mål` is a goal's target, and the journal's goals).
    static func english(for key: String, among known: [String]) -> String? {
        let normal = String(key.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        return words[normal]?.first { known.contains($0) }
    }

    private static let words: [String: [String]] = {
        let table: [String: [String]] = [
            // Journals: goals.
            "statement": ["formulering", "målformulering", "mål_tekst", "måltekst"],
            "what": ["hva", "vad", "hvad"],
            "for_whom": ["for_hvem", "för_vem", "for_vem", "hvem"],
            "how_much": ["hvor_mye", "hur_mycket", "hvor_meget", "hvor_mange", "hur_många"],
            "baseline": [
                "utgangspunkt", "utgangsverdi", "utgångsläge", "utgångsvärde", "udgangspunkt", "udgangsværdi",
                "nullpunkt", "basislinje", "baslinje",
            ],
            "target": ["mål", "målverdi", "målvärde", "målværdi", "maal"],
            "direction": ["retning", "riktning"],
            "due": ["innen", "frist", "senast", "senest", "tidsfrist", "dato_for_mål"],
            "revisions": ["revisjoner", "revideringar", "revisioner", "endringer", "ändringar", "ændringer"],
            "indicator": ["indikator"],
            "indicators": ["indikatorer"],
            "goals": ["mål", "målene", "målen"],
            "retired_goals": ["avsluttede_mål", "avslutade_mål", "afsluttede_mål"],
            "decisions": ["beslutninger", "beslut", "beslutningar"],
            "decision": ["beslutning", "beslut"],
            "answers": ["svar"],
            // Journals: indicators, cycles, decisions, answers.
            "name": ["navn", "namn"],
            "kind": ["type", "typ", "art"],
            "definition": ["definisjon"],
            "caveats": ["forbehold", "förbehåll", "merknader", "anmärkningar", "bemærkninger"],
            "title": ["tittel", "titel", "overskrift", "rubrik"],
            "goal": ["mål", "målet"],
            "plan": ["planlegge", "planera", "planlæg", "planlægge"],
            "do": ["utføre", "utfør", "göra", "gör", "udføre", "udfør"],
            "study": ["studere", "studera", "studér"],
            "act": ["handle", "agera", "handl"],
            "started": ["startet", "startade", "startede", "start", "begynt", "påbörjad", "påbegyndt"],
            "ended": ["avsluttet", "slutt", "avslutad", "slut", "afsluttet", "slutdatum", "slutdato"],
            "date": ["dato", "datum"],
            "why": ["hvorfor", "varför"],
            "reason": ["grunn", "begrunnelse", "anledning", "skäl", "motivering", "begrundelse", "årsag"],
            "text": ["tekst"],
            "prompt": ["spørsmål", "fråga", "spørgsmål"],
            "gathering": ["samling", "lärandeseminarium", "seminarium", "læringsseminar", "seminar"],
            // Notebooks, workspaces and forms.
            "version": ["versjon"],
            "language": ["språk", "sprog"],
            "phase": ["fase", "fas"],
            "params": ["parametre", "parametrar", "parametere", "parameters"],
            "description": ["beskrivelse", "beskrivning"],
            "output": ["utdata", "rapporter", "resultat"],
            "privacy": ["personvern", "integritet", "sekretess", "databeskyttelse"],
            "period": ["periode"],
            "unit": ["enhet", "enhed"],
            "label": ["etikett", "etiket", "ledetekst"],
        ]
        var words: [String: [String]] = [:]
        for (english, nordic) in table.sorted(by: { $0.key < $1.key }) {
            for word in Set(nordic) where word != english { words[word, default: []].append(english) }
        }
        return words
    }()
}

/// The fixed values of a journal (a PDSA cycle's decision, a goal's direction, an indicator's
/// kind) are English too; one written in Norwegian, Swedish or Danish (`fastholde`, `ned`,
/// `resultat`) is told the English value it means, as the reports name them in each language.
enum NordicValues {
    static func english(for text: String, in table: [String: [String]]) -> String? {
        let normal = text.lowercased().trimmingCharacters(in: .whitespaces)
        return table.first { $0.value.contains(normal) }?.key
    }

    static let decisions: [String: [String]] = [
        "adopt": [
            "videreføre", "innføre", "beholde", "ta i bruk", "behålla", "införa", "fastholde", "indføre", "adoptere",
            "adoptera", "implementere", "implementera",
        ],
        "adapt": ["endre", "justere", "tilpasse", "anpassa", "justera", "ändra", "ændre"],
        "abandon": ["forkaste", "avslutte", "droppe", "skrinlegge", "överge", "avbryta", "opgive", "forkast"],
    ]
    static let directions: [String: [String]] = [
        "down": [
            "ned", "ner", "nedover", "lavere", "lägre", "nedåt", "fallende", "lavere er bedre", "lägre är bättre",
        ],
        "up": ["opp", "upp", "op", "oppover", "uppåt", "opad", "høyere", "högre", "højere", "stigende"],
    ]
    static let kinds: [String: [String]] = [
        "result": ["resultat", "resultatindikator", "utfall", "utfallsmått"],
        "process": ["prosess", "proces", "prosessindikator", "processindikator", "procesindikator"],
        "balancing": [
            "balanserende", "balanserande", "balancerende", "balanseringsindikator", "balanserende indikator",
            "balansmått", "motvikt",
        ],
    ]
}

extension PDSADecision: SuggestsItsOwnNearest {
    static func closestChoice(to text: String) -> String? {
        NordicValues.english(for: text, in: NordicValues.decisions)
    }
}

extension GoalDirection: SuggestsItsOwnNearest {
    static func closestChoice(to text: String) -> String? {
        NordicValues.english(for: text, in: NordicValues.directions)
    }
}

extension IndicatorKind: SuggestsItsOwnNearest {
    static func closestChoice(to text: String) -> String? { NordicValues.english(for: text, in: NordicValues.kinds) }
}
