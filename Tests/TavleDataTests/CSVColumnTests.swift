import TavleModel
import Testing

@testable import TavleData

@Suite struct CSVColumnTests {
    @Test func eachFieldRemembersItsColumnEvenAfterAQuotedField() throws {
        let table = try CSVTable(parsing: "team,a,b\nfjord,\"5,1 %\",7\nmoa,,x\n", file: "t.csv")
        #expect(table.records.map(\.columns) == [[1, 7, 15], [1, 5, 6]])
        #expect(table.records[0].fields == ["fjord", "5,1 %", "7"])
    }

    @Test func aSemicolonSeparatedFileKeepsDecimalCommas() throws {
        let table = try CSVTable(parsing: "team;takst-1j\nfjord;5,1\n", file: "t.csv", separator: ";")
        #expect(table.header == ["team", "takst-1j"])
        #expect(table.records[0].fields == ["fjord", "5,1"])
        #expect(table.records[0].columns == [1, 7])
    }
}
