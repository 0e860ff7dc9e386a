import Foundation
import Testing

/// Text a person wrote cannot hide anything: an invisible control character is refused where
/// it stands, raw HTML is text in the Markdown report too, and an escape sequence in a journal
/// is shown, not obeyed, by history.
@Suite struct UnsafeTextTests {
    @Test func aControlCharacterInTheNotebookIsRefusedWhereItStands() throws {
        let notebook = Workspace.goodNotebook.replacingOccurrences(of: "Last: {{", with: "Last:\u{0} {{")
        let workspace = try Workspace(notebook: notebook)
        defer { workspace.remove() }
        for arguments in [["check", "report.md"], ["run", "report.md", "--all-teams"]] {
            let result = try Tavle.run(arguments, in: workspace.folder)
            #expect(result.status == 1)
            #expect(
                result.stderr.hasPrefix(
                    "report.md:18:6: error: the file holds an invisible control character (U+0000)"), "\(result.stderr)"
            )
        }
        #expect(!workspace.exists("out"))
    }

    @Test func rawHTMLIsTextInTheMarkdownReport() throws {
        let notebook = Workspace.goodNotebook.replacingOccurrences(
            of: "```prompt learnt",
            with: "<script>alert(1)</script> <img src=x onerror=alert(2)> `<code>` stays\n\n```prompt learnt")
        let workspace = try Workspace(notebook: notebook)
        defer { workspace.remove() }
        #expect(try workspace.tavle("run", "report.md", "--team", "t1").status == 0)
        let markdown = try workspace.read("out/t1/report.md")
        #expect(
            markdown.contains("&lt;script>alert(1)&lt;/script> &lt;img src=x onerror=alert(2)> `<code>` stays"),
            "\(markdown)")
        #expect(!(try workspace.read("out/t1/report.html")).contains("<script>"))
    }

    @Test func anEscapeSequenceInAJournalIsShownNotObeyed() throws {
        let workspace = try Workspace(notebook: JournalCommandTests.notebook)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("journals"), withIntermediateDirectories: true)
        // YAML's own escape: the file itself holds no control character, the text does.
        try workspace.write(
            "journals/t1.yaml",
            JournalCommandTests.journal.replacingOccurrences(
                of: "text: Most falls happen at night.", with: "text: \"Most falls \\e[2Jhappen at night. \\u202Eevil\""
            ))
        #expect(try workspace.tavle("run", "report.md", "--all-teams").status == 0)
        let history = try workspace.tavle("history", "answers", "--team", "t1")
        #expect(history.status == 0)
        #expect(!history.stdout.contains("\u{1B}"))
        #expect(history.stdout.contains("Most falls \\u{1b}[2Jhappen at night."), "\(history.stdout)")
        // A mark that turns the rest of the line around is shown too.
        #expect(!history.stdout.contains("\u{202E}"))
        #expect(history.stdout.contains("\\u{202e}evil"), "\(history.stdout)")
    }
}
