import ArgumentParser
import Foundation
import TavleModel
import TavleWorkspace

extension TavleCommand {
    struct Init: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Start a workspace of your own that works at once.", nb: "Start et eget arbeidsområde som virker med en gang."),
            discussion: words("""
                Makes tavle.yaml, a data folder (four example teams, two indicators and a year of \
                months as CSV, ready to be replaced by an export from your spreadsheet), a journal \
                per team with every field explained, and a first notebook with a run chart, a p \
                chart, a funnel plot and a worksheet. 'tavle check' passes and 'tavle run \
                --all-teams' makes reports straight after. A folder that is not empty is refused \
                unless --force is given, and no file is ever overwritten.

                Examples:
                  tavle init my-network --name "Falls network, Molde" --language en
                  cd my-network && tavle run first-report.md --all-teams
                """, nb: """
                Lager tavle.yaml, en datamappe (fire eksempelteam, to indikatorer og et år med \
                måneder som CSV, klar til å byttes ut med en eksport fra regnearket deres), en \
                journal per team der hvert felt er forklart, og en første notatbok med \
                seriediagram, P-diagram, traktdiagram og arbeidsark. 'tavle check' går gjennom og \
                'tavle run --all-teams' lager rapporter med en gang. En mappe som ikke er tom, \
                avvises uten --force, og ingen fil blir noen gang overskrevet.

                Eksempler:
                  tavle init mitt-nettverk --name "Fallnettverket i Molde"
                  cd mitt-nettverk && tavle run forste-rapport.md --all-teams
                """)
        )

        @Argument(help: ArgumentHelp(words("The folder to make the workspace in (made if need be).", nb: "Mappen arbeidsområdet lages i (opprettes om nødvendig)."), valueName: "dir"), completion: .directory)
        var folder: String = "."

        @Option(help: ArgumentHelp(words("nb or en (default: your language).", nb: "nb eller en (standard: språket ditt)."), valueName: "language"))
        var language: Language?

        @Option(help: ArgumentHelp(words("The network's name, as reports show it (default: the folder's name).", nb: "Nettverkets navn slik rapportene viser det (standard: mappens navn)."), valueName: "text"))
        var name: String?

        @Flag(help: words("Add the files to a folder that is not empty (no file is overwritten).", nb: "Legg filene i en mappe som ikke er tom (ingen fil overskrives)."))
        var force = false

        func perform() throws {
            let target = Files.resolve(folder, against: FileManager.default.currentDirectoryPath)
            let chosen = language ?? Reader.language
            let networkName = name ?? URL(fileURLWithPath: target).lastPathComponent
            let template = WorkspaceTemplate(language: chosen, name: networkName, today: JournalDate.today())
            let written = try template.write(into: target, besideOthers: force)
            let shown = Files.displayPath(target)
            let notebook = template.notebookFile
            // Quoted when it holds a space or the like, so the line can be copied as it is.
            let quoted = shown.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? shown : "'" + shown.replacingOccurrences(of: "'", with: "'\\''") + "'"
            let next = shown == "." ? "" : "cd \(quoted) && "
            say(Phrase(
                "Made a workspace in \(shown): \(written.count) files (tavle.yaml, data/, journals/, \(notebook)).\nNext: \(next)tavle check \(notebook) && tavle run \(notebook) --all-teams",
                nb: "Laget et arbeidsområde i \(shown): \(written.count) filer (tavle.yaml, data/, journals/, \(notebook)).\nNeste: \(next)tavle check \(notebook) && tavle run \(notebook) --all-teams"))
        }
    }
}
