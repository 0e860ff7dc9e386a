import Foundation
import TavleModel
import Testing

@testable import TavleRun

@Suite struct RecordedTypesTests {
    @Test func uniformColumnsAreNamedAndMixedOnesSpelledOutPerRow() {
        let result = QueryResult(
            columns: ["period", "count", "rate", "note", "empty"],
            rows: [
                [.text("2022-01"), .integer(4), .real(4.0), .text(""), .null],
                [.text("2022-02"), .null, .real(0.5), .null, .null],
                [.text("2022-03"), .integer(3), .integer(2), .text("new form"), .null],
            ])
        let described = RecordedTypes.describe(result)
        #expect(described.types == ["text", "integer", "mixed", "mixed", "null"])
        #expect(described.cells == ["2": "rri", "3": "tnt"])
        // Read back field by field, as verify does from the CSV.
        let csvFields = result.rows.map { $0.map(\.plainText) }
        for (rowIndex, row) in csvFields.enumerated() {
            for (column, field) in row.enumerated() {
                let letter = described.cells[String(column)].map { Array($0)[rowIndex] }
                #expect(
                    RecordedTypes.value(field, type: described.types[column], letter: letter)
                        == result.rows[rowIndex][column])
            }
        }
        // 4.0 is spelt "4" in the CSV; only the recorded type keeps it a real.
        #expect(RecordedTypes.value("4", type: "real", letter: nil) == .real(4))
        #expect(RecordedTypes.value("four", type: "integer", letter: nil) == nil)
    }

    @Test func recordedValuesKeepTheirType() throws {
        for value: Value in [.null, .integer(-7), .real(0.1), .real(1e300), .text(""), .text("t:x")] {
            let text = RecordedValue(value).text
            #expect(RecordedValue.parse(text) == value)
        }
        #expect(RecordedValue(.integer(42)).text == "i:42")
        #expect(RecordedValue.parse("x:1") == nil)
    }
}
