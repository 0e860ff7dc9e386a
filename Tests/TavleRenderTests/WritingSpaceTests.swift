import Foundation
import TavleModel
import Testing

@testable import TavleRender

/// A prompt answered at an earlier gathering still leaves room to write this gathering's answer
/// in print; the answer filed for this gathering takes the room; a report made by an earlier
/// tavle is drawn as that tavle drew it.
@Suite struct WritingSpaceTests {
    static let prompt = PromptCell(
        id: "laert", question: "Hva har dere lært?", help: nil,
        location: SourceLocation(file: "n.md", line: 9, column: 1))

    static func document(answerFrom gathering: Int, edition: ReportEdition = .current) -> ReportDocument {
        let answer = Answer(
            prompt: "laert", gathering: gathering, date: nil, text: "At nattlys hjelper.",
            location: SourceLocation(file: "j.yaml", line: 3, column: 5))
        return ReportDocument(
            language: .nb, title: "Samling 3", notebookID: "samling-3", notebookVersion: 1, workspaceName: nil,
            team: nil,
            gathering: 3, phase: nil, parameters: [], blocks: [.prompt(prompt, answer: answer)], edition: edition)
    }

    static let writingSpace = "<div class=\"answer\" role=\"textbox\""

    @Test func anEarlierAnswerIsShownSmallAboveTheRoomToWrite() throws {
        let html = HTMLReport.render(Self.document(answerFrom: 2))
        let earlier = try #require(
            html.range(
                of:
                    "<div class=\"answer filled earlier\"><span class=\"answer-label\">Teamets svar før samling 2</span>"
            ))
        let room = try #require(html.range(of: Self.writingSpace))
        #expect(earlier.upperBound <= room.lowerBound, "the earlier answer comes first, then the room")
        #expect(html.contains("<p>At nattlys hjelper.</p>"))
        // In print the room is ruled and tall enough to write in; the earlier answer is not.
        #expect(html.contains(".answer.earlier { font-size: .85rem; color: var(--muted); border-top: 0; }"))
        #expect(html.contains(".answer.filled { min-height: 0; background-image: none;"))
        #expect(html.contains("@media print") && html.contains(".answer { min-height: 11rem; }"))

        let markdown = MarkdownReport.render(Self.document(answerFrom: 2))
        #expect(
            markdown.contains("> _Teamets svar før samling 2:_\n>\n> At nattlys hjelper.\n>\n> _Svar:_\n>\n> &nbsp;"),
            "\(markdown)")
    }

    @Test func thisGatheringsAnswerTakesTheRoom() {
        let html = HTMLReport.render(Self.document(answerFrom: 3))
        #expect(
            html.contains("<div class=\"answer filled\"><span class=\"answer-label\">Teamets svar før samling 3</span>")
        )
        #expect(!html.contains(Self.writingSpace))
        #expect(!MarkdownReport.render(Self.document(answerFrom: 3)).contains("_Svar:_"))
    }

    @Test func aReportMadeByAnEarlierTavleIsDrawnAsItWas() {
        let html = HTMLReport.render(Self.document(answerFrom: 2, edition: .v0_2))
        #expect(
            html.contains("<div class=\"answer filled\"><span class=\"answer-label\">Teamets svar før samling 2</span>")
        )
        #expect(!html.contains(Self.writingSpace))
        #expect(ReportEdition(tool: "tavle 0.2.0") == .v0_2)
        #expect(ReportEdition(tool: "tavle 0.1.0") == .v0_1)
        #expect(ReportEdition(tool: "tavle 0.3.0") == .v0_3)
        #expect(ReportEdition(tool: "tavle 9.0.0") == .current)
        #expect(ReportEdition(tool: nil) == .current)
    }

    /// 0.1 right-aligned a Markdown column with no value at all; 0.2 does not.
    @Test func anEmptyColumnIsAlignedAsItsEditionDid() {
        let view = analysed(
            QueryView(
                name: "q", options: QueryOptions(show: .table),
                result: QueryResult(columns: ["måned", "merknad"], rows: [[.text("2021-01"), .null]])))
        #expect(
            MarkdownReport.query(view, format: Format(language: .nb), strings: Strings(language: .nb), edition: .v0_1)
                .contains("| --- | ---: |"))
        #expect(
            MarkdownReport.query(view, format: Format(language: .nb), strings: Strings(language: .nb)).contains(
                "| --- | --- |"))
    }
}

/// A chart split at a tested change says what its last phase shows even when that is "no sign
/// of non-random variation"; a report made before 0.3 left it out, and is drawn as it was.
@Suite struct PhaseVerdictTests {
    static let view: QueryView = {
        let values = [8, 7, 9, 8, 10, 7, 8, 9, 7, 8, 5, 7, 4, 6, 5, 7, 4, 6, 7, 5, 6, 4, 5, 6]
        let rows: [[Value]] = values.enumerated().map { index, value in
            [.text("\(2021 + index / 12)-\(index % 12 + 1 < 10 ? "0" : "")\(index % 12 + 1)"), .integer(Int64(value))]
        }
        return analysed(
            QueryView(
                name: "fall", options: QueryOptions(chart: .run, title: "Fall"),
                result: QueryResult(columns: ["month", "value"], rows: rows)),
            phases: [ChartPhase(from: "2021-11", label: "Night lights")])
    }()

    @Test func theLastPhaseKeepsItsVerdict() {
        let strings = Strings(language: .en)
        let current = HTMLReport.query(Self.view, format: Format(language: .en), strings: strings)
        #expect(current.contains("The chart is split at the changes the team tested"), "\(current)")
        #expect(current.contains(strings.noSignal(kind: .run)), "the verdict on the last phase is said")
        let before = HTMLReport.query(Self.view, format: Format(language: .en), strings: strings, edition: .v0_2)
        #expect(!before.contains(strings.noSignal(kind: .run)))
        #expect(
            MarkdownReport.query(Self.view, format: Format(language: .en), strings: strings).contains(
                strings.noSignal(kind: .run)))
    }
}
