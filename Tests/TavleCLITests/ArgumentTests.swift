import ArgumentParser
import Testing

@testable import TavleCLI

/// The command line's own rules, checked before anything runs: what `--param` accepts, which
/// flags go together, and that a command that writes nothing refuses a flag about writing.
@Suite struct ArgumentTests {
    @Test func aParameterIsAKeyAndAValue() {
        let plain = ParameterAssignment(argument: "period=2022-06")
        #expect(plain?.key == "period" && plain?.value == "2022-06")
        // The value keeps everything after the first '=', spaces and '=' included.
        let spaced = ParameterAssignment(argument: " team = a=b ")
        #expect(spaced?.key == "team" && spaced?.value == " a=b ")
        #expect(ParameterAssignment(argument: "=2022-06") == nil)
        #expect(ParameterAssignment(argument: "period") == nil)
    }

    @Test func teamAndAllTeamsDoNotGoTogether() throws {
        #expect(throws: (any Error).self) { try TavleCommand.Run.parse(["report.md", "--team", "t1", "--all-teams"]) }
        let run = try TavleCommand.Run.parse([
            "report.md", "--team", "t1", "--team", "t2", "--param", "period=2022-06", "-m", "why",
        ])
        #expect(run.selection.teams == ["t1", "t2"])
        #expect(run.message == "why")
        #expect(run.selection.runOptions(output: nil, message: run.message).parameters.map(\.key) == ["period"])
    }

    @Test func partsArePointNumbersFromOne() {
        #expect(PartEnds(argument: "12,24")?.ends == [12, 24])
        #expect(PartEnds(argument: " 3 ")?.ends == [3])
        #expect(PartEnds(argument: "four") == nil)
        #expect(PartEnds(argument: "0,5") == nil)
        #expect(PartEnds(argument: "") == nil)
        #expect(throws: (any Error).self) { try TavleCommand.Stats.parse(["--chart", "i", "--freeze", "0"]) }
    }

    @Test func checkRefusesDiscardEdits() {
        #expect(throws: (any Error).self) { try TavleCommand.Check.parse(["report.md", "--discard-edits"]) }
    }

    @Test func aParameterWithoutAnEqualsSignIsRefusedByTheParser() {
        #expect(throws: (any Error).self) { try TavleCommand.Run.parse(["report.md", "--param", "period"]) }
    }
}
