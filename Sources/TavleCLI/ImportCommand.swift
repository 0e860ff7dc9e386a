import ArgumentParser
import Foundation
import TavleImport
import TavleModel
import TavleRun

extension TavleCommand {
    struct Import: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Read the numbers from filled-in preparation forms into the workspace's data."),
            discussion: words(
                """
                A notebook's ```form``` cell is a preparation form (forberedelsesskjema): the \
                numbers each participant looks up and brings to the meeting. Type them into a \
                spreadsheet and save it as CSV, one participant per row:

                  team,period,takst-1j,takst-2ld,takst-701a,takst-660
                  legekontor-fjord,2023-01,"5,1 %","11,8 %","2,0 %","0,4 %"

                or one number per row (team,indicator,period,value), or write a YAML file \
                (period: 2023-01, then teams: with each team's numbers). Every number is checked \
                against its form (unit and range), the team list and the data; if anything is \
                wrong, every problem is listed and nothing is imported. Otherwise the numbers \
                are added to the table 'measurements' (data/measurements.csv for a folder of \
                text data), where the next report and handout chart them.

                Examples:
                  tavle import takster-2023-01.csv --workspace Notebooks
                  tavle import sykmelding.yaml --check
                  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md
                """)
        )

        @Argument(
            help: words("The filled-in numbers: a .csv or a .yaml file."),
            completion: .file(extensions: ["csv", "yaml", "yml"]))
        var file: String

        @Option(help: ArgumentHelp(words("Where to look for tavle.yaml."), valueName: "path"), completion: .directory)
        var workspace: String = "."

        @Option(
            name: .customLong("notebook"),
            help: ArgumentHelp(
                words("Only the forms of this notebook; repeat for several (default: every notebook with a form)."),
                valueName: "file"))
        var notebooks: [String] = []

        @Option(help: ArgumentHelp(words("The period of numbers the file gives none for."), valueName: "YYYY-MM"))
        var period: String?

        @Flag(help: words("Check the file and list the numbers, but import nothing."))
        var check = false

        func perform() throws {
            let summary: ImportSummary
            summary = try FormImport(
                ImportOptions(file: file, workspace: workspace, notebooks: notebooks, period: period, checkOnly: check),
                waiting: waitingOnStandardError()
            ).run()
            let count = summary.values.count
            let teams = Set(summary.values.map(\.team)).count
            // A few periods by name; many as a range with their count (an import of years of
            // data once printed 8,412 periods on one line).
            let distinct = Set(summary.values.map(\.period)).sorted()
            let periods =
                distinct.count <= 4
                ? Phrase(verbatim: distinct.joined(separator: ", "))
                : Phrase("\(distinct.first!) – \(distinct.last!), \(distinct.count) periods")
            let forms = summary.forms.joined(separator: "; ")
            let numbers = Phrase.count(count, one: Phrase("1 number"), other: Phrase("\(count) numbers"))
            let forTeams = Phrase.count(teams, one: Phrase("1 team"), other: Phrase("\(teams) teams"))
            let what = Phrase("\(numbers) for \(forTeams) (\(periods)), form \(forms)")
            var line: Phrase
            if let target = summary.target {
                line = Phrase("Imported \(what) into \(target)")
            } else {
                line = Phrase("Checked \(what): all fit; nothing imported (--check)")
            }
            let blanks = summary.blanks
            if blanks > 0 {
                line =
                    line
                    + Phrase.count(
                        blanks, one: Phrase("; 1 blank left out"), other: Phrase("; \(blanks) blanks left out"))
            }
            say(line + Phrase(verbatim: "."))
            warn(summary.warnings)
        }
    }
}
