import TavleModel
import Testing

@testable import TavleParse

/// Preparation forms (```form``` cells) and the filled-in numbers `tavle import` reads.
@Suite struct FormCellTests {
    static func notebook(_ form: String) -> String {
        """
        ---
        id: gp
        title: GP group
        params:
          team: { type: team }
          next: { type: month, default: "2023-01" }
          limit: 12
        ---
        # Next meeting

        ```form fees
        \(form)
        ```
        """
    }

    static func parse(_ form: String) throws(Diagnostic) -> Notebook {
        try NotebookParser().parse(notebook(form), file: "gp.md")
    }

    @Test func aFormListsItsFieldsWithUnitsBoundsAndStorage() throws {
        let notebook = try Self.parse(
            """
            title: Before the meeting
            intro: Find the last fee report.
            period: next
            fields:
              - indicator: takst-1j
                label: Fee code 1j
                unit: "%"
                min: 0
                max: 100
                stored_as: share
              - indicator: sm-varighet
                unit: days
                min: 0
            """)
        let form = try #require(notebook.forms.first)
        #expect(form.id == "fees")
        #expect(form.title == "Before the meeting")
        #expect(form.intro == "Find the last fee report.")
        #expect(form.periodParameter == "next")
        #expect(form.fields.map(\.indicator) == ["takst-1j", "sm-varighet"])
        #expect(
            form.fields[0]
                == FormField(
                    indicator: "takst-1j", label: "Fee code 1j", unit: "%", minimum: 0, maximum: 100, storage: .share,
                    location: form.fields[0].location))
        // A field without a label is labelled by its indicator; without stored_as it keeps the number.
        #expect(form.fields[1].label == "sm-varighet")
        #expect(form.fields[1].maximum == nil)
        #expect(form.fields[1].storage == .number)
        // The fields' places point into the notebook: the list starts on line 16.
        #expect(form.fields[0].location.line == 16)
    }

    @Test func aShareIsKeptAsAFractionWithoutBinaryNoise() {
        let field = FormField(
            indicator: "x", label: "x", unit: "%", minimum: 0, maximum: 100, storage: .share,
            location: SourceLocation(file: "f", line: 1, column: 1))
        #expect(field.stored(11.8) == 0.118)
        #expect(field.stored(5.1) == 0.051)
        #expect(field.stored(0) == 0)
        #expect(field.stored(100) == 1)
        let days = FormField(
            indicator: "y", label: "y", unit: "dager", minimum: nil, maximum: nil, storage: .number,
            location: field.location)
        #expect(days.stored(14.25) == 14.25)
    }

    @Test(arguments: [
        ("title: Empty", "the form 'fees' has no 'fields'", 11),
        ("period: nxt\nfields:\n  - indicator: a", "names the parameter 'nxt', which the notebook does not have", 12),
        ("period: limit\nfields:\n  - indicator: a", "must be a month parameter, but 'limit' is of type", 12),
        ("fields:\n  - label: A", "a field of the form 'fees' has no 'indicator'", 13),
        (
            "fields:\n  - indicator: a\n    unit: dager\n    stored_as: share",
            "is stored as a share, so the participant writes it in percent", 15
        ),
        (
            "fields:\n  - indicator: a\n    min: 10\n    max: 1",
            "the largest value of 'a' (1.0) is below its smallest (10.0)", 15
        ),
        ("fields:\n  - indicator: a\n  - indicator: a", "asks for the indicator 'a' twice (first at line 13)", 14),
        ("fields:\n  - indicator: a\n    colour: red", "unknown key 'colour' in a field of the form 'fees'", 14),
    ])
    func badFormsAreRefusedWhereTheMistakeIs(form: String, message: String, line: Int) {
        do {
            _ = try Self.parse(form)
            Issue.record("expected an error for \(form)")
        } catch {
            #expect(error.message.contains(message), "\(error)")
            #expect(error.location?.file == "gp.md")
            #expect(error.location?.line == line, "\(error)")
        }
    }

    @Test func aFormWithoutAnIdOrWithoutBodyIsRefused() {
        #expect(throws: Diagnostic.self) {
            try NotebookParser().parse("---\nid: a\ntitle: A\n---\n```form\nfields: []\n```\n", file: "a.md")
        }
        do {
            _ = try NotebookParser().parse("---\nid: a\ntitle: A\n---\n```form x\n```\n", file: "a.md")
            Issue.record("an empty form should be refused")
        } catch {
            #expect(error.message == "the form 'x' has no fields")
            #expect(error.location == SourceLocation(file: "a.md", line: 5, column: 1))
        }
    }
}

@Suite struct FilledFormReaderTests {
    static func rows(_ lines: [[String]]) -> [FilledFormReader.Row] {
        lines.enumerated().map { index, fields in
            // Columns as an unquoted CSV line would have them.
            var columns: [Int] = []
            var column = 1
            for field in fields {
                columns.append(column)
                column += field.count + 1
            }
            return FilledFormReader.Row(fields: fields, line: index + 2, columns: columns)
        }
    }

    @Test func aWideTableHasOneParticipantPerRowAndUnitsInItsHeader() throws {
        let reading = try FilledFormReader.table(
            header: ["team", "periode", "takst-1j (%)", "takst-2ld"],
            rows: Self.rows([["fjord", "2023-01", "5,1", "11,8 %"], ["moa", "2023-01", "", "9.9"]]), file: "t.csv",
            period: nil)
        #expect(reading.blanks == 1)
        #expect(reading.values.map(\.indicator) == ["takst-1j", "takst-2ld", "takst-2ld"])
        #expect(reading.values.map(\.team) == ["fjord", "fjord", "moa"])
        #expect(reading.values[0].unit == "%")
        #expect(reading.values[1].unit == nil)
        #expect(reading.values[1].text == "11,8 %")
        #expect(reading.values[2].location == SourceLocation(file: "t.csv", line: 3, column: 14))
        #expect(reading.values[2].teamLocation == SourceLocation(file: "t.csv", line: 3, column: 1))
    }

    @Test func aLongTableHasOneNumberPerRowAndTakesThePeriodFromTheCommandLine() throws {
        let reading = try FilledFormReader.table(
            header: ["team", "indikator", "verdi", "enhet"],
            rows: Self.rows([["fjord", "sm-varighet", "14,5", "dager"], ["moa", "sm-gradert", "22", ""]]),
            file: "l.csv", period: "2023-04")
        #expect(reading.values.map(\.period) == ["2023-04", "2023-04"])
        #expect(reading.values.map(\.unit) == ["dager", nil])
        #expect(reading.values[0].location.column == 19)
    }

    /// A Swedish or Danish spreadsheet's own column names read as the Norwegian and English do.
    @Test(arguments: [
        ["team", "indikator", "period", "värde", "enhet"], ["team", "indikator", "periode", "Værdi", "enhed"],
    ])
    func aLongTableMayNameItsColumnsInSwedishOrDanish(header: [String]) throws {
        let reading = try FilledFormReader.table(
            header: header, rows: Self.rows([["fjord", "sm-varighet", "2023-04", "14,5", "dagar"]]), file: "l.csv",
            period: nil)
        #expect(reading.values.count == 1)
        #expect(reading.values[0].indicator == "sm-varighet")
        #expect(reading.values[0].period == "2023-04")
        #expect(reading.values[0].text == "14,5")
        #expect(reading.values[0].unit == "dagar")
    }

    @Test func yamlGivesAPeriodForTheFileOrForOneTeam() throws {
        let reading = try FilledFormReader.yaml(
            """
            period: 2023-01
            teams:
              fjord:
                takst-1j: 5,1 %
                takst-660:
              moa:
                period: 2022-10
                takst-1j: 4.2
            """, file: "f.yaml", period: nil)
        #expect(reading.values.map(\.team) == ["fjord", "moa"])
        #expect(reading.values.map(\.period) == ["2023-01", "2022-10"])
        #expect(reading.values[0].text == "5,1 %")
        #expect(reading.values[0].location == SourceLocation(file: "f.yaml", line: 4, column: 15))
        #expect(reading.blanks == 1)
    }

    @Test func aTableWithoutTeamsOrPeriodsIsRefused() {
        #expect(throws: Diagnostic.self) {
            try FilledFormReader.table(header: ["name", "value"], rows: [], file: "t.csv", period: "2023-01")
        }
        do {
            _ = try FilledFormReader.table(
                header: ["team", "takst-1j"], rows: Self.rows([["fjord", "3"]]), file: "t.csv", period: nil)
            Issue.record("a file without periods should be refused")
        } catch {
            #expect(error.message == "the file says for no number which period it belongs to")
        }
    }

    /// A row whose month is no month is a problem of that row: the other rows are read, and
    /// every problem is listed at once (an import then writes nothing).
    @Test func aRowWhoseMonthIsNoMonthIsListedWithTheOthers() throws {
        let reading = try FilledFormReader.table(
            header: ["team", "period", "takst-1j"],
            rows: Self.rows([["fjord", "jan 2023", "3"], ["moa", "2023-13", "4"], ["lia", "2023-01", "5"]]),
            file: "t.csv", period: nil)
        #expect(reading.values.map(\.team) == ["lia"])
        #expect(
            reading.problems.map(\.message) == [
                "'jan 2023' is not a month written as year-month",
                "'2023-13' is not a month: a year has months 01 to 12, not 13",
            ])
        #expect(
            reading.problems.map(\.location) == [
                SourceLocation(file: "t.csv", line: 2, column: 7), SourceLocation(file: "t.csv", line: 3, column: 5),
            ])
    }

    @Test(
        arguments: [
            ("3,2 %", 3.2, "%"), ("3.2", 3.2, nil), ("  12 dager ", 12, "dager"), ("-1,5", -1.5, nil),
            ("0,4%", 0.4, "%"), ("100", 100, nil),
        ] as [(String, Double, String?)])
    func numbersAreReadAsPeopleWriteThem(text: String, value: Double, unit: String?) throws {
        let number = try #require(WrittenNumber(text))
        #expect(number.value == value)
        #expect(number.unit == unit)
    }

    @Test(arguments: ["abc", "", "%", "12 5", "3,2,1", "1.2.3"])
    func textThatIsNotOneNumberIsRefused(text: String) {
        #expect(WrittenNumber(text) == nil)
    }

    @Test func unitsMatchInAnyCaseAndPercentHasSeveralSpellings() {
        #expect(Units.same("%", "prosent"))
        #expect(Units.same("Dager", "dager"))
        #expect(!Units.same("dager", "%"))
        #expect(Units.isPercent("pst"))
    }
}
