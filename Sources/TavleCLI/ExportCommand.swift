import ArgumentParser
import Foundation
import TavleExport
import TavleModel

extension TavleCommand {
    struct Export: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("The report repository as tidy tables for research, with a codebook."),
            discussion: words(
                """
                Writes what every report showed and recorded as tables a statistician loads in \
                one line: runs, reports, teams, measurements (one row per point of every chart \
                of every report: a panel), changes (values a later report showed differently), \
                goals, goal revisions, PDSA cycles, decisions, the prompts each run asked and \
                the answers given. Missing values are empty, never 0; numbers are in full. \
                --format datapackage (the default) writes CSV files with datapackage.json \
                (Frictionless Data Package) and codebook.md; csv writes the CSV files and the \
                codebook; json writes one document with every row inline. The codebook is also \
                in docs/export-codebook.md.

                Examples:
                  tavle export --to eksport
                  tavle export --to eksport --team molde-sykehjem-2 --since 2021-06-01
                  tavle export --format json --gathering 3 > samling-3.json
                """)
        )

        @Option(
            help: ArgumentHelp(
                words(
                    "The folder to write into (made if need be; only a new folder or an earlier export). With --format json, the file; standard output without it."
                ), valueName: "dir"), completion: .directory)
        var to: String?

        @Option(help: words("datapackage, csv or json."))
        var format: ExportFormatArgument = .datapackage

        @Option(help: ArgumentHelp(words("Only this team's reports and journal."), valueName: "id"))
        var team: String?

        @Option(help: ArgumentHelp(words("Only runs committed on or after this day."), valueName: "YYYY-MM-DD"))
        var since: String?

        @Option(
            help: ArgumentHelp(
                words("Only runs committed on or before this day; later runs are as if not yet made."),
                valueName: "YYYY-MM-DD"))
        var until: String?

        @Option(help: ArgumentHelp(words("Only the runs for this gathering."), valueName: "number"))
        var gathering: Int?

        @OptionGroup var location: RepositoryLocation

        func validate() throws {
            try requireDays([("--since", since), ("--until", until)])
            if let since = since.flatMap({ JournalDate($0) }), let until = until.flatMap({ JournalDate($0) }),
                until < since
            {
                throw ValidationError(
                    Phrase(
                        "--until (\(Phrase(verbatim: until.description))) is before --since (\(Phrase(verbatim: since.description))): no run can be in between"
                    ).text(in: Reader.language))
            }
            if format != .json, to == nil {
                throw ValidationError(
                    Phrase(
                        "the \(Phrase(verbatim: format.rawValue)) export is a folder of files: name it with --to, such as --to export"
                    ).text(in: Reader.language))
            }
        }

        func perform() throws {
            let filter = ExportFilter(
                team: team, since: since.flatMap { JournalDate($0) }, until: until.flatMap { JournalDate($0) },
                gathering: gathering)
            let document = try ResearchExport.document(outputFolder: try location.folder(), filter: filter)
            if format == .json {
                guard let to else {
                    print(document.dataPackage(inline: true), terminator: "")
                    return
                }
                try ResearchExport.writeJSON(document, to: to)
                return
            }
            let written = try ResearchExport.write(document, format: format.format, to: to!)
            let rows = document.tables.reduce(0) { $0 + $1.rows.count }
            let files = Phrase.count(
                written.count, one: Phrase("\(written.count) file"), other: Phrase("\(written.count) files"))
            let lines = Phrase.count(rows, one: Phrase("\(rows) row"), other: Phrase("\(rows) rows"))
            let folder = to!
            let said = Phrase(
                "Wrote \(files) with \(lines) to \(folder); the columns are described in \(folder)/codebook.md.")
            FileHandle.standardError.write(Data((said.text(in: Reader.language) + "\n").utf8))
        }
    }
}

enum ExportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case datapackage, csv, json

    var format: ExportFormat {
        switch self {
        case .datapackage: .datapackage
        case .csv: .csv
        case .json: .json
        }
    }
}
