import Foundation
import Testing
import TavleModel
@testable import TavleRender

/// Rendered reports compared byte for byte with files in Golden/. After an intended change to
/// the output, run `TAVLE_UPDATE_GOLDEN=1 swift test` and review the diff of Golden/ in git.
@Suite struct GoldenReportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let document: ReportDocument = {
        let team = Team(id: .text("lia"), name: "Lia <omsorgssenter> & *co*", municipality: "Molde", fields: [:])
        let measurements = QueryResult(
            columns: ["måned", "fall", "døgn", "per_1000"],
            rows: [
                [.text("2021-01"), .integer(6), .integer(750), .real(8.0)],
                [.text("2021-02"), .integer(4), .integer(700), .real(5.714)],
                [.text("2021-03"), .integer(7), .integer(750), .null],
                [.text("2021-04"), .integer(3), .integer(720), .real(4.167)],
                [.text("2021-05"), .integer(2), .integer(750), .real(2.667)],
            ])
        return ReportDocument(
            language: .nb, title: "Samling 3 – Utføre og evaluere", notebookID: "samling-3", notebookVersion: 2,
            workspaceName: "Eksempelnettverket", team: team, gathering: 3, phase: 4,
            parameters: [.init(name: "period", value: "2021-05")],
            blocks: [
                .markdown("# \(Escape.markdown(team.name)): status\n\nSiste måling: **2,7**. <em>raw html is dropped</em>\n"),
                .query(QueryView(name: "fall", options: QueryOptions(chart: .run, title: "Fall per 1000 døgn", yColumn: "per_1000", decimals: 1, note: "Juli mangler."), result: measurements)),
                .query(QueryView(name: "tom", options: QueryOptions(title: "Ingen rader"), result: QueryResult(columns: ["a"], rows: []))),
                .query(QueryView(name: "skjult", options: QueryOptions(show: .none), result: measurements)),
                .prompt(PromptCell(id: "refleksjon", question: "Hva har dere lært om variasjonen?", help: "Tenk på *tekniske* årsaker først.", location: SourceLocation(file: "x", line: 1, column: 1))),
            ])
    }()

    func compare(_ rendered: String, with name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TAVLE_UPDATE_GOLDEN"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: url)
            Issue.record("wrote \(name); review it and run the tests again")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == expected, "the rendered report differs from Golden/\(name)")
    }

    @Test func html() throws {
        try compare(HTMLReport.render(Self.document), with: "report.html")
    }

    @Test func markdown() throws {
        try compare(MarkdownReport.render(Self.document), with: "report.md")
    }

    @Test func renderingIsDeterministic() {
        #expect(HTMLReport.render(Self.document) == HTMLReport.render(Self.document))
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let html = HTMLReport.render(Self.document)
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2, "only the SVG namespace may name a URL")
        #expect(!html.contains("<link"))
        #expect(html.contains("Lia &lt;omsorgssenter&gt; &amp; *co*"))
        #expect(!html.contains("<em>raw html is dropped</em>"))
        #expect(html.contains("@page { size: A4"))
    }
}
