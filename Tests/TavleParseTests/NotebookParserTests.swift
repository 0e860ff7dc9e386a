import TavleModel
import Testing

@testable import TavleParse

/// A notebook with one of everything, used by several tests below.
let sampleNotebook = """
    ---
    id: samling-3
    title: "Samling 3: Utføre og evaluere"
    version: 2
    language: en
    gathering: 3
    phase: 4
    params:
      team: { type: team }
      period: { default: "2022-03" }
      limit: 12
    ---
    # {{ team.name }}: status

    ```sql fall
    --| chart: run   # a run chart
    --| title: Falls per 1000 days
    --| decimals: 1
    SELECT period, value FROM measurements
    WHERE team_id = :team AND period <= :period
    ```

    Last: {{ fall.last.value | number(1) }} and {{ period | month }}.

    ```sql
    SELECT 'just an example, shown as code {{ not.evaluated }}'
    ```

    ```prompt reflection
    What have you learnt
    about variation?

    Think of *technical* causes first.
    ```
    """

@Suite struct NotebookParserTests {
    func parse(_ text: String) throws -> Notebook {
        try NotebookParser().parse(text, file: "nb.md")
    }

    func error(_ text: String) -> Diagnostic? {
        do {
            _ = try NotebookParser().parse(text, file: "nb.md")
            return nil
        } catch {
            return error
        }
    }

    @Test func readsFrontMatter() throws {
        let notebook = try parse(sampleNotebook)
        #expect(notebook.id == "samling-3")
        #expect(notebook.title == "Samling 3: Utføre og evaluere")
        #expect(notebook.version == 2)
        #expect(notebook.language == .en)
        #expect(notebook.gathering == 3)
        #expect(notebook.phase == 4)
        #expect(notebook.parameters.map(\.name) == ["team", "period", "limit"])
        #expect(notebook.parameters.map(\.type) == [.team, .month, .integer])
        #expect(notebook.parameters[1].defaultValue == "2022-03")
        #expect(notebook.parametersLocation == SourceLocation(file: "nb.md", line: 8, column: 1))
    }

    @Test func readsQueryCellWithOptionsAndPositions() throws {
        let notebook = try parse(sampleNotebook)
        let query = try #require(notebook.queries.first)
        #expect(notebook.queries.count == 1, "a bare ```sql fence is ordinary code, not a cell")
        #expect(query.name == "fall")
        #expect(query.options.chart == .run)
        #expect(query.options.title == "Falls per 1000 days")
        #expect(query.options.decimals == 1)
        #expect(query.sql == "SELECT period, value FROM measurements\nWHERE team_id = :team AND period <= :period")
        #expect(query.location == SourceLocation(file: "nb.md", line: 15, column: 1))
        #expect(query.sqlLocation == SourceLocation(file: "nb.md", line: 19, column: 1))
        // ":team" stands on line 20, column 17; ":period" at column 37.
        #expect(
            query.parameterUses == [
                ParameterUse(name: "team", location: SourceLocation(file: "nb.md", line: 20, column: 17)),
                ParameterUse(name: "period", location: SourceLocation(file: "nb.md", line: 20, column: 37)),
            ])
    }

    @Test func readsPromptQuestionAndHelp() throws {
        let notebook = try parse(sampleNotebook)
        let prompts = notebook.blocks.compactMap { if case .prompt(let prompt) = $0 { prompt } else { nil } }
        #expect(
            prompts == [
                PromptCell(
                    id: "reflection", question: "What have you learnt about variation?",
                    help: "Think of *technical* causes first.",
                    location: SourceLocation(file: "nb.md", line: 29, column: 1))
            ])
    }

    @Test func splitsNarrativeAtExpressionsButNotInsideCode() throws {
        let notebook = try parse(sampleNotebook)
        let expressions = notebook.blocks.flatMap { block -> [InlineExpression] in
            guard case .narrative(let narrative) = block else { return [] }
            return narrative.segments.compactMap {
                if case .expression(let expression) = $0 { expression } else { nil }
            }
        }
        #expect(expressions.map(\.path) == [["team", "name"], ["fall", "last", "value"], ["period"]])
        #expect(
            expressions[1].filters == [
                InlineExpression.Filter(
                    name: "number", arguments: ["1"], location: SourceLocation(file: "nb.md", line: 23, column: 28))
            ])
        #expect(expressions[1].location == SourceLocation(file: "nb.md", line: 23, column: 10))
        #expect(expressions[2].filters.map(\.name) == ["month"])
    }

    @Test func windowsLineEndingsReadTheSame() throws {
        let crlf = sampleNotebook.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try parse(crlf) == parse(sampleNotebook))
    }

    @Test func escapedBracesStayText() throws {
        let notebook = try parse("---\nid: a\ntitle: A\n---\nWrite \\{{ like this }}.\n")
        guard case .narrative(let narrative) = notebook.blocks[0] else { Issue.record("no narrative"); return }
        #expect(narrative.segments == [.markdown("Write \\{{ like this }}.\n")])
    }

    // MARK: Bad input: each names the file, line and column, and says how to fix it.

    @Test func malformedFrontMatter() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: [unclosed\n---\n"))
        #expect(diagnostic.location?.file == "nb.md")
        #expect(diagnostic.location?.line == 4 || diagnostic.location?.line == 3)
        #expect(diagnostic.message.contains("YAML is malformed"))
        #expect(diagnostic.hint != nil)
    }

    @Test func missingFrontMatter() throws {
        let diagnostic = try #require(error("# Just a heading\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 1, column: 1))
        #expect(diagnostic.message == "the notebook has no front matter")
    }

    @Test func unclosedFrontMatter() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n"))
        #expect(diagnostic.message == "the front matter opened here is never closed")
    }

    @Test func unknownFrontMatterKeySuggestsTheNearest() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\ngatherin: 3\n---\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 4, column: 1))
        #expect(diagnostic.message == "unknown key 'gatherin' in the front matter")
        #expect(diagnostic.hint == "did you mean 'gathering'?")
    }

    @Test func wrongTypesInFrontMatter() throws {
        let version = try #require(error("---\nid: a\ntitle: A\nversion: two\n---\n"))
        #expect(version.location == SourceLocation(file: "nb.md", line: 4, column: 10))
        #expect(version.message == "the version should be a whole number, but it is 'two'")
        let language = try #require(error("---\nid: a\ntitle: A\nlanguage: nn\n---\n"))
        #expect(language.message == "the language 'nn' is not one of 'nb', 'sv', 'da', 'en'")
        #expect(language.hint == "did you mean 'nb'?", "nynorsk is closest to bokmål, not to an English-looking code")
        let danish = try #require(error("---\nid: a\ntitle: A\nlanguage: dk\n---\n"))
        #expect(danish.hint == "did you mean 'da'?")
        let swedish = try #require(error("---\nid: a\ntitle: A\nlanguage: sv-SE\n---\n"))
        #expect(swedish.hint == "did you mean 'sv'?")
        let month = try #require(
            error("---\nid: a\ntitle: A\nparams:\n  period: { type: month, default: 2022-13 }\n---\n"))
        #expect(month.location == SourceLocation(file: "nb.md", line: 5, column: 35))
        #expect(month.message.hasPrefix("the default of 'period' should be a month written YYYY-MM"))
    }

    @Test func phasesAreSplitAtPDSACyclesOrRefusedWithASuggestion() throws {
        let good = try NotebookParser().parse(
            "---\nid: r\ntitle: R\n---\n```sql q\n--| chart: run\n--| phases: pdsa\nSELECT 1\n```\n", file: "r.md")
        #expect(good.queries[0].options.phases == .pdsa)
        #expect {
            try NotebookParser().parse(
                "---\nid: r\ntitle: R\n---\n```sql q\n--| phases: pdca\nSELECT 1\n```\n", file: "r.md")
        } throws: { error in
            let diagnostic = error as! Diagnostic
            return diagnostic.location == SourceLocation(file: "r.md", line: 6, column: 13)
                && diagnostic.message == "'pdca' is not a valid phases in the query 'q'"
                && diagnostic.hint == "did you mean 'pdsa'? valid: pdsa"
        }
    }

    @Test func freezeAndMultiplyAreChecked() throws {
        let good = try NotebookParser().parse(
            "---\nid: r\ntitle: R\n---\n```sql q\n--| chart: u\n--| freeze: 12\n--| multiply: 1000\nSELECT 1\n```\n",
            file: "r.md")
        #expect(good.queries[0].options.freeze == 12 && good.queries[0].options.multiply == 1000)
        #expect {
            try NotebookParser().parse(
                "---\nid: r\ntitle: R\n---\n```sql q\n--| freeze: 0\nSELECT 1\n```\n", file: "r.md")
        } throws: { error in
            let diagnostic = error as! Diagnostic
            return diagnostic.location == SourceLocation(file: "r.md", line: 6, column: 13)
                && diagnostic.message == "freeze should be a number of points of at least 1, but it is '0'"
        }
        #expect {
            try NotebookParser().parse(
                "---\nid: r\ntitle: R\n---\n```sql q\n--| multiply: -1\nSELECT 1\n```\n", file: "r.md")
        } throws: { error in
            (error as! Diagnostic).message == "multiply should be a positive number, but it is '-1'"
        }
    }

    @Test func unknownChartIsRefusedAtTheValue() throws {
        let text = "---\nid: a\ntitle: A\n---\n```sql fall\n--| chart: bar3d\nSELECT 1\n```\n"
        let diagnostic = try #require(error(text))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 6, column: 12))
        #expect(diagnostic.message == "'bar3d' is not a valid chart in the query 'fall'")
        #expect(diagnostic.hint == "valid: run, i, p, u, c, funnel, table")
    }

    @Test func unknownOptionSuggestsTheNearest() throws {
        let diagnostic = try #require(
            error("---\nid: a\ntitle: A\n---\n```sql fall\n--| titel: Falls\nSELECT 1\n```\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 6, column: 5))
        #expect(diagnostic.message == "unknown option 'titel' in the query 'fall'")
        #expect(diagnostic.hint == "did you mean 'title'?")
    }

    @Test func undeclaredParameterInSQL() throws {
        let text =
            "---\nid: a\ntitle: A\nparams:\n  period: { default: \"2022-01\" }\n---\n```sql fall\nSELECT * FROM m\nWHERE p <= :perod\n```\n"
        let diagnostic = try #require(error(text))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 9, column: 12))
        #expect(
            diagnostic.message == "the query 'fall' uses the parameter ':perod', which the notebook does not declare")
        #expect(diagnostic.hint?.hasPrefix("did you mean 'period'?") == true)
    }

    @Test func unclosedCell() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n---\ntext\n```prompt q\nWhy?\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 6, column: 1))
        #expect(diagnostic.message == "the prompt cell opened here is never closed")
    }

    @Test func unclosedExpression() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n---\nValue: {{ fall.last.value\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 5, column: 8))
        #expect(diagnostic.message == "'{{' is not closed on the same line")
    }

    @Test func duplicateQueryNames() throws {
        let text = "---\nid: a\ntitle: A\n---\n```sql q\nSELECT 1\n```\n\n```sql q\nSELECT 2\n```\n"
        let diagnostic = try #require(error(text))
        #expect(diagnostic.location?.line == 9)
        #expect(diagnostic.message == "a query named 'q' already stands at line 5")
    }

    @Test func optionsWithoutANameAreAnError() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n---\n```sql\n--| chart: run\nSELECT 1\n```\n"))
        #expect(diagnostic.message == "this query cell has options but no name")
    }

    @Test func cellKindsOfLaterVersionsAreNamed() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n---\n```include felles/datapakke.md\n```\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 5, column: 1))
        #expect(diagnostic.message == "'include' cells are not supported by this version of tavle")
    }

    @Test func worksheetAndLibraryPromptCellsNameWhatTheLibraryFillsIn() throws {
        let notebook = try NotebookParser().parse(
            "---\nid: a\ntitle: A\n---\n```worksheet veiledning.fase3-4\n```\n\n```prompt forbedringsmodellen.mal\n```\n",
            file: "nb.md")
        guard case .worksheet(let worksheet) = notebook.blocks.first, case .prompt(let prompt) = notebook.blocks.last
        else {
            Issue.record("expected a worksheet and a prompt, got \(notebook.blocks)")
            return
        }
        #expect(worksheet.setID == "veiledning.fase3-4")
        #expect(worksheet.location == SourceLocation(file: "nb.md", line: 5, column: 1))
        #expect(prompt.fromLibrary && prompt.id == "forbedringsmodellen.mal")
    }

    @Test func aWorksheetNeedsOneSetAndNoBody() throws {
        #expect(
            try #require(error("---\nid: a\ntitle: A\n---\n```worksheet\n```\n")).message
                == "this worksheet cell does not say which set it shows")
        let two = try #require(error("---\nid: a\ntitle: A\n---\n```worksheet pdsa variasjon\n```\n"))
        #expect(two.message == "a worksheet cell shows one set")
        #expect(two.location == SourceLocation(file: "nb.md", line: 5, column: 19))
        let body = try #require(error("---\nid: a\ntitle: A\n---\n```worksheet pdsa\nHva vil vi oppnå?\n```\n"))
        #expect(body.message == "a worksheet cell shows the library's set 'pdsa' and holds nothing itself")
    }

    @Test func journalCellsStandWhereTheyAreWritten() throws {
        let notebook = try NotebookParser().parse(
            "---\nid: a\ntitle: A\n---\n# Mål\n```goals\n```\n```pdsa\n```\n```decisions\n\n```\n", file: "nb.md")
        let sections = notebook.blocks.compactMap { if case .journal(let section) = $0 { section } else { nil } }
        #expect(sections.map(\.kind) == [.goals, .pdsa, .decisions])
        #expect(sections.first?.location == SourceLocation(file: "nb.md", line: 6, column: 1))
    }

    @Test func journalCellsHoldNothing() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n---\n```goals\n- Færre fall\n```\n"))
        #expect(diagnostic.message == "a goals cell shows the team's journal and holds nothing itself")
        #expect(diagnostic.hint == "leave the cell empty; write the goals in journals/<team>.yaml")
    }

    @Test func positionalPlaceholdersAreRefused() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n---\n```sql q\nSELECT * FROM t WHERE id = ?\n```\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 6, column: 28))
    }

    @Test func malformedExpression() throws {
        let diagnostic = try #require(error("---\nid: a\ntitle: A\n---\nSee {{ fall.last.value + 1 }}\n"))
        #expect(diagnostic.location == SourceLocation(file: "nb.md", line: 5, column: 24))
        #expect(diagnostic.message.hasPrefix("unexpected '+'"))
    }
}
