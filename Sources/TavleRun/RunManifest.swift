import Foundation
import TavleGit
import TavleModel

/// What a report was made from, committed beside it so that it can be traced and re-made:
/// the notebook (a copy and its hash), the team, the parameters, and for every query its SQL,
/// the values bound to it and a hash of what it returned (the data itself sits beside it as
/// CSV). The time of the run is the commit's time, not a field here, so that an unchanged
/// run writes identical files and commits nothing.
package struct RunManifest: Codable {
    package struct NotebookInfo: Codable {
        package var id: String
        package var version: Int
        package var title: String
        /// Path of the notebook copy in the report repository.
        package var copy: String
        /// Git blob id of the notebook text.
        package var blob: String
        /// Where the notebook sits in the workspace, for re-running its queries (`tavle verify`).
        package var path: String?
    }

    /// The team as the teams query returned it; every field is kept, typed, because the
    /// narrative may show any of them (`{{ team.municipality }}`).
    package struct TeamInfo: Codable {
        package var id: String
        package var name: String
        package var value: RecordedValue?
        package var municipality: String?
        package var fields: [String: RecordedValue]?
    }

    package struct QueryInfo: Codable {
        package var name: String
        package var sql: String
        package var parameters: [String: String]
        package var columns: [String]
        package var rows: Int
        /// Path of the CSV with what the query returned.
        package var data: String
        /// Git blob id of that CSV.
        package var blob: String
        /// Each column's type, which the CSV cannot carry (see `RecordedTypes`).
        package var types: [String]?
        /// For a column of mixed types: one letter per row (`n`, `i`, `r`, `t`), by column index.
        package var cellTypes: [String: String]?
        /// The label of the team's own point in an anonymised comparison.
        package var highlight: String?
    }

    /// The team's journal as the run read it; its canonical form is in the team's ledger/.
    package struct JournalInfo: Codable {
        /// The journal's path in the workspace.
        package var file: String
        package var blob: String
        /// Its copy in the report repository.
        package var copy: String?
    }

    /// A worksheet or library prompt the notebook drew on, in the words the report used.
    package struct PromptSetInfo: Codable {
        package struct Prompt: Codable {
            package var id: String
            package var text: String
            package var help: String?
        }

        package var id: String
        package var title: String?
        package var intro: String?
        package var source: String?
        package var prompts: [Prompt]
    }

    package var tool: String
    package var workspace: String?
    package var notebook: NotebookInfo
    package var team: TeamInfo?
    package var journal: JournalInfo?
    package var language: String
    package var gathering: Int?
    package var phase: Int?
    package var parameters: [String: String]
    package var queries: [QueryInfo]
    /// Absent when the notebook uses no library prompts.
    package var library: [PromptSetInfo]?
    package var reports: [String]
    /// What the report's reader should know that did not stop the run (a query without rows);
    /// absent when there is nothing.
    package var warnings: [String]?

    /// The library prompts a report used, as the manifest records them; `nil` for none.
    package static func libraryInfo(_ library: PromptLibrary, language: Language) -> [PromptSetInfo]? {
        guard !library.sets.isEmpty else { return nil }
        return library.sets.map { set in
            PromptSetInfo(
                id: set.id, title: set.title.texts.isEmpty ? nil : set.title.text(in: language),
                intro: set.intro?.text(in: language), source: set.source,
                prompts: set.prompts.map {
                    .init(id: $0.id, text: $0.text.text(in: language), help: $0.help?.text(in: language))
                })
        }
    }

    /// The recorded prompts as a library, for making the report again.
    package func promptLibrary(language: Language) -> PromptLibrary {
        let here = SourceLocation(file: "manifest", line: 1, column: 1)
        return PromptLibrary(
            sets: (library ?? []).map { set in
                PromptSet(
                    id: set.id, title: LocalizedText(set.title.map { [language: $0] } ?? [:]),
                    intro: set.intro.map { LocalizedText([language: $0]) },
                    source: set.source, phases: nil, beforeGathering: nil,
                    prompts: set.prompts.map {
                        LibraryPrompt(
                            id: $0.id, text: LocalizedText([language: $0.text]),
                            help: $0.help.map { LocalizedText([language: $0]) }, location: here)
                    },
                    location: here)
            })
    }

    package static func decode(_ data: Data) -> RunManifest? {
        try? JSONDecoder().decode(RunManifest.self, from: data)
    }

    package func json() -> String { JSONText.encode(self) }
}

/// RFC 4180 CSV of a query result, as plain values (no locale), for the report repository.
package enum ResultCSV {
    static func text(_ result: QueryResult) -> String {
        var lines = [result.columns.map(field).joined(separator: ",")]
        for row in result.rows { lines.append(row.map { field($0.plainText) }.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    package static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A value with its SQLite type, as one string: `i:42`, `r:0.5`, `t:Molde`, `n:`.
package struct RecordedValue: Codable, Hashable {
    package var value: Value

    init(_ value: Value) { self.value = value }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Self.parse(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a recorded value: \(text)"))
        }
        value = parsed
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    var text: String {
        switch value {
        case .null: return "n:"
        case .integer(let number): return "i:\(number)"
        // `description` reads back as the same Double; the plain spelling may not.
        case .real(let number): return "r:\(number.description)"
        case .text(let string): return "t:" + string
        }
    }

    static func parse(_ text: String) -> Value? {
        let body = String(text.dropFirst(2))
        switch text.prefix(2) {
        case "n:": return .null
        case "i:": return Int64(body).map(Value.integer)
        case "r:": return Double(body).map(Value.real)
        case "t:": return .text(body)
        default: return nil
        }
    }
}

/// The types of a query result's columns, so that the CSV the repository keeps can be read
/// back into exactly the values the report was rendered from. A column whose cells share one
/// type is named by it (`integer`, `real`, `text`; an empty field is then null); a column of
/// several types, or a text column holding an empty string, is `mixed` and gets one letter
/// per row.
package enum RecordedTypes {
    static func describe(_ result: QueryResult) -> (types: [String], cells: [String: String]) {
        var types: [String] = []
        var cells: [String: String] = [:]
        for column in result.columns.indices {
            var kinds = Set<Character>()
            var letters = ""
            for row in result.rows {
                let letter = letter(row[column])
                letters.append(letter)
                if letter != "n" { kinds.insert(letter) }
                if case .text("") = row[column] { kinds.insert("e") }
            }
            switch (kinds.count, kinds.first) {
            case (0, _): types.append("null")
            case (1, "i"): types.append("integer")
            case (1, "r"): types.append("real")
            case (1, "t"): types.append("text")
            default:
                types.append("mixed")
                cells[String(column)] = letters
            }
        }
        return (types, cells)
    }

    static func letter(_ value: Value) -> Character {
        switch value {
        case .null: return "n"
        case .integer: return "i"
        case .real: return "r"
        case .text: return "t"
        }
    }

    /// The typed value of one CSV field; `nil` when the field does not fit its recorded type.
    package static func value(_ field: String, type: String, letter: Character?) -> Value? {
        let kind: Character
        switch type {
        case "null": return .null
        case "integer": kind = "i"
        case "real": kind = "r"
        case "text": kind = "t"
        case "mixed":
            guard let letter else { return nil }
            kind = letter
        default: return nil
        }
        if kind == "n" || (type != "mixed" && field.isEmpty) { return .null }
        switch kind {
        case "i": return Int64(field).map(Value.integer)
        case "r": return Double(field).map(Value.real)
        case "t": return .text(field)
        default: return nil
        }
    }
}
