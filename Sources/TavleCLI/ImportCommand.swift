import ArgumentParser
import Foundation
import TavleModel
import TavleRun

extension TavleCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read the numbers from filled-in preparation forms into the workspace's data.",
            discussion: """
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
                """
        )

        @Argument(help: "The filled-in numbers: a .csv or a .yaml file.", completion: .file(extensions: ["csv", "yaml", "yml"]))
        var file: String

        @Option(help: ArgumentHelp("Where to look for tavle.yaml.", valueName: "path"), completion: .directory)
        var workspace: String = "."

        @Option(name: .customLong("notebook"), help: ArgumentHelp("Only the forms of this notebook; repeat for several (default: every notebook with a form).", valueName: "file"))
        var notebooks: [String] = []

        @Option(help: ArgumentHelp("The period of numbers the file gives none for.", valueName: "YYYY-MM"))
        var period: String?

        @Flag(help: "Check the file and list the numbers, but import nothing.")
        var check = false

        func run() throws {
            let summary: ImportSummary
            do {
                summary = try FormImport(ImportOptions(file: file, workspace: workspace, notebooks: notebooks, period: period, checkOnly: check)).run()
            } catch {
                throw report(error)
            }
            let count = summary.values.count
            let teams = Set(summary.values.map(\.team)).count
            let periods = Set(summary.values.map(\.period)).sorted().joined(separator: ", ")
            var line = "\(count) number\(count == 1 ? "" : "s") for \(teams) team\(teams == 1 ? "" : "s") (\(periods)), form \(summary.forms.joined(separator: "; "))"
            if let target = summary.target {
                line = "Imported " + line + " into \(target)"
            } else {
                line = "Checked " + line + ": all fit; nothing imported (--check)"
            }
            if summary.blanks > 0 { line += "; \(summary.blanks) blank\(summary.blanks == 1 ? "" : "s") left out" }
            print(line + ".")
        }
    }
}
