import ArgumentParser
import Foundation
import TavleImport
import TavleModel
import TavleRun

extension TavleCommand {
    struct Import: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Read the numbers from filled-in preparation forms into the workspace's data.", nb: "Les tallene fra utfylte forberedelsesskjemaer inn i arbeidsområdets data."),
            discussion: words("""
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
                """, nb: """
                En ```form```-celle i en notatbok er et forberedelsesskjema: tallene hver deltaker \
                slår opp og tar med til møtet. Skriv dem inn i et regneark og lagre det som CSV, \
                én deltaker per rad:

                  team,period,takst-1j,takst-2ld,takst-701a,takst-660
                  legekontor-fjord,2023-01,"5,1 %","11,8 %","2,0 %","0,4 %"

                eller ett tall per rad (team,indikator,periode,verdi), eller skriv en YAML-fil \
                (period: 2023-01, deretter teams: med hvert teams tall). Hvert tall sjekkes mot \
                skjemaet (enhet og grenser), teamlisten og dataene; er noe feil, listes alle \
                problemene og ingenting importeres. Ellers legges tallene til i tabellen \
                'measurements' (data/measurements.csv for en mappe med tekstdata), der neste \
                rapport og utdeling viser dem.

                Eksempler:
                  tavle import takster-2023-01.csv --workspace Notebooks
                  tavle import sykmelding.yaml --check
                  tavle import tall.csv --period 2023-01 --notebook Notebooks/veiledningsgruppe-takst.md
                """)
        )

        @Argument(help: words("The filled-in numbers: a .csv or a .yaml file.", nb: "De utfylte tallene: en .csv- eller .yaml-fil."), completion: .file(extensions: ["csv", "yaml", "yml"]))
        var file: String

        @Option(help: ArgumentHelp(words("Where to look for tavle.yaml.", nb: "Hvor tavle.yaml skal letes etter."), valueName: "path"), completion: .directory)
        var workspace: String = "."

        @Option(name: .customLong("notebook"), help: ArgumentHelp(words("Only the forms of this notebook; repeat for several (default: every notebook with a form).", nb: "Bare skjemaene i denne notatboken; gjenta for flere (standard: alle notatbøker med skjema)."), valueName: "file"))
        var notebooks: [String] = []

        @Option(help: ArgumentHelp(words("The period of numbers the file gives none for.", nb: "Perioden for tall filen ikke oppgir periode for."), valueName: "YYYY-MM"))
        var period: String?

        @Flag(help: words("Check the file and list the numbers, but import nothing.", nb: "Sjekk filen og list tallene, men importer ingenting."))
        var check = false

        func perform() throws {
            let summary: ImportSummary
            summary = try FormImport(ImportOptions(file: file, workspace: workspace, notebooks: notebooks, period: period, checkOnly: check), waiting: waitingOnStandardError()).run()
            let count = summary.values.count
            let teams = Set(summary.values.map(\.team)).count
            // A few periods by name; many as a range with their count (an import of years of
            // data once printed 8,412 periods on one line).
            let distinct = Set(summary.values.map(\.period)).sorted()
            let periods = distinct.count <= 4 ? distinct.joined(separator: ", ") : "\(distinct.first!) – \(distinct.last!), \(distinct.count) periods"
            let periodsNB = distinct.count <= 4 ? periods : "\(distinct.first!) – \(distinct.last!), \(distinct.count) perioder"
            let forms = summary.forms.joined(separator: "; ")
            let what = Phrase(
                "\(count) number\(count == 1 ? "" : "s") for \(teams) team\(teams == 1 ? "" : "s") (\(periods)), form \(forms)",
                nb: "\(count) tall for \(teams) team (\(periodsNB)), skjema \(forms)")
            var line: Phrase
            if let target = summary.target {
                line = Phrase("Imported ", nb: "Importerte ") + what + Phrase(" into \(target)", nb: " til \(target)")
            } else {
                line = Phrase("Checked ", nb: "Sjekket ") + what + Phrase(": all fit; nothing imported (--check)", nb: ": alt passer; ingenting importert (--check)")
            }
            let blanks = summary.blanks
            if blanks > 0 {
                line = line + Phrase("; \(blanks) blank\(blanks == 1 ? "" : "s") left out", nb: "; \(blanks) \(blanks == 1 ? "tomt felt" : "tomme felt") utelatt")
            }
            say(line + Phrase(verbatim: "."))
            warn(summary.warnings)
        }
    }
}
