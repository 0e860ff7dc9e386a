import Foundation
import TavleModel

/// `tavle init`: a workspace that works at once, in the facilitator's language — tavle.yaml,
/// a data folder (a team list, two indicators and a year of example months, as CSV a
/// spreadsheet export can replace), a journal per team with every field explained, and a
/// first notebook (narrative, a run chart, a p chart, a funnel, a worksheet).
public struct WorkspaceTemplate: Sendable {
    public var language: Language
    public var name: String

    /// The teams of the example, by id, with their names in each language.
    struct ExampleTeam {
        var id: String
        var name: [Language: String]
        var unit: [Language: String]
    }

    static let teams = [
        ExampleTeam(
            id: "team-a",
            name: [
                .nb: "Sykehjemmet, avdeling A", .sv: "Äldreboendet, avdelning A", .da: "Plejehjemmet, afdeling A",
                .en: "Care home, ward A",
            ],
            unit: [.nb: "Sykehjem", .sv: "Äldreboende", .da: "Plejehjem", .en: "Care home"]),
        ExampleTeam(
            id: "team-b",
            name: [
                .nb: "Sykehjemmet, avdeling B", .sv: "Äldreboendet, avdelning B", .da: "Plejehjemmet, afdeling B",
                .en: "Care home, ward B",
            ],
            unit: [.nb: "Sykehjem", .sv: "Äldreboende", .da: "Plejehjem", .en: "Care home"]),
        ExampleTeam(
            id: "team-c",
            name: [
                .nb: "Hjemmetjenesten, sone nord", .sv: "Hemtjänsten, område norr", .da: "Hjemmeplejen, distrikt nord",
                .en: "Home care, north",
            ],
            unit: [.nb: "Hjemmetjeneste", .sv: "Hemtjänst", .da: "Hjemmepleje", .en: "Home care"]),
        ExampleTeam(
            id: "team-d",
            name: [
                .nb: "Korttidsavdelingen", .sv: "Korttidsavdelningen", .da: "Korttidsafdelingen",
                .en: "Short-stay ward",
            ],
            unit: [.nb: "Sykehjem", .sv: "Äldreboende", .da: "Plejehjem", .en: "Care home"]),
    ]

    /// The example's twelve months, the last being the month before `today`: the first
    /// notebook's report month.
    let months: [Period]
    /// Today, from which the example's dates are set: a goal due half a year ahead, and
    /// examples of a revision and a PDSA cycle dated this month.
    let today: JournalDate

    public init(language: Language, name: String, today: JournalDate) {
        self.language = language
        self.name = name
        self.today = today
        let thisMonth = Period(year: today.year, month: today.month)
        months = (1...12).reversed().map { back in Self.period(thisMonth.index - back) }
    }

    static func period(_ index: Int) -> Period { Period(year: index / 12, month: index % 12 + 1) }

    /// The last day of the month `index` counts to, as a journal writes dates.
    static func lastDay(ofMonth index: Int) -> String {
        let month = period(index)
        return "\(month)-\(JournalDate.days(inMonth: month.month, year: month.year))"
    }

    /// The first notebook's file name, which the command line suggests running.
    public var notebookFile: String {
        switch language {
        case .nb: "forste-rapport.md"
        case .da: "foerste-rapport.md"
        case .sv: "forsta-rapport.md"
        case .en: "first-report.md"
        }
    }

    /// Every file of the new workspace, by path inside it.
    public func files() -> [(path: String, contents: String)] {
        let words = TemplateWords.of(language)
        let thisMonth = Period(year: today.year, month: today.month).index
        let dates = [
            "{{period}}": months.last!.description, "{{due}}": Self.lastDay(ofMonth: thisMonth + 6),
            // Examples dated today and earlier this month: uncommented as they are, none is
            // a date after today (which a run would warn of).
            "{{revised}}": today.description, "{{started}}": "\(Self.period(thisMonth))-01",
            "{{ended}}": today.description,
        ]
        func filled(_ text: String) -> String {
            dates.reduce(text) { text, date in text.replacingOccurrences(of: date.key, with: date.value) }
        }
        var files: [(String, String)] = [
            ("tavle.yaml", words.config.replacingOccurrences(of: "{{name}}", with: yamlText(name))),
            ("data/schema.sql", words.schema),
            (
                "data/teams.csv",
                "id,name,unit\n"
                    + Self.teams.map { "\($0.id),\(csvText($0.name[language]!)),\(csvText($0.unit[language]!))\n" }
                    .joined()
            ),
            ("data/measurements.csv", measurements(fallsIndicator: words.fallsIndicator)),
            (notebookFile, filled(words.notebook)),
            (".gitignore", words.gitignore),
        ]
        for team in Self.teams {
            files.append(
                (
                    "journals/\(team.id).yaml",
                    filled(words.journal.replacingOccurrences(of: "{{team}}", with: team.name[language]!))
                ))
        }
        return files
    }

    /// Two indicators for every team and month: falls per 1000 days (a count over exposure)
    /// and the share of residents screened for nutrition (events out of cases), with a small
    /// improvement in the second half of the year, so that the charts have something to say.
    func measurements(fallsIndicator: String) -> String {
        var rows = "team_id,indicator_id,period,numerator,denominator,value\n"
        for (index, team) in Self.teams.enumerated() {
            for (number, month) in months.enumerated() {
                let days = 600 + 60 * index + (number % 3) * 15
                let falls = max(1, 3 + (index * 3 + number * 5) % 5 - (number >= 6 ? 2 : 0))
                let rate = (Double(falls) * 1000 / Double(days) * 1000).rounded() / 1000
                rows += "\(team.id),\(fallsIndicator),\(month),\(falls),\(days),\(rate)\n"
            }
            for (number, month) in months.enumerated() {
                let residents = 12 + 4 * index + number % 2
                let screened = min(
                    residents,
                    Int((Double(residents) * (0.45 + 0.035 * Double(number) + 0.02 * Double(index))).rounded()))
                let share = (Double(screened) / Double(residents) * 10000).rounded() / 10000
                rows += "\(team.id),screening,\(month),\(screened),\(residents),\(share)\n"
            }
        }
        return rows
    }

    /// Writes the files into `folder`, made if need be. A folder that holds anything is
    /// refused unless `besideOthers`, and even then no file is ever overwritten.
    public func write(into folder: String, besideOthers: Bool) throws(Diagnostic) -> [String] {
        let shown = Files.displayPath(folder)
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            !$0.hasPrefix(".")
        }
        if present.contains("tavle.yaml") {
            throw .error(
                at: nil,
                Phrase("'\(shown)' is a tavle workspace already (it has a tavle.yaml); nothing was written"),
                hint: Phrase("to start another network, name a new folder: tavle init another-network"))
        }
        if !present.isEmpty, !besideOthers {
            throw .error(
                at: nil,
                Phrase(
                    "'\(shown)' is not empty (\(present.sorted().prefix(3).joined(separator: ", "))); tavle init makes a new workspace in a new or empty folder"
                ),
                hint: Phrase(
                    "name a new folder (tavle init my-network), or give --force to add the files beside what is there (none is overwritten)"
                ))
        }
        // A .gitignore there already (a workspace made inside a repository) is the facilitator's.
        let files = files().filter {
            $0.path != ".gitignore" || !FileManager.default.fileExists(atPath: Files.resolve($0.path, against: folder))
        }
        for file in files where FileManager.default.fileExists(atPath: Files.resolve(file.path, against: folder)) {
            throw .error(
                at: nil, Phrase("'\(shown)/\(file.path)' exists already; nothing was written"),
                hint: Phrase("tavle init never overwrites a file: move it away, or choose another folder"))
        }
        for file in files {
            let path = Files.resolve(file.path, against: folder)
            do {
                try FileManager.default.createDirectory(
                    atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                    withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw .error(
                    at: nil, Phrase("'\(shown)/\(file.path)' could not be written: \(error.localizedDescription)"),
                    hint: Phrase("check that you may write in '\(shown)'"))
            }
        }
        return files.map(\.path)
    }

    private func yamlText(_ text: String) -> String {
        text.contains(where: { ":#'\"{}[],&*!|>%@`".contains($0) }) || text.hasPrefix(" ") || text.hasSuffix(" ")
            ? "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\"" : text
    }

    private func csvText(_ text: String) -> String {
        text.contains(",") || text.contains("\"")
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
