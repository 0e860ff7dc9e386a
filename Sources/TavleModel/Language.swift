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

    /// How the language writes numbers and dates, read once from its catalog.
    public var conventions: WritingConventions { Catalog.of(self)?.conventions ?? .english }

    /// The mark between whole and fraction: "2,5" in the Nordic languages, "2.5" in English.
    public var decimalMark: String { conventions.decimalMark }

    /// Between groups of thousands (from five digits on): a no-break space in the Nordic
    /// languages, a comma in English.
    public var groupSeparator: String { conventions.groupSeparator }

    /// What follows a percentage: "78 %" (with a no-break space) in the Nordic languages, "78%"
    /// in English.
    public var percentSuffix: String { conventions.percentSuffix }

    /// A date with the day first: "15. mars 2022", "15 mars 2022", "15 March 2022".
    public func date(day: Int, monthName: String, year: Int) -> String {
        conventions.datePattern.replacingOccurrences(of: "{day}", with: String(day)).replacingOccurrences(
            of: "{month}", with: monthName
        )
        .replacingOccurrences(of: "{year}", with: String(year))
    }

    /// The month's name (1 = January) as a sentence writes it.
    public func monthName(_ month: Int) -> String { conventions.monthNames[month - 1] }

    /// The month's short name, for chart axes: "mar", "des"; "mars", "dec." in Swedish.
    public func shortMonthName(_ month: Int) -> String { conventions.shortMonthNames[month - 1] }

    /// The language a locale or a code names: `nb`, `nn` and `no` (and `nb_NO.UTF-8` and the
    /// like) read as bokmål, `sv…` as Swedish, `da…` as Danish, `en…` as English.
    public init?(localeName text: String) {
        switch text.lowercased().prefix(while: \.isLetter) {
        case "nb", "nn", "no": self = .nb
        case "sv": self = .sv
        case "da": self = .da
        case "en": self = .en
        default: return nil
        }
    }

    /// The language someone who wrote `text` most likely means, for a hint: a region code
    /// ("sv-SE"), another code for the same language ("nn", "no" and "norsk" for Norwegian,
    /// "dk" for Danish, "swe" for Swedish) or its name. `nil` when nothing is close.
    public static func nearest(to text: String) -> Language? {
        let word = text.trimmingCharacters(in: .whitespaces)
        if let language = Language(localeName: word) { return language }
        switch word.lowercased().prefix(while: \.isLetter) {
        case "nob", "nno", "nor", "norsk", "bokmål", "bokmal", "nynorsk", "norwegian": return .nb
        case "se", "swe", "svenska", "swedish", "svensk": return .sv
        case "dk", "dan", "dansk", "danish": return .da
        case "eng", "english", "engelsk": return .en
        default: return nil
        }
    }
}

/// How a language writes numbers, percentages and dates: from its catalog's `X-Tavle-` header
/// fields and its month names (the `month` and `month, short` contexts), English by default.
public struct WritingConventions: Sendable {
    public var decimalMark = "."
    public var groupSeparator = ","
    public var percentSuffix = "%"
    /// With `{day}`, `{month}` and `{year}`.
    public var datePattern = "{day} {month} {year}"
    public var monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    public var shortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static let english = WritingConventions()

    /// Catalog headers name the no-break space `\u00A0`, since an invisible character in a file
    /// a translator edits would be lost at the first save.
    init(header: [String: String], translation: (String, String) -> String?) {
        func field(_ name: String) -> String? { header[name]?.replacingOccurrences(of: "\\u00A0", with: "\u{00A0}") }
        let english = WritingConventions.english
        decimalMark = field("X-Tavle-Decimal-Mark") ?? english.decimalMark
        groupSeparator = field("X-Tavle-Group-Separator") ?? english.groupSeparator
        percentSuffix = field("X-Tavle-Percent") ?? english.percentSuffix
        datePattern = field("X-Tavle-Date") ?? english.datePattern
        monthNames = english.monthNames.map { translation($0, "month") ?? $0 }
        shortMonthNames = english.shortMonthNames.map { translation($0, "month, short") ?? $0 }
    }

    private init() {}
}
