import Testing

@testable import TavleHistory

@Suite struct LedgerJSONTests {
    func parse(_ text: String) -> LedgerJSON? { LedgerJSON.parse(Array(text.utf8)) }

    @Test func readsWhatTheLedgerWrites() {
        let document = parse(#"[ { "id" : "fall", "target" : 4.5, "due" : null, "ok" : true, "revisions" : [ ] } ]"#)
        guard case .array(let items)? = document else { Issue.record("not an array"); return }
        #expect(items[0]["id"]?.text == "fall")
        // Numbers keep their written form.
        #expect(items[0]["target"] == .number("4.5"))
        #expect(items[0]["due"] == .null)
        #expect(items[0]["ok"]?.text == "true")
        #expect(items[0]["revisions"] == .array([]))
        #expect(items[0]["missing"] == nil)
    }

    @Test func escapesAndCharactersOutsideTheBasicPlane() {
        #expect(parse(#""Fall \"om natta\"\nøkte\t\\ \/""#) == .string("Fall \"om natta\"\nøkte\t\\ /"))
        #expect(parse(#""\u00e6\u00f8\u00e5 \ud83d\ude00""#) == .string("æøå 😀"))
    }

    @Test func refusesWhatIsNotJSON() {
        #expect(parse("[1, 2") == nil)
        #expect(parse(#"{"a" 1}"#) == nil)
        #expect(parse("[1] x") == nil)
        #expect(parse(#""open"#) == nil)
        #expect(parse("") == nil)
    }

    @Test func agreesWithTheEncoderOnALedgerFile() {
        let encoded = Ledger.encode([
            LedgerSeries(
                query: "fall", indicator: nil, chart: "u", title: "Fall «per» 1000",
                points: [.init(period: "2021-01", value: 8, y: 6, n: 750)])
        ])
        let series = parse(encoded)
        guard case .array(let items)? = series, case .array(let points)? = items.first?["points"] else {
            Issue.record("not read"); return
        }
        #expect(items[0]["title"]?.text == "Fall «per» 1000")
        #expect(items[0]["indicator"] == nil, "nil fields are left out")
        #expect(points[0]["value"]?.text == "8")
        #expect(points[0]["n"]?.text == "750")
    }
}
