import TavleModel
import Testing

@testable import TavleParse

@Suite struct SQLScanTests {
    @Test func findsNamedParametersOutsideStringsAndComments() {
        let scan = SQLScan("SELECT ':no', \"@no\" -- :no\nFROM t /* $no */ WHERE a = :team AND b = @period AND c = $x")
        #expect(scan.parameters.map(\.name) == ["team", "period", "x"])
        #expect(scan.parameters.map(\.offset) == [54, 68, 84])
        #expect(scan.statements.map(\.keyword) == ["SELECT"])
    }

    @Test func countsStatementsAndNamesTheirKeywords() {
        #expect(SQLScan("select 1; drop table t;").statements.map(\.keyword) == ["SELECT", "DROP"])
        #expect(
            SQLScan("  -- comment\n  with x as (select 1) select * from x;  ").statements.map(\.keyword) == ["WITH"])
        #expect(SQLScan("SELECT 'a;b'").statements.count == 1)
        #expect(SQLScan("").statements.isEmpty)
    }

    @Test func doubledQuotesStayInsideTheString() {
        #expect(SQLScan("SELECT 'it''s :not' , :yes").parameters.map(\.name) == ["yes"])
    }

    @Test func positionalPlaceholders() {
        #expect(SQLScan("SELECT ?1, ?").positionalParameters == [7, 11])
    }

    @Test func offsetsMapToLinesAndColumns() {
        let text = "SELECT *\nFROM t\nWHERE x = :team"
        let start = SourceLocation(file: "f", line: 10, column: 5)
        #expect(
            SourceLocationMapping.location(ofOffset: 26, in: text, startingAt: start)
                == .init(file: "f", line: 12, column: 15))
    }
}
