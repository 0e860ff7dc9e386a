import Foundation

/// The languages a notebook can be written and rendered in, and a person spoken to in.
///
/// Each but English has a catalog, `Catalogs/<rawValue>.po`, holding its words and the way it
/// writes numbers and dates; adding a language is a catalog file and a case here.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Norwegian bokmål.
    case nb
    /// Swedish.
    case sv
    /// Danish.
    case da
    case en

    /// The mark between whole and fraction: "2,5" in the Nordic languages, "2.5" in English.
    public var decimalMark: String { convention("X-Tavle-Decimal-Mark") ?? "." }

    /// Between groups of thousands (from five digits on): a no-break space in the Nordic
    /// languages, a comma in English.
    public var groupSeparator: String { convention("X-Tavle-Group-Separator")?.replacingNoBreakSpaceName() ?? "," }

    /// What follows a percentage: "78 %" (with a no-break space) in the Nordic languages, "78%"
    /// in English.
    public var percentSuffix: String { convention("X-Tavle-Percent")?.replacingNoBreakSpaceName() ?? "%" }

    /// A date with the day first: "15. mars 2022", "15 mars 2022", "15 March 2022".
    public func date(day: Int, monthName: String, year: Int) -> String {
        let pattern = convention("X-Tavle-Date") ?? "{day} {month} {year}"
        return pattern.replacingPlaceholder("{day}", with: String(day)).replacingPlaceholder("{month}", with: monthName)
            .replacingPlaceholder("{year}", with: String(year))
    }

    /// The month's name (1 = January) as a sentence writes it.
    public func monthName(_ month: Int) -> String {
        Phrase(verbatim: Self.englishMonths[month - 1]).translated(context: "month", in: self)
    }

    /// The month's short name, for chart axes: "mar", "des"; "mars", "dec." in Swedish.
    public func shortMonthName(_ month: Int) -> String {
        Phrase(verbatim: String(Self.englishMonths[month - 1].prefix(3))).translated(context: "month, short", in: self)
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The language someone who wrote `text` most likely means, for a hint: a region code
    /// ("sv-SE"), another code for the same language ("nn", "no" and "norsk" for Norwegian,
    /// "dk" for Danish, "swe" for Swedish) or its name. `nil` when nothing is close.
    public static func nearest(to text: String) -> Language? {
        let word = text.lowercased().trimmingCharacters(in: .whitespaces)
        let code = String(word.prefix { $0.isLetter })
        if let language = Language(rawValue: code) { return language }
        switch code {
        case "nn", "no", "nob", "nno", "nor", "norsk", "bokmål", "bokmal", "nynorsk", "norwegian": return .nb
        case "swe", "svenska", "swedish", "svensk": return .sv
        case "dk", "dan", "dansk", "danish": return .da
        case "eng", "english", "engelsk": return .en
        default: return nil
        }
    }

    private func convention(_ field: String) -> String? {
        Catalog.of(self)?.header[field]
    }
}

extension Phrase {
    /// A single word looked up under a context (a month's name): the English word itself when
    /// the catalog has none.
    func translated(context: String, in language: Language) -> String {
        Phrase(content: .message(key: en, context: context, arguments: [])).text(in: language)
    }
}

extension String {
    /// Catalog headers name the no-break space `\u00A0`, since an invisible character in a file
    /// a translator edits would be lost at the first save.
    fileprivate func replacingNoBreakSpaceName() -> String {
        replacingOccurrences(of: "\\u00A0", with: "\u{00A0}")
    }

    fileprivate func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        replacingOccurrences(of: placeholder, with: value)
    }
}
