import ArgumentParser
import Foundation
import TavleModel
import TavleWorkspace

extension TavleCommand {
    struct Init: DiagnosticCommand {
        static let configuration = CommandConfiguration(
            abstract: words("Start a workspace of your own that works at once."),
            discussion: words(
                """
                Makes tavle.yaml, a data folder (four example teams, two indicators and a year of \
                months as CSV, ready to be replaced by an export from your spreadsheet), a journal \
                per team with every field explained, and a first notebook with a run chart, a p \
                chart, a funnel plot and a worksheet. 'tavle check' passes and 'tavle run \
                --all-teams' makes reports straight after. A folder that is not empty is refused \
                unless --force is given, and no file is ever overwritten.

                Examples:
                  tavle init my-network --name "Falls network, Molde" --language en
                  cd my-network && tavle run first-report.md --all-teams
                """)
        )

        @Argument(
            help: ArgumentHelp(words("The folder to make the workspace in (made if need be)."), valueName: "dir"),
            completion: .directory)
        var folder: String = "."

        @Option(help: ArgumentHelp(words("nb, sv, da or en (default: your language)."), valueName: "language"))
        var language: Language?

        @Option(
            help: ArgumentHelp(
                words("The network's name, as reports show it (default: the folder's name)."), valueName: "text"))
        var name: String?

        @Flag(help: words("Add the files to a folder that is not empty (no file is overwritten)."))
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
            let quoted =
                shown.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
                ? shown : "'" + shown.replacingOccurrences(of: "'", with: "'\\''") + "'"
            let next = shown == "." ? "" : "cd \(quoted) && "
            say(
                Phrase(
                    "Made a workspace in \(shown): \(written.count) files (tavle.yaml, data/, journals/, \(notebook)).\nNext: \(next)tavle check \(notebook) && tavle run \(notebook) --all-teams"
                ))
        }
    }
}
