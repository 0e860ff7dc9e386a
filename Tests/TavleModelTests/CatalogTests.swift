import Foundation
import Testing

@testable import TavleModel

/// The word catalogs: every sentence the code writes is translated in every language, with the
/// same placeholders, and what is built into the program is what the files say.
@Suite struct CatalogTests {
    static let folder = PhraseSources.packageRoot.appendingPathComponent("Sources/TavleModel/Catalogs")
    static let translated = Language.allCases.filter { $0 != .en }

    static func catalog(_ language: Language) throws -> Catalog {
        try Catalog(
            parsing: String(contentsOf: folder.appendingPathComponent("\(language.rawValue).po"), encoding: .utf8))
    }

    static func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let digits = rest[rest.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "}" {
                found.insert("{\(digits)}")
            }
            rest = rest[rest.index(after: open)...]
        }
        return found
    }

    @Test func everySentenceInTheCodeIsInEveryCatalog() throws {
        let sources = try PhraseSources()
        #expect(sources.keys.count > 1000, "the scan of Sources/ found too few sentences to be right")
        for language in Self.translated {
            let catalog = try Self.catalog(language)
            let missing = sources.keys.filter { catalog.translation(of: $0.key.id, context: $0.key.context) == nil }
                .sorted { $0.value < $1.value }
            let missingList = missing.prefix(20).map { "  \($0.value): \($0.key)" }.joined(separator: "\n")
            #expect(
                missing.isEmpty,
                "\(language.rawValue).po lacks \(missing.count) sentences (run scripts/catalogs.py extract, then translate):\n\(missingList)"
            )
            let unused = catalog.entries.filter {
                sources.keys[PhraseSources.Key(context: $0.context, id: $0.id)] == nil
            }
            let unusedList = unused.prefix(20).map { "  line \($0.line): \($0.id)" }.joined(separator: "\n")
            #expect(
                unused.isEmpty,
                "\(language.rawValue).po holds sentences the code no longer writes (scripts/catalogs.py extract drops them):\n\(unusedList)"
            )
        }
    }

    /// A translation may leave out a value (one the sentence names twice), but it may not invent
    /// one, and every language must put in the same values: "{2}" in Swedish but not in Danish
    /// would mean one of them shows the wrong thing.
    @Test func everyLanguageUsesTheSamePlaceholders() throws {
        let catalogs = try Self.translated.map { ($0, try Self.catalog($0)) }
        let reference = catalogs[0].1
        for entry in reference.entries {
            let allowed = Self.placeholders(entry.id)
            let used = Self.placeholders(entry.text)
            #expect(
                used.isSubset(of: allowed),
                "\(catalogs[0].0.rawValue).po line \(entry.line): \(used.subtracting(allowed)) is not in '\(entry.id)'")
            for (language, catalog) in catalogs.dropFirst() {
                guard let text = catalog.translation(of: entry.id, context: entry.context) else { continue }
                #expect(
                    Self.placeholders(text) == used,
                    "\(language.rawValue).po: '\(entry.id)' uses \(Self.placeholders(text).sorted()), \(catalogs[0].0.rawValue).po \(used.sorted())"
                )
            }
        }
    }

    @Test func whatIsBuiltInIsWhatTheFilesSay() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".po") }
        #expect(Set(files.map { String($0.dropLast(3)) }) == Set(EmbeddedCatalogs.texts.keys))
        for file in files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            let same = EmbeddedCatalogs.texts[String(file.dropLast(3))] == text
            #expect(same, "\(file) changed since it was built in: run scripts/catalogs.py embed")
        }
        for language in Self.translated {
            let catalog = try #require(Catalog.of(language))
            #expect(catalog.header["Language"] == language.rawValue)
        }
    }

    @Test func aCatalogIsReadAsPOEditorsWriteIt() throws {
        let catalog = try Catalog(
            parsing: """
                # a comment
                msgid ""
                msgstr ""
                "Language: xx\\n"
                "X-Tavle-Decimal-Mark: ,\\n"

                #: Sources/Somewhere.swift:3
                msgctxt "month"
                msgid "May"
                msgstr "mai"

                msgid ""
                "two lines\\n"
                "and a \\"quote\\""
                msgstr "to linjer\\nog et «sitat»"

                #, fuzzy
                msgid "a guess"
                msgstr "en gjetning"

                msgid "not yet"
                msgstr ""
                """)
        #expect(catalog.header["Language"] == "xx")
        #expect(catalog.header["X-Tavle-Decimal-Mark"] == ",")
        #expect(catalog.translation(of: "May", context: "month") == "mai")
        #expect(catalog.translation(of: "May", context: nil) == nil)
        #expect(catalog.translation(of: "two lines\nand a \"quote\"", context: nil) == "to linjer\nog et «sitat»")
        #expect(catalog.translation(of: "a guess", context: nil) == nil, "a fuzzy entry awaits review and is not used")
        #expect(catalog.translation(of: "not yet", context: nil) == nil)
    }

    @Test func aBrokenCatalogIsNamedByLine() {
        #expect(throws: Catalog.ReadError.self) {
            try Catalog(parsing: "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n")
        }
        do {
            _ = try Catalog(parsing: "msgid \"a\"\nmsgstr b\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func phrasesAreReadInTheReadersLanguageWithTheirValues() {
        let what = Phrase("the goal '\("fall")'")
        let message = Phrase("\(what) has no target")
        #expect(message.en == "the goal 'fall' has no target")
        #expect(
            Phrase.fill("{2} before {1}, '{{' and {9}", with: [Phrase(verbatim: "a"), Phrase(verbatim: "b")], in: .en)
                == "b before a, '{{' and {9}")
        #expect(Phrase("valid: \(3)").text(in: .nb) == "gyldige: 3")
        #expect(Phrase.quoted("x").text(in: .nb) == "«x»")
        #expect(Phrase.quoted("x").text(in: .sv) == "”x”")
        #expect(Phrase.quoted("x").text(in: .da) == "»x«")
        #expect(Phrase.number(2.5).text(in: .sv) == "2,5")
        #expect(Phrase.number(2.5).text(in: .en) == "2.5")
        #expect(Phrase.number(1.5, decimals: 2).text(in: .da) == "1,50")
    }

    @Test(arguments: [
        (Language.nb, "15. mars 2022", "mar", "\u{00A0}%", ",", "\u{00A0}"),
        (.sv, "15 mars 2022", "mars", "\u{00A0}%", ",", "\u{00A0}"),
        (.da, "15. marts 2022", "mar.", "\u{00A0}%", ",", "\u{00A0}"),
        (.en, "15 March 2022", "Mar", "%", ".", ","),
    ])
    func eachLanguageWritesDatesAndNumbersItsOwnWay(
        language: Language, date: String, shortMarch: String, percent: String, decimal: String, group: String
    ) {
        #expect(language.date(day: 15, monthName: language.monthName(3), year: 2022) == date)
        #expect(language.shortMonthName(3) == shortMarch)
        #expect(language.percentSuffix == percent)
        #expect(language.decimalMark == decimal)
        #expect(language.groupSeparator == group)
    }
}
